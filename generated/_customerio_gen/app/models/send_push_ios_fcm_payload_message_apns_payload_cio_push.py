from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendPushIosFcmPayloadMessageApnsPayloadCIOPush")


@_attrs_define
class SendPushIosFcmPayloadMessageApnsPayloadCIOPush:
    """The notification as the SDK shows it.

    Attributes:
        title (str | Unset): The title.
        body (str | Unset): The text.
        link (str | Unset): A deep link or web URL opened on tap.
        image (str | Unset): An HTTPS image URL.
    """

    title: str | Unset = UNSET
    body: str | Unset = UNSET
    link: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        link = self.link

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if link is not UNSET:
            field_dict["link"] = link
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        body = d.pop("body", UNSET)

        link = d.pop("link", UNSET)

        image = d.pop("image", UNSET)

        send_push_ios_fcm_payload_message_apns_payload_cio_push = cls(
            title=title,
            body=body,
            link=link,
            image=image,
        )

        send_push_ios_fcm_payload_message_apns_payload_cio_push.additional_properties = d
        return send_push_ios_fcm_payload_message_apns_payload_cio_push

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
