from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsletter_content import NewsletterContent


T = TypeVar("T", bound="NewsletterContentResponse")


@_attrs_define
class NewsletterContentResponse:
    """A single content variant.

    Attributes:
        content (NewsletterContent | Unset): One content variant of a newsletter: the default message, a translation, or an A/B test message. Which fields are set depends on the channel.
    """

    content: NewsletterContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.newsletter_content import NewsletterContent  # noqa: PLC0415

        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        content: NewsletterContent | Unset
        if isinstance(_content, Unset) or _content is None:
            content = UNSET
        else:
            content = NewsletterContent.from_dict(_content if isinstance(_content, Mapping) else {})

        newsletter_content_response = cls(
            content=content,
        )

        newsletter_content_response.additional_properties = d
        return newsletter_content_response

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
