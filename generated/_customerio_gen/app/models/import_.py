from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Import")


@_attrs_define
class Import:
    """A bulk CSV import.

    Attributes:
        id (int | Unset): The import id.
        name (str | Unset): The import's name.
        description (str | Unset): The import's description.
        type_ (str | Unset): What the rows hold. One of: `people`, `event`, `object`, `relationship`.
        state (str | Unset): Where the import stands. One of: `preprocessing`, `preprocessed`, `validating`, `validated`, `importing`, `imported`, `failed`, `canceled`.
        identifier (str | Unset): How the rows identify people. One of: `id`, `email`, `cio_id`.
        object_type_id (int | str | Unset): A string or integer identifier.
        data_to_process (str | Unset): Which rows are applied: all of them, only those for people (or objects) that exist already, or only those for new ones. One of: `all`, `only_existing`, `only_new`.
        people_to_process (str | Unset): The older name of `data_to_process`, same values. One of: `all`, `only_existing`, `only_new`.
        rows_to_import (int | Unset): Importable rows found in the file.
        rows_imported (int | Unset): Rows imported so far.
        created_at (int | Unset): Unix seconds.
        updated_at (int | Unset): Unix seconds.
        error (str | Unset): Why the import failed, if it did.
        error_export_id (int | Unset): Export holding the row errors, when there are any.
        error_download_url (str | Unset): Where to download the rows that failed.
        warning_export_id (int | Unset): Export holding the row warnings, when there are any.
        warning_download_url (str | Unset): Where to download the rows with warnings.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    state: str | Unset = UNSET
    identifier: str | Unset = UNSET
    object_type_id: int | str | Unset = UNSET
    data_to_process: str | Unset = UNSET
    people_to_process: str | Unset = UNSET
    rows_to_import: int | Unset = UNSET
    rows_imported: int | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    error: str | Unset = UNSET
    error_export_id: int | Unset = UNSET
    error_download_url: str | Unset = UNSET
    warning_export_id: int | Unset = UNSET
    warning_download_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        type_ = self.type_

        state = self.state

        identifier = self.identifier

        object_type_id: int | str | Unset
        if isinstance(self.object_type_id, Unset):
            object_type_id = UNSET
        else:
            object_type_id = self.object_type_id

        data_to_process = self.data_to_process

        people_to_process = self.people_to_process

        rows_to_import = self.rows_to_import

        rows_imported = self.rows_imported

        created_at = self.created_at

        updated_at = self.updated_at

        error = self.error

        error_export_id = self.error_export_id

        error_download_url = self.error_download_url

        warning_export_id = self.warning_export_id

        warning_download_url = self.warning_download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if state is not UNSET:
            field_dict["state"] = state
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if data_to_process is not UNSET:
            field_dict["data_to_process"] = data_to_process
        if people_to_process is not UNSET:
            field_dict["people_to_process"] = people_to_process
        if rows_to_import is not UNSET:
            field_dict["rows_to_import"] = rows_to_import
        if rows_imported is not UNSET:
            field_dict["rows_imported"] = rows_imported
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if error is not UNSET:
            field_dict["error"] = error
        if error_export_id is not UNSET:
            field_dict["error_export_id"] = error_export_id
        if error_download_url is not UNSET:
            field_dict["error_download_url"] = error_download_url
        if warning_export_id is not UNSET:
            field_dict["warning_export_id"] = warning_export_id
        if warning_download_url is not UNSET:
            field_dict["warning_download_url"] = warning_download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        state = d.pop("state", UNSET)

        identifier = d.pop("identifier", UNSET)

        def _parse_object_type_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        object_type_id = _parse_object_type_id(d.pop("object_type_id", UNSET))

        data_to_process = d.pop("data_to_process", UNSET)

        people_to_process = d.pop("people_to_process", UNSET)

        rows_to_import = d.pop("rows_to_import", UNSET)

        rows_imported = d.pop("rows_imported", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        error = d.pop("error", UNSET)

        error_export_id = d.pop("error_export_id", UNSET)

        error_download_url = d.pop("error_download_url", UNSET)

        warning_export_id = d.pop("warning_export_id", UNSET)

        warning_download_url = d.pop("warning_download_url", UNSET)

        import_ = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            state=state,
            identifier=identifier,
            object_type_id=object_type_id,
            data_to_process=data_to_process,
            people_to_process=people_to_process,
            rows_to_import=rows_to_import,
            rows_imported=rows_imported,
            created_at=created_at,
            updated_at=updated_at,
            error=error,
            error_export_id=error_export_id,
            error_download_url=error_download_url,
            warning_export_id=warning_export_id,
            warning_download_url=warning_download_url,
        )

        import_.additional_properties = d
        return import_

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
