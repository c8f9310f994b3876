from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_search_identifier import ObjectSearchIdentifier


T = TypeVar("T", bound="ObjectSearchResult")


@_attrs_define
class ObjectSearchResult:
    """A page of objects matching a search.

    Attributes:
        identifiers (list[ObjectSearchIdentifier] | Unset):
        ids (list[str] | Unset): The same objects' `object_id` values.
        next_ (str | Unset): Cursor for the following page; empty or absent on the last page.
    """

    identifiers: list[ObjectSearchIdentifier] | Unset = UNSET
    ids: list[str] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if ids is not UNSET:
            field_dict["ids"] = ids
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_search_identifier import ObjectSearchIdentifier  # noqa: PLC0415

        d = dict(src_dict)
        _identifiers = d.pop("identifiers", UNSET)
        identifiers: list[ObjectSearchIdentifier] | Unset = UNSET
        if isinstance(_identifiers, list):
            identifiers = []
            for identifiers_item_data in _identifiers:
                identifiers_item = ObjectSearchIdentifier.from_dict(
                    identifiers_item_data if isinstance(identifiers_item_data, Mapping) else {}
                )

                identifiers.append(identifiers_item)

        ids = cast(list[str], d.pop("ids", UNSET))

        next_ = d.pop("next", UNSET)

        object_search_result = cls(
            identifiers=identifiers,
            ids=ids,
            next_=next_,
        )

        object_search_result.additional_properties = d
        return object_search_result

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
