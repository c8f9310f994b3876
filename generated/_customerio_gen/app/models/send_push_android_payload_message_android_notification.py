from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendPushAndroidPayloadMessageAndroidNotification")


@_attrs_define
class SendPushAndroidPayloadMessageAndroidNotification:
    """Android notification settings.

    Attributes:
        icon (str | Unset): A drawable resource name for the icon; the app's launcher icon when left out.
        sound (str | Unset): `default` or the name of a sound resource in the app.
        tag (str | Unset): Notifications with the same tag replace each other in the drawer.
        color (str | Unset): The icon color, as `#rrggbb`.
        click_action (str | Unset): The intent action started when the notification is tapped.
        body_loc_key (str | Unset): The key of a localized text in the app's string resources.
        body_loc_arg (str | Unset): Values for the placeholders of the localized text.
        title_loc_key (str | Unset): The key of a localized title in the app's string resources.
        title_loc_arg (str | Unset): Values for the placeholders of the localized title.
    """

    icon: str | Unset = UNSET
    sound: str | Unset = UNSET
    tag: str | Unset = UNSET
    color: str | Unset = UNSET
    click_action: str | Unset = UNSET
    body_loc_key: str | Unset = UNSET
    body_loc_arg: str | Unset = UNSET
    title_loc_key: str | Unset = UNSET
    title_loc_arg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        icon = self.icon

        sound = self.sound

        tag = self.tag

        color = self.color

        click_action = self.click_action

        body_loc_key = self.body_loc_key

        body_loc_arg = self.body_loc_arg

        title_loc_key = self.title_loc_key

        title_loc_arg = self.title_loc_arg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if icon is not UNSET:
            field_dict["icon"] = icon
        if sound is not UNSET:
            field_dict["sound"] = sound
        if tag is not UNSET:
            field_dict["tag"] = tag
        if color is not UNSET:
            field_dict["color"] = color
        if click_action is not UNSET:
            field_dict["click_action"] = click_action
        if body_loc_key is not UNSET:
            field_dict["body_loc_key"] = body_loc_key
        if body_loc_arg is not UNSET:
            field_dict["body_loc_arg"] = body_loc_arg
        if title_loc_key is not UNSET:
            field_dict["title_loc_key"] = title_loc_key
        if title_loc_arg is not UNSET:
            field_dict["title_loc_arg"] = title_loc_arg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        icon = d.pop("icon", UNSET)

        sound = d.pop("sound", UNSET)

        tag = d.pop("tag", UNSET)

        color = d.pop("color", UNSET)

        click_action = d.pop("click_action", UNSET)

        body_loc_key = d.pop("body_loc_key", UNSET)

        body_loc_arg = d.pop("body_loc_arg", UNSET)

        title_loc_key = d.pop("title_loc_key", UNSET)

        title_loc_arg = d.pop("title_loc_arg", UNSET)

        send_push_android_payload_message_android_notification = cls(
            icon=icon,
            sound=sound,
            tag=tag,
            color=color,
            click_action=click_action,
            body_loc_key=body_loc_key,
            body_loc_arg=body_loc_arg,
            title_loc_key=title_loc_key,
            title_loc_arg=title_loc_arg,
        )

        send_push_android_payload_message_android_notification.additional_properties = d
        return send_push_android_payload_message_android_notification

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
