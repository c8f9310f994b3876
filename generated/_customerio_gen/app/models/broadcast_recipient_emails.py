from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BroadcastRecipientEmails")


@_attrs_define
class BroadcastRecipientEmails:
    """People chosen by email address; they must already exist. The id flag does not apply (only the address flags are sent
    with `emails`).

    Attributes:
        emails (list[str]): The people's email addresses; each must belong to one person only unless `email_add_duplicates` is set.
        email_ignore_missing (bool | Unset): Skip addresses that match no one instead of rejecting the trigger; off when omitted.
        email_add_duplicates (bool | Unset): Send to every person sharing an address instead of treating it as an error; off when omitted.
    """

    emails: list[str]
    email_ignore_missing: bool | Unset = UNSET
    email_add_duplicates: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails = self.emails

        email_ignore_missing = self.email_ignore_missing

        email_add_duplicates = self.email_add_duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "emails": emails,
            }
        )
        if email_ignore_missing is not UNSET:
            field_dict["email_ignore_missing"] = email_ignore_missing
        if email_add_duplicates is not UNSET:
            field_dict["email_add_duplicates"] = email_add_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        emails = cast(list[str], d.pop("emails"))

        email_ignore_missing = d.pop("email_ignore_missing", UNSET)

        email_add_duplicates = d.pop("email_add_duplicates", UNSET)

        broadcast_recipient_emails = cls(
            emails=emails,
            email_ignore_missing=email_ignore_missing,
            email_add_duplicates=email_add_duplicates,
        )

        broadcast_recipient_emails.additional_properties = d
        return broadcast_recipient_emails

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
