from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Collection")


@_attrs_define
class Collection:
    """A collection's details.

    Attributes:
        id (int | Unset): The collection's id.
        name (str | Unset): The name messages use to refer to it.
        bytes_ (int | Unset): Size in bytes.
        rows (int | Unset): Number of rows.
        schema (list[str] | Unset): The top-level keys found in the rows.
        created_at (int | Unset): Creation time, Unix seconds.
        updated_at (int | Unset): Last update, Unix seconds.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    bytes_: int | Unset = UNSET
    rows: int | Unset = UNSET
    schema: list[str] | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        bytes_ = self.bytes_

        rows = self.rows

        schema: list[str] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if bytes_ is not UNSET:
            field_dict["bytes"] = bytes_
        if rows is not UNSET:
            field_dict["rows"] = rows
        if schema is not UNSET:
            field_dict["schema"] = schema
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        bytes_ = d.pop("bytes", UNSET)

        rows = d.pop("rows", UNSET)

        schema = cast(list[str], d.pop("schema", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        collection = cls(
            id=id,
            name=name,
            bytes_=bytes_,
            rows=rows,
            schema=schema,
            created_at=created_at,
            updated_at=updated_at,
        )

        collection.additional_properties = d
        return collection

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
