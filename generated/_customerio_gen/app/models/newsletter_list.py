from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsletter import Newsletter


T = TypeVar("T", bound="NewsletterList")


@_attrs_define
class NewsletterList:
    """One page of newsletters.

    Attributes:
        newsletters (list[Newsletter] | Unset):
        next_ (str | Unset): The cursor for the next page; empty when there are no more.
    """

    newsletters: list[Newsletter] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        newsletters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.newsletters, Unset):
            newsletters = []
            for newsletters_item_data in self.newsletters:
                newsletters_item = newsletters_item_data.to_dict()
                newsletters.append(newsletters_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if newsletters is not UNSET:
            field_dict["newsletters"] = newsletters
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.newsletter import Newsletter  # noqa: PLC0415

        d = dict(src_dict)
        _newsletters = d.pop("newsletters", UNSET)
        newsletters: list[Newsletter] | Unset = UNSET
        if isinstance(_newsletters, list):
            newsletters = []
            for newsletters_item_data in _newsletters:
                newsletters_item = Newsletter.from_dict(
                    newsletters_item_data if isinstance(newsletters_item_data, Mapping) else {}
                )

                newsletters.append(newsletters_item)

        next_ = d.pop("next", UNSET)

        newsletter_list = cls(
            newsletters=newsletters,
            next_=next_,
        )

        newsletter_list.additional_properties = d
        return newsletter_list

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
