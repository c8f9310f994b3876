from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_v2_person_identify_action import TrackV2PersonIdentifyAction, check_track_v2_person_identify_action
from ..models.track_v2_person_identify_type import TrackV2PersonIdentifyType, check_track_v2_person_identify_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_object_relationship import TrackObjectRelationship
    from ..models.track_person_identifiers import TrackPersonIdentifiers
    from ..models.track_v2_person_attributes import TrackV2PersonAttributes


T = TypeVar("T", bound="TrackV2PersonIdentify")


@_attrs_define
class TrackV2PersonIdentify:
    """Create or update a person.

    Attributes:
        type_ (TrackV2PersonIdentifyType):
        action (TrackV2PersonIdentifyAction):
        identifiers (TrackPersonIdentifiers): How the operation names the person: one of `id`, `email`, `phone` or `cio_id`.
        timestamp (int | Unset): When the update happened
        attributes (TrackV2PersonAttributes | Unset): Attributes to set on the person; any key is a custom attribute.
        cio_relationships (list[TrackObjectRelationship] | Unset): Objects to relate the person to.
    """

    type_: TrackV2PersonIdentifyType
    action: TrackV2PersonIdentifyAction
    identifiers: TrackPersonIdentifiers
    timestamp: int | Unset = UNSET
    attributes: TrackV2PersonAttributes | Unset = UNSET
    cio_relationships: list[TrackObjectRelationship] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        action: str = self.action

        identifiers = self.identifiers.to_dict()

        timestamp = self.timestamp

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        cio_relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cio_relationships, Unset):
            cio_relationships = []
            for cio_relationships_item_data in self.cio_relationships:
                cio_relationships_item = cio_relationships_item_data.to_dict()
                cio_relationships.append(cio_relationships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "identifiers": identifiers,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_object_relationship import TrackObjectRelationship  # noqa: PLC0415
        from ..models.track_person_identifiers import TrackPersonIdentifiers  # noqa: PLC0415
        from ..models.track_v2_person_attributes import TrackV2PersonAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_track_v2_person_identify_type(d.pop("type"))

        action = check_track_v2_person_identify_action(d.pop("action"))

        identifiers = TrackPersonIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        timestamp = d.pop("timestamp", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: TrackV2PersonAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = TrackV2PersonAttributes.from_dict(_attributes if isinstance(_attributes, Mapping) else {})

        _cio_relationships = d.pop("cio_relationships", UNSET)
        cio_relationships: list[TrackObjectRelationship] | Unset = UNSET
        if isinstance(_cio_relationships, list):
            cio_relationships = []
            for cio_relationships_item_data in _cio_relationships:
                cio_relationships_item = TrackObjectRelationship.from_dict(
                    cio_relationships_item_data if isinstance(cio_relationships_item_data, Mapping) else {}
                )

                cio_relationships.append(cio_relationships_item)

        track_v2_person_identify = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
            timestamp=timestamp,
            attributes=attributes,
            cio_relationships=cio_relationships,
        )

        track_v2_person_identify.additional_properties = d
        return track_v2_person_identify

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
