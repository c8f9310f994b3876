from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_push_message_sound import SendPushMessageSound, check_send_push_message_sound
from ..models.send_push_message_to_type_0 import SendPushMessageToType0, check_send_push_message_to_type_0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_identifiers import SendIdentifiers
    from ..models.send_push_custom_payload import SendPushCustomPayload
    from ..models.send_push_device import SendPushDevice
    from ..models.send_push_message_custom_data import SendPushMessageCustomData
    from ..models.send_push_message_message_data import SendPushMessageMessageData


T = TypeVar("T", bound="SendPushMessage")


@_attrs_define
class SendPushMessage:
    """A transactional push notification from a template.

    Attributes:
        identifiers (SendIdentifiers): The recipient, by exactly one of `id`, `email` or `cio_id`.
        transactional_message_id (int | str): The template, by numeric id or trigger name.
        to (SendPushMessageToType0 | str | Unset): Which of the person's devices receive it: `all` of them (the API's default), the one `last_used`, or one device given by its token (it must belong to the person).
        title (str | Unset): The notification title; replaces the template's.
        message (str | Unset): The notification text; replaces the template's.
        disable_message_retention (bool | Unset): Do not keep the message body after sending.
        send_to_unsubscribed (bool | Unset): Send even when the person is unsubscribed.
        queue_draft (bool | Unset): Keep the message as a draft instead of sending it.
        message_data (SendPushMessageMessageData | Unset): Values for the template's Liquid variables.
        send_at (int | Unset): When to send, Unix seconds.
        language (str | Unset): Which translation of the template to use.
        image_url (str | Unset): An image shown with the notification; replaces the template's.
        link (str | Unset): A deep link or URL opened on tap; replaces the template's.
        sound (SendPushMessageSound | Unset): iOS only: play the device's `default` sound (the API's default) or `none`.
        custom_data (SendPushMessageCustomData | Unset): Extra key-values added to the payload. Firebase carries string values only.
        custom_device (SendPushDevice | Unset): A device added to (or updated on) the recipient's profile as the message is sent, and sent to. `SendPushRequest` takes it as `device`.
        custom_payload (SendPushCustomPayload | Unset): Platform payloads that replace the ones built from the template, per platform.
    """

    identifiers: SendIdentifiers
    transactional_message_id: int | str
    to: SendPushMessageToType0 | str | Unset = UNSET
    title: str | Unset = UNSET
    message: str | Unset = UNSET
    disable_message_retention: bool | Unset = UNSET
    send_to_unsubscribed: bool | Unset = UNSET
    queue_draft: bool | Unset = UNSET
    message_data: SendPushMessageMessageData | Unset = UNSET
    send_at: int | Unset = UNSET
    language: str | Unset = UNSET
    image_url: str | Unset = UNSET
    link: str | Unset = UNSET
    sound: SendPushMessageSound | Unset = UNSET
    custom_data: SendPushMessageCustomData | Unset = UNSET
    custom_device: SendPushDevice | Unset = UNSET
    custom_payload: SendPushCustomPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers = self.identifiers.to_dict()

        transactional_message_id: int | str
        transactional_message_id = self.transactional_message_id

        to: str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, str):
            to = self.to
        else:
            to = self.to

        title = self.title

        message = self.message

        disable_message_retention = self.disable_message_retention

        send_to_unsubscribed = self.send_to_unsubscribed

        queue_draft = self.queue_draft

        message_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_data, Unset):
            message_data = self.message_data.to_dict()

        send_at = self.send_at

        language = self.language

        image_url = self.image_url

        link = self.link

        sound: str | Unset = UNSET
        if not isinstance(self.sound, Unset):
            sound = self.sound

        custom_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_data, Unset):
            custom_data = self.custom_data.to_dict()

        custom_device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_device, Unset):
            custom_device = self.custom_device.to_dict()

        custom_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_payload, Unset):
            custom_payload = self.custom_payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifiers": identifiers,
                "transactional_message_id": transactional_message_id,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if title is not UNSET:
            field_dict["title"] = title
        if message is not UNSET:
            field_dict["message"] = message
        if disable_message_retention is not UNSET:
            field_dict["disable_message_retention"] = disable_message_retention
        if send_to_unsubscribed is not UNSET:
            field_dict["send_to_unsubscribed"] = send_to_unsubscribed
        if queue_draft is not UNSET:
            field_dict["queue_draft"] = queue_draft
        if message_data is not UNSET:
            field_dict["message_data"] = message_data
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if language is not UNSET:
            field_dict["language"] = language
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if link is not UNSET:
            field_dict["link"] = link
        if sound is not UNSET:
            field_dict["sound"] = sound
        if custom_data is not UNSET:
            field_dict["custom_data"] = custom_data
        if custom_device is not UNSET:
            field_dict["custom_device"] = custom_device
        if custom_payload is not UNSET:
            field_dict["custom_payload"] = custom_payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_identifiers import SendIdentifiers  # noqa: PLC0415
        from ..models.send_push_custom_payload import SendPushCustomPayload  # noqa: PLC0415
        from ..models.send_push_device import SendPushDevice  # noqa: PLC0415
        from ..models.send_push_message_custom_data import SendPushMessageCustomData  # noqa: PLC0415
        from ..models.send_push_message_message_data import SendPushMessageMessageData  # noqa: PLC0415

        d = dict(src_dict)
        identifiers = SendIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        def _parse_transactional_message_id(data: object) -> int | str:
            return cast(int | str, data)

        transactional_message_id = _parse_transactional_message_id(d.pop("transactional_message_id"))

        def _parse_to(data: object) -> SendPushMessageToType0 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = check_send_push_message_to_type_0(data)

                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SendPushMessageToType0 | str | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        title = d.pop("title", UNSET)

        message = d.pop("message", UNSET)

        disable_message_retention = d.pop("disable_message_retention", UNSET)

        send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)

        queue_draft = d.pop("queue_draft", UNSET)

        _message_data = d.pop("message_data", UNSET)
        message_data: SendPushMessageMessageData | Unset
        if isinstance(_message_data, Unset) or _message_data is None:
            message_data = UNSET
        else:
            message_data = SendPushMessageMessageData.from_dict(
                _message_data if isinstance(_message_data, Mapping) else {}
            )

        send_at = d.pop("send_at", UNSET)

        language = d.pop("language", UNSET)

        image_url = d.pop("image_url", UNSET)

        link = d.pop("link", UNSET)

        _sound = d.pop("sound", UNSET)
        sound: SendPushMessageSound | Unset
        if isinstance(_sound, Unset) or _sound is None:
            sound = UNSET
        else:
            sound = check_send_push_message_sound(_sound)

        _custom_data = d.pop("custom_data", UNSET)
        custom_data: SendPushMessageCustomData | Unset
        if isinstance(_custom_data, Unset) or _custom_data is None:
            custom_data = UNSET
        else:
            custom_data = SendPushMessageCustomData.from_dict(_custom_data if isinstance(_custom_data, Mapping) else {})

        _custom_device = d.pop("custom_device", UNSET)
        custom_device: SendPushDevice | Unset
        if isinstance(_custom_device, Unset) or _custom_device is None:
            custom_device = UNSET
        else:
            custom_device = SendPushDevice.from_dict(_custom_device if isinstance(_custom_device, Mapping) else {})

        _custom_payload = d.pop("custom_payload", UNSET)
        custom_payload: SendPushCustomPayload | Unset
        if isinstance(_custom_payload, Unset) or _custom_payload is None:
            custom_payload = UNSET
        else:
            custom_payload = SendPushCustomPayload.from_dict(
                _custom_payload if isinstance(_custom_payload, Mapping) else {}
            )

        send_push_message = cls(
            identifiers=identifiers,
            transactional_message_id=transactional_message_id,
            to=to,
            title=title,
            message=message,
            disable_message_retention=disable_message_retention,
            send_to_unsubscribed=send_to_unsubscribed,
            queue_draft=queue_draft,
            message_data=message_data,
            send_at=send_at,
            language=language,
            image_url=image_url,
            link=link,
            sound=sound,
            custom_data=custom_data,
            custom_device=custom_device,
            custom_payload=custom_payload,
        )

        send_push_message.additional_properties = d
        return send_push_message

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
