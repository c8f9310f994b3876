from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioComponent")


@_attrs_define
class DesignStudioComponent:
    """A custom component. Lists leave out `content`.

    Attributes:
        id (str | Unset): The component's UUID.
        name (str | Unset): Display name.
        tag (str | Unset): The tag emails use to include it.
        parent_folder_id (str | Unset): The parent folder's UUID; null at the root.
        created (int | Unset): Creation time, Unix seconds.
        updated (int | Unset): Last update, Unix seconds.
        content (str | Unset): The component's HTML.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    tag: str | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tag = self.tag

        parent_folder_id = self.parent_folder_id

        created = self.created

        updated = self.updated

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tag is not UNSET:
            field_dict["tag"] = tag
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        tag = d.pop("tag", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        content = d.pop("content", UNSET)

        design_studio_component = cls(
            id=id,
            name=name,
            tag=tag,
            parent_folder_id=parent_folder_id,
            created=created,
            updated=updated,
            content=content,
        )

        design_studio_component.additional_properties = d
        return design_studio_component

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
