from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_member import SegmentMember


T = TypeVar("T", bound="SegmentMembership")


@_attrs_define
class SegmentMembership:
    """A page of a segment's members.

    Attributes:
        segment_id (int | Unset): The segment's id.
        identifiers (list[SegmentMember] | Unset):
        ids (list[str] | Unset): The members' `id` values (an empty string where a member has none).
        next_ (str | Unset): Cursor for the following page; empty or absent on the last page.
    """

    segment_id: int | Unset = UNSET
    identifiers: list[SegmentMember] | Unset = UNSET
    ids: list[str] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        identifiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = []
            for identifiers_item_data in self.identifiers:
                identifiers_item = identifiers_item_data.to_dict()
                identifiers.append(identifiers_item)

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if ids is not UNSET:
            field_dict["ids"] = ids
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_member import SegmentMember  # noqa: PLC0415

        d = dict(src_dict)
        segment_id = d.pop("segment_id", UNSET)

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: list[SegmentMember] | Unset = UNSET
        if isinstance(_identifiers, list):
            identifiers = []
            for identifiers_item_data in _identifiers:
                identifiers_item = SegmentMember.from_dict(
                    identifiers_item_data if isinstance(identifiers_item_data, Mapping) else {}
                )

                identifiers.append(identifiers_item)

        ids = cast(list[str], d.pop("ids", UNSET))

        next_ = d.pop("next", UNSET)

        segment_membership = cls(
            segment_id=segment_id,
            identifiers=identifiers,
            ids=ids,
            next_=next_,
        )

        segment_membership.additional_properties = d
        return segment_membership

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
