from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerProfileTimestamps")


@_attrs_define
class CustomerProfileTimestamps:
    """When each attribute was set, Unix seconds, keyed by attribute name.

    Attributes:
        id (int | Unset): When the id was set.
        email (int | Unset): When the email address was set.
        cio_id (int | Unset): When Customer.io assigned `cio_id`.
        unsubscribed (int | Unset): When the person unsubscribed.
        field_last_emailed (int | Unset): When the person was last emailed.
        cio_subscription_preferences (int | Unset): When the subscription preferences last changed.
        field_cio_subscription_preferences_computed (int | Unset): Always 0; these preferences are computed, never set.
    """

    id: int | Unset = UNSET
    email: int | Unset = UNSET
    cio_id: int | Unset = UNSET
    unsubscribed: int | Unset = UNSET
    field_last_emailed: int | Unset = UNSET
    cio_subscription_preferences: int | Unset = UNSET
    field_cio_subscription_preferences_computed: int | Unset = UNSET
    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        cio_id = self.cio_id

        unsubscribed = self.unsubscribed

        field_last_emailed = self.field_last_emailed

        cio_subscription_preferences = self.cio_subscription_preferences

        field_cio_subscription_preferences_computed = self.field_cio_subscription_preferences_computed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if cio_id is not UNSET:
            field_dict["cio_id"] = cio_id
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if field_last_emailed is not UNSET:
            field_dict["_last_emailed"] = field_last_emailed
        if cio_subscription_preferences is not UNSET:
            field_dict["cio_subscription_preferences"] = cio_subscription_preferences
        if field_cio_subscription_preferences_computed is not UNSET:
            field_dict["_cio_subscription_preferences_computed"] = field_cio_subscription_preferences_computed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        email = d.pop("email", UNSET)

        cio_id = d.pop("cio_id", UNSET)

        unsubscribed = d.pop("unsubscribed", UNSET)

        field_last_emailed = d.pop("_last_emailed", UNSET)

        cio_subscription_preferences = d.pop("cio_subscription_preferences", UNSET)

        field_cio_subscription_preferences_computed = d.pop("_cio_subscription_preferences_computed", UNSET)

        customer_profile_timestamps = cls(
            id=id,
            email=email,
            cio_id=cio_id,
            unsubscribed=unsubscribed,
            field_last_emailed=field_last_emailed,
            cio_subscription_preferences=cio_subscription_preferences,
            field_cio_subscription_preferences_computed=field_cio_subscription_preferences_computed,
        )

        customer_profile_timestamps.additional_properties = d
        return customer_profile_timestamps

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
