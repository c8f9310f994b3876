from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SenderIdentity")


@_attrs_define
class SenderIdentity:
    """A sender messages can be sent from.

    Attributes:
        id (int | Unset):
        deduplicate_id (str | Unset): `<id>:<last update timestamp>`.
        name (str | Unset):
        email (str | Unset):
        address (str | Unset): Name and address as `Name <address@example.com>`.
        template_type (str | Unset): Whether the sender is an email address or a phone number. One of: `email`, `phone`.
        auto_generated (bool | Unset): True when Customer.io created the sender.
        phone (str | Unset): The number, for SMS senders.
        hidden (bool | Unset): True when hidden in the UI.
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    address: str | Unset = UNSET
    template_type: str | Unset = UNSET
    auto_generated: bool | Unset = UNSET
    phone: str | Unset = UNSET
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        name = self.name

        email = self.email

        address = self.address

        template_type = self.template_type

        auto_generated = self.auto_generated

        phone = self.phone

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if address is not UNSET:
            field_dict["address"] = address
        if template_type is not UNSET:
            field_dict["template_type"] = template_type
        if auto_generated is not UNSET:
            field_dict["auto_generated"] = auto_generated
        if phone is not UNSET:
            field_dict["phone"] = phone
        if hidden is not UNSET:
            field_dict["hidden"] = hidden

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        deduplicate_id = d.pop("deduplicate_id", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        address = d.pop("address", UNSET)

        template_type = d.pop("template_type", UNSET)

        auto_generated = d.pop("auto_generated", UNSET)

        phone = d.pop("phone", UNSET)

        hidden = d.pop("hidden", UNSET)

        sender_identity = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            name=name,
            email=email,
            address=address,
            template_type=template_type,
            auto_generated=auto_generated,
            phone=phone,
            hidden=hidden,
        )

        sender_identity.additional_properties = d
        return sender_identity

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
