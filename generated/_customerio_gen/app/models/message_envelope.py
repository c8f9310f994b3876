from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_message import DeliveryMessage


T = TypeVar("T", bound="MessageEnvelope")


@_attrs_define
class MessageEnvelope:
    """
    Attributes:
        message (DeliveryMessage | Unset): One delivery: a message (or webhook) produced for one recipient. Every parent id (`campaign_id`, `broadcast_id`, `newsletter_id`, ...) is present, but only the delivery's own parents are set; the rest are null.
    """

    message: DeliveryMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_message import DeliveryMessage  # noqa: PLC0415

        d = dict(src_dict)
        _message = d.pop("message", UNSET)
        message: DeliveryMessage | Unset
        if isinstance(_message, Unset) or _message is None:
            message = UNSET
        else:
            message = DeliveryMessage.from_dict(_message if isinstance(_message, Mapping) else {})

        message_envelope = cls(
            message=message,
        )

        message_envelope.additional_properties = d
        return message_envelope

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
