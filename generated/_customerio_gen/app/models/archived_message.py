from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_header import MessageHeader
    from ..models.message_header_map import MessageHeaderMap


T = TypeVar("T", bound="ArchivedMessage")


@_attrs_define
class ArchivedMessage:
    """The stored copy of a delivery as it was sent.

    Attributes:
        id (str | Unset): The delivery id.
        body (str | Unset): The rendered body.
        subject (str | Unset): The subject line.
        preheader_text (str | Unset): The preview text.
        from_ (str | Unset): The sender address.
        reply_to (str | Unset): The reply-to address.
        recipient (str | Unset): Where the message went.
        cc (str | Unset): Copy addresses.
        bcc (str | Unset): Blind-copy addresses.
        fake_bcc (bool | Unset): True when BCC copies were sent as separate messages.
        url (str | Unset): The request URL, for webhooks.
        request_method (str | Unset): The HTTP method, for webhooks. One of: `GET`, `POST`, `PUT`, `DELETE`, `PATCH`.
        headers (list[MessageHeader] | MessageHeaderMap | str | Unset): Custom email headers: a header-name to value mapping (header names and values are ASCII strings without spaces; some headers are reserved). Responses may carry them as a list of `{name, value}` pairs, or that list as JSON text.
        forgotten (bool | Unset): True when the content was not retained.
    """

    id: str | Unset = UNSET
    body: str | Unset = UNSET
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    from_: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    recipient: str | Unset = UNSET
    cc: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    url: str | Unset = UNSET
    request_method: str | Unset = UNSET
    headers: list[MessageHeader] | MessageHeaderMap | str | Unset = UNSET
    forgotten: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_header_map import MessageHeaderMap  # noqa: PLC0415

        id = self.id

        body = self.body

        subject = self.subject

        preheader_text = self.preheader_text

        from_ = self.from_

        reply_to = self.reply_to

        recipient = self.recipient

        cc = self.cc

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        url = self.url

        request_method = self.request_method

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

        forgotten = self.forgotten

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if body is not UNSET:
            field_dict["body"] = body
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if from_ is not UNSET:
            field_dict["from"] = from_
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if url is not UNSET:
            field_dict["url"] = url
        if request_method is not UNSET:
            field_dict["request_method"] = request_method
        if headers is not UNSET:
            field_dict["headers"] = headers
        if forgotten is not UNSET:
            field_dict["forgotten"] = forgotten

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_header import MessageHeader  # noqa: PLC0415
        from ..models.message_header_map import MessageHeaderMap  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        body = d.pop("body", UNSET)

        subject = d.pop("subject", UNSET)

        preheader_text = d.pop("preheader_text", UNSET)

        from_ = d.pop("from", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        recipient = d.pop("recipient", UNSET)

        cc = d.pop("cc", UNSET)

        bcc = d.pop("bcc", UNSET)

        fake_bcc = d.pop("fake_bcc", UNSET)

        url = d.pop("url", UNSET)

        request_method = d.pop("request_method", UNSET)

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

        forgotten = d.pop("forgotten", UNSET)

        archived_message = cls(
            id=id,
            body=body,
            subject=subject,
            preheader_text=preheader_text,
            from_=from_,
            reply_to=reply_to,
            recipient=recipient,
            cc=cc,
            bcc=bcc,
            fake_bcc=fake_bcc,
            url=url,
            request_method=request_method,
            headers=headers,
            forgotten=forgotten,
        )

        archived_message.additional_properties = d
        return archived_message

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
