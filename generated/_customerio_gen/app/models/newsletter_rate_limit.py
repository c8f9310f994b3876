from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsletter_rate_limit_rate_limit_time_period import (
    NewsletterRateLimitRateLimitTimePeriod,
    check_newsletter_rate_limit_rate_limit_time_period,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterRateLimit")


@_attrs_define
class NewsletterRateLimit:
    """Optional sending rate limit. Set `rate_limit_email_rate` and `rate_limit_time_period` together; `rate_limit_spread`
    may be set on its own.

    Attributes:
        rate_limit_email_rate (int | Unset): The most messages per period (any channel, despite the name).
        rate_limit_time_period (NewsletterRateLimitRateLimitTimePeriod | Unset): The period in seconds (minute, hour or day).
        rate_limit_spread (bool | Unset): Spread messages evenly over the period instead of sending as fast as allowed.
    """

    rate_limit_email_rate: int | Unset = UNSET
    rate_limit_time_period: NewsletterRateLimitRateLimitTimePeriod | Unset = UNSET
    rate_limit_spread: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limit_email_rate = self.rate_limit_email_rate

        rate_limit_time_period: int | Unset = UNSET
        if not isinstance(self.rate_limit_time_period, Unset):
            rate_limit_time_period = self.rate_limit_time_period

        rate_limit_spread = self.rate_limit_spread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate_limit_email_rate is not UNSET:
            field_dict["rate_limit_email_rate"] = rate_limit_email_rate
        if rate_limit_time_period is not UNSET:
            field_dict["rate_limit_time_period"] = rate_limit_time_period
        if rate_limit_spread is not UNSET:
            field_dict["rate_limit_spread"] = rate_limit_spread

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rate_limit_email_rate = d.pop("rate_limit_email_rate", UNSET)

        _rate_limit_time_period = d.pop("rate_limit_time_period", UNSET)
        rate_limit_time_period: NewsletterRateLimitRateLimitTimePeriod | Unset
        if isinstance(_rate_limit_time_period, Unset) or _rate_limit_time_period is None:
            rate_limit_time_period = UNSET
        else:
            rate_limit_time_period = check_newsletter_rate_limit_rate_limit_time_period(_rate_limit_time_period)

        rate_limit_spread = d.pop("rate_limit_spread", UNSET)

        newsletter_rate_limit = cls(
            rate_limit_email_rate=rate_limit_email_rate,
            rate_limit_time_period=rate_limit_time_period,
            rate_limit_spread=rate_limit_spread,
        )

        newsletter_rate_limit.additional_properties = d
        return newsletter_rate_limit

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
