from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_push_android_payload_message_android import SendPushAndroidPayloadMessageAndroid
    from ..models.send_push_android_payload_message_data import SendPushAndroidPayloadMessageData
    from ..models.send_push_android_payload_message_notification import SendPushAndroidPayloadMessageNotification


T = TypeVar("T", bound="SendPushAndroidPayloadMessage")


@_attrs_define
class SendPushAndroidPayloadMessage:
    """The Firebase message.

    Attributes:
        notification (SendPushAndroidPayloadMessageNotification | Unset): What the notification shows.
        data (SendPushAndroidPayloadMessageData | Unset): Key-values for your app to read; string values only.
        android (SendPushAndroidPayloadMessageAndroid | Unset): Android-specific options.
    """

    notification: SendPushAndroidPayloadMessageNotification | Unset = UNSET
    data: SendPushAndroidPayloadMessageData | Unset = UNSET
    android: SendPushAndroidPayloadMessageAndroid | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        android: dict[str, Any] | Unset = UNSET
        if not isinstance(self.android, Unset):
            android = self.android.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification
        if data is not UNSET:
            field_dict["data"] = data
        if android is not UNSET:
            field_dict["android"] = android

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_push_android_payload_message_android import SendPushAndroidPayloadMessageAndroid  # noqa: PLC0415
        from ..models.send_push_android_payload_message_data import SendPushAndroidPayloadMessageData  # noqa: PLC0415
        from ..models.send_push_android_payload_message_notification import SendPushAndroidPayloadMessageNotification  # noqa: PLC0415

        d = dict(src_dict)
        _notification = d.pop("notification", UNSET)
        notification: SendPushAndroidPayloadMessageNotification | Unset
        if isinstance(_notification, Unset) or _notification is None:
            notification = UNSET
        else:
            notification = SendPushAndroidPayloadMessageNotification.from_dict(
                _notification if isinstance(_notification, Mapping) else {}
            )

        _data = d.pop("data", UNSET)
        data: SendPushAndroidPayloadMessageData | Unset
        if isinstance(_data, Unset) or _data is None:
            data = UNSET
        else:
            data = SendPushAndroidPayloadMessageData.from_dict(_data if isinstance(_data, Mapping) else {})

        _android = d.pop("android", UNSET)
        android: SendPushAndroidPayloadMessageAndroid | Unset
        if isinstance(_android, Unset) or _android is None:
            android = UNSET
        else:
            android = SendPushAndroidPayloadMessageAndroid.from_dict(_android if isinstance(_android, Mapping) else {})

        send_push_android_payload_message = cls(
            notification=notification,
            data=data,
            android=android,
        )

        send_push_android_payload_message.additional_properties = d
        return send_push_android_payload_message

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
