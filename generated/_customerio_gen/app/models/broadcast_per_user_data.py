from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast_per_user_data_data import BroadcastPerUserDataData


T = TypeVar("T", bound="BroadcastPerUserData")


@_attrs_define
class BroadcastPerUserData:
    """One recipient, by `id` or by `email` (exactly one of them), with its own message data.

    Attributes:
        id (int | str | Unset): A string or integer identifier.
        email (str | Unset): Must belong to one person only.
        data (BroadcastPerUserDataData | Unset): Values for this person's message, next to the broadcast-wide `data`.
    """

    id: int | str | Unset = UNSET
    email: str | Unset = UNSET
    data: BroadcastPerUserDataData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email = self.email

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broadcast_per_user_data_data import BroadcastPerUserDataData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        email = d.pop("email", UNSET)

        _data = d.pop("data", UNSET)
        data: BroadcastPerUserDataData | Unset
        if isinstance(_data, Unset) or _data is None:
            data = UNSET
        else:
            data = BroadcastPerUserDataData.from_dict(_data if isinstance(_data, Mapping) else {})

        broadcast_per_user_data = cls(
            id=id,
            email=email,
            data=data,
        )

        broadcast_per_user_data.additional_properties = d
        return broadcast_per_user_data

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
