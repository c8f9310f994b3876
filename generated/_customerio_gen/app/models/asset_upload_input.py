from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AssetUploadInput")


@_attrs_define
class AssetUploadInput:
    """What `create_asset` takes (node's CreateAssetInput).

    Attributes:
        data (File): The file's content (bytes-like or str).
        filename (str): File name sent with the file part.
        content_type (str | Unset): The file part's MIME type; guessed from the extension when empty.
        contentType (str | Unset): Node's spelling of `content_type`.
        name (str | Unset): Display name; the file name when omitted.
        parent_folder_id (int | Unset): Asset folder to put the file in.
        parentFolderId (int | Unset): Node's spelling of `parent_folder_id`.
    """

    data: File
    filename: str
    content_type: str | Unset = UNSET
    contentType: str | Unset = UNSET
    name: str | Unset = UNSET
    parent_folder_id: int | Unset = UNSET
    parentFolderId: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_tuple()

        filename = self.filename

        content_type = self.content_type

        contentType = self.contentType

        name = self.name

        parent_folder_id = self.parent_folder_id

        parentFolderId = self.parentFolderId

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "filename": filename,
            }
        )
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if contentType is not UNSET:
            field_dict["contentType"] = contentType
        if name is not UNSET:
            field_dict["name"] = name
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if parentFolderId is not UNSET:
            field_dict["parentFolderId"] = parentFolderId

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = File(payload=BytesIO(d.pop("data")))

        filename = d.pop("filename")

        content_type = d.pop("content_type", UNSET)

        contentType = d.pop("contentType", UNSET)

        name = d.pop("name", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        parentFolderId = d.pop("parentFolderId", UNSET)

        asset_upload_input = cls(
            data=data,
            filename=filename,
            content_type=content_type,
            contentType=contentType,
            name=name,
            parent_folder_id=parent_folder_id,
            parentFolderId=parentFolderId,
        )

        asset_upload_input.additional_properties = d
        return asset_upload_input

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
