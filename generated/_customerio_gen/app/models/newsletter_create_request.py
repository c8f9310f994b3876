from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsletter_create_request_request_method import (
    NewsletterCreateRequestRequestMethod,
    check_newsletter_create_request_request_method,
)
from ..models.newsletter_create_request_type import NewsletterCreateRequestType, check_newsletter_create_request_type
from ..models.newsletter_rate_limit_rate_limit_time_period import (
    NewsletterRateLimitRateLimitTimePeriod,
    check_newsletter_rate_limit_rate_limit_time_period,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsletter_recipients import NewsletterRecipients


T = TypeVar("T", bound="NewsletterCreateRequest")


@_attrs_define
class NewsletterCreateRequest:
    """A new newsletter. `name`, `type` and `recipients` are expected by the API, plus the channel's content: `subject` and
    `body` for email, `body` for SMS (`twilio`), `subject` and/or `body` for push, `body_json` for in-app and inbox, and
    `body`, `request_method` and `url` for webhooks.

    Attributes:
        rate_limit_email_rate (int | Unset): The most messages per period (any channel, despite the name).
        rate_limit_time_period (NewsletterRateLimitRateLimitTimePeriod | Unset): The period in seconds (minute, hour or day).
        rate_limit_spread (bool | Unset): Spread messages evenly over the period instead of sending as fast as allowed.
        name (str | Unset): The newsletter's name.
        type_ (NewsletterCreateRequestType | Unset): The channel.
        recipients (NewsletterRecipients | Unset): Audience filter. Combine `segment` (`{id}`) and `attribute` (`{field, operator, value, inverse}`, operator `eq` or `exists`) conditions with `and`, `or` and `not`.
        send_now (bool | Unset): Send right after creating; excludes `scheduled_at`.
        scheduled_at (int | Unset): Send at this future time, Unix seconds; excludes `send_now`.
        subscription_topic_id (int | Unset): The audience's subscription topic; required when the subscription center is on.
        subject (str | Unset): The email subject or push title.
        preheader_text (str | Unset): Email preview text.
        body (str | Unset): The body: HTML for email, text for SMS and push, the payload for webhooks.
        body_plain (str | Unset): A plain-text email body replacing the generated one.
        layout_id (int | Unset): The email layout to use; the workspace default when omitted.
        from_ (str | Unset): The email sender, `Name <address>`; excludes `from_id`.
        from_id (int | Unset): The sender identity's id; excludes `from`.
        body_json (str | Unset): The in-app or inbox message as a JSON-encoded string.
        request_method (NewsletterCreateRequestRequestMethod | Unset): The webhook's HTTP method.
        url (str | Unset): The webhook's URL.
    """

    rate_limit_email_rate: int | Unset = UNSET
    rate_limit_time_period: NewsletterRateLimitRateLimitTimePeriod | Unset = UNSET
    rate_limit_spread: bool | Unset = UNSET
    name: str | Unset = UNSET
    type_: NewsletterCreateRequestType | Unset = UNSET
    recipients: NewsletterRecipients | Unset = UNSET
    send_now: bool | Unset = UNSET
    scheduled_at: int | Unset = UNSET
    subscription_topic_id: int | Unset = UNSET
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    body: str | Unset = UNSET
    body_plain: str | Unset = UNSET
    layout_id: int | Unset = UNSET
    from_: str | Unset = UNSET
    from_id: int | Unset = UNSET
    body_json: str | Unset = UNSET
    request_method: NewsletterCreateRequestRequestMethod | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate_limit_email_rate = self.rate_limit_email_rate

        rate_limit_time_period: int | Unset = UNSET
        if not isinstance(self.rate_limit_time_period, Unset):
            rate_limit_time_period = self.rate_limit_time_period

        rate_limit_spread = self.rate_limit_spread

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        recipients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients.to_dict()

        send_now = self.send_now

        scheduled_at = self.scheduled_at

        subscription_topic_id = self.subscription_topic_id

        subject = self.subject

        preheader_text = self.preheader_text

        body = self.body

        body_plain = self.body_plain

        layout_id = self.layout_id

        from_ = self.from_

        from_id = self.from_id

        body_json = self.body_json

        request_method: str | Unset = UNSET
        if not isinstance(self.request_method, Unset):
            request_method = self.request_method

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate_limit_email_rate is not UNSET:
            field_dict["rate_limit_email_rate"] = rate_limit_email_rate
        if rate_limit_time_period is not UNSET:
            field_dict["rate_limit_time_period"] = rate_limit_time_period
        if rate_limit_spread is not UNSET:
            field_dict["rate_limit_spread"] = rate_limit_spread
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if send_now is not UNSET:
            field_dict["send_now"] = send_now
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if subscription_topic_id is not UNSET:
            field_dict["subscription_topic_id"] = subscription_topic_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if body is not UNSET:
            field_dict["body"] = body
        if body_plain is not UNSET:
            field_dict["body_plain"] = body_plain
        if layout_id is not UNSET:
            field_dict["layout_id"] = layout_id
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if body_json is not UNSET:
            field_dict["body_json"] = body_json
        if request_method is not UNSET:
            field_dict["request_method"] = request_method
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.newsletter_recipients import NewsletterRecipients  # noqa: PLC0415

        d = dict(src_dict)
        rate_limit_email_rate = d.pop("rate_limit_email_rate", UNSET)

        _rate_limit_time_period = d.pop("rate_limit_time_period", UNSET)
        rate_limit_time_period: NewsletterRateLimitRateLimitTimePeriod | Unset
        if isinstance(_rate_limit_time_period, Unset) or _rate_limit_time_period is None:
            rate_limit_time_period = UNSET
        else:
            rate_limit_time_period = check_newsletter_rate_limit_rate_limit_time_period(_rate_limit_time_period)

        rate_limit_spread = d.pop("rate_limit_spread", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: NewsletterCreateRequestType | Unset
        if isinstance(_type_, Unset) or _type_ is None:
            type_ = UNSET
        else:
            type_ = check_newsletter_create_request_type(_type_)

        _recipients = d.pop("recipients", UNSET)
        recipients: NewsletterRecipients | Unset
        if isinstance(_recipients, Unset) or _recipients is None:
            recipients = UNSET
        else:
            recipients = NewsletterRecipients.from_dict(_recipients if isinstance(_recipients, Mapping) else {})

        send_now = d.pop("send_now", UNSET)

        scheduled_at = d.pop("scheduled_at", UNSET)

        subscription_topic_id = d.pop("subscription_topic_id", UNSET)

        subject = d.pop("subject", UNSET)

        preheader_text = d.pop("preheader_text", UNSET)

        body = d.pop("body", UNSET)

        body_plain = d.pop("body_plain", UNSET)

        layout_id = d.pop("layout_id", UNSET)

        from_ = d.pop("from", UNSET)

        from_id = d.pop("from_id", UNSET)

        body_json = d.pop("body_json", UNSET)

        _request_method = d.pop("request_method", UNSET)
        request_method: NewsletterCreateRequestRequestMethod | Unset
        if isinstance(_request_method, Unset) or _request_method is None:
            request_method = UNSET
        else:
            request_method = check_newsletter_create_request_request_method(_request_method)

        url = d.pop("url", UNSET)

        newsletter_create_request = cls(
            rate_limit_email_rate=rate_limit_email_rate,
            rate_limit_time_period=rate_limit_time_period,
            rate_limit_spread=rate_limit_spread,
            name=name,
            type_=type_,
            recipients=recipients,
            send_now=send_now,
            scheduled_at=scheduled_at,
            subscription_topic_id=subscription_topic_id,
            subject=subject,
            preheader_text=preheader_text,
            body=body,
            body_plain=body_plain,
            layout_id=layout_id,
            from_=from_,
            from_id=from_id,
            body_json=body_json,
            request_method=request_method,
            url=url,
        )

        newsletter_create_request.additional_properties = d
        return newsletter_create_request

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
