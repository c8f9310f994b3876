from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DesignStudioEmailContent")


@_attrs_define
class DesignStudioEmailContent:
    """The parts of an email's message.

    Attributes:
        subject (str | Unset):
        preheader_text (str | Unset): Preview text shown after the subject.
        html (str | Unset):
        amp (str | Unset): AMP HTML body.
        text (str | Unset): Plain-text body.
    """

    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    html: str | Unset = UNSET
    amp: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subject = self.subject

        preheader_text = self.preheader_text

        html = self.html

        amp = self.amp

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if html is not UNSET:
            field_dict["html"] = html
        if amp is not UNSET:
            field_dict["amp"] = amp
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject", UNSET)

        preheader_text = d.pop("preheader_text", UNSET)

        html = d.pop("html", UNSET)

        amp = d.pop("amp", UNSET)

        text = d.pop("text", UNSET)

        design_studio_email_content = cls(
            subject=subject,
            preheader_text=preheader_text,
            html=html,
            amp=amp,
            text=text,
        )

        design_studio_email_content.additional_properties = d
        return design_studio_email_content

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
