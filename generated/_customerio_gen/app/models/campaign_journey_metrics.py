from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_journey_metric_series import CampaignJourneyMetricSeries


T = TypeVar("T", bound="CampaignJourneyMetrics")


@_attrs_define
class CampaignJourneyMetrics:
    """
    Attributes:
        journey_metric (CampaignJourneyMetricSeries | Unset): One count per time bucket for the journeys that began in it.
    """

    journey_metric: CampaignJourneyMetricSeries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        journey_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.journey_metric, Unset):
            journey_metric = self.journey_metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if journey_metric is not UNSET:
            field_dict["journey_metric"] = journey_metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_journey_metric_series import CampaignJourneyMetricSeries  # noqa: PLC0415

        d = dict(src_dict)
        _journey_metric = d.pop("journey_metric", UNSET)
        journey_metric: CampaignJourneyMetricSeries | Unset
        if isinstance(_journey_metric, Unset) or _journey_metric is None:
            journey_metric = UNSET
        else:
            journey_metric = CampaignJourneyMetricSeries.from_dict(
                _journey_metric if isinstance(_journey_metric, Mapping) else {}
            )

        campaign_journey_metrics = cls(
            journey_metric=journey_metric,
        )

        campaign_journey_metrics.additional_properties = d
        return campaign_journey_metrics

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
