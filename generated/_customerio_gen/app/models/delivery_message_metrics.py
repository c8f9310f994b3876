from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryMessageMetrics")


@_attrs_define
class DeliveryMessageMetrics:
    """When the delivery reached each metric, Unix seconds; only reached metrics are present.

    Attributes:
        attempted (int | Unset):
        bounced (int | Unset):
        clicked (int | Unset):
        human_clicked (int | Unset):
        prefetch_clicked (int | Unset):
        converted (int | Unset):
        created (int | Unset):
        delivered (int | Unset):
        drafted (int | Unset):
        dropped (int | Unset):
        failed (int | Unset):
        opened (int | Unset):
        human_opened (int | Unset):
        prefetch_opened (int | Unset):
        sent (int | Unset):
        spammed (int | Unset):
        undeliverable (int | Unset):
        unsubscribed (int | Unset):
    """

    attempted: int | Unset = UNSET
    bounced: int | Unset = UNSET
    clicked: int | Unset = UNSET
    human_clicked: int | Unset = UNSET
    prefetch_clicked: int | Unset = UNSET
    converted: int | Unset = UNSET
    created: int | Unset = UNSET
    delivered: int | Unset = UNSET
    drafted: int | Unset = UNSET
    dropped: int | Unset = UNSET
    failed: int | Unset = UNSET
    opened: int | Unset = UNSET
    human_opened: int | Unset = UNSET
    prefetch_opened: int | Unset = UNSET
    sent: int | Unset = UNSET
    spammed: int | Unset = UNSET
    undeliverable: int | Unset = UNSET
    unsubscribed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempted = self.attempted

        bounced = self.bounced

        clicked = self.clicked

        human_clicked = self.human_clicked

        prefetch_clicked = self.prefetch_clicked

        converted = self.converted

        created = self.created

        delivered = self.delivered

        drafted = self.drafted

        dropped = self.dropped

        failed = self.failed

        opened = self.opened

        human_opened = self.human_opened

        prefetch_opened = self.prefetch_opened

        sent = self.sent

        spammed = self.spammed

        undeliverable = self.undeliverable

        unsubscribed = self.unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attempted is not UNSET:
            field_dict["attempted"] = attempted
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if human_clicked is not UNSET:
            field_dict["human_clicked"] = human_clicked
        if prefetch_clicked is not UNSET:
            field_dict["prefetch_clicked"] = prefetch_clicked
        if converted is not UNSET:
            field_dict["converted"] = converted
        if created is not UNSET:
            field_dict["created"] = created
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if drafted is not UNSET:
            field_dict["drafted"] = drafted
        if dropped is not UNSET:
            field_dict["dropped"] = dropped
        if failed is not UNSET:
            field_dict["failed"] = failed
        if opened is not UNSET:
            field_dict["opened"] = opened
        if human_opened is not UNSET:
            field_dict["human_opened"] = human_opened
        if prefetch_opened is not UNSET:
            field_dict["prefetch_opened"] = prefetch_opened
        if sent is not UNSET:
            field_dict["sent"] = sent
        if spammed is not UNSET:
            field_dict["spammed"] = spammed
        if undeliverable is not UNSET:
            field_dict["undeliverable"] = undeliverable
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempted = d.pop("attempted", UNSET)

        bounced = d.pop("bounced", UNSET)

        clicked = d.pop("clicked", UNSET)

        human_clicked = d.pop("human_clicked", UNSET)

        prefetch_clicked = d.pop("prefetch_clicked", UNSET)

        converted = d.pop("converted", UNSET)

        created = d.pop("created", UNSET)

        delivered = d.pop("delivered", UNSET)

        drafted = d.pop("drafted", UNSET)

        dropped = d.pop("dropped", UNSET)

        failed = d.pop("failed", UNSET)

        opened = d.pop("opened", UNSET)

        human_opened = d.pop("human_opened", UNSET)

        prefetch_opened = d.pop("prefetch_opened", UNSET)

        sent = d.pop("sent", UNSET)

        spammed = d.pop("spammed", UNSET)

        undeliverable = d.pop("undeliverable", UNSET)

        unsubscribed = d.pop("unsubscribed", UNSET)

        delivery_message_metrics = cls(
            attempted=attempted,
            bounced=bounced,
            clicked=clicked,
            human_clicked=human_clicked,
            prefetch_clicked=prefetch_clicked,
            converted=converted,
            created=created,
            delivered=delivered,
            drafted=drafted,
            dropped=dropped,
            failed=failed,
            opened=opened,
            human_opened=human_opened,
            prefetch_opened=prefetch_opened,
            sent=sent,
            spammed=spammed,
            undeliverable=undeliverable,
            unsubscribed=unsubscribed,
        )

        delivery_message_metrics.additional_properties = d
        return delivery_message_metrics

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
