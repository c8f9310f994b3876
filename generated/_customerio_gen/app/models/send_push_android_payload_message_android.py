from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_push_android_payload_message_android_notification import (
        SendPushAndroidPayloadMessageAndroidNotification,
    )


T = TypeVar("T", bound="SendPushAndroidPayloadMessageAndroid")


@_attrs_define
class SendPushAndroidPayloadMessageAndroid:
    """Android-specific options.

    Attributes:
        notification (SendPushAndroidPayloadMessageAndroidNotification | Unset): Android notification settings.
    """

    notification: SendPushAndroidPayloadMessageAndroidNotification | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_push_android_payload_message_android_notification import (
            SendPushAndroidPayloadMessageAndroidNotification,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _notification = d.pop("notification", UNSET)
        notification: SendPushAndroidPayloadMessageAndroidNotification | Unset
        if isinstance(_notification, Unset) or _notification is None:
            notification = UNSET
        else:
            notification = SendPushAndroidPayloadMessageAndroidNotification.from_dict(
                _notification if isinstance(_notification, Mapping) else {}
            )

        send_push_android_payload_message_android = cls(
            notification=notification,
        )

        send_push_android_payload_message_android.additional_properties = d
        return send_push_android_payload_message_android

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
