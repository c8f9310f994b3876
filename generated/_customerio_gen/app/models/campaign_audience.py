from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignAudience")


@_attrs_define
class CampaignAudience:
    """Who starts a journey in an object or relationship triggered campaign.

    Attributes:
        type_ (int | Unset): `0`: the person added to the object; `1`: every or certain people in the object.
        person_filters (Any | Unset): Profile-attribute filters, if any.
        relationship_filters (Any | Unset): Relationship-attribute filters, if any.
    """

    type_: int | Unset = UNSET
    person_filters: Any | Unset = UNSET
    relationship_filters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        person_filters = self.person_filters

        relationship_filters = self.relationship_filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if person_filters is not UNSET:
            field_dict["person_filters"] = person_filters
        if relationship_filters is not UNSET:
            field_dict["relationship_filters"] = relationship_filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        person_filters = d.pop("person_filters", UNSET)

        relationship_filters = d.pop("relationship_filters", UNSET)

        campaign_audience = cls(
            type_=type_,
            person_filters=person_filters,
            relationship_filters=relationship_filters,
        )

        campaign_audience.additional_properties = d
        return campaign_audience

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
