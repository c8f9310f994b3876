from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_identifiers import SendIdentifiers
    from ..models.send_sms_message_message_data import SendSmsMessageMessageData


T = TypeVar("T", bound="SendSmsMessage")


@_attrs_define
class SendSmsMessage:
    """A transactional SMS from a template.

    Attributes:
        identifiers (SendIdentifiers): The recipient, by exactly one of `id`, `email` or `cio_id`.
        transactional_message_id (int | str): The template, by numeric id or trigger name.
        to (str | Unset): The phone number to text, in E.164 form (`+15551234567`); the template's recipient when left out.
        from_ (str | Unset): The sending phone number or sender id; it must be one your SMS provider account has verified. The template's sender when left out.
        disable_message_retention (bool | Unset): Do not keep the message body after sending.
        send_to_unsubscribed (bool | Unset): Send even when the person is unsubscribed.
        queue_draft (bool | Unset): Keep the message as a draft instead of sending it.
        message_data (SendSmsMessageMessageData | Unset): Values for the template's Liquid variables.
        send_at (int | Unset): When to send, Unix seconds (up to 90 days ahead).
        language (str | Unset): Which translation of the template to use.
    """

    identifiers: SendIdentifiers
    transactional_message_id: int | str
    to: str | Unset = UNSET
    from_: str | Unset = UNSET
    disable_message_retention: bool | Unset = UNSET
    send_to_unsubscribed: bool | Unset = UNSET
    queue_draft: bool | Unset = UNSET
    message_data: SendSmsMessageMessageData | Unset = UNSET
    send_at: int | Unset = UNSET
    language: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers = self.identifiers.to_dict()

        transactional_message_id: int | str
        transactional_message_id = self.transactional_message_id

        to = self.to

        from_ = self.from_

        disable_message_retention = self.disable_message_retention

        send_to_unsubscribed = self.send_to_unsubscribed

        queue_draft = self.queue_draft

        message_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_data, Unset):
            message_data = self.message_data.to_dict()

        send_at = self.send_at

        language = self.language

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
        if from_ is not UNSET:
            field_dict["from"] = from_
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_identifiers import SendIdentifiers  # noqa: PLC0415
        from ..models.send_sms_message_message_data import SendSmsMessageMessageData  # noqa: PLC0415

        d = dict(src_dict)
        identifiers = SendIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        def _parse_transactional_message_id(data: object) -> int | str:
            return cast(int | str, data)

        transactional_message_id = _parse_transactional_message_id(d.pop("transactional_message_id"))

        to = d.pop("to", UNSET)

        from_ = d.pop("from", UNSET)

        disable_message_retention = d.pop("disable_message_retention", UNSET)

        send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)

        queue_draft = d.pop("queue_draft", UNSET)

        _message_data = d.pop("message_data", UNSET)
        message_data: SendSmsMessageMessageData | Unset
        if isinstance(_message_data, Unset) or _message_data is None:
            message_data = UNSET
        else:
            message_data = SendSmsMessageMessageData.from_dict(
                _message_data if isinstance(_message_data, Mapping) else {}
            )

        send_at = d.pop("send_at", UNSET)

        language = d.pop("language", UNSET)

        send_sms_message = cls(
            identifiers=identifiers,
            transactional_message_id=transactional_message_id,
            to=to,
            from_=from_,
            disable_message_retention=disable_message_retention,
            send_to_unsubscribed=send_to_unsubscribed,
            queue_draft=queue_draft,
            message_data=message_data,
            send_at=send_at,
            language=language,
        )

        send_sms_message.additional_properties = d
        return send_sms_message

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
