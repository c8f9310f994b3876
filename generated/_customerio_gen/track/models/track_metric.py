from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_metric_metric import TrackMetricMetric, check_track_metric_metric
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackMetric")


@_attrs_define
class TrackMetric:
    """
    Attributes:
        delivery_id (str):
        metric (TrackMetricMetric):
        timestamp (int | Unset):
        recipient (str | Unset):
        reason (str | Unset):
        href (str | Unset):
    """

    delivery_id: str
    metric: TrackMetricMetric
    timestamp: int | Unset = UNSET
    recipient: str | Unset = UNSET
    reason: str | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        metric: str = self.metric

        timestamp = self.timestamp

        recipient = self.recipient

        reason = self.reason

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivery_id": delivery_id,
                "metric": metric,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if reason is not UNSET:
            field_dict["reason"] = reason
        if href is not UNSET:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_id = d.pop("delivery_id")

        metric = check_track_metric_metric(d.pop("metric"))

        timestamp = d.pop("timestamp", UNSET)

        recipient = d.pop("recipient", UNSET)

        reason = d.pop("reason", UNSET)

        href = d.pop("href", UNSET)

        track_metric = cls(
            delivery_id=delivery_id,
            metric=metric,
            timestamp=timestamp,
            recipient=recipient,
            reason=reason,
            href=href,
        )

        track_metric.additional_properties = d
        return track_metric

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
