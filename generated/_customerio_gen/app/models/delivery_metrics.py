from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_metrics_series import DeliveryMetricsSeries


T = TypeVar("T", bound="DeliveryMetrics")


@_attrs_define
class DeliveryMetrics:
    """The metric-series object every delivery-metrics endpoint returns under `metric` (campaigns, campaign actions,
    broadcasts, broadcast actions, newsletters and their variants, transactional messages).

    Attributes:
        series (DeliveryMetricsSeries | Unset): One array of counts per metric, one entry per time bucket, oldest first. Only the metrics that apply are present; the status-class counts are for webhooks.
    """

    series: DeliveryMetricsSeries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = self.series.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if series is not UNSET:
            field_dict["series"] = series

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_metrics_series import DeliveryMetricsSeries  # noqa: PLC0415

        d = dict(src_dict)
        _series = d.pop("series", UNSET)
        series: DeliveryMetricsSeries | Unset
        if isinstance(_series, Unset) or _series is None:
            series = UNSET
        else:
            series = DeliveryMetricsSeries.from_dict(_series if isinstance(_series, Mapping) else {})

        delivery_metrics = cls(
            series=series,
        )

        delivery_metrics.additional_properties = d
        return delivery_metrics

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
