from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BroadcastRecipientIds")


@_attrs_define
class BroadcastRecipientIds:
    """People chosen by their ids; they must already exist. The address flags do not apply (only `id_ignore_missing` is
    sent with `ids`).

    Attributes:
        ids (list[int | str]): The people's ids (at most 10000).
        id_ignore_missing (bool | Unset): Skip ids that match no one instead of rejecting the trigger; off when omitted.
    """

    ids: list[int | str]
    id_ignore_missing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids = []
        for ids_item_data in self.ids:
            ids_item: int | str
            ids_item = ids_item_data
            ids.append(ids_item)

        id_ignore_missing = self.id_ignore_missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ids": ids,
            }
        )
        if id_ignore_missing is not UNSET:
            field_dict["id_ignore_missing"] = id_ignore_missing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ids = []
        _ids = d.pop("ids")
        for ids_item_data in _ids:

            def _parse_ids_item(data: object) -> int | str:
                return cast(int | str, data)

            ids_item = _parse_ids_item(ids_item_data)

            ids.append(ids_item)

        id_ignore_missing = d.pop("id_ignore_missing", UNSET)

        broadcast_recipient_ids = cls(
            ids=ids,
            id_ignore_missing=id_ignore_missing,
        )

        broadcast_recipient_ids.additional_properties = d
        return broadcast_recipient_ids

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
