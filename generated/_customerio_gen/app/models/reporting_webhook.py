from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportingWebhook")


@_attrs_define
class ReportingWebhook:
    """A reporting webhook configuration.

    Attributes:
        id (int | Unset): The webhook's id.
        name (str | Unset):
        type_ (str | Unset): `webhook` (standard) or `js` (JavaScript webhook).
        endpoint (str | Unset): The URL events are posted to.
        disabled (bool | Unset): True while events are not being sent.
        full_resolution (bool | Unset): True to send every open and click; false for unique ones only.
        with_content (bool | Unset): True to include the message body in `*_sent` events.
        events (list[str] | Unset): The reported event types.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    disabled: bool | Unset = UNSET
    full_resolution: bool | Unset = UNSET
    with_content: bool | Unset = UNSET
    events: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        endpoint = self.endpoint

        disabled = self.disabled

        full_resolution = self.full_resolution

        with_content = self.with_content

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if full_resolution is not UNSET:
            field_dict["full_resolution"] = full_resolution
        if with_content is not UNSET:
            field_dict["with_content"] = with_content
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        disabled = d.pop("disabled", UNSET)

        full_resolution = d.pop("full_resolution", UNSET)

        with_content = d.pop("with_content", UNSET)

        events = cast(list[str], d.pop("events", UNSET))

        reporting_webhook = cls(
            id=id,
            name=name,
            type_=type_,
            endpoint=endpoint,
            disabled=disabled,
            full_resolution=full_resolution,
            with_content=with_content,
            events=events,
        )

        reporting_webhook.additional_properties = d
        return reporting_webhook

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
