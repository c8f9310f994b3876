from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_header import MessageHeader
    from ..models.message_header_map import MessageHeaderMap


T = TypeVar("T", bound="NewsletterContent")


@_attrs_define
class NewsletterContent:
    """One content variant of a newsletter: the default message, a translation, or an A/B test message. Which fields are
    set depends on the channel.

    Attributes:
        id (int | Unset): The variant's content id.
        newsletter_id (int | Unset): The newsletter the variant belongs to.
        deduplicate_id (str | Unset): `<id>:<last update timestamp>`.
        name (str | Unset): The variant's name.
        type_ (str | Unset): The channel (`twilio` is SMS); `in_app` and `inbox` variants exist too. One of: `email`, `webhook`, `twilio`, `slack`, `push`.
        language (str | Unset): The variant's language tag; empty for the default language.
        layout (str | Unset): The email layout HTML that wraps the body.
        body (str | Unset): The message body (HTML for email).
        body_amp (str | Unset): The AMP version of an email body.
        from_ (str | Unset): The sender address.
        from_id (int | Unset): The sender identity's id.
        reply_to (str | Unset): The reply-to address.
        reply_to_id (int | Unset): The reply-to identity's id.
        preprocessor (str | Unset): The CSS preprocessor applied to email. One of: `premailer`.
        recipient (str | Unset): The recipient address, often liquid such as `{{customer.email}}`.
        subject (str | Unset): The subject line (email) or title (push).
        cc (str | Unset): Carbon-copy addresses.
        bcc (str | Unset): Blind-copy addresses.
        fake_bcc (bool | Unset): Whether BCC copies are sent as separate messages.
        preheader_text (str | Unset): The preview text shown next to the subject.
        headers (list[MessageHeader] | MessageHeaderMap | str | Unset): Custom email headers: a header-name to value mapping (header names and values are ASCII strings without spaces; some headers are reserved). Responses may carry them as a list of `{name, value}` pairs, or that list as JSON text.
    """

    id: int | Unset = UNSET
    newsletter_id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    language: str | Unset = UNSET
    layout: str | Unset = UNSET
    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_id: int | Unset = UNSET
    reply_to: str | Unset = UNSET
    reply_to_id: int | Unset = UNSET
    preprocessor: str | Unset = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    cc: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    preheader_text: str | Unset = UNSET
    headers: list[MessageHeader] | MessageHeaderMap | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_header_map import MessageHeaderMap  # noqa: PLC0415

        id = self.id

        newsletter_id = self.newsletter_id

        deduplicate_id = self.deduplicate_id

        name = self.name

        type_ = self.type_

        language = self.language

        layout = self.layout

        body = self.body

        body_amp = self.body_amp

        from_ = self.from_

        from_id = self.from_id

        reply_to = self.reply_to

        reply_to_id = self.reply_to_id

        preprocessor = self.preprocessor

        recipient = self.recipient

        subject = self.subject

        cc = self.cc

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        preheader_text = self.preheader_text

        headers: dict[str, Any] | list[dict[str, Any]] | str | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, MessageHeaderMap):
            headers = self.headers.to_dict()
        elif isinstance(self.headers, list):
            headers = []
            for componentsschemas_message_headers_type_1_item_data in self.headers:
                componentsschemas_message_headers_type_1_item = (
                    componentsschemas_message_headers_type_1_item_data.to_dict()
                )
                headers.append(componentsschemas_message_headers_type_1_item)

        else:
            headers = self.headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if newsletter_id is not UNSET:
            field_dict["newsletter_id"] = newsletter_id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if language is not UNSET:
            field_dict["language"] = language
        if layout is not UNSET:
            field_dict["layout"] = layout
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if preprocessor is not UNSET:
            field_dict["preprocessor"] = preprocessor
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if subject is not UNSET:
            field_dict["subject"] = subject
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_header import MessageHeader  # noqa: PLC0415
        from ..models.message_header_map import MessageHeaderMap  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        newsletter_id = d.pop("newsletter_id", UNSET)

        deduplicate_id = d.pop("deduplicate_id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        language = d.pop("language", UNSET)

        layout = d.pop("layout", UNSET)

        body = d.pop("body", UNSET)

        body_amp = d.pop("body_amp", UNSET)

        from_ = d.pop("from", UNSET)

        from_id = d.pop("from_id", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        reply_to_id = d.pop("reply_to_id", UNSET)

        preprocessor = d.pop("preprocessor", UNSET)

        recipient = d.pop("recipient", UNSET)

        subject = d.pop("subject", UNSET)

        cc = d.pop("cc", UNSET)

        bcc = d.pop("bcc", UNSET)

        fake_bcc = d.pop("fake_bcc", UNSET)

        preheader_text = d.pop("preheader_text", UNSET)

        def _parse_headers(data: object) -> list[MessageHeader] | MessageHeaderMap | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_headers_type_0 = MessageHeaderMap.from_dict(
                    data if isinstance(data, Mapping) else {}
                )

                return componentsschemas_message_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_message_headers_type_1 = []
                _componentsschemas_message_headers_type_1 = data
                for componentsschemas_message_headers_type_1_item_data in _componentsschemas_message_headers_type_1:
                    componentsschemas_message_headers_type_1_item = MessageHeader.from_dict(
                        componentsschemas_message_headers_type_1_item_data
                        if isinstance(componentsschemas_message_headers_type_1_item_data, Mapping)
                        else {}
                    )

                    componentsschemas_message_headers_type_1.append(componentsschemas_message_headers_type_1_item)

                return componentsschemas_message_headers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessageHeader] | MessageHeaderMap | str | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        newsletter_content = cls(
            id=id,
            newsletter_id=newsletter_id,
            deduplicate_id=deduplicate_id,
            name=name,
            type_=type_,
            language=language,
            layout=layout,
            body=body,
            body_amp=body_amp,
            from_=from_,
            from_id=from_id,
            reply_to=reply_to,
            reply_to_id=reply_to_id,
            preprocessor=preprocessor,
            recipient=recipient,
            subject=subject,
            cc=cc,
            bcc=bcc,
            fake_bcc=fake_bcc,
            preheader_text=preheader_text,
            headers=headers,
        )

        newsletter_content.additional_properties = d
        return newsletter_content

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
