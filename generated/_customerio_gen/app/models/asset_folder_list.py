from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset_folder import AssetFolder
    from ..models.asset_list_meta import AssetListMeta


T = TypeVar("T", bound="AssetFolderList")


@_attrs_define
class AssetFolderList:
    """
    Attributes:
        folders (list[AssetFolder] | Unset):
        meta (AssetListMeta | Unset):
    """

    folders: list[AssetFolder] | Unset = UNSET
    meta: AssetListMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.folders, Unset):
            folders = []
            for folders_item_data in self.folders:
                folders_item = folders_item_data.to_dict()
                folders.append(folders_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if folders is not UNSET:
            field_dict["folders"] = folders
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset_folder import AssetFolder  # noqa: PLC0415
        from ..models.asset_list_meta import AssetListMeta  # noqa: PLC0415

        d = dict(src_dict)
        _folders = d.pop("folders", UNSET)
        folders: list[AssetFolder] | Unset = UNSET
        if isinstance(_folders, list):
            folders = []
            for folders_item_data in _folders:
                folders_item = AssetFolder.from_dict(
                    folders_item_data if isinstance(folders_item_data, Mapping) else {}
                )

                folders.append(folders_item)

        _meta = d.pop("meta", UNSET)
        meta: AssetListMeta | Unset
        if isinstance(_meta, Unset) or _meta is None:
            meta = UNSET
        else:
            meta = AssetListMeta.from_dict(_meta if isinstance(_meta, Mapping) else {})

        asset_folder_list = cls(
            folders=folders,
            meta=meta,
        )

        asset_folder_list.additional_properties = d
        return asset_folder_list

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
