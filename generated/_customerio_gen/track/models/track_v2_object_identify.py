from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_v2_object_identify_action import TrackV2ObjectIdentifyAction, check_track_v2_object_identify_action
from ..models.track_v2_object_identify_type import TrackV2ObjectIdentifyType, check_track_v2_object_identify_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_object_identifiers import TrackObjectIdentifiers
    from ..models.track_person_relationship import TrackPersonRelationship
    from ..models.track_v2_object_identify_attributes import TrackV2ObjectIdentifyAttributes


T = TypeVar("T", bound="TrackV2ObjectIdentify")


@_attrs_define
class TrackV2ObjectIdentify:
    """Create or update an object, optionally relating people to it.

    Attributes:
        type_ (TrackV2ObjectIdentifyType):
        action (TrackV2ObjectIdentifyAction):
        identifiers (TrackObjectIdentifiers): Which object: its type id and id (creates the object when new), or its `cio_object_id` (existing objects only).
        attributes (TrackV2ObjectIdentifyAttributes | Unset): The object's attributes.
        cio_relationships (list[TrackPersonRelationship] | Unset): People to relate to the object.
    """

    type_: TrackV2ObjectIdentifyType
    action: TrackV2ObjectIdentifyAction
    identifiers: TrackObjectIdentifiers
    attributes: TrackV2ObjectIdentifyAttributes | Unset = UNSET
    cio_relationships: list[TrackPersonRelationship] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        action: str = self.action

        identifiers = self.identifiers.to_dict()

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
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_object_identifiers import TrackObjectIdentifiers  # noqa: PLC0415
        from ..models.track_person_relationship import TrackPersonRelationship  # noqa: PLC0415
        from ..models.track_v2_object_identify_attributes import TrackV2ObjectIdentifyAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_track_v2_object_identify_type(d.pop("type"))

        action = check_track_v2_object_identify_action(d.pop("action"))

        identifiers = TrackObjectIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        _attributes = d.pop("attributes", UNSET)
        attributes: TrackV2ObjectIdentifyAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = TrackV2ObjectIdentifyAttributes.from_dict(
                _attributes if isinstance(_attributes, Mapping) else {}
            )

        _cio_relationships = d.pop("cio_relationships", UNSET)
        cio_relationships: list[TrackPersonRelationship] | Unset = UNSET
        if isinstance(_cio_relationships, list):
            cio_relationships = []
            for cio_relationships_item_data in _cio_relationships:
                cio_relationships_item = TrackPersonRelationship.from_dict(
                    cio_relationships_item_data if isinstance(cio_relationships_item_data, Mapping) else {}
                )

                cio_relationships.append(cio_relationships_item)

        track_v2_object_identify = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
            attributes=attributes,
            cio_relationships=cio_relationships,
        )

        track_v2_object_identify.additional_properties = d
        return track_v2_object_identify

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
