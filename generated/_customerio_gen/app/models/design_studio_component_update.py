from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioComponentUpdate")


@_attrs_define
class DesignStudioComponentUpdate:
    """At least one field; omitted fields stay as they are.

    Attributes:
        name (str | Unset):
        tag (str | Unset):
        parent_folder_id (str | Unset): New parent folder UUID; null moves it to the root.
        content (str | Unset):
    """

    name: str | Unset = UNSET
    tag: str | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tag = self.tag

        parent_folder_id = self.parent_folder_id

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tag is not UNSET:
            field_dict["tag"] = tag
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        tag = d.pop("tag", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        content = d.pop("content", UNSET)

        design_studio_component_update = cls(
            name=name,
            tag=tag,
            parent_folder_id=parent_folder_id,
            content=content,
        )

        design_studio_component_update.additional_properties = d
        return design_studio_component_update

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
