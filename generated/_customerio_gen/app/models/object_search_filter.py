from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_search_condition import ObjectSearchCondition


T = TypeVar("T", bound="ObjectSearchFilter")


@_attrs_define
class ObjectSearchFilter:
    """Exactly one of `and`, `or` (lists of filters), `not` (one filter) or `object_attribute` (a condition).

    Attributes:
        and_ (list[ObjectSearchFilter] | Unset): Every filter in the list must match.
        or_ (list[ObjectSearchFilter] | Unset): At least one filter in the list must match.
        not_ (ObjectSearchFilter | Unset): Exactly one of `and`, `or` (lists of filters), `not` (one filter) or `object_attribute` (a condition).
        object_attribute (ObjectSearchCondition | Unset):
    """

    and_: list[ObjectSearchFilter] | Unset = UNSET
    or_: list[ObjectSearchFilter] | Unset = UNSET
    not_: ObjectSearchFilter | Unset = UNSET
    object_attribute: ObjectSearchCondition | Unset = UNSET
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

        object_attribute: dict[str, Any] | Unset = UNSET
        if not isinstance(self.object_attribute, Unset):
            object_attribute = self.object_attribute.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if and_ is not UNSET:
            field_dict["and"] = and_
        if or_ is not UNSET:
            field_dict["or"] = or_
        if not_ is not UNSET:
            field_dict["not"] = not_
        if object_attribute is not UNSET:
            field_dict["object_attribute"] = object_attribute

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_search_condition import ObjectSearchCondition  # noqa: PLC0415

        d = dict(src_dict)
        _and_ = d.pop("and", UNSET)
        and_: list[ObjectSearchFilter] | Unset = UNSET
        if isinstance(_and_, list):
            and_ = []
            for and_item_data in _and_:
                and_item = ObjectSearchFilter.from_dict(and_item_data if isinstance(and_item_data, Mapping) else {})

                and_.append(and_item)

        _or_ = d.pop("or", UNSET)
        or_: list[ObjectSearchFilter] | Unset = UNSET
        if isinstance(_or_, list):
            or_ = []
            for or_item_data in _or_:
                or_item = ObjectSearchFilter.from_dict(or_item_data if isinstance(or_item_data, Mapping) else {})

                or_.append(or_item)

        _not_ = d.pop("not", UNSET)
        not_: ObjectSearchFilter | Unset
        if isinstance(_not_, Unset) or _not_ is None:
            not_ = UNSET
        else:
            not_ = ObjectSearchFilter.from_dict(_not_ if isinstance(_not_, Mapping) else {})

        _object_attribute = d.pop("object_attribute", UNSET)
        object_attribute: ObjectSearchCondition | Unset
        if isinstance(_object_attribute, Unset) or _object_attribute is None:
            object_attribute = UNSET
        else:
            object_attribute = ObjectSearchCondition.from_dict(
                _object_attribute if isinstance(_object_attribute, Mapping) else {}
            )

        object_search_filter = cls(
            and_=and_,
            or_=or_,
            not_=not_,
            object_attribute=object_attribute,
        )

        object_search_filter.additional_properties = d
        return object_search_filter

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
