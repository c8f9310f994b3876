from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_push_aps import SendPushAps
    from ..models.send_push_ios_fcm_payload_message_apns_payload_cio import SendPushIosFcmPayloadMessageApnsPayloadCIO


T = TypeVar("T", bound="SendPushIosFcmPayloadMessageApnsPayload")


@_attrs_define
class SendPushIosFcmPayloadMessageApnsPayload:
    """The notification payload; keys beyond `CIO` and `aps` reach your app as given.

    Attributes:
        cio (SendPushIosFcmPayloadMessageApnsPayloadCIO | Unset): Settings read by the Customer.io iOS SDK.
        aps (SendPushAps | Unset): Apple's `aps` dictionary (its keys as Apple names them).
    """

    cio: SendPushIosFcmPayloadMessageApnsPayloadCIO | Unset = UNSET
    aps: SendPushAps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio, Unset):
            cio = self.cio.to_dict()

        aps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aps, Unset):
            aps = self.aps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cio is not UNSET:
            field_dict["CIO"] = cio
        if aps is not UNSET:
            field_dict["aps"] = aps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_push_aps import SendPushAps  # noqa: PLC0415
        from ..models.send_push_ios_fcm_payload_message_apns_payload_cio import (
            SendPushIosFcmPayloadMessageApnsPayloadCIO,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _cio = d.pop("CIO", UNSET)
        cio: SendPushIosFcmPayloadMessageApnsPayloadCIO | Unset
        if isinstance(_cio, Unset) or _cio is None:
            cio = UNSET
        else:
            cio = SendPushIosFcmPayloadMessageApnsPayloadCIO.from_dict(_cio if isinstance(_cio, Mapping) else {})

        _aps = d.pop("aps", UNSET)
        aps: SendPushAps | Unset
        if isinstance(_aps, Unset) or _aps is None:
            aps = UNSET
        else:
            aps = SendPushAps.from_dict(_aps if isinstance(_aps, Mapping) else {})

        send_push_ios_fcm_payload_message_apns_payload = cls(
            cio=cio,
            aps=aps,
        )

        send_push_ios_fcm_payload_message_apns_payload.additional_properties = d
        return send_push_ios_fcm_payload_message_apns_payload

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
