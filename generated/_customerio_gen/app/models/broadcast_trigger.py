from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BroadcastTrigger")


@_attrs_define
class BroadcastTrigger:
    """One triggering of an API-triggered broadcast.

    Attributes:
        id (int | Unset): The trigger id.
        broadcast_id (int | Unset):
        created_at (int | Unset): When it was triggered, Unix seconds.
        processed_at (int | None | Unset): When Customer.io processed it, Unix seconds; null until then.
    """

    id: int | Unset = UNSET
    broadcast_id: int | Unset = UNSET
    created_at: int | Unset = UNSET
    processed_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        broadcast_id = self.broadcast_id

        created_at = self.created_at

        processed_at: int | None | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = self.processed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        broadcast_id = d.pop("broadcast_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_processed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

        broadcast_trigger = cls(
            id=id,
            broadcast_id=broadcast_id,
            created_at=created_at,
            processed_at=processed_at,
        )

        broadcast_trigger.additional_properties = d
        return broadcast_trigger

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
