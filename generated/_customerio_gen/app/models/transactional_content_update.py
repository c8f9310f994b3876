from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_content_update_headers_item import TransactionalContentUpdateHeadersItem


T = TypeVar("T", bound="TransactionalContentUpdate")


@_attrs_define
class TransactionalContentUpdate:
    """The fields to set on a variant.

    Attributes:
        body (str | Unset):
        body_amp (str | Unset):
        subject (str | Unset):
        preheader_text (str | Unset):
        from_id (int | Unset):
        reply_to_id (int | Unset):
        recipient (str | Unset):
        headers (list[TransactionalContentUpdateHeadersItem] | Unset):
    """

    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    from_id: int | Unset = UNSET
    reply_to_id: int | Unset = UNSET
    recipient: str | Unset = UNSET
    headers: list[TransactionalContentUpdateHeadersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        body_amp = self.body_amp

        subject = self.subject

        preheader_text = self.preheader_text

        from_id = self.from_id

        reply_to_id = self.reply_to_id

        recipient = self.recipient

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
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
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transactional_content_update_headers_item import TransactionalContentUpdateHeadersItem  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body", UNSET)

        body_amp = d.pop("body_amp", UNSET)

        subject = d.pop("subject", UNSET)

        preheader_text = d.pop("preheader_text", UNSET)

        from_id = d.pop("from_id", UNSET)

        reply_to_id = d.pop("reply_to_id", UNSET)

        recipient = d.pop("recipient", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: list[TransactionalContentUpdateHeadersItem] | Unset = UNSET
        if isinstance(_headers, list):
            headers = []
            for headers_item_data in _headers:
                headers_item = TransactionalContentUpdateHeadersItem.from_dict(
                    headers_item_data if isinstance(headers_item_data, Mapping) else {}
                )

                headers.append(headers_item)

        transactional_content_update = cls(
            body=body,
            body_amp=body_amp,
            subject=subject,
            preheader_text=preheader_text,
            from_id=from_id,
            reply_to_id=reply_to_id,
            recipient=recipient,
            headers=headers,
        )

        transactional_content_update.additional_properties = d
        return transactional_content_update

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
