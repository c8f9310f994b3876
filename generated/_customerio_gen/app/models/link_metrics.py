from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_metrics_link import LinkMetricsLink
    from ..models.link_metrics_set import LinkMetricsSet


T = TypeVar("T", bound="LinkMetrics")


@_attrs_define
class LinkMetrics:
    """One tracked link and its click counts, as listed under `links` by every link-metrics endpoint (campaigns,
    broadcasts, their actions, newsletters, transactional messages).

    Attributes:
        link (LinkMetricsLink | Unset):
        metric (LinkMetricsSet | Unset):
    """

    link: LinkMetricsLink | Unset = UNSET
    metric: LinkMetricsSet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        link: dict[str, Any] | Unset = UNSET
        if not isinstance(self.link, Unset):
            link = self.link.to_dict()

        metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if link is not UNSET:
            field_dict["link"] = link
        if metric is not UNSET:
            field_dict["metric"] = metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_metrics_link import LinkMetricsLink  # noqa: PLC0415
        from ..models.link_metrics_set import LinkMetricsSet  # noqa: PLC0415

        d = dict(src_dict)
        _link = d.pop("link", UNSET)
        link: LinkMetricsLink | Unset
        if isinstance(_link, Unset) or _link is None:
            link = UNSET
        else:
            link = LinkMetricsLink.from_dict(_link if isinstance(_link, Mapping) else {})

        _metric = d.pop("metric", UNSET)
        metric: LinkMetricsSet | Unset
        if isinstance(_metric, Unset) or _metric is None:
            metric = UNSET
        else:
            metric = LinkMetricsSet.from_dict(_metric if isinstance(_metric, Mapping) else {})

        link_metrics = cls(
            link=link,
            metric=metric,
        )

        link_metrics.additional_properties = d
        return link_metrics

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
