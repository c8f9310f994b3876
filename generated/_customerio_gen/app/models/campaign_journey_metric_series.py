from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignJourneyMetricSeries")


@_attrs_define
class CampaignJourneyMetricSeries:
    """One count per time bucket for the journeys that began in it.

    Attributes:
        started (list[int] | Unset): Met the trigger, before filters.
        activated (list[int] | Unset): Passed the filters and reached an action.
        never_activated (list[int] | Unset): Filtered out before any action.
        exited_early (list[int] | Unset): Stopped matching the trigger or filter.
        messaged (list[int] | Unset): Reached at least one non-delay action.
        converted (list[int] | Unset):
        finished (list[int] | Unset):
    """

    started: list[int] | Unset = UNSET
    activated: list[int] | Unset = UNSET
    never_activated: list[int] | Unset = UNSET
    exited_early: list[int] | Unset = UNSET
    messaged: list[int] | Unset = UNSET
    converted: list[int] | Unset = UNSET
    finished: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started: list[int] | Unset = UNSET
        if not isinstance(self.started, Unset):
            started = self.started

        activated: list[int] | Unset = UNSET
        if not isinstance(self.activated, Unset):
            activated = self.activated

        never_activated: list[int] | Unset = UNSET
        if not isinstance(self.never_activated, Unset):
            never_activated = self.never_activated

        exited_early: list[int] | Unset = UNSET
        if not isinstance(self.exited_early, Unset):
            exited_early = self.exited_early

        messaged: list[int] | Unset = UNSET
        if not isinstance(self.messaged, Unset):
            messaged = self.messaged

        converted: list[int] | Unset = UNSET
        if not isinstance(self.converted, Unset):
            converted = self.converted

        finished: list[int] | Unset = UNSET
        if not isinstance(self.finished, Unset):
            finished = self.finished

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if started is not UNSET:
            field_dict["started"] = started
        if activated is not UNSET:
            field_dict["activated"] = activated
        if never_activated is not UNSET:
            field_dict["never_activated"] = never_activated
        if exited_early is not UNSET:
            field_dict["exited_early"] = exited_early
        if messaged is not UNSET:
            field_dict["messaged"] = messaged
        if converted is not UNSET:
            field_dict["converted"] = converted
        if finished is not UNSET:
            field_dict["finished"] = finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        started = cast(list[int], d.pop("started", UNSET))

        activated = cast(list[int], d.pop("activated", UNSET))

        never_activated = cast(list[int], d.pop("never_activated", UNSET))

        exited_early = cast(list[int], d.pop("exited_early", UNSET))

        messaged = cast(list[int], d.pop("messaged", UNSET))

        converted = cast(list[int], d.pop("converted", UNSET))

        finished = cast(list[int], d.pop("finished", UNSET))

        campaign_journey_metric_series = cls(
            started=started,
            activated=activated,
            never_activated=never_activated,
            exited_early=exited_early,
            messaged=messaged,
            converted=converted,
            finished=finished,
        )

        campaign_journey_metric_series.additional_properties = d
        return campaign_journey_metric_series

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
