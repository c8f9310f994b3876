from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipelines_subscription_preferences import PipelinesSubscriptionPreferences


T = TypeVar("T", bound="PipelinesIdentifyTraits")


@_attrs_define
class PipelinesIdentifyTraits:
    """A person's traits; any key is a custom attribute, the keys below mean something to Customer.io.

    Attributes:
        email (str | Unset): The person's email address.
        created_at (datetime.datetime | Unset): When the person signed up.
        cio_subscription_preferences (PipelinesSubscriptionPreferences | Unset): The person's subscription choices, true to subscribe and false to unsubscribe.
        unsubscribed (bool | Unset): True unsubscribes the person from every message.
    """

    email: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    cio_subscription_preferences: PipelinesSubscriptionPreferences | Unset = UNSET
    unsubscribed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        cio_subscription_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio_subscription_preferences, Unset):
            cio_subscription_preferences = self.cio_subscription_preferences.to_dict()

        unsubscribed = self.unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if cio_subscription_preferences is not UNSET:
            field_dict["cio_subscription_preferences"] = cio_subscription_preferences
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipelines_subscription_preferences import PipelinesSubscriptionPreferences  # noqa: PLC0415

        d = dict(src_dict)
        email = d.pop("email", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset) or _created_at is None:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _cio_subscription_preferences = d.pop("cio_subscription_preferences", UNSET)
        cio_subscription_preferences: PipelinesSubscriptionPreferences | Unset
        if isinstance(_cio_subscription_preferences, Unset) or _cio_subscription_preferences is None:
            cio_subscription_preferences = UNSET
        else:
            cio_subscription_preferences = PipelinesSubscriptionPreferences.from_dict(
                _cio_subscription_preferences if isinstance(_cio_subscription_preferences, Mapping) else {}
            )

        unsubscribed = d.pop("unsubscribed", UNSET)

        pipelines_identify_traits = cls(
            email=email,
            created_at=created_at,
            cio_subscription_preferences=cio_subscription_preferences,
            unsubscribed=unsubscribed,
        )

        pipelines_identify_traits.additional_properties = d
        return pipelines_identify_traits

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
