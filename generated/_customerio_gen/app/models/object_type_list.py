from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_type import ObjectType


T = TypeVar("T", bound="ObjectTypeList")


@_attrs_define
class ObjectTypeList:
    """
    Attributes:
        types (list[ObjectType] | Unset): The object types.
    """

    types: list[ObjectType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.to_dict()
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_type import ObjectType  # noqa: PLC0415

        d = dict(src_dict)
        _types = d.pop("types", UNSET)
        types: list[ObjectType] | Unset = UNSET
        if isinstance(_types, list):
            types = []
            for types_item_data in _types:
                types_item = ObjectType.from_dict(types_item_data if isinstance(types_item_data, Mapping) else {})

                types.append(types_item)

        object_type_list = cls(
            types=types,
        )

        object_type_list.additional_properties = d
        return object_type_list

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
