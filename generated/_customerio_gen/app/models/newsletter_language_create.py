from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterLanguageCreate")


@_attrs_define
class NewsletterLanguageCreate:
    """A new language variant: `language` plus the channel's content (`subject` and `body` for email). Omitted fields are
    copied from the default variant untranslated.

    Attributes:
        language (str | Unset): The language tag, e.g. `es`.
        subject (str | Unset): The subject line (email) or title (push).
        body (str | Unset): The message body (HTML for email).
        body_amp (str | Unset): The AMP version of an email body.
        body_plain (str | Unset): A plain-text email body.
        preheader_text (str | Unset): Email preview text.
        body_json (str | Unset): The in-app or inbox message as a JSON-encoded string.
    """

    language: str | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    body_plain: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    body_json: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        subject = self.subject

        body = self.body

        body_amp = self.body_amp

        body_plain = self.body_plain

        preheader_text = self.preheader_text

        body_json = self.body_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if body_plain is not UNSET:
            field_dict["body_plain"] = body_plain
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if body_json is not UNSET:
            field_dict["body_json"] = body_json

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        language = d.pop("language", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        body_amp = d.pop("body_amp", UNSET)

        body_plain = d.pop("body_plain", UNSET)

        preheader_text = d.pop("preheader_text", UNSET)

        body_json = d.pop("body_json", UNSET)

        newsletter_language_create = cls(
            language=language,
            subject=subject,
            body=body,
            body_amp=body_amp,
            body_plain=body_plain,
            preheader_text=preheader_text,
            body_json=body_json,
        )

        newsletter_language_create.additional_properties = d
        return newsletter_language_create

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
