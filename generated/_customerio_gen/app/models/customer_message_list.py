from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_message import CustomerMessage


T = TypeVar("T", bound="CustomerMessageList")


@_attrs_define
class CustomerMessageList:
    """
    Attributes:
        messages (list[CustomerMessage] | Unset): The deliveries of this page.
        next_ (str | Unset): The cursor of the next page; empty on the last page.
    """

    messages: list[CustomerMessage] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_message import CustomerMessage  # noqa: PLC0415

        d = dict(src_dict)
        _messages = d.pop("messages", UNSET)
        messages: list[CustomerMessage] | Unset = UNSET
        if isinstance(_messages, list):
            messages = []
            for messages_item_data in _messages:
                messages_item = CustomerMessage.from_dict(
                    messages_item_data if isinstance(messages_item_data, Mapping) else {}
                )

                messages.append(messages_item)

        next_ = d.pop("next", UNSET)

        customer_message_list = cls(
            messages=messages,
            next_=next_,
        )

        customer_message_list.additional_properties = d
        return customer_message_list

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
