from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsletter import Newsletter


T = TypeVar("T", bound="NewsletterResponse")


@_attrs_define
class NewsletterResponse:
    """A single newsletter.

    Attributes:
        newsletter (Newsletter | Unset): A newsletter (a one-time broadcast) and its metadata.
    """

    newsletter: Newsletter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        newsletter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.newsletter, Unset):
            newsletter = self.newsletter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if newsletter is not UNSET:
            field_dict["newsletter"] = newsletter

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.newsletter import Newsletter  # noqa: PLC0415

        d = dict(src_dict)
        _newsletter = d.pop("newsletter", UNSET)
        newsletter: Newsletter | Unset
        if isinstance(_newsletter, Unset) or _newsletter is None:
            newsletter = UNSET
        else:
            newsletter = Newsletter.from_dict(_newsletter if isinstance(_newsletter, Mapping) else {})

        newsletter_response = cls(
            newsletter=newsletter,
        )

        newsletter_response.additional_properties = d
        return newsletter_response

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
