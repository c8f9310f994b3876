from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reporting_webhook_event import ReportingWebhookEvent, check_reporting_webhook_event
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportingWebhookInput")


@_attrs_define
class ReportingWebhookInput:
    """A new reporting webhook.

    Attributes:
        endpoint (str): The URL to post events to.
        events (list[ReportingWebhookEvent]): Event types to report.
        name (str | Unset): A name to recognise the webhook by.
        full_resolution (bool | Unset): Report every open and click, not only the first; off when omitted.
        with_content (bool | Unset): Include the message content in the `*_sent` events.
        disabled (bool | Unset): Create it paused: no events are posted until it is enabled.
    """

    endpoint: str
    events: list[ReportingWebhookEvent]
    name: str | Unset = UNSET
    full_resolution: bool | Unset = UNSET
    with_content: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        name = self.name

        full_resolution = self.full_resolution

        with_content = self.with_content

        disabled = self.disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endpoint": endpoint,
                "events": events,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if full_resolution is not UNSET:
            field_dict["full_resolution"] = full_resolution
        if with_content is not UNSET:
            field_dict["with_content"] = with_content
        if disabled is not UNSET:
            field_dict["disabled"] = disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = check_reporting_webhook_event(events_item_data)

            events.append(events_item)

        name = d.pop("name", UNSET)

        full_resolution = d.pop("full_resolution", UNSET)

        with_content = d.pop("with_content", UNSET)

        disabled = d.pop("disabled", UNSET)

        reporting_webhook_input = cls(
            endpoint=endpoint,
            events=events,
            name=name,
            full_resolution=full_resolution,
            with_content=with_content,
            disabled=disabled,
        )

        reporting_webhook_input.additional_properties = d
        return reporting_webhook_input

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
