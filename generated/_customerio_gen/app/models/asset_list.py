from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.asset import Asset
    from ..models.asset_list_meta import AssetListMeta


T = TypeVar("T", bound="AssetList")


@_attrs_define
class AssetList:
    """
    Attributes:
        assets (list[Asset] | Unset):
        meta (AssetListMeta | Unset):
    """

    assets: list[Asset] | Unset = UNSET
    meta: AssetListMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assets is not UNSET:
            field_dict["assets"] = assets
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.asset import Asset  # noqa: PLC0415
        from ..models.asset_list_meta import AssetListMeta  # noqa: PLC0415

        d = dict(src_dict)
        _assets = d.pop("assets", UNSET)
        assets: list[Asset] | Unset = UNSET
        if isinstance(_assets, list):
            assets = []
            for assets_item_data in _assets:
                assets_item = Asset.from_dict(assets_item_data if isinstance(assets_item_data, Mapping) else {})

                assets.append(assets_item)

        _meta = d.pop("meta", UNSET)
        meta: AssetListMeta | Unset
        if isinstance(_meta, Unset) or _meta is None:
            meta = UNSET
        else:
            meta = AssetListMeta.from_dict(_meta if isinstance(_meta, Mapping) else {})

        asset_list = cls(
            assets=assets,
            meta=meta,
        )

        asset_list.additional_properties = d
        return asset_list

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
