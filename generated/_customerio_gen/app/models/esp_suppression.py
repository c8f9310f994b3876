from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EspSuppression")


@_attrs_define
class EspSuppression:
    """One address the email service provider suppressed.

    Attributes:
        email (str | Unset): The suppressed address.
        created (int | Unset): When the ESP suppressed it, Unix seconds.
        reason (str | Unset): The reason the ESP recorded.
        status (str | Unset): The status code the ESP recorded, usually `550`.
    """

    email: str | Unset = UNSET
    created: int | Unset = UNSET
    reason: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        created = self.created

        reason = self.reason

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if created is not UNSET:
            field_dict["created"] = created
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        created = d.pop("created", UNSET)

        reason = d.pop("reason", UNSET)

        status = d.pop("status", UNSET)

        esp_suppression = cls(
            email=email,
            created=created,
            reason=reason,
            status=status,
        )

        esp_suppression.additional_properties = d
        return esp_suppression

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
