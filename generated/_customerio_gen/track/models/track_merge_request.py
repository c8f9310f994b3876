from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.track_merge_identifier import TrackMergeIdentifier


T = TypeVar("T", bound="TrackMergeRequest")


@_attrs_define
class TrackMergeRequest:
    """
    Attributes:
        primary (TrackMergeIdentifier): One person of a merge, named by exactly one of `id`, `email` or `cio_id`.
        secondary (TrackMergeIdentifier): One person of a merge, named by exactly one of `id`, `email` or `cio_id`.
    """

    primary: TrackMergeIdentifier
    secondary: TrackMergeIdentifier
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        primary = self.primary.to_dict()

        secondary = self.secondary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primary": primary,
                "secondary": secondary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_merge_identifier import TrackMergeIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        primary = TrackMergeIdentifier.from_dict(d.pop("primary") if isinstance(d.pop("primary"), Mapping) else {})

        secondary = TrackMergeIdentifier.from_dict(
            d.pop("secondary") if isinstance(d.pop("secondary"), Mapping) else {}
        )

        track_merge_request = cls(
            primary=primary,
            secondary=secondary,
        )

        track_merge_request.additional_properties = d
        return track_merge_request

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
