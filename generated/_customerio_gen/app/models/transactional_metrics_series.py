from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionalMetricsSeries")


@_attrs_define
class TransactionalMetricsSeries:
    """Per metric, one count per period, oldest first.

    Attributes:
        attempted (list[int] | Unset): Deliveries Customer.io tried to send, per period.
        created (list[int] | Unset): Deliveries created, per period.
        drafted (list[int] | Unset): Deliveries held as drafts, per period.
        sent (list[int] | Unset): Deliveries sent, per period.
        delivered (list[int] | Unset): Deliveries the recipient's provider accepted, per period.
        deferred (list[int] | Unset): Deliveries postponed for a later attempt, per period.
        opened (list[int] | Unset): Deliveries opened, per period.
        human_opened (list[int] | Unset): Opens by people (not by mail-privacy prefetching), per period.
        prefetch_opened (list[int] | Unset): Opens caused by mail-privacy prefetching, per period.
        clicked (list[int] | Unset): Deliveries with a tracked link clicked, per period.
        human_clicked (list[int] | Unset): Clicks by people (not by link scanners), per period.
        prefetch_clicked (list[int] | Unset): Clicks caused by link scanners or prefetching, per period.
        converted (list[int] | Unset): Deliveries followed by a conversion, per period.
        bounced (list[int] | Unset): Deliveries that bounced, per period.
        failed (list[int] | Unset): Deliveries that failed to send, per period.
        spammed (list[int] | Unset): Deliveries marked as spam, per period.
        suppressed (list[int] | Unset): Deliveries not sent because the address is suppressed, per period.
        undeliverable (list[int] | Unset): Deliveries that could not be sent to this recipient, per period.
        unsubscribed (list[int] | Unset): Deliveries after which the person unsubscribed, per period.
        topic_unsubscribed (list[int] | Unset): Deliveries after which the person left a subscription topic, per period.
    """

    attempted: list[int] | Unset = UNSET
    created: list[int] | Unset = UNSET
    drafted: list[int] | Unset = UNSET
    sent: list[int] | Unset = UNSET
    delivered: list[int] | Unset = UNSET
    deferred: list[int] | Unset = UNSET
    opened: list[int] | Unset = UNSET
    human_opened: list[int] | Unset = UNSET
    prefetch_opened: list[int] | Unset = UNSET
    clicked: list[int] | Unset = UNSET
    human_clicked: list[int] | Unset = UNSET
    prefetch_clicked: list[int] | Unset = UNSET
    converted: list[int] | Unset = UNSET
    bounced: list[int] | Unset = UNSET
    failed: list[int] | Unset = UNSET
    spammed: list[int] | Unset = UNSET
    suppressed: list[int] | Unset = UNSET
    undeliverable: list[int] | Unset = UNSET
    unsubscribed: list[int] | Unset = UNSET
    topic_unsubscribed: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempted: list[int] | Unset = UNSET
        if not isinstance(self.attempted, Unset):
            attempted = self.attempted

        created: list[int] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created

        drafted: list[int] | Unset = UNSET
        if not isinstance(self.drafted, Unset):
            drafted = self.drafted

        sent: list[int] | Unset = UNSET
        if not isinstance(self.sent, Unset):
            sent = self.sent

        delivered: list[int] | Unset = UNSET
        if not isinstance(self.delivered, Unset):
            delivered = self.delivered

        deferred: list[int] | Unset = UNSET
        if not isinstance(self.deferred, Unset):
            deferred = self.deferred

        opened: list[int] | Unset = UNSET
        if not isinstance(self.opened, Unset):
            opened = self.opened

        human_opened: list[int] | Unset = UNSET
        if not isinstance(self.human_opened, Unset):
            human_opened = self.human_opened

        prefetch_opened: list[int] | Unset = UNSET
        if not isinstance(self.prefetch_opened, Unset):
            prefetch_opened = self.prefetch_opened

        clicked: list[int] | Unset = UNSET
        if not isinstance(self.clicked, Unset):
            clicked = self.clicked

        human_clicked: list[int] | Unset = UNSET
        if not isinstance(self.human_clicked, Unset):
            human_clicked = self.human_clicked

        prefetch_clicked: list[int] | Unset = UNSET
        if not isinstance(self.prefetch_clicked, Unset):
            prefetch_clicked = self.prefetch_clicked

        converted: list[int] | Unset = UNSET
        if not isinstance(self.converted, Unset):
            converted = self.converted

        bounced: list[int] | Unset = UNSET
        if not isinstance(self.bounced, Unset):
            bounced = self.bounced

        failed: list[int] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = self.failed

        spammed: list[int] | Unset = UNSET
        if not isinstance(self.spammed, Unset):
            spammed = self.spammed

        suppressed: list[int] | Unset = UNSET
        if not isinstance(self.suppressed, Unset):
            suppressed = self.suppressed

        undeliverable: list[int] | Unset = UNSET
        if not isinstance(self.undeliverable, Unset):
            undeliverable = self.undeliverable

        unsubscribed: list[int] | Unset = UNSET
        if not isinstance(self.unsubscribed, Unset):
            unsubscribed = self.unsubscribed

        topic_unsubscribed: list[int] | Unset = UNSET
        if not isinstance(self.topic_unsubscribed, Unset):
            topic_unsubscribed = self.topic_unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attempted is not UNSET:
            field_dict["attempted"] = attempted
        if created is not UNSET:
            field_dict["created"] = created
        if drafted is not UNSET:
            field_dict["drafted"] = drafted
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if deferred is not UNSET:
            field_dict["deferred"] = deferred
        if opened is not UNSET:
            field_dict["opened"] = opened
        if human_opened is not UNSET:
            field_dict["human_opened"] = human_opened
        if prefetch_opened is not UNSET:
            field_dict["prefetch_opened"] = prefetch_opened
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if human_clicked is not UNSET:
            field_dict["human_clicked"] = human_clicked
        if prefetch_clicked is not UNSET:
            field_dict["prefetch_clicked"] = prefetch_clicked
        if converted is not UNSET:
            field_dict["converted"] = converted
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if failed is not UNSET:
            field_dict["failed"] = failed
        if spammed is not UNSET:
            field_dict["spammed"] = spammed
        if suppressed is not UNSET:
            field_dict["suppressed"] = suppressed
        if undeliverable is not UNSET:
            field_dict["undeliverable"] = undeliverable
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if topic_unsubscribed is not UNSET:
            field_dict["topic_unsubscribed"] = topic_unsubscribed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempted = cast(list[int], d.pop("attempted", UNSET))

        created = cast(list[int], d.pop("created", UNSET))

        drafted = cast(list[int], d.pop("drafted", UNSET))

        sent = cast(list[int], d.pop("sent", UNSET))

        delivered = cast(list[int], d.pop("delivered", UNSET))

        deferred = cast(list[int], d.pop("deferred", UNSET))

        opened = cast(list[int], d.pop("opened", UNSET))

        human_opened = cast(list[int], d.pop("human_opened", UNSET))

        prefetch_opened = cast(list[int], d.pop("prefetch_opened", UNSET))

        clicked = cast(list[int], d.pop("clicked", UNSET))

        human_clicked = cast(list[int], d.pop("human_clicked", UNSET))

        prefetch_clicked = cast(list[int], d.pop("prefetch_clicked", UNSET))

        converted = cast(list[int], d.pop("converted", UNSET))

        bounced = cast(list[int], d.pop("bounced", UNSET))

        failed = cast(list[int], d.pop("failed", UNSET))

        spammed = cast(list[int], d.pop("spammed", UNSET))

        suppressed = cast(list[int], d.pop("suppressed", UNSET))

        undeliverable = cast(list[int], d.pop("undeliverable", UNSET))

        unsubscribed = cast(list[int], d.pop("unsubscribed", UNSET))

        topic_unsubscribed = cast(list[int], d.pop("topic_unsubscribed", UNSET))

        transactional_metrics_series = cls(
            attempted=attempted,
            created=created,
            drafted=drafted,
            sent=sent,
            delivered=delivered,
            deferred=deferred,
            opened=opened,
            human_opened=human_opened,
            prefetch_opened=prefetch_opened,
            clicked=clicked,
            human_clicked=human_clicked,
            prefetch_clicked=prefetch_clicked,
            converted=converted,
            bounced=bounced,
            failed=failed,
            spammed=spammed,
            suppressed=suppressed,
            undeliverable=undeliverable,
            unsubscribed=unsubscribed,
            topic_unsubscribed=topic_unsubscribed,
        )

        transactional_metrics_series.additional_properties = d
        return transactional_metrics_series

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
