from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Export")


@_attrs_define
class Export:
    """An export of people or deliveries.

    Attributes:
        id (int | Unset): The export's id.
        user_id (int | Unset): The team member who started it.
        user_email (str | Unset): The email address of the team member who started it.
        total (int | Unset): Rows in the export; 0 until it is done.
        deduplicate_id (str | Unset): `<id>:<last update time>`.
        type_ (str | Unset): What was exported. One of: `customers`, `deliveries`.
        failed (bool | Unset): True when the export failed.
        status (str | Unset): `done` once the file can be downloaded. One of: `pending`, `done`, `failed`.
        description (str | Unset): What was exported.
        downloads (int | Unset): How often it has been downloaded.
        created_at (int | Unset): Unix seconds.
        updated_at (int | Unset): Unix seconds.
    """

    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    user_email: str | Unset = UNSET
    total: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    type_: str | Unset = UNSET
    failed: bool | Unset = UNSET
    status: str | Unset = UNSET
    description: str | Unset = UNSET
    downloads: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        user_email = self.user_email

        total = self.total

        deduplicate_id = self.deduplicate_id

        type_ = self.type_

        failed = self.failed

        status = self.status

        description = self.description

        downloads = self.downloads

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if total is not UNSET:
            field_dict["total"] = total
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if failed is not UNSET:
            field_dict["failed"] = failed
        if status is not UNSET:
            field_dict["status"] = status
        if description is not UNSET:
            field_dict["description"] = description
        if downloads is not UNSET:
            field_dict["downloads"] = downloads
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_email = d.pop("user_email", UNSET)

        total = d.pop("total", UNSET)

        deduplicate_id = d.pop("deduplicate_id", UNSET)

        type_ = d.pop("type", UNSET)

        failed = d.pop("failed", UNSET)

        status = d.pop("status", UNSET)

        description = d.pop("description", UNSET)

        downloads = d.pop("downloads", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        export = cls(
            id=id,
            user_id=user_id,
            user_email=user_email,
            total=total,
            deduplicate_id=deduplicate_id,
            type_=type_,
            failed=failed,
            status=status,
            description=description,
            downloads=downloads,
            created_at=created_at,
            updated_at=updated_at,
        )

        export.additional_properties = d
        return export

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
