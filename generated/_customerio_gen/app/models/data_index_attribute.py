from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_index_attribute_privacy_level import (
    DataIndexAttributePrivacyLevel,
    check_data_index_attribute_privacy_level,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DataIndexAttribute")


@_attrs_define
class DataIndexAttribute:
    """
    Attributes:
        name (str):
        description (str | Unset):
        object_type_id (int | Unset):
        is_relationship (bool | Unset):
        event_name (str | Unset):
        privacy_level (DataIndexAttributePrivacyLevel | Unset): 1 marks the attribute as sensitive.
    """

    name: str
    description: str | Unset = UNSET
    object_type_id: int | Unset = UNSET
    is_relationship: bool | Unset = UNSET
    event_name: str | Unset = UNSET
    privacy_level: DataIndexAttributePrivacyLevel | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        object_type_id = self.object_type_id

        is_relationship = self.is_relationship

        event_name = self.event_name

        privacy_level: int | Unset = UNSET
        if not isinstance(self.privacy_level, Unset):
            privacy_level = self.privacy_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if is_relationship is not UNSET:
            field_dict["is_relationship"] = is_relationship
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if privacy_level is not UNSET:
            field_dict["privacy_level"] = privacy_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        object_type_id = d.pop("object_type_id", UNSET)

        is_relationship = d.pop("is_relationship", UNSET)

        event_name = d.pop("event_name", UNSET)

        _privacy_level = d.pop("privacy_level", UNSET)
        privacy_level: DataIndexAttributePrivacyLevel | Unset
        if isinstance(_privacy_level, Unset) or _privacy_level is None:
            privacy_level = UNSET
        else:
            privacy_level = check_data_index_attribute_privacy_level(_privacy_level)

        data_index_attribute = cls(
            name=name,
            description=description,
            object_type_id=object_type_id,
            is_relationship=is_relationship,
            event_name=event_name,
            privacy_level=privacy_level,
        )

        data_index_attribute.additional_properties = d
        return data_index_attribute

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
