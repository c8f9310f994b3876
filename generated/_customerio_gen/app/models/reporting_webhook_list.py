from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.reporting_webhook import ReportingWebhook


T = TypeVar("T", bound="ReportingWebhookList")


@_attrs_define
class ReportingWebhookList:
    """
    Attributes:
        reporting_webhooks (list[ReportingWebhook] | Unset):
    """

    reporting_webhooks: list[ReportingWebhook] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reporting_webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reporting_webhooks, Unset):
            reporting_webhooks = []
            for reporting_webhooks_item_data in self.reporting_webhooks:
                reporting_webhooks_item = reporting_webhooks_item_data.to_dict()
                reporting_webhooks.append(reporting_webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reporting_webhooks is not UNSET:
            field_dict["reporting_webhooks"] = reporting_webhooks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reporting_webhook import ReportingWebhook  # noqa: PLC0415

        d = dict(src_dict)
        _reporting_webhooks = d.pop("reporting_webhooks", UNSET)
        reporting_webhooks: list[ReportingWebhook] | Unset = UNSET
        if isinstance(_reporting_webhooks, list):
            reporting_webhooks = []
            for reporting_webhooks_item_data in _reporting_webhooks:
                reporting_webhooks_item = ReportingWebhook.from_dict(
                    reporting_webhooks_item_data if isinstance(reporting_webhooks_item_data, Mapping) else {}
                )

                reporting_webhooks.append(reporting_webhooks_item)

        reporting_webhook_list = cls(
            reporting_webhooks=reporting_webhooks,
        )

        reporting_webhook_list.additional_properties = d
        return reporting_webhook_list

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
