from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_attribute_condition import AudienceAttributeCondition
    from ..models.audience_segment_condition import AudienceSegmentCondition


T = TypeVar("T", bound="AudienceFilter")


@_attrs_define
class AudienceFilter:
    """Who to select, as exactly one key: `and` or `or` (a list of filters, all or any of which must match), `not` (one
    filter that must not match), `segment` (members of a segment) or `attribute` (a condition on a profile attribute).
    Filters nest to any depth.

    Attributes:
        and_ (list[AudienceFilter] | Unset): Every filter in the list must match.
        or_ (list[AudienceFilter] | Unset): At least one filter in the list must match.
        not_ (AudienceFilter | Unset): Who to select, as exactly one key: `and` or `or` (a list of filters, all or any of which must match), `not` (one filter that must not match), `segment` (members of a segment) or `attribute` (a condition on a profile attribute). Filters nest to any depth.
        segment (AudienceSegmentCondition | Unset): Matches the people who belong to one segment.
        attribute (AudienceAttributeCondition | Unset): Matches people by one profile attribute.
    """

    and_: list[AudienceFilter] | Unset = UNSET
    or_: list[AudienceFilter] | Unset = UNSET
    not_: AudienceFilter | Unset = UNSET
    segment: AudienceSegmentCondition | Unset = UNSET
    attribute: AudienceAttributeCondition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        and_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.and_, Unset):
            and_ = []
            for and_item_data in self.and_:
                and_item = and_item_data.to_dict()
                and_.append(and_item)

        or_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.or_, Unset):
            or_ = []
            for or_item_data in self.or_:
                or_item = or_item_data.to_dict()
                or_.append(or_item)

        not_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.not_, Unset):
            not_ = self.not_.to_dict()

        segment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.segment, Unset):
            segment = self.segment.to_dict()

        attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribute, Unset):
            attribute = self.attribute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if and_ is not UNSET:
            field_dict["and"] = and_
        if or_ is not UNSET:
            field_dict["or"] = or_
        if not_ is not UNSET:
            field_dict["not"] = not_
        if segment is not UNSET:
            field_dict["segment"] = segment
        if attribute is not UNSET:
            field_dict["attribute"] = attribute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_attribute_condition import AudienceAttributeCondition  # noqa: PLC0415
        from ..models.audience_segment_condition import AudienceSegmentCondition  # noqa: PLC0415

        d = dict(src_dict)
        _and_ = d.pop("and", UNSET)
        and_: list[AudienceFilter] | Unset = UNSET
        if isinstance(_and_, list):
            and_ = []
            for and_item_data in _and_:
                and_item = AudienceFilter.from_dict(and_item_data if isinstance(and_item_data, Mapping) else {})

                and_.append(and_item)

        _or_ = d.pop("or", UNSET)
        or_: list[AudienceFilter] | Unset = UNSET
        if isinstance(_or_, list):
            or_ = []
            for or_item_data in _or_:
                or_item = AudienceFilter.from_dict(or_item_data if isinstance(or_item_data, Mapping) else {})

                or_.append(or_item)

        _not_ = d.pop("not", UNSET)
        not_: AudienceFilter | Unset
        if isinstance(_not_, Unset) or _not_ is None:
            not_ = UNSET
        else:
            not_ = AudienceFilter.from_dict(_not_ if isinstance(_not_, Mapping) else {})

        _segment = d.pop("segment", UNSET)
        segment: AudienceSegmentCondition | Unset
        if isinstance(_segment, Unset) or _segment is None:
            segment = UNSET
        else:
            segment = AudienceSegmentCondition.from_dict(_segment if isinstance(_segment, Mapping) else {})

        _attribute = d.pop("attribute", UNSET)
        attribute: AudienceAttributeCondition | Unset
        if isinstance(_attribute, Unset) or _attribute is None:
            attribute = UNSET
        else:
            attribute = AudienceAttributeCondition.from_dict(_attribute if isinstance(_attribute, Mapping) else {})

        audience_filter = cls(
            and_=and_,
            or_=or_,
            not_=not_,
            segment=segment,
            attribute=attribute,
        )

        audience_filter.additional_properties = d
        return audience_filter

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
