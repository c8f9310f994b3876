from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_link_metric import TransactionalLinkMetric


T = TypeVar("T", bound="TransactionalLinkMetrics")


@_attrs_define
class TransactionalLinkMetrics:
    """
    Attributes:
        links (list[TransactionalLinkMetric] | Unset): One entry per tracked link.
    """

    links: list[TransactionalLinkMetric] | Unset = UNSET
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
        from ..models.transactional_link_metric import TransactionalLinkMetric  # noqa: PLC0415

        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: list[TransactionalLinkMetric] | Unset = UNSET
        if isinstance(_links, list):
            links = []
            for links_item_data in _links:
                links_item = TransactionalLinkMetric.from_dict(
                    links_item_data if isinstance(links_item_data, Mapping) else {}
                )

                links.append(links_item)

        transactional_link_metrics = cls(
            links=links,
        )

        transactional_link_metrics.additional_properties = d
        return transactional_link_metrics

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
