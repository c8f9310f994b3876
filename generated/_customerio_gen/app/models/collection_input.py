from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_row import CollectionRow


T = TypeVar("T", bound="CollectionInput")


@_attrs_define
class CollectionInput:
    """Give `data` or `url`, not both.

    Attributes:
        name (str): The name messages use, as in `{{name.key}}`.
        data (list[CollectionRow] | Unset): The rows, one object each.
        url (str | Unset): Where to download CSV or JSON rows.
    """

    name: str
    data: list[CollectionRow] | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.collection_row import CollectionRow  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _data = d.pop("data", UNSET)
        data: list[CollectionRow] | Unset = UNSET
        if isinstance(_data, list):
            data = []
            for data_item_data in _data:
                data_item = CollectionRow.from_dict(data_item_data if isinstance(data_item_data, Mapping) else {})

                data.append(data_item)

        url = d.pop("url", UNSET)

        collection_input = cls(
            name=name,
            data=data,
            url=url,
        )

        collection_input.additional_properties = d
        return collection_input

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
