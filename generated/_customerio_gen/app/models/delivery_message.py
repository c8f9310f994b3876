from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_message_identifiers import DeliveryMessageIdentifiers
    from ..models.delivery_message_metrics import DeliveryMessageMetrics
    from ..models.delivery_message_tracked_responses import DeliveryMessageTrackedResponses


T = TypeVar("T", bound="DeliveryMessage")


@_attrs_define
class DeliveryMessage:
    """One delivery: a message (or webhook) produced for one recipient. Every parent id (`campaign_id`, `broadcast_id`,
    `newsletter_id`, ...) is present, but only the delivery's own parents are set; the rest are null.

    Attributes:
        id (str | Unset): The delivery id.
        deduplicate_id (str | Unset): `<id>:<timestamp of last change>`.
        message_template_id (int | None | Unset): Template the message came from (deprecated).
        msg_template_id (int | None | Unset): Older spelling of `message_template_id`.
        customer_id (None | str | Unset): The person's id; may be null in workspaces with several identifiers.
        customer_identifiers (DeliveryMessageIdentifiers | Unset): The recipient's identifiers; unset values are null.
        recipient (None | str | Unset): Address, phone number or device the message went to.
        subject (None | str | Unset): Subject line, for email.
        metrics (DeliveryMessageMetrics | Unset): When the delivery reached each metric, Unix seconds; only reached metrics are present.
        created (int | Unset): When the delivery was created, Unix seconds.
        failure_message (None | str | Unset): Why the delivery failed, if it did.
        campaign_id (int | None | Unset):
        action_id (int | None | Unset):
        parent_action_id (int | None | Unset): The enclosing action (e.g. a split), if any.
        newsletter_id (int | None | Unset):
        content_id (int | None | Unset): The newsletter variant (language or A/B test) sent.
        broadcast_id (int | None | Unset):
        trigger_event_id (None | str | Unset): The event that triggered an event-triggered campaign.
        type_ (str | Unset): The channel (`twilio` is SMS); newer channels such as `in_app`, `whatsapp` and `live_notification` appear too. One of: `email`, `webhook`, `twilio`, `slack`, `push`.
        forgotten (bool | Unset): True when the message content is not retained.
        tracked_responses (DeliveryMessageTrackedResponses | Unset): In-app survey answers keyed by response option name, each `{id, ts}`; present only when tracked responses were requested.
    """

    id: str | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    message_template_id: int | None | Unset = UNSET
    msg_template_id: int | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer_identifiers: DeliveryMessageIdentifiers | Unset = UNSET
    recipient: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    metrics: DeliveryMessageMetrics | Unset = UNSET
    created: int | Unset = UNSET
    failure_message: None | str | Unset = UNSET
    campaign_id: int | None | Unset = UNSET
    action_id: int | None | Unset = UNSET
    parent_action_id: int | None | Unset = UNSET
    newsletter_id: int | None | Unset = UNSET
    content_id: int | None | Unset = UNSET
    broadcast_id: int | None | Unset = UNSET
    trigger_event_id: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    forgotten: bool | Unset = UNSET
    tracked_responses: DeliveryMessageTrackedResponses | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        message_template_id: int | None | Unset
        if isinstance(self.message_template_id, Unset):
            message_template_id = UNSET
        else:
            message_template_id = self.message_template_id

        msg_template_id: int | None | Unset
        if isinstance(self.msg_template_id, Unset):
            msg_template_id = UNSET
        else:
            msg_template_id = self.msg_template_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_identifiers, Unset):
            customer_identifiers = self.customer_identifiers.to_dict()

        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
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

        broadcast_id: int | None | Unset
        if isinstance(self.broadcast_id, Unset):
            broadcast_id = UNSET
        else:
            broadcast_id = self.broadcast_id

        trigger_event_id: None | str | Unset
        if isinstance(self.trigger_event_id, Unset):
            trigger_event_id = UNSET
        else:
            trigger_event_id = self.trigger_event_id

        type_ = self.type_

        forgotten = self.forgotten

        tracked_responses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracked_responses, Unset):
            tracked_responses = self.tracked_responses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if message_template_id is not UNSET:
            field_dict["message_template_id"] = message_template_id
        if msg_template_id is not UNSET:
            field_dict["msg_template_id"] = msg_template_id
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_identifiers is not UNSET:
            field_dict["customer_identifiers"] = customer_identifiers
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
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if parent_action_id is not UNSET:
            field_dict["parent_action_id"] = parent_action_id
        if newsletter_id is not UNSET:
            field_dict["newsletter_id"] = newsletter_id
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if trigger_event_id is not UNSET:
            field_dict["trigger_event_id"] = trigger_event_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if forgotten is not UNSET:
            field_dict["forgotten"] = forgotten
        if tracked_responses is not UNSET:
            field_dict["tracked_responses"] = tracked_responses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_message_identifiers import DeliveryMessageIdentifiers  # noqa: PLC0415
        from ..models.delivery_message_metrics import DeliveryMessageMetrics  # noqa: PLC0415
        from ..models.delivery_message_tracked_responses import DeliveryMessageTrackedResponses  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        deduplicate_id = d.pop("deduplicate_id", UNSET)

        def _parse_message_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        message_template_id = _parse_message_template_id(d.pop("message_template_id", UNSET))

        def _parse_msg_template_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        msg_template_id = _parse_msg_template_id(d.pop("msg_template_id", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        _customer_identifiers = d.pop("customer_identifiers", UNSET)
        customer_identifiers: DeliveryMessageIdentifiers | Unset
        if isinstance(_customer_identifiers, Unset) or _customer_identifiers is None:
            customer_identifiers = UNSET
        else:
            customer_identifiers = DeliveryMessageIdentifiers.from_dict(
                _customer_identifiers if isinstance(_customer_identifiers, Mapping) else {}
            )

        def _parse_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient = _parse_recipient(d.pop("recipient", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        _metrics = d.pop("metrics", UNSET)
        metrics: DeliveryMessageMetrics | Unset
        if isinstance(_metrics, Unset) or _metrics is None:
            metrics = UNSET
        else:
            metrics = DeliveryMessageMetrics.from_dict(_metrics if isinstance(_metrics, Mapping) else {})

        created = d.pop("created", UNSET)

        def _parse_failure_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        failure_message = _parse_failure_message(d.pop("failure_message", UNSET))

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

        def _parse_broadcast_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        broadcast_id = _parse_broadcast_id(d.pop("broadcast_id", UNSET))

        def _parse_trigger_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trigger_event_id = _parse_trigger_event_id(d.pop("trigger_event_id", UNSET))

        type_ = d.pop("type", UNSET)

        forgotten = d.pop("forgotten", UNSET)

        _tracked_responses = d.pop("tracked_responses", UNSET)
        tracked_responses: DeliveryMessageTrackedResponses | Unset
        if isinstance(_tracked_responses, Unset) or _tracked_responses is None:
            tracked_responses = UNSET
        else:
            tracked_responses = DeliveryMessageTrackedResponses.from_dict(
                _tracked_responses if isinstance(_tracked_responses, Mapping) else {}
            )

        delivery_message = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            message_template_id=message_template_id,
            msg_template_id=msg_template_id,
            customer_id=customer_id,
            customer_identifiers=customer_identifiers,
            recipient=recipient,
            subject=subject,
            metrics=metrics,
            created=created,
            failure_message=failure_message,
            campaign_id=campaign_id,
            action_id=action_id,
            parent_action_id=parent_action_id,
            newsletter_id=newsletter_id,
            content_id=content_id,
            broadcast_id=broadcast_id,
            trigger_event_id=trigger_event_id,
            type_=type_,
            forgotten=forgotten,
            tracked_responses=tracked_responses,
        )

        delivery_message.additional_properties = d
        return delivery_message

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
