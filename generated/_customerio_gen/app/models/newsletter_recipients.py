from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsletter_recipients_and_item import NewsletterRecipientsAndItem
    from ..models.newsletter_recipients_attribute import NewsletterRecipientsAttribute
    from ..models.newsletter_recipients_not import NewsletterRecipientsNot
    from ..models.newsletter_recipients_or_item import NewsletterRecipientsOrItem
    from ..models.newsletter_recipients_segment import NewsletterRecipientsSegment


T = TypeVar("T", bound="NewsletterRecipients")


@_attrs_define
class NewsletterRecipients:
    """Audience filter. Combine `segment` (`{id}`) and `attribute` (`{field, operator, value, inverse}`, operator `eq` or
    `exists`) conditions with `and`, `or` and `not`.

    Attributes:
        and_ (list[NewsletterRecipientsAndItem] | Unset): Conditions that must all match.
        or_ (list[NewsletterRecipientsOrItem] | Unset): Conditions of which at least one must match.
        not_ (NewsletterRecipientsNot | Unset): A condition (or group) that must not match.
        segment (NewsletterRecipientsSegment | Unset): Membership of a segment.
        attribute (NewsletterRecipientsAttribute | Unset): A condition on a person attribute.
    """

    and_: list[NewsletterRecipientsAndItem] | Unset = UNSET
    or_: list[NewsletterRecipientsOrItem] | Unset = UNSET
    not_: NewsletterRecipientsNot | Unset = UNSET
    segment: NewsletterRecipientsSegment | Unset = UNSET
    attribute: NewsletterRecipientsAttribute | Unset = UNSET
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
        from ..models.newsletter_recipients_and_item import NewsletterRecipientsAndItem  # noqa: PLC0415
        from ..models.newsletter_recipients_attribute import NewsletterRecipientsAttribute  # noqa: PLC0415
        from ..models.newsletter_recipients_not import NewsletterRecipientsNot  # noqa: PLC0415
        from ..models.newsletter_recipients_or_item import NewsletterRecipientsOrItem  # noqa: PLC0415
        from ..models.newsletter_recipients_segment import NewsletterRecipientsSegment  # noqa: PLC0415

        d = dict(src_dict)
        _and_ = d.pop("and", UNSET)
        and_: list[NewsletterRecipientsAndItem] | Unset = UNSET
        if isinstance(_and_, list):
            and_ = []
            for and_item_data in _and_:
                and_item = NewsletterRecipientsAndItem.from_dict(
                    and_item_data if isinstance(and_item_data, Mapping) else {}
                )

                and_.append(and_item)

        _or_ = d.pop("or", UNSET)
        or_: list[NewsletterRecipientsOrItem] | Unset = UNSET
        if isinstance(_or_, list):
            or_ = []
            for or_item_data in _or_:
                or_item = NewsletterRecipientsOrItem.from_dict(
                    or_item_data if isinstance(or_item_data, Mapping) else {}
                )

                or_.append(or_item)

        _not_ = d.pop("not", UNSET)
        not_: NewsletterRecipientsNot | Unset
        if isinstance(_not_, Unset) or _not_ is None:
            not_ = UNSET
        else:
            not_ = NewsletterRecipientsNot.from_dict(_not_ if isinstance(_not_, Mapping) else {})

        _segment = d.pop("segment", UNSET)
        segment: NewsletterRecipientsSegment | Unset
        if isinstance(_segment, Unset) or _segment is None:
            segment = UNSET
        else:
            segment = NewsletterRecipientsSegment.from_dict(_segment if isinstance(_segment, Mapping) else {})

        _attribute = d.pop("attribute", UNSET)
        attribute: NewsletterRecipientsAttribute | Unset
        if isinstance(_attribute, Unset) or _attribute is None:
            attribute = UNSET
        else:
            attribute = NewsletterRecipientsAttribute.from_dict(_attribute if isinstance(_attribute, Mapping) else {})

        newsletter_recipients = cls(
            and_=and_,
            or_=or_,
            not_=not_,
            segment=segment,
            attribute=attribute,
        )

        newsletter_recipients.additional_properties = d
        return newsletter_recipients

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
