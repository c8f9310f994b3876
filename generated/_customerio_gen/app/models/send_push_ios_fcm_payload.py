from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.send_push_ios_fcm_payload_message import SendPushIosFcmPayloadMessage


T = TypeVar("T", bound="SendPushIosFcmPayload")


@_attrs_define
class SendPushIosFcmPayload:
    """An iOS payload delivered through Firebase Cloud Messaging.

    Attributes:
        message (SendPushIosFcmPayloadMessage): The Firebase message.
    """

    message: SendPushIosFcmPayloadMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_push_ios_fcm_payload_message import SendPushIosFcmPayloadMessage  # noqa: PLC0415

        d = dict(src_dict)
        message = SendPushIosFcmPayloadMessage.from_dict(
            d.pop("message") if isinstance(d.pop("message"), Mapping) else {}
        )

        send_push_ios_fcm_payload = cls(
            message=message,
        )

        send_push_ios_fcm_payload.additional_properties = d
        return send_push_ios_fcm_payload

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
