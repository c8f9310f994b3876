from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerRelationshipObject")


@_attrs_define
class CustomerRelationshipObject:
    """The identifiers of a related object.

    Attributes:
        object_id (str | Unset): Your id for the object.
        cio_object_id (str | Unset): The id Customer.io assigned to the object.
    """

    object_id: str | Unset = UNSET
    cio_object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        cio_object_id = self.cio_object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if cio_object_id is not UNSET:
            field_dict["cio_object_id"] = cio_object_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_id = d.pop("object_id", UNSET)

        cio_object_id = d.pop("cio_object_id", UNSET)

        customer_relationship_object = cls(
            object_id=object_id,
            cio_object_id=cio_object_id,
        )

        customer_relationship_object.additional_properties = d
        return customer_relationship_object

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
