from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_v2_person_delete_action import TrackV2PersonDeleteAction, check_track_v2_person_delete_action
from ..models.track_v2_person_delete_type import TrackV2PersonDeleteType, check_track_v2_person_delete_type

if TYPE_CHECKING:
    from ..models.track_person_identifiers import TrackPersonIdentifiers


T = TypeVar("T", bound="TrackV2PersonDelete")


@_attrs_define
class TrackV2PersonDelete:
    """Delete a person.

    Attributes:
        type_ (TrackV2PersonDeleteType):
        action (TrackV2PersonDeleteAction):
        identifiers (TrackPersonIdentifiers): How the operation names the person: one of `id`, `email`, `phone` or `cio_id`.
    """

    type_: TrackV2PersonDeleteType
    action: TrackV2PersonDeleteAction
    identifiers: TrackPersonIdentifiers
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        action: str = self.action

        identifiers = self.identifiers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "identifiers": identifiers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_person_identifiers import TrackPersonIdentifiers  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_track_v2_person_delete_type(d.pop("type"))

        action = check_track_v2_person_delete_action(d.pop("action"))

        identifiers = TrackPersonIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        track_v2_person_delete = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
        )

        track_v2_person_delete.additional_properties = d
        return track_v2_person_delete

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
