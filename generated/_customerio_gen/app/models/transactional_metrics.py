from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_metrics_metric import TransactionalMetricsMetric


T = TypeVar("T", bound="TransactionalMetrics")


@_attrs_define
class TransactionalMetrics:
    """
    Attributes:
        metric (TransactionalMetricsMetric | Unset):
    """

    metric: TransactionalMetricsMetric | Unset = UNSET
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
        from ..models.transactional_metrics_metric import TransactionalMetricsMetric  # noqa: PLC0415

        d = dict(src_dict)
        _metric = d.pop("metric", UNSET)
        metric: TransactionalMetricsMetric | Unset
        if isinstance(_metric, Unset) or _metric is None:
            metric = UNSET
        else:
            metric = TransactionalMetricsMetric.from_dict(_metric if isinstance(_metric, Mapping) else {})

        transactional_metrics = cls(
            metric=metric,
        )

        transactional_metrics.additional_properties = d
        return transactional_metrics

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
