from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection import Collection


T = TypeVar("T", bound="CollectionList")


@_attrs_define
class CollectionList:
    """
    Attributes:
        collections (list[Collection] | Unset): The collections.
    """

    collections: list[Collection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        collections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.collections, Unset):
            collections = []
            for collections_item_data in self.collections:
                collections_item = collections_item_data.to_dict()
                collections.append(collections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if collections is not UNSET:
            field_dict["collections"] = collections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection import Collection  # noqa: PLC0415

        d = dict(src_dict)
        _collections = d.pop("collections", UNSET)
        collections: list[Collection] | Unset = UNSET
        if isinstance(_collections, list):
            collections = []
            for collections_item_data in _collections:
                collections_item = Collection.from_dict(
                    collections_item_data if isinstance(collections_item_data, Mapping) else {}
                )

                collections.append(collections_item)

        collection_list = cls(
            collections=collections,
        )

        collection_list.additional_properties = d
        return collection_list

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
