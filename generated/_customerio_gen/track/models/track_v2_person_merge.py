from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_v2_person_merge_action import TrackV2PersonMergeAction, check_track_v2_person_merge_action
from ..models.track_v2_person_merge_type import TrackV2PersonMergeType, check_track_v2_person_merge_type

if TYPE_CHECKING:
    from ..models.track_merge_identifier import TrackMergeIdentifier


T = TypeVar("T", bound="TrackV2PersonMerge")


@_attrs_define
class TrackV2PersonMerge:
    """Merge `secondary` into `primary`; the secondary person is deleted.

    Attributes:
        type_ (TrackV2PersonMergeType):
        action (TrackV2PersonMergeAction):
        primary (TrackMergeIdentifier): One person of a merge, named by exactly one of `id`, `email` or `cio_id`.
        secondary (TrackMergeIdentifier): One person of a merge, named by exactly one of `id`, `email` or `cio_id`.
    """

    type_: TrackV2PersonMergeType
    action: TrackV2PersonMergeAction
    primary: TrackMergeIdentifier
    secondary: TrackMergeIdentifier
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        action: str = self.action

        primary = self.primary.to_dict()

        secondary = self.secondary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "primary": primary,
                "secondary": secondary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_merge_identifier import TrackMergeIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_track_v2_person_merge_type(d.pop("type"))

        action = check_track_v2_person_merge_action(d.pop("action"))

        primary = TrackMergeIdentifier.from_dict(d.pop("primary") if isinstance(d.pop("primary"), Mapping) else {})

        secondary = TrackMergeIdentifier.from_dict(
            d.pop("secondary") if isinstance(d.pop("secondary"), Mapping) else {}
        )

        track_v2_person_merge = cls(
            type_=type_,
            action=action,
            primary=primary,
            secondary=secondary,
        )

        track_v2_person_merge.additional_properties = d
        return track_v2_person_merge

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
