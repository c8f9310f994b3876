from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_v2_person_suppress_action import TrackV2PersonSuppressAction, check_track_v2_person_suppress_action
from ..models.track_v2_person_suppress_type import TrackV2PersonSuppressType, check_track_v2_person_suppress_type

if TYPE_CHECKING:
    from ..models.track_person_identifiers import TrackPersonIdentifiers


T = TypeVar("T", bound="TrackV2PersonSuppress")


@_attrs_define
class TrackV2PersonSuppress:
    """Delete a person and refuse to add them again.

    Attributes:
        type_ (TrackV2PersonSuppressType):
        action (TrackV2PersonSuppressAction):
        identifiers (TrackPersonIdentifiers): How the operation names the person: one of `id`, `email`, `phone` or `cio_id`.
    """

    type_: TrackV2PersonSuppressType
    action: TrackV2PersonSuppressAction
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
        type_ = check_track_v2_person_suppress_type(d.pop("type"))

        action = check_track_v2_person_suppress_action(d.pop("action"))

        identifiers = TrackPersonIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        track_v2_person_suppress = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
        )

        track_v2_person_suppress.additional_properties = d
        return track_v2_person_suppress

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
