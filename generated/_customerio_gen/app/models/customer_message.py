from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_message_metrics import CustomerMessageMetrics


T = TypeVar("T", bound="CustomerMessage")


@_attrs_define
class CustomerMessage:
    """A delivery sent to a person.

    Attributes:
        id (str | Unset): The delivery's id.
        deduplicate_id (str | Unset): `<id>:<last update time>`, unique per version.
        msg_template_id (int | str | Unset): A string or integer identifier.
        customer_id (None | str | Unset): The person's id; null when unset.
        campaign_id (int | None | Unset): The campaign that sent it; null otherwise.
        action_id (int | None | Unset): The campaign or newsletter action that sent it; null otherwise.
        parent_action_id (int | None | Unset): The action this one belongs to (such as a test branch); null otherwise.
        broadcast_id (int | None | Unset): The broadcast that sent it; null otherwise.
        newsletter_id (int | None | Unset): The newsletter that sent it; null otherwise.
        content_id (int | None | Unset): The newsletter variant.
        trigger_event_id (None | str | Unset): The event that triggered the campaign; null otherwise.
        recipient (str | Unset): The address, phone number or device the delivery went to.
        subject (str | Unset): The subject line, for emails.
        metrics (CustomerMessageMetrics | Unset): When the delivery reached each metric (`sent`, `delivered`, `opened`, `clicked` ...), Unix seconds.
        created (int | Unset): Unix seconds.
        failure_message (None | str | Unset): Why the delivery failed; null when it did not.
        type_ (str | Unset): The channel (`twilio` is SMS); newer channels such as `in_app` and `whatsapp` appear too. One of: `email`, `webhook`, `twilio`, `slack`, `push`.
        forgotten (bool | Unset): Whether the content was discarded after sending.
    """

    id: str | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    msg_template_id: int | str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    action_id: int | None | Unset = UNSET
    parent_action_id: int | None | Unset = UNSET
    broadcast_id: int | None | Unset = UNSET
    newsletter_id: int | None | Unset = UNSET
    content_id: int | None | Unset = UNSET
    trigger_event_id: None | str | Unset = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    metrics: CustomerMessageMetrics | Unset = UNSET
    created: int | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    forgotten: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        msg_template_id: int | str | Unset
        if isinstance(self.msg_template_id, Unset):
            msg_template_id = UNSET
        else:
            msg_template_id = self.msg_template_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        campaign_id: int | None | Unset
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        action_id: int | None | Unset
        if isinstance(self.action_id, Unset):
            action_id = UNSET
        else:
            action_id = self.action_id

        parent_action_id: int | None | Unset
        if isinstance(self.parent_action_id, Unset):
            parent_action_id = UNSET
        else:
            parent_action_id = self.parent_action_id

        broadcast_id: int | None | Unset
        if isinstance(self.broadcast_id, Unset):
            broadcast_id = UNSET
        else:
            broadcast_id = self.broadcast_id

        newsletter_id: int | None | Unset
        if isinstance(self.newsletter_id, Unset):
            newsletter_id = UNSET
        else:
            newsletter_id = self.newsletter_id

        content_id: int | None | Unset
        if isinstance(self.content_id, Unset):
            content_id = UNSET
        else:
            content_id = self.content_id

        trigger_event_id: None | str | Unset
        if isinstance(self.trigger_event_id, Unset):
            trigger_event_id = UNSET
        else:
            trigger_event_id = self.trigger_event_id

        recipient = self.recipient

        subject = self.subject

        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        created = self.created

        failure_message: None | str | Unset
        if isinstance(self.failure_message, Unset):
            failure_message = UNSET
        else:
            failure_message = self.failure_message

        type_ = self.type_

        forgotten = self.forgotten

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if msg_template_id is not UNSET:
            field_dict["msg_template_id"] = msg_template_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if newsletter_id is not UNSET:
            field_dict["newsletter_id"] = newsletter_id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if trigger_event_id is not UNSET:
            field_dict["trigger_event_id"] = trigger_event_id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if subject is not UNSET:
            field_dict["subject"] = subject
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if created is not UNSET:
            field_dict["created"] = created
        if failure_message is not UNSET:
            field_dict["failure_message"] = failure_message
        if type_ is not UNSET:
            field_dict["type"] = type_
        if forgotten is not UNSET:
            field_dict["forgotten"] = forgotten

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_message_metrics import CustomerMessageMetrics  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        deduplicate_id = d.pop("deduplicate_id", UNSET)

        def _parse_msg_template_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        msg_template_id = _parse_msg_template_id(d.pop("msg_template_id", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_campaign_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        campaign_id = _parse_campaign_id(d.pop("campaign_id", UNSET))

        def _parse_action_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        action_id = _parse_action_id(d.pop("action_id", UNSET))

        def _parse_parent_action_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_action_id = _parse_parent_action_id(d.pop("parent_action_id", UNSET))

        def _parse_broadcast_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        broadcast_id = _parse_broadcast_id(d.pop("broadcast_id", UNSET))

        def _parse_newsletter_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        newsletter_id = _parse_newsletter_id(d.pop("newsletter_id", UNSET))

        def _parse_content_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        content_id = _parse_content_id(d.pop("content_id", UNSET))

        def _parse_trigger_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_event_id = _parse_trigger_event_id(d.pop("trigger_event_id", UNSET))

        recipient = d.pop("recipient", UNSET)

        subject = d.pop("subject", UNSET)

        _metrics = d.pop("metrics", UNSET)
        metrics: CustomerMessageMetrics | Unset
        if isinstance(_metrics, Unset) or _metrics is None:
            metrics = UNSET
        else:
            metrics = CustomerMessageMetrics.from_dict(_metrics if isinstance(_metrics, Mapping) else {})

        created = d.pop("created", UNSET)

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

        type_ = d.pop("type", UNSET)

        forgotten = d.pop("forgotten", UNSET)

        customer_message = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            msg_template_id=msg_template_id,
            customer_id=customer_id,
            campaign_id=campaign_id,
            action_id=action_id,
            parent_action_id=parent_action_id,
            broadcast_id=broadcast_id,
            newsletter_id=newsletter_id,
            content_id=content_id,
            trigger_event_id=trigger_event_id,
            recipient=recipient,
            subject=subject,
            metrics=metrics,
            created=created,
            failure_message=failure_message,
            type_=type_,
            forgotten=forgotten,
        )

        customer_message.additional_properties = d
        return customer_message

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
