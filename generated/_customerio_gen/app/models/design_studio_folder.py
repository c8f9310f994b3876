from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioFolder")


@_attrs_define
class DesignStudioFolder:
    """A Design Studio folder.

    Attributes:
        id (str | Unset): The folder's UUID.
        name (str | Unset):
        parent_folder_id (str | Unset): The parent folder's UUID; null at the root.
        created (int | Unset): Creation time, Unix seconds.
        updated (int | Unset): Last update, Unix seconds.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parent_folder_id = self.parent_folder_id

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        design_studio_folder = cls(
            id=id,
            name=name,
            parent_folder_id=parent_folder_id,
            created=created,
            updated=updated,
        )

        design_studio_folder.additional_properties = d
        return design_studio_folder

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
