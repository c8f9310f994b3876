from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_link_metric_metric_series import TransactionalLinkMetricMetricSeries


T = TypeVar("T", bound="TransactionalLinkMetricMetric")


@_attrs_define
class TransactionalLinkMetricMetric:
    """Its click counts.

    Attributes:
        series (TransactionalLinkMetricMetricSeries | Unset): Per kind of click, one count per period, oldest first.
    """

    series: TransactionalLinkMetricMetricSeries | Unset = UNSET
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
        from ..models.transactional_link_metric_metric_series import TransactionalLinkMetricMetricSeries  # noqa: PLC0415

        d = dict(src_dict)
        _series = d.pop("series", UNSET)
        series: TransactionalLinkMetricMetricSeries | Unset
        if isinstance(_series, Unset) or _series is None:
            series = UNSET
        else:
            series = TransactionalLinkMetricMetricSeries.from_dict(_series if isinstance(_series, Mapping) else {})

        transactional_link_metric_metric = cls(
            series=series,
        )

        transactional_link_metric_metric.additional_properties = d
        return transactional_link_metric_metric

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
