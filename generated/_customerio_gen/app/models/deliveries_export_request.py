from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deliveries_export_options_metric import (
    DeliveriesExportOptionsMetric,
    check_deliveries_export_options_metric,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveriesExportRequest")


@_attrs_define
class DeliveriesExportRequest:
    """The deliveries export body. Exactly one of `newsletter_id`, `campaign_id`, `action_id` and
    `transactional_message_id` says whose deliveries are exported; `create_deliveries_export` sends the one it is given.

    Attributes:
        start (int | Unset): Earliest delivery, Unix seconds.
        end (int | Unset): Latest delivery, Unix seconds.
        attributes (list[str] | Unset): Person attributes to add as columns.
        metric (DeliveriesExportOptionsMetric | Unset): Only deliveries that reached this metric.
        drafts (bool | Unset): Include drafted deliveries.
        newsletter_id (int | Unset): Export the deliveries of this newsletter.
        campaign_id (int | Unset): Export the deliveries of this campaign.
        action_id (int | Unset): Export the deliveries of this campaign or newsletter action.
        transactional_message_id (int | Unset): Export the deliveries of this transactional message.
    """

    start: int | Unset = UNSET
    end: int | Unset = UNSET
    attributes: list[str] | Unset = UNSET
    metric: DeliveriesExportOptionsMetric | Unset = UNSET
    drafts: bool | Unset = UNSET
    newsletter_id: int | Unset = UNSET
    campaign_id: int | Unset = UNSET
    action_id: int | Unset = UNSET
    transactional_message_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        attributes: list[str] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric

        drafts = self.drafts

        newsletter_id = self.newsletter_id

        campaign_id = self.campaign_id

        action_id = self.action_id

        transactional_message_id = self.transactional_message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if metric is not UNSET:
            field_dict["metric"] = metric
        if drafts is not UNSET:
            field_dict["drafts"] = drafts
        if newsletter_id is not UNSET:
            field_dict["newsletter_id"] = newsletter_id
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if action_id is not UNSET:
            field_dict["action_id"] = action_id
        if transactional_message_id is not UNSET:
            field_dict["transactional_message_id"] = transactional_message_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        attributes = cast(list[str], d.pop("attributes", UNSET))

        _metric = d.pop("metric", UNSET)
        metric: DeliveriesExportOptionsMetric | Unset
        if isinstance(_metric, Unset) or _metric is None:
            metric = UNSET
        else:
            metric = check_deliveries_export_options_metric(_metric)

        drafts = d.pop("drafts", UNSET)

        newsletter_id = d.pop("newsletter_id", UNSET)

        campaign_id = d.pop("campaign_id", UNSET)

        action_id = d.pop("action_id", UNSET)

        transactional_message_id = d.pop("transactional_message_id", UNSET)

        deliveries_export_request = cls(
            start=start,
            end=end,
            attributes=attributes,
            metric=metric,
            drafts=drafts,
            newsletter_id=newsletter_id,
            campaign_id=campaign_id,
            action_id=action_id,
            transactional_message_id=transactional_message_id,
        )

        deliveries_export_request.additional_properties = d
        return deliveries_export_request

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
