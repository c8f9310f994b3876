from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectType")


@_attrs_define
class ObjectType:
    """A kind of object, such as companies or accounts.

    Attributes:
        id (str | Unset): The object type id, an integer as a string.
        name (str | Unset): Plural display name.
        singular_name (str | Unset): The type's name for one object.
        slug (str | Unset): URL slug of the type's page in the UI.
        singular_slug (str | Unset): The singular name in URL form.
        enabled (bool | Unset): Whether the type is enabled.
        icon (str | Unset): Icon or emoji shown in the UI.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    singular_name: str | Unset = UNSET
    slug: str | Unset = UNSET
    singular_slug: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        singular_name = self.singular_name

        slug = self.slug

        singular_slug = self.singular_slug

        enabled = self.enabled

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if singular_name is not UNSET:
            field_dict["singular_name"] = singular_name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if singular_slug is not UNSET:
            field_dict["singular_slug"] = singular_slug
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        singular_name = d.pop("singular_name", UNSET)

        slug = d.pop("slug", UNSET)

        singular_slug = d.pop("singular_slug", UNSET)

        enabled = d.pop("enabled", UNSET)

        icon = d.pop("icon", UNSET)

        object_type = cls(
            id=id,
            name=name,
            singular_name=singular_name,
            slug=slug,
            singular_slug=singular_slug,
            enabled=enabled,
            icon=icon,
        )

        object_type.additional_properties = d
        return object_type

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
