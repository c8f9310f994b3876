from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast import Broadcast


T = TypeVar("T", bound="BroadcastList")


@_attrs_define
class BroadcastList:
    """
    Attributes:
        broadcasts (list[Broadcast] | Unset):
    """

    broadcasts: list[Broadcast] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        broadcasts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.broadcasts, Unset):
            broadcasts = []
            for broadcasts_item_data in self.broadcasts:
                broadcasts_item = broadcasts_item_data.to_dict()
                broadcasts.append(broadcasts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if broadcasts is not UNSET:
            field_dict["broadcasts"] = broadcasts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broadcast import Broadcast  # noqa: PLC0415

        d = dict(src_dict)
        _broadcasts = d.pop("broadcasts", UNSET)
        broadcasts: list[Broadcast] | Unset = UNSET
        if isinstance(_broadcasts, list):
            broadcasts = []
            for broadcasts_item_data in _broadcasts:
                broadcasts_item = Broadcast.from_dict(
                    broadcasts_item_data if isinstance(broadcasts_item_data, Mapping) else {}
                )

                broadcasts.append(broadcasts_item)

        broadcast_list = cls(
            broadcasts=broadcasts,
        )

        broadcast_list.additional_properties = d
        return broadcast_list

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
