from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssetListFilters")


@_attrs_define
class AssetListFilters:
    """The filters the API applied.

    Attributes:
        parent_folder_id (int | Unset): Null when not filtered by folder.
        direct_descendants_only (bool | Unset):
    """

    parent_folder_id: int | Unset = UNSET
    direct_descendants_only: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_folder_id = self.parent_folder_id

        direct_descendants_only = self.direct_descendants_only

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if direct_descendants_only is not UNSET:
            field_dict["direct_descendants_only"] = direct_descendants_only

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_folder_id = d.pop("parent_folder_id", UNSET)

        direct_descendants_only = d.pop("direct_descendants_only", UNSET)

        asset_list_filters = cls(
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
        )

        asset_list_filters.additional_properties = d
        return asset_list_filters

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
