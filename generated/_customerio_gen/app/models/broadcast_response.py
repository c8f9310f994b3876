from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast import Broadcast


T = TypeVar("T", bound="BroadcastResponse")


@_attrs_define
class BroadcastResponse:
    """
    Attributes:
        broadcast (Broadcast | Unset): An API-triggered broadcast.
    """

    broadcast: Broadcast | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broadcast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.broadcast, Unset):
            broadcast = self.broadcast.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broadcast is not UNSET:
            field_dict["broadcast"] = broadcast

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broadcast import Broadcast  # noqa: PLC0415

        d = dict(src_dict)
        _broadcast = d.pop("broadcast", UNSET)
        broadcast: Broadcast | Unset
        if isinstance(_broadcast, Unset) or _broadcast is None:
            broadcast = UNSET
        else:
            broadcast = Broadcast.from_dict(_broadcast if isinstance(_broadcast, Mapping) else {})

        broadcast_response = cls(
            broadcast=broadcast,
        )

        broadcast_response.additional_properties = d
        return broadcast_response

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
