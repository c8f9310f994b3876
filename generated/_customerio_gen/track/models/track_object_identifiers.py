from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackObjectIdentifiers")


@_attrs_define
class TrackObjectIdentifiers:
    """Which object: its type id and id (creates the object when new), or its `cio_object_id` (existing objects only).

    Attributes:
        object_type_id (str | Unset): The object type's id (a number
        object_id (str | Unset): Your id of the object.
        cio_object_id (str | Unset): Customer.io's id of the object.
    """

    object_type_id: str | Unset = UNSET
    object_id: str | Unset = UNSET
    cio_object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id = self.object_type_id

        object_id = self.object_id

        cio_object_id = self.cio_object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if object_id is not UNSET:
            field_dict["object_id"] = object_id
        if cio_object_id is not UNSET:
            field_dict["cio_object_id"] = cio_object_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_type_id = d.pop("object_type_id", UNSET)

        object_id = d.pop("object_id", UNSET)

        cio_object_id = d.pop("cio_object_id", UNSET)

        track_object_identifiers = cls(
            object_type_id=object_type_id,
            object_id=object_id,
            cio_object_id=cio_object_id,
        )

        track_object_identifiers.additional_properties = d
        return track_object_identifiers

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
