from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_v2_person_screen_action import TrackV2PersonScreenAction, check_track_v2_person_screen_action
from ..models.track_v2_person_screen_type import TrackV2PersonScreenType, check_track_v2_person_screen_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_person_identifiers import TrackPersonIdentifiers
    from ..models.track_v2_person_screen_attributes import TrackV2PersonScreenAttributes


T = TypeVar("T", bound="TrackV2PersonScreen")


@_attrs_define
class TrackV2PersonScreen:
    """Record a mobile screen view.

    Attributes:
        type_ (TrackV2PersonScreenType):
        action (TrackV2PersonScreenAction):
        identifiers (TrackPersonIdentifiers): How the operation names the person: one of `id`, `email`, `phone` or `cio_id`.
        name (str): The screen's name.
        id (str | Unset): A ULID that deduplicates the view.
        timestamp (int | Unset): When it happened
        attributes (TrackV2PersonScreenAttributes | Unset): Properties of the view.
    """

    type_: TrackV2PersonScreenType
    action: TrackV2PersonScreenAction
    identifiers: TrackPersonIdentifiers
    name: str
    id: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    attributes: TrackV2PersonScreenAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        action: str = self.action

        identifiers = self.identifiers.to_dict()

        name = self.name

        id = self.id

        timestamp = self.timestamp

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "identifiers": identifiers,
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_person_identifiers import TrackPersonIdentifiers  # noqa: PLC0415
        from ..models.track_v2_person_screen_attributes import TrackV2PersonScreenAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_track_v2_person_screen_type(d.pop("type"))

        action = check_track_v2_person_screen_action(d.pop("action"))

        identifiers = TrackPersonIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        name = d.pop("name")

        id = d.pop("id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: TrackV2PersonScreenAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = TrackV2PersonScreenAttributes.from_dict(
                _attributes if isinstance(_attributes, Mapping) else {}
            )

        track_v2_person_screen = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
            name=name,
            id=id,
            timestamp=timestamp,
            attributes=attributes,
        )

        track_v2_person_screen.additional_properties = d
        return track_v2_person_screen

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
