from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast_per_user_data import BroadcastPerUserData


T = TypeVar("T", bound="BroadcastRecipientPerUserData")


@_attrs_define
class BroadcastRecipientPerUserData:
    """People chosen one by one, each with data of its own for the messages.

    Attributes:
        per_user_data (list[BroadcastPerUserData]):
        id_ignore_missing (bool | Unset): Skip ids that match no one instead of rejecting the trigger; off when omitted.
        email_ignore_missing (bool | Unset): Skip addresses that match no one instead of rejecting the trigger; off when omitted.
        email_add_duplicates (bool | Unset): Send to every person sharing an address instead of treating it as an error; off when omitted.
    """

    per_user_data: list[BroadcastPerUserData]
    id_ignore_missing: bool | Unset = UNSET
    email_ignore_missing: bool | Unset = UNSET
    email_add_duplicates: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_user_data = []
        for per_user_data_item_data in self.per_user_data:
            per_user_data_item = per_user_data_item_data.to_dict()
            per_user_data.append(per_user_data_item)

        id_ignore_missing = self.id_ignore_missing

        email_ignore_missing = self.email_ignore_missing

        email_add_duplicates = self.email_add_duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "per_user_data": per_user_data,
            }
        )
        if id_ignore_missing is not UNSET:
            field_dict["id_ignore_missing"] = id_ignore_missing
        if email_ignore_missing is not UNSET:
            field_dict["email_ignore_missing"] = email_ignore_missing
        if email_add_duplicates is not UNSET:
            field_dict["email_add_duplicates"] = email_add_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broadcast_per_user_data import BroadcastPerUserData  # noqa: PLC0415

        d = dict(src_dict)
        per_user_data = []
        _per_user_data = d.pop("per_user_data")
        for per_user_data_item_data in _per_user_data:
            per_user_data_item = BroadcastPerUserData.from_dict(
                per_user_data_item_data if isinstance(per_user_data_item_data, Mapping) else {}
            )

            per_user_data.append(per_user_data_item)

        id_ignore_missing = d.pop("id_ignore_missing", UNSET)

        email_ignore_missing = d.pop("email_ignore_missing", UNSET)

        email_add_duplicates = d.pop("email_add_duplicates", UNSET)

        broadcast_recipient_per_user_data = cls(
            per_user_data=per_user_data,
            id_ignore_missing=id_ignore_missing,
            email_ignore_missing=email_ignore_missing,
            email_add_duplicates=email_add_duplicates,
        )

        broadcast_recipient_per_user_data.additional_properties = d
        return broadcast_recipient_per_user_data

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
