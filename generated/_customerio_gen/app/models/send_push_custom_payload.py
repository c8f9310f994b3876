from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_push_android_payload import SendPushAndroidPayload
    from ..models.send_push_ios_apns_payload import SendPushIosApnsPayload
    from ..models.send_push_ios_fcm_payload import SendPushIosFcmPayload


T = TypeVar("T", bound="SendPushCustomPayload")


@_attrs_define
class SendPushCustomPayload:
    """Platform payloads that replace the ones built from the template, per platform.

    Attributes:
        ios (SendPushIosApnsPayload | SendPushIosFcmPayload | Unset): The iOS payload. Its shape depends on how the workspace reaches iOS devices: through Firebase (a `message.apns` envelope) or directly through APNs (`CIO` and `aps` at the top).
        android (SendPushAndroidPayload | Unset): The Android payload, sent through Firebase Cloud Messaging.
    """

    ios: SendPushIosApnsPayload | SendPushIosFcmPayload | Unset = UNSET
    android: SendPushAndroidPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.send_push_ios_fcm_payload import SendPushIosFcmPayload  # noqa: PLC0415

        ios: dict[str, Any] | Unset
        if isinstance(self.ios, Unset):
            ios = UNSET
        elif isinstance(self.ios, SendPushIosFcmPayload):
            ios = self.ios.to_dict()
        else:
            ios = self.ios.to_dict()

        android: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = self.android.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ios is not UNSET:
            field_dict["ios"] = ios
        if android is not UNSET:
            field_dict["android"] = android

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_push_android_payload import SendPushAndroidPayload  # noqa: PLC0415
        from ..models.send_push_ios_apns_payload import SendPushIosApnsPayload  # noqa: PLC0415
        from ..models.send_push_ios_fcm_payload import SendPushIosFcmPayload  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ios(data: object) -> SendPushIosApnsPayload | SendPushIosFcmPayload | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_send_push_ios_payload_type_0 = SendPushIosFcmPayload.from_dict(
                    data if isinstance(data, Mapping) else {}
                )

                return componentsschemas_send_push_ios_payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_send_push_ios_payload_type_1 = SendPushIosApnsPayload.from_dict(
                data if isinstance(data, Mapping) else {}
            )

            return componentsschemas_send_push_ios_payload_type_1

        ios = _parse_ios(d.pop("ios", UNSET))

        _android = d.pop("android", UNSET)
        android: SendPushAndroidPayload | Unset
        if isinstance(_android, Unset) or _android is None:
            android = UNSET
        else:
            android = SendPushAndroidPayload.from_dict(_android if isinstance(_android, Mapping) else {})

        send_push_custom_payload = cls(
            ios=ios,
            android=android,
        )

        send_push_custom_payload.additional_properties = d
        return send_push_custom_payload

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
