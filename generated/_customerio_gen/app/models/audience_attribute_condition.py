from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audience_attribute_operator import AudienceAttributeOperator, check_audience_attribute_operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudienceAttributeCondition")


@_attrs_define
class AudienceAttributeCondition:
    """Matches people by one profile attribute.

    Attributes:
        field (str): The attribute's name.
        operator (AudienceAttributeOperator): `eq`: the attribute is set to `value`; `exists`: the attribute is set at all.
        value (str | Unset): The value the attribute must equal; used with `eq`.
    """

    field: str
    operator: AudienceAttributeOperator
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator: str = self.operator

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        operator = check_audience_attribute_operator(d.pop("operator"))

        value = d.pop("value", UNSET)

        audience_attribute_condition = cls(
            field=field,
            operator=operator,
            value=value,
        )

        audience_attribute_condition.additional_properties = d
        return audience_attribute_condition

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
