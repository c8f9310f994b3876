from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_email_header import DesignStudioEmailHeader


T = TypeVar("T", bound="DesignStudioEmailEnvelope")


@_attrs_define
class DesignStudioEmailEnvelope:
    """Sender, recipient and header settings of an email.

    Attributes:
        from_id (int | Unset): Sender identity id (null when unset).
        from_ (str | Unset): The address of the `from_id` identity.
        reply_to_id (int | Unset): Reply-to identity id (null when unset).
        reply_to (str | Unset): The address of the `reply_to_id` identity.
        recipient (str | Unset): Recipient expression; `{{customer.email}}` when unset.
        bcc (str | Unset):
        fake_bcc (bool | Unset): Whether BCC copies are sent as separate messages.
        cc (str | Unset):
        headers (list[DesignStudioEmailHeader] | Unset): Custom email headers.
    """

    from_id: int | Unset = UNSET
    from_: str | Unset = UNSET
    reply_to_id: int | Unset = UNSET
    reply_to: str | Unset = UNSET
    recipient: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    cc: str | Unset = UNSET
    headers: list[DesignStudioEmailHeader] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_id = self.from_id

        from_ = self.from_

        reply_to_id = self.reply_to_id

        reply_to = self.reply_to

        recipient = self.recipient

        bcc = self.bcc

        fake_bcc = self.fake_bcc

        cc = self.cc

        headers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = []
            for headers_item_data in self.headers:
                headers_item = headers_item_data.to_dict()
                headers.append(headers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
        if cc is not UNSET:
            field_dict["cc"] = cc
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_studio_email_header import DesignStudioEmailHeader  # noqa: PLC0415

        d = dict(src_dict)
        from_id = d.pop("from_id", UNSET)

        from_ = d.pop("from", UNSET)

        reply_to_id = d.pop("reply_to_id", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        recipient = d.pop("recipient", UNSET)

        bcc = d.pop("bcc", UNSET)

        fake_bcc = d.pop("fake_bcc", UNSET)

        cc = d.pop("cc", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: list[DesignStudioEmailHeader] | Unset = UNSET
        if isinstance(_headers, list):
            headers = []
            for headers_item_data in _headers:
                headers_item = DesignStudioEmailHeader.from_dict(
                    headers_item_data if isinstance(headers_item_data, Mapping) else {}
                )

                headers.append(headers_item)

        design_studio_email_envelope = cls(
            from_id=from_id,
            from_=from_,
            reply_to_id=reply_to_id,
            reply_to=reply_to,
            recipient=recipient,
            bcc=bcc,
            fake_bcc=fake_bcc,
            cc=cc,
            headers=headers,
        )

        design_studio_email_envelope.additional_properties = d
        return design_studio_email_envelope

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
