from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_push_ios_fcm_payload_message_apns_headers import SendPushIosFcmPayloadMessageApnsHeaders
    from ..models.send_push_ios_fcm_payload_message_apns_payload import SendPushIosFcmPayloadMessageApnsPayload


T = TypeVar("T", bound="SendPushIosFcmPayloadMessageApns")


@_attrs_define
class SendPushIosFcmPayloadMessageApns:
    """The part of the Firebase message meant for APNs.

    Attributes:
        payload (SendPushIosFcmPayloadMessageApnsPayload): The notification payload; keys beyond `CIO` and `aps` reach your app as given.
        headers (SendPushIosFcmPayloadMessageApnsHeaders | Unset): APNs request headers, as Apple defines them.
    """

    payload: SendPushIosFcmPayloadMessageApnsPayload
    headers: SendPushIosFcmPayloadMessageApnsHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payload = self.payload.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payload": payload,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_push_ios_fcm_payload_message_apns_headers import SendPushIosFcmPayloadMessageApnsHeaders  # noqa: PLC0415
        from ..models.send_push_ios_fcm_payload_message_apns_payload import SendPushIosFcmPayloadMessageApnsPayload  # noqa: PLC0415

        d = dict(src_dict)
        payload = SendPushIosFcmPayloadMessageApnsPayload.from_dict(
            d.pop("payload") if isinstance(d.pop("payload"), Mapping) else {}
        )

        _headers = d.pop("headers", UNSET)
        headers: SendPushIosFcmPayloadMessageApnsHeaders | Unset
        if isinstance(_headers, Unset) or _headers is None:
            headers = UNSET
        else:
            headers = SendPushIosFcmPayloadMessageApnsHeaders.from_dict(
                _headers if isinstance(_headers, Mapping) else {}
            )

        send_push_ios_fcm_payload_message_apns = cls(
            payload=payload,
            headers=headers,
        )

        send_push_ios_fcm_payload_message_apns.additional_properties = d
        return send_push_ios_fcm_payload_message_apns

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
