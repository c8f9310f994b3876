from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterTestGroup")


@_attrs_define
class NewsletterTestGroup:
    """An A/B test group of a newsletter.

    Attributes:
        id (int | str | Unset): A string or integer identifier.
        name (str | Unset): The group's letter, e.g. `A`.
        label (str | Unset): The group's label.
        winner (bool | Unset): Whether this group won the test.
        content_ids (list[int] | Unset): The content ids of the group's variants (one per language).
    """

    id: int | str | Unset = UNSET
    name: str | Unset = UNSET
    label: str | Unset = UNSET
    winner: bool | Unset = UNSET
    content_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        label = self.label

        winner = self.winner

        content_ids: list[int] | Unset = UNSET
        if not isinstance(self.content_ids, Unset):
            content_ids = self.content_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if winner is not UNSET:
            field_dict["winner"] = winner
        if content_ids is not UNSET:
            field_dict["content_ids"] = content_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        label = d.pop("label", UNSET)

        winner = d.pop("winner", UNSET)

        content_ids = cast(list[int], d.pop("content_ids", UNSET))

        newsletter_test_group = cls(
            id=id,
            name=name,
            label=label,
            winner=winner,
            content_ids=content_ids,
        )

        newsletter_test_group.additional_properties = d
        return newsletter_test_group

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
