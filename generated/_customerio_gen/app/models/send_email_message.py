from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_email_message_attachments import SendEmailMessageAttachments
    from ..models.send_email_message_headers import SendEmailMessageHeaders
    from ..models.send_email_message_message_data import SendEmailMessageMessageData
    from ..models.send_identifiers import SendIdentifiers


T = TypeVar("T", bound="SendEmailMessage")


@_attrs_define
class SendEmailMessage:
    """A transactional email. Give `transactional_message_id` to use a template, or `from`, `subject` and `body` to send
    without one; other fields override the template.

    Attributes:
        to (str): The recipient address, optionally as `Name <address>`.
        identifiers (SendIdentifiers): The recipient, by exactly one of `id`, `email` or `cio_id`.
        headers (SendEmailMessageHeaders | Unset): Extra email headers; always sent, `{}` when none.
        message_data (SendEmailMessageMessageData | Unset): Values for the template's Liquid `trigger` variables.
        preheader (str | Unset): Preview text shown after the subject in inboxes.
        reply_to (str | Unset): The reply-to address; replaces the template's.
        bcc (str | Unset): Blind-copy addresses; replace the template's.
        body_plain (str | Unset): The plain-text body; replaces the generated one.
        body_amp (str | Unset): The AMP body.
        fake_bcc (bool | Unset): Send copies to `bcc` as separate messages instead of a Bcc header.
        disable_message_retention (bool | Unset): Do not keep the message body after sending.
        send_to_unsubscribed (bool | Unset): Send even when the person is unsubscribed.
        tracked (bool | Unset): Track opens and clicks.
        queue_draft (bool | Unset): Keep the message as a draft instead of sending it.
        send_at (int | Unset): When to send, Unix seconds (up to 90 days ahead).
        disable_css_preprocessing (bool | Unset): Send the CSS as written instead of inlining it.
        language (str | Unset): Which translation of the template to use.
        transactional_message_id (int | str | Unset): The template, by numeric id or trigger name.
        from_ (str | Unset): The sender address; required without a template.
        subject (str | Unset): The subject line; required without a template.
        body (str | Unset): The HTML body; required without a template.
        attachments (SendEmailMessageAttachments | Unset): File name to base64-encoded content.
    """

    to: str
    identifiers: SendIdentifiers
    headers: SendEmailMessageHeaders | Unset = UNSET
    message_data: SendEmailMessageMessageData | Unset = UNSET
    preheader: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    bcc: str | Unset = UNSET
    body_plain: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    disable_message_retention: bool | Unset = UNSET
    send_to_unsubscribed: bool | Unset = UNSET
    tracked: bool | Unset = UNSET
    queue_draft: bool | Unset = UNSET
    send_at: int | Unset = UNSET
    disable_css_preprocessing: bool | Unset = UNSET
    language: str | Unset = UNSET
    transactional_message_id: int | str | Unset = UNSET
    from_: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    attachments: SendEmailMessageAttachments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        identifiers = self.identifiers.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        message_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message_data, Unset):
            message_data = self.message_data.to_dict()

        preheader = self.preheader

        reply_to = self.reply_to

        bcc = self.bcc

        body_plain = self.body_plain

        body_amp = self.body_amp

        fake_bcc = self.fake_bcc

        disable_message_retention = self.disable_message_retention

        send_to_unsubscribed = self.send_to_unsubscribed

        tracked = self.tracked

        queue_draft = self.queue_draft

        send_at = self.send_at

        disable_css_preprocessing = self.disable_css_preprocessing

        language = self.language

        transactional_message_id: int | str | Unset
        if isinstance(self.transactional_message_id, Unset):
            transactional_message_id = UNSET
        else:
            transactional_message_id = self.transactional_message_id

        from_ = self.from_

        subject = self.subject

        body = self.body

        attachments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
                "identifiers": identifiers,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if message_data is not UNSET:
            field_dict["message_data"] = message_data
        if preheader is not UNSET:
            field_dict["preheader"] = preheader
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if body_plain is not UNSET:
            field_dict["body_plain"] = body_plain
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if disable_message_retention is not UNSET:
            field_dict["disable_message_retention"] = disable_message_retention
        if send_to_unsubscribed is not UNSET:
            field_dict["send_to_unsubscribed"] = send_to_unsubscribed
        if tracked is not UNSET:
            field_dict["tracked"] = tracked
        if queue_draft is not UNSET:
            field_dict["queue_draft"] = queue_draft
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if disable_css_preprocessing is not UNSET:
            field_dict["disable_css_preprocessing"] = disable_css_preprocessing
        if language is not UNSET:
            field_dict["language"] = language
        if transactional_message_id is not UNSET:
            field_dict["transactional_message_id"] = transactional_message_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_email_message_attachments import SendEmailMessageAttachments  # noqa: PLC0415
        from ..models.send_email_message_headers import SendEmailMessageHeaders  # noqa: PLC0415
        from ..models.send_email_message_message_data import SendEmailMessageMessageData  # noqa: PLC0415
        from ..models.send_identifiers import SendIdentifiers  # noqa: PLC0415

        d = dict(src_dict)
        to = d.pop("to")

        identifiers = SendIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        _headers = d.pop("headers", UNSET)
        headers: SendEmailMessageHeaders | Unset
        if isinstance(_headers, Unset) or _headers is None:
            headers = UNSET
        else:
            headers = SendEmailMessageHeaders.from_dict(_headers if isinstance(_headers, Mapping) else {})

        _message_data = d.pop("message_data", UNSET)
        message_data: SendEmailMessageMessageData | Unset
        if isinstance(_message_data, Unset) or _message_data is None:
            message_data = UNSET
        else:
            message_data = SendEmailMessageMessageData.from_dict(
                _message_data if isinstance(_message_data, Mapping) else {}
            )

        preheader = d.pop("preheader", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        bcc = d.pop("bcc", UNSET)

        body_plain = d.pop("body_plain", UNSET)

        body_amp = d.pop("body_amp", UNSET)

        fake_bcc = d.pop("fake_bcc", UNSET)

        disable_message_retention = d.pop("disable_message_retention", UNSET)

        send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)

        tracked = d.pop("tracked", UNSET)

        queue_draft = d.pop("queue_draft", UNSET)

        send_at = d.pop("send_at", UNSET)

        disable_css_preprocessing = d.pop("disable_css_preprocessing", UNSET)

        language = d.pop("language", UNSET)

        def _parse_transactional_message_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        transactional_message_id = _parse_transactional_message_id(d.pop("transactional_message_id", UNSET))

        from_ = d.pop("from", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: SendEmailMessageAttachments | Unset
        if isinstance(_attachments, Unset) or _attachments is None:
            attachments = UNSET
        else:
            attachments = SendEmailMessageAttachments.from_dict(
                _attachments if isinstance(_attachments, Mapping) else {}
            )

        send_email_message = cls(
            to=to,
            identifiers=identifiers,
            headers=headers,
            message_data=message_data,
            preheader=preheader,
            reply_to=reply_to,
            bcc=bcc,
            body_plain=body_plain,
            body_amp=body_amp,
            fake_bcc=fake_bcc,
            disable_message_retention=disable_message_retention,
            send_to_unsubscribed=send_to_unsubscribed,
            tracked=tracked,
            queue_draft=queue_draft,
            send_at=send_at,
            disable_css_preprocessing=disable_css_preprocessing,
            language=language,
            transactional_message_id=transactional_message_id,
            from_=from_,
            subject=subject,
            body=body,
            attachments=attachments,
        )

        send_email_message.additional_properties = d
        return send_email_message

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
