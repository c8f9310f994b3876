from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_push_metric_event import TrackPushMetricEvent, check_track_push_metric_event
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackPushMetric")


@_attrs_define
class TrackPushMetric:
    """
    Attributes:
        delivery_id (str | Unset):
        event (TrackPushMetricEvent | Unset):
        device_id (str | Unset):
        timestamp (int | Unset):
    """

    delivery_id: str | Unset = UNSET
    event: TrackPushMetricEvent | Unset = UNSET
    device_id: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_id = self.delivery_id

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event

        device_id = self.device_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_id is not UNSET:
            field_dict["delivery_id"] = delivery_id
        if event is not UNSET:
            field_dict["event"] = event
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delivery_id = d.pop("delivery_id", UNSET)

        _event = d.pop("event", UNSET)
        event: TrackPushMetricEvent | Unset
        if isinstance(_event, Unset) or _event is None:
            event = UNSET
        else:
            event = check_track_push_metric_event(_event)

        device_id = d.pop("device_id", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        track_push_metric = cls(
            delivery_id=delivery_id,
            event=event,
            device_id=device_id,
            timestamp=timestamp,
        )

        track_push_metric.additional_properties = d
        return track_push_metric

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
