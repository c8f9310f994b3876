from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_relationship_attributes import CustomerRelationshipAttributes
    from ..models.customer_relationship_object import CustomerRelationshipObject
    from ..models.customer_relationship_timestamps import CustomerRelationshipTimestamps


T = TypeVar("T", bound="CustomerRelationship")


@_attrs_define
class CustomerRelationship:
    """An object a person is related to.

    Attributes:
        object_type_id (int | str | Unset): A string or integer identifier.
        identifiers (CustomerRelationshipObject | Unset): The identifiers of a related object.
        attributes (CustomerRelationshipAttributes | Unset): The relationship's own attributes.
        timestamps (CustomerRelationshipTimestamps | Unset): When each attribute was last set, Unix seconds.
    """

    object_type_id: int | str | Unset = UNSET
    identifiers: CustomerRelationshipObject | Unset = UNSET
    attributes: CustomerRelationshipAttributes | Unset = UNSET
    timestamps: CustomerRelationshipTimestamps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id: int | str | Unset
        if isinstance(self.object_type_id, Unset):
            object_type_id = UNSET
        else:
            object_type_id = self.object_type_id

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_relationship_attributes import CustomerRelationshipAttributes  # noqa: PLC0415
        from ..models.customer_relationship_object import CustomerRelationshipObject  # noqa: PLC0415
        from ..models.customer_relationship_timestamps import CustomerRelationshipTimestamps  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_object_type_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        object_type_id = _parse_object_type_id(d.pop("object_type_id", UNSET))

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: CustomerRelationshipObject | Unset
        if isinstance(_identifiers, Unset) or _identifiers is None:
            identifiers = UNSET
        else:
            identifiers = CustomerRelationshipObject.from_dict(
                _identifiers if isinstance(_identifiers, Mapping) else {}
            )

        _attributes = d.pop("attributes", UNSET)
        attributes: CustomerRelationshipAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = CustomerRelationshipAttributes.from_dict(
                _attributes if isinstance(_attributes, Mapping) else {}
            )

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: CustomerRelationshipTimestamps | Unset
        if isinstance(_timestamps, Unset) or _timestamps is None:
            timestamps = UNSET
        else:
            timestamps = CustomerRelationshipTimestamps.from_dict(
                _timestamps if isinstance(_timestamps, Mapping) else {}
            )

        customer_relationship = cls(
            object_type_id=object_type_id,
            identifiers=identifiers,
            attributes=attributes,
            timestamps=timestamps,
        )

        customer_relationship.additional_properties = d
        return customer_relationship

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
