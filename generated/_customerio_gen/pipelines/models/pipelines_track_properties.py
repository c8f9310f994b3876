from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipelines_track_properties_action_type import (
    PipelinesTrackPropertiesActionType,
    check_pipelines_track_properties_action_type,
)
from ..models.pipelines_track_properties_metric import (
    PipelinesTrackPropertiesMetric,
    check_pipelines_track_properties_metric,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesTrackProperties")


@_attrs_define
class PipelinesTrackProperties:
    """An event's properties, sent as given. The keys below are read by the semantic events (`Relationship Deleted`,
    `Object Deleted`, `Report Delivery Event`, `Report Content Event`).

    Attributes:
        object_id (str | Unset): The object a relationship or object event is about.
        object_type_id (int | Unset): That object's type (1 when omitted).
        delivery_id (str | Unset): The delivery a `Report Delivery Event` reports on.
        metric (PipelinesTrackPropertiesMetric | Unset): What happened to the delivery.
        recipient (str | Unset): Where the delivery went.
        reason (str | Unset): Why the metric happened (for failures).
        action_value (str | Unset): The value of the action taken in the message.
        href (str | Unset): The link that was clicked.
        action_type (PipelinesTrackPropertiesActionType | Unset): What the person did with content (`Report Content Event`).
        content_id (int | Unset): The content the event is about.
        template_id (int | Unset): The template of that content.
    """

    object_id: str | Unset = UNSET
    object_type_id: int | Unset = UNSET
    delivery_id: str | Unset = UNSET
    metric: PipelinesTrackPropertiesMetric | Unset = UNSET
    recipient: str | Unset = UNSET
    reason: str | Unset = UNSET
    action_value: str | Unset = UNSET
    href: str | Unset = UNSET
    action_type: PipelinesTrackPropertiesActionType | Unset = UNSET
    content_id: int | Unset = UNSET
    template_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_id = self.object_id

        object_type_id = self.object_type_id

        delivery_id = self.delivery_id

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric

        recipient = self.recipient

        reason = self.reason

        action_value = self.action_value

        href = self.href

        action_type: str | Unset = UNSET
        if not isinstance(self.action_type, Unset):
            action_type = self.action_type

        content_id = self.content_id

        template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if object_type_id is not UNSET:
            field_dict["objectTypeId"] = object_type_id
        if delivery_id is not UNSET:
            field_dict["deliveryId"] = delivery_id
        if metric is not UNSET:
            field_dict["metric"] = metric
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if reason is not UNSET:
            field_dict["reason"] = reason
        if action_value is not UNSET:
            field_dict["actionValue"] = action_value
        if href is not UNSET:
            field_dict["href"] = href
        if action_type is not UNSET:
            field_dict["actionType"] = action_type
        if content_id is not UNSET:
            field_dict["contentId"] = content_id
        if template_id is not UNSET:
            field_dict["templateId"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_id = d.pop("objectId", UNSET)

        object_type_id = d.pop("objectTypeId", UNSET)

        delivery_id = d.pop("deliveryId", UNSET)

        _metric = d.pop("metric", UNSET)
        metric: PipelinesTrackPropertiesMetric | Unset
        if isinstance(_metric, Unset) or _metric is None:
            metric = UNSET
        else:
            metric = check_pipelines_track_properties_metric(_metric)

        recipient = d.pop("recipient", UNSET)

        reason = d.pop("reason", UNSET)

        action_value = d.pop("actionValue", UNSET)

        href = d.pop("href", UNSET)

        _action_type = d.pop("actionType", UNSET)
        action_type: PipelinesTrackPropertiesActionType | Unset
        if isinstance(_action_type, Unset) or _action_type is None:
            action_type = UNSET
        else:
            action_type = check_pipelines_track_properties_action_type(_action_type)

        content_id = d.pop("contentId", UNSET)

        template_id = d.pop("templateId", UNSET)

        pipelines_track_properties = cls(
            object_id=object_id,
            object_type_id=object_type_id,
            delivery_id=delivery_id,
            metric=metric,
            recipient=recipient,
            reason=reason,
            action_value=action_value,
            href=href,
            action_type=action_type,
            content_id=content_id,
            template_id=template_id,
        )

        pipelines_track_properties.additional_properties = d
        return pipelines_track_properties

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
