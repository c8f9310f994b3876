from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_message import TransactionalMessage


T = TypeVar("T", bound="TransactionalMessageList")


@_attrs_define
class TransactionalMessageList:
    """
    Attributes:
        messages (list[TransactionalMessage] | Unset): The transactional messages.
    """

    messages: list[TransactionalMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transactional_message import TransactionalMessage  # noqa: PLC0415

        d = dict(src_dict)
        _messages = d.pop("messages", UNSET)
        messages: list[TransactionalMessage] | Unset = UNSET
        if isinstance(_messages, list):
            messages = []
            for messages_item_data in _messages:
                messages_item = TransactionalMessage.from_dict(
                    messages_item_data if isinstance(messages_item_data, Mapping) else {}
                )

                messages.append(messages_item)

        transactional_message_list = cls(
            messages=messages,
        )

        transactional_message_list.additional_properties = d
        return transactional_message_list

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
