from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioEmailSummary")


@_attrs_define
class DesignStudioEmailSummary:
    """An email as listed (without content).

    Attributes:
        id (str | Unset): The email's UUID.
        name (str | Unset):
        is_template (bool | Unset):
        is_linked (bool | Unset): Whether a workflow uses the email.
        has_translations (bool | Unset):
        parent_folder_id (str | Unset): The parent folder's UUID; null at the root.
        created (int | Unset): Creation time, Unix seconds.
        updated (int | Unset): Last update, Unix seconds.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    is_template: bool | Unset = UNSET
    is_linked: bool | Unset = UNSET
    has_translations: bool | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_template = self.is_template

        is_linked = self.is_linked

        has_translations = self.has_translations

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
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if is_linked is not UNSET:
            field_dict["is_linked"] = is_linked
        if has_translations is not UNSET:
            field_dict["has_translations"] = has_translations
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

        is_template = d.pop("is_template", UNSET)

        is_linked = d.pop("is_linked", UNSET)

        has_translations = d.pop("has_translations", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        design_studio_email_summary = cls(
            id=id,
            name=name,
            is_template=is_template,
            is_linked=is_linked,
            has_translations=has_translations,
            parent_folder_id=parent_folder_id,
            created=created,
            updated=updated,
        )

        design_studio_email_summary.additional_properties = d
        return design_studio_email_summary

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
