from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.newsletter_recipients_attribute_operator import (
    NewsletterRecipientsAttributeOperator,
    check_newsletter_recipients_attribute_operator,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewsletterRecipientsAttribute")


@_attrs_define
class NewsletterRecipientsAttribute:
    """A condition on a person attribute.

    Attributes:
        field (str | Unset): The attribute name.
        operator (NewsletterRecipientsAttributeOperator | Unset):
        value (str | Unset): The value to compare with (for `eq`).
        inverse (bool | Unset): Negate the condition.
    """

    field: str | Unset = UNSET
    operator: NewsletterRecipientsAttributeOperator | Unset = UNSET
    value: str | Unset = UNSET
    inverse: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        value = self.value

        inverse = self.inverse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value
        if inverse is not UNSET:
            field_dict["inverse"] = inverse

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field", UNSET)

        _operator = d.pop("operator", UNSET)
        operator: NewsletterRecipientsAttributeOperator | Unset
        if isinstance(_operator, Unset) or _operator is None:
            operator = UNSET
        else:
            operator = check_newsletter_recipients_attribute_operator(_operator)

        value = d.pop("value", UNSET)

        inverse = d.pop("inverse", UNSET)

        newsletter_recipients_attribute = cls(
            field=field,
            operator=operator,
            value=value,
            inverse=inverse,
        )

        newsletter_recipients_attribute.additional_properties = d
        return newsletter_recipients_attribute

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
