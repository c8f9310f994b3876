from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.send_push_ios_fcm_payload_message_apns_payload_cio_push import (
        SendPushIosFcmPayloadMessageApnsPayloadCIOPush,
    )


T = TypeVar("T", bound="SendPushIosFcmPayloadMessageApnsPayloadCIO")


@_attrs_define
class SendPushIosFcmPayloadMessageApnsPayloadCIO:
    """Settings read by the Customer.io iOS SDK.

    Attributes:
        push (SendPushIosFcmPayloadMessageApnsPayloadCIOPush): The notification as the SDK shows it.
    """

    push: SendPushIosFcmPayloadMessageApnsPayloadCIOPush
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        push = self.push.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "push": push,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_push_ios_fcm_payload_message_apns_payload_cio_push import (
            SendPushIosFcmPayloadMessageApnsPayloadCIOPush,  # noqa: PLC0415
        )

        d = dict(src_dict)
        push = SendPushIosFcmPayloadMessageApnsPayloadCIOPush.from_dict(
            d.pop("push") if isinstance(d.pop("push"), Mapping) else {}
        )

        send_push_ios_fcm_payload_message_apns_payload_cio = cls(
            push=push,
        )

        send_push_ios_fcm_payload_message_apns_payload_cio.additional_properties = d
        return send_push_ios_fcm_payload_message_apns_payload_cio

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
