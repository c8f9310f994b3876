from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionalDeliveryMetrics")


@_attrs_define
class TransactionalDeliveryMetrics:
    """When the delivery reached each metric, Unix seconds; only reached metrics appear.

    Attributes:
        created (int | Unset): When the delivery was created, Unix seconds.
        drafted (int | Unset): When the delivery was drafted, Unix seconds.
        sent (int | Unset): When the delivery was sent, Unix seconds.
        delivered (int | Unset): When the delivery was accepted by the recipient's provider, Unix seconds.
        opened (int | Unset): When the delivery was first opened, Unix seconds.
        human_opened (int | Unset): When the delivery was first opened by a person, Unix seconds.
        prefetch_opened (int | Unset): When the delivery was opened by mail-privacy prefetching, Unix seconds.
        clicked (int | Unset): When the delivery had a link clicked, Unix seconds.
        human_clicked (int | Unset): When the delivery had a link clicked by a person, Unix seconds.
        prefetch_clicked (int | Unset): When the delivery had a link clicked by a scanner or prefetching, Unix seconds.
        converted (int | Unset): When the delivery led to a conversion, Unix seconds.
        bounced (int | Unset): When the delivery bounced, Unix seconds.
        dropped (int | Unset): When the delivery was dropped, Unix seconds.
        failed (int | Unset): When the delivery failed, Unix seconds.
        spammed (int | Unset): When the delivery was marked as spam, Unix seconds.
        undeliverable (int | Unset): When the delivery turned out undeliverable, Unix seconds.
        unsubscribed (int | Unset): When the delivery led the person to unsubscribe, Unix seconds.
    """

    created: int | Unset = UNSET
    drafted: int | Unset = UNSET
    sent: int | Unset = UNSET
    delivered: int | Unset = UNSET
    opened: int | Unset = UNSET
    human_opened: int | Unset = UNSET
    prefetch_opened: int | Unset = UNSET
    clicked: int | Unset = UNSET
    human_clicked: int | Unset = UNSET
    prefetch_clicked: int | Unset = UNSET
    converted: int | Unset = UNSET
    bounced: int | Unset = UNSET
    dropped: int | Unset = UNSET
    failed: int | Unset = UNSET
    spammed: int | Unset = UNSET
    undeliverable: int | Unset = UNSET
    unsubscribed: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created = self.created

        drafted = self.drafted

        sent = self.sent

        delivered = self.delivered

        opened = self.opened

        human_opened = self.human_opened

        prefetch_opened = self.prefetch_opened

        clicked = self.clicked

        human_clicked = self.human_clicked

        prefetch_clicked = self.prefetch_clicked

        converted = self.converted

        bounced = self.bounced

        dropped = self.dropped

        failed = self.failed

        spammed = self.spammed

        undeliverable = self.undeliverable

        unsubscribed = self.unsubscribed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created is not UNSET:
            field_dict["created"] = created
        if drafted is not UNSET:
            field_dict["drafted"] = drafted
        if sent is not UNSET:
            field_dict["sent"] = sent
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
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
        if dropped is not UNSET:
            field_dict["dropped"] = dropped
        if failed is not UNSET:
            field_dict["failed"] = failed
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
        created = d.pop("created", UNSET)

        drafted = d.pop("drafted", UNSET)

        sent = d.pop("sent", UNSET)

        delivered = d.pop("delivered", UNSET)

        opened = d.pop("opened", UNSET)

        human_opened = d.pop("human_opened", UNSET)

        prefetch_opened = d.pop("prefetch_opened", UNSET)

        clicked = d.pop("clicked", UNSET)

        human_clicked = d.pop("human_clicked", UNSET)

        prefetch_clicked = d.pop("prefetch_clicked", UNSET)

        converted = d.pop("converted", UNSET)

        bounced = d.pop("bounced", UNSET)

        dropped = d.pop("dropped", UNSET)

        failed = d.pop("failed", UNSET)

        spammed = d.pop("spammed", UNSET)

        undeliverable = d.pop("undeliverable", UNSET)

        unsubscribed = d.pop("unsubscribed", UNSET)

        transactional_delivery_metrics = cls(
            created=created,
            drafted=drafted,
            sent=sent,
            delivered=delivered,
            opened=opened,
            human_opened=human_opened,
            prefetch_opened=prefetch_opened,
            clicked=clicked,
            human_clicked=human_clicked,
            prefetch_clicked=prefetch_clicked,
            converted=converted,
            bounced=bounced,
            dropped=dropped,
            failed=failed,
            spammed=spammed,
            undeliverable=undeliverable,
            unsubscribed=unsubscribed,
        )

        transactional_delivery_metrics.additional_properties = d
        return transactional_delivery_metrics

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
