from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsletter_content_update_headers_item import NewsletterContentUpdateHeadersItem


T = TypeVar("T", bound="NewsletterContentUpdate")


@_attrs_define
class NewsletterContentUpdate:
    """Changes to a content variant; only the fields you send change. Which fields apply depends on the channel.

    Attributes:
        body (str | Unset): The message body (HTML for email).
        body_amp (str | Unset): The AMP version of an email body.
        body_plain (str | Unset): A plain-text email body replacing the generated one.
        subject (str | Unset): The subject line (email) or title (push).
        preheader_text (str | Unset): Email preview text.
        from_id (int | Unset): The sender identity's id; unchanged when omitted.
        reply_to_id (int | Unset): The reply-to identity's id.
        recipient (str | Unset): The recipient address (liquid allowed).
        bcc (str | Unset): Blind-copy addresses.
        fake_bcc (bool | Unset): Send BCC copies as separate messages.
        headers (list[NewsletterContentUpdateHeadersItem] | Unset): Custom email headers.
        url (str | Unset): The webhook's URL.
        request_method (str | Unset): The webhook's HTTP method.
    """

    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    body_plain: str | Unset = UNSET
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    from_id: int | Unset = UNSET
    reply_to_id: int | Unset = UNSET
    recipient: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    headers: list[NewsletterContentUpdateHeadersItem] | Unset = UNSET
    url: str | Unset = UNSET
    request_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        body_amp = self.body_amp

        body_plain = self.body_plain

        subject = self.subject

        preheader_text = self.preheader_text

        from_id = self.from_id

        reply_to_id = self.reply_to_id

        recipient = self.recipient

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        url = self.url

        request_method = self.request_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if body_plain is not UNSET:
            field_dict["body_plain"] = body_plain
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if headers is not UNSET:
            field_dict["headers"] = headers
        if url is not UNSET:
            field_dict["url"] = url
        if request_method is not UNSET:
            field_dict["request_method"] = request_method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.newsletter_content_update_headers_item import NewsletterContentUpdateHeadersItem  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body", UNSET)

        body_amp = d.pop("body_amp", UNSET)

        body_plain = d.pop("body_plain", UNSET)

        subject = d.pop("subject", UNSET)

        preheader_text = d.pop("preheader_text", UNSET)

        from_id = d.pop("from_id", UNSET)

        reply_to_id = d.pop("reply_to_id", UNSET)

        recipient = d.pop("recipient", UNSET)

        bcc = d.pop("bcc", UNSET)

        fake_bcc = d.pop("fake_bcc", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: list[NewsletterContentUpdateHeadersItem] | Unset = UNSET
        if isinstance(_headers, list):
            headers = []
            for headers_item_data in _headers:
                headers_item = NewsletterContentUpdateHeadersItem.from_dict(
                    headers_item_data if isinstance(headers_item_data, Mapping) else {}
                )

                headers.append(headers_item)

        url = d.pop("url", UNSET)

        request_method = d.pop("request_method", UNSET)

        newsletter_content_update = cls(
            body=body,
            body_amp=body_amp,
            body_plain=body_plain,
            subject=subject,
            preheader_text=preheader_text,
            from_id=from_id,
            reply_to_id=reply_to_id,
            recipient=recipient,
            bcc=bcc,
            fake_bcc=fake_bcc,
            headers=headers,
            url=url,
            request_method=request_method,
        )

        newsletter_content_update.additional_properties = d
        return newsletter_content_update

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
