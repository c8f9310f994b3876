from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.link_metrics import LinkMetrics


T = TypeVar("T", bound="CampaignLinkMetricsList")


@_attrs_define
class CampaignLinkMetricsList:
    """Click metrics per tracked link of a campaign or one of its actions.

    Attributes:
        links (list[LinkMetrics] | Unset):
    """

    links: list[LinkMetrics] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.link_metrics import LinkMetrics  # noqa: PLC0415

        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: list[LinkMetrics] | Unset = UNSET
        if isinstance(_links, list):
            links = []
            for links_item_data in _links:
                links_item = LinkMetrics.from_dict(links_item_data if isinstance(links_item_data, Mapping) else {})

                links.append(links_item)

        campaign_link_metrics_list = cls(
            links=links,
        )

        campaign_link_metrics_list.additional_properties = d
        return campaign_link_metrics_list

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
