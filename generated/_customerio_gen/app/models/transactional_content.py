from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_header import MessageHeader
    from ..models.message_header_map import MessageHeaderMap


T = TypeVar("T", bound="TransactionalContent")


@_attrs_define
class TransactionalContent:
    """One language variant of a transactional message.

    Attributes:
        id (int | Unset): The variant (content) id.
        name (str | Unset): The transactional message's name.
        language (str | Unset): The language tag; empty for the default variant.
        type_ (str | Unset): The variant's channel. One of: `email`, `push`.
        body (str | Unset): The HTML body (email) or the message text.
        body_amp (str | Unset): The AMP body, for email clients that show it.
        subject (str | Unset): The email subject.
        preheader_text (str | Unset): The preview text shown after the subject.
        from_ (str | Unset): The sender address.
        from_id (int | Unset): The sender identity's id.
        reply_to (str | Unset): The reply-to address.
        reply_to_id (int | None | Unset): The reply-to sender identity's id; null for none.
        recipient (str | Unset): The recipient address (may use Liquid).
        cc (str | Unset): Copy addresses.
        bcc (str | Unset): Blind-copy addresses.
        fake_bcc (bool | Unset): True when BCC copies go out as separate messages.
        preprocessor (str | Unset): `premailer` when CSS is inlined before sending. One of: `premailer`.
        headers (list[MessageHeader] | MessageHeaderMap | str | Unset): Custom email headers: a header-name to value mapping (header names and values are ASCII strings without spaces; some headers are reserved). Responses may carry them as a list of `{name, value}` pairs, or that list as JSON text.
        created (int | Unset): Unix seconds.
        updated (int | Unset): Unix seconds.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    language: str | Unset = UNSET
    type_: str | Unset = UNSET
    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_id: int | Unset = UNSET
    reply_to: str | Unset = UNSET
    reply_to_id: int | None | Unset = UNSET
    recipient: str | Unset = UNSET
    cc: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    preprocessor: str | Unset = UNSET
    headers: list[MessageHeader] | MessageHeaderMap | str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_header_map import MessageHeaderMap  # noqa: PLC0415

        id = self.id

        name = self.name

        language = self.language

        type_ = self.type_

        body = self.body

        body_amp = self.body_amp

        subject = self.subject

        preheader_text = self.preheader_text

        from_ = self.from_

        from_id = self.from_id

        reply_to = self.reply_to

        reply_to_id: int | None | Unset
        if isinstance(self.reply_to_id, Unset):
            reply_to_id = UNSET
        else:
            reply_to_id = self.reply_to_id

        recipient = self.recipient

        cc = self.cc

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        preprocessor = self.preprocessor

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

        created = self.created

        updated = self.updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if type_ is not UNSET:
            field_dict["type"] = type_
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if preprocessor is not UNSET:
            field_dict["preprocessor"] = preprocessor
        if headers is not UNSET:
            field_dict["headers"] = headers
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_header import MessageHeader  # noqa: PLC0415
        from ..models.message_header_map import MessageHeaderMap  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        language = d.pop("language", UNSET)

        type_ = d.pop("type", UNSET)

        body = d.pop("body", UNSET)

        body_amp = d.pop("body_amp", UNSET)

        subject = d.pop("subject", UNSET)

        preheader_text = d.pop("preheader_text", UNSET)

        from_ = d.pop("from", UNSET)

        from_id = d.pop("from_id", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        def _parse_reply_to_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reply_to_id = _parse_reply_to_id(d.pop("reply_to_id", UNSET))

        recipient = d.pop("recipient", UNSET)

        cc = d.pop("cc", UNSET)

        bcc = d.pop("bcc", UNSET)

        fake_bcc = d.pop("fake_bcc", UNSET)

        preprocessor = d.pop("preprocessor", UNSET)

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

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        transactional_content = cls(
            id=id,
            name=name,
            language=language,
            type_=type_,
            body=body,
            body_amp=body_amp,
            subject=subject,
            preheader_text=preheader_text,
            from_=from_,
            from_id=from_id,
            reply_to=reply_to,
            reply_to_id=reply_to_id,
            recipient=recipient,
            cc=cc,
            bcc=bcc,
            fake_bcc=fake_bcc,
            preprocessor=preprocessor,
            headers=headers,
            created=created,
            updated=updated,
        )

        transactional_content.additional_properties = d
        return transactional_content

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
