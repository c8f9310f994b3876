from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesContextCampaign")


@_attrs_define
class PipelinesContextCampaign:
    """UTM parameters of the visit.

    Attributes:
        name (str | Unset):
        source (str | Unset):
        medium (str | Unset):
        term (str | Unset):
        content (str | Unset):
    """

    name: str | Unset = UNSET
    source: str | Unset = UNSET
    medium: str | Unset = UNSET
    term: str | Unset = UNSET
    content: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        source = self.source

        medium = self.medium

        term = self.term

        content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if source is not UNSET:
            field_dict["source"] = source
        if medium is not UNSET:
            field_dict["medium"] = medium
        if term is not UNSET:
            field_dict["term"] = term
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        source = d.pop("source", UNSET)

        medium = d.pop("medium", UNSET)

        term = d.pop("term", UNSET)

        content = d.pop("content", UNSET)

        pipelines_context_campaign = cls(
            name=name,
            source=source,
            medium=medium,
            term=term,
            content=content,
        )

        pipelines_context_campaign.additional_properties = d
        return pipelines_context_campaign

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
