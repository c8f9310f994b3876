from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_metrics import DeliveryMetrics


T = TypeVar("T", bound="NewsletterMetricsResponse")


@_attrs_define
class NewsletterMetricsResponse:
    """Delivery metrics of a newsletter or one of its variants.

    Attributes:
        metric (DeliveryMetrics | Unset): The metric-series object every delivery-metrics endpoint returns under `metric` (campaigns, campaign actions, broadcasts, broadcast actions, newsletters and their variants, transactional messages).
    """

    metric: DeliveryMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric is not UNSET:
            field_dict["metric"] = metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.delivery_metrics import DeliveryMetrics  # noqa: PLC0415

        d = dict(src_dict)
        _metric = d.pop("metric", UNSET)
        metric: DeliveryMetrics | Unset
        if isinstance(_metric, Unset) or _metric is None:
            metric = UNSET
        else:
            metric = DeliveryMetrics.from_dict(_metric if isinstance(_metric, Mapping) else {})

        newsletter_metrics_response = cls(
            metric=metric,
        )

        newsletter_metrics_response.additional_properties = d
        return newsletter_metrics_response

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
