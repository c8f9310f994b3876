from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_entity_operation_type import TrackEntityOperationType, check_track_entity_operation_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_entity_operation_attributes import TrackEntityOperationAttributes
    from ..models.track_entity_operation_cio_relationships_item import TrackEntityOperationCioRelationshipsItem
    from ..models.track_entity_operation_identifiers import TrackEntityOperationIdentifiers


T = TypeVar("T", bound="TrackEntityOperation")


@_attrs_define
class TrackEntityOperation:
    """A v2 operation on a person or an object.

    Attributes:
        type_ (TrackEntityOperationType):
        action (str):
        identifiers (TrackEntityOperationIdentifiers | Unset):
        attributes (TrackEntityOperationAttributes | Unset):
        name (str | Unset):
        timestamp (int | Unset):
        cio_relationships (list[TrackEntityOperationCioRelationshipsItem] | Unset):
    """

    type_: TrackEntityOperationType
    action: str
    identifiers: TrackEntityOperationIdentifiers | Unset = UNSET
    attributes: TrackEntityOperationAttributes | Unset = UNSET
    name: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    cio_relationships: list[TrackEntityOperationCioRelationshipsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        action = self.action

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        name = self.name

        timestamp = self.timestamp

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
            }
        )
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if name is not UNSET:
            field_dict["name"] = name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_entity_operation_attributes import TrackEntityOperationAttributes  # noqa: PLC0415
        from ..models.track_entity_operation_cio_relationships_item import TrackEntityOperationCioRelationshipsItem  # noqa: PLC0415
        from ..models.track_entity_operation_identifiers import TrackEntityOperationIdentifiers  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_track_entity_operation_type(d.pop("type"))

        action = d.pop("action")

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: TrackEntityOperationIdentifiers | Unset
        if isinstance(_identifiers, Unset) or _identifiers is None:
            identifiers = UNSET
        else:
            identifiers = TrackEntityOperationIdentifiers.from_dict(
                _identifiers if isinstance(_identifiers, Mapping) else {}
            )

        _attributes = d.pop("attributes", UNSET)
        attributes: TrackEntityOperationAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = TrackEntityOperationAttributes.from_dict(
                _attributes if isinstance(_attributes, Mapping) else {}
            )

        name = d.pop("name", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        _cio_relationships = d.pop("cio_relationships", UNSET)
        cio_relationships: list[TrackEntityOperationCioRelationshipsItem] | Unset = UNSET
        if isinstance(_cio_relationships, list):
            cio_relationships = []
            for cio_relationships_item_data in _cio_relationships:
                cio_relationships_item = TrackEntityOperationCioRelationshipsItem.from_dict(
                    cio_relationships_item_data if isinstance(cio_relationships_item_data, Mapping) else {}
                )

                cio_relationships.append(cio_relationships_item)

        track_entity_operation = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
            attributes=attributes,
            name=name,
            timestamp=timestamp,
            cio_relationships=cio_relationships,
        )

        track_entity_operation.additional_properties = d
        return track_entity_operation

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
