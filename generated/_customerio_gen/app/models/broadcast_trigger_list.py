from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast_trigger import BroadcastTrigger


T = TypeVar("T", bound="BroadcastTriggerList")


@_attrs_define
class BroadcastTriggerList:
    """
    Attributes:
        triggers (list[BroadcastTrigger] | Unset):
    """

    triggers: list[BroadcastTrigger] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broadcast_trigger import BroadcastTrigger  # noqa: PLC0415

        d = dict(src_dict)
        _triggers = d.pop("triggers", UNSET)
        triggers: list[BroadcastTrigger] | Unset = UNSET
        if isinstance(_triggers, list):
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = BroadcastTrigger.from_dict(
                    triggers_item_data if isinstance(triggers_item_data, Mapping) else {}
                )

                triggers.append(triggers_item)

        broadcast_trigger_list = cls(
            triggers=triggers,
        )

        broadcast_trigger_list.additional_properties = d
        return broadcast_trigger_list

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
