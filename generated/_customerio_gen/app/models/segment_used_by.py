from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SegmentUsedBy")


@_attrs_define
class SegmentUsedBy:
    """
    Attributes:
        campaigns (list[int] | Unset): Ids of the campaigns using the segment.
        sent_newsletters (list[int] | Unset): Ids of sent newsletters using the segment.
        draft_newsletters (list[int] | Unset): Ids of draft newsletters using the segment.
    """

    campaigns: list[int] | Unset = UNSET
    sent_newsletters: list[int] | Unset = UNSET
    draft_newsletters: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaigns: list[int] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = self.campaigns

        sent_newsletters: list[int] | Unset = UNSET
        if not isinstance(self.sent_newsletters, Unset):
            sent_newsletters = self.sent_newsletters

        draft_newsletters: list[int] | Unset = UNSET
        if not isinstance(self.draft_newsletters, Unset):
            draft_newsletters = self.draft_newsletters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns
        if sent_newsletters is not UNSET:
            field_dict["sent_newsletters"] = sent_newsletters
        if draft_newsletters is not UNSET:
            field_dict["draft_newsletters"] = draft_newsletters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaigns = cast(list[int], d.pop("campaigns", UNSET))

        sent_newsletters = cast(list[int], d.pop("sent_newsletters", UNSET))

        draft_newsletters = cast(list[int], d.pop("draft_newsletters", UNSET))

        segment_used_by = cls(
            campaigns=campaigns,
            sent_newsletters=sent_newsletters,
            draft_newsletters=draft_newsletters,
        )

        segment_used_by.additional_properties = d
        return segment_used_by

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
