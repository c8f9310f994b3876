from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_search_condition_operator import (
    ObjectSearchConditionOperator,
    check_object_search_condition_operator,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectSearchCondition")


@_attrs_define
class ObjectSearchCondition:
    """
    Attributes:
        field (str): The attribute name.
        operator (ObjectSearchConditionOperator): `eq` (equals `value`) or `exists` (is set at all).
        type_id (int | str): A string or integer identifier.
        value (Any | Unset): The value to match; needed with `eq`.
    """

    field: str
    operator: ObjectSearchConditionOperator
    type_id: int | str
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator: str = self.operator

        type_id: int | str
        type_id = self.type_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
                "type_id": type_id,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        operator = check_object_search_condition_operator(d.pop("operator"))

        def _parse_type_id(data: object) -> int | str:
            return cast(int | str, data)

        type_id = _parse_type_id(d.pop("type_id"))

        value = d.pop("value", UNSET)

        object_search_condition = cls(
            field=field,
            operator=operator,
            type_id=type_id,
            value=value,
        )

        object_search_condition.additional_properties = d
        return object_search_condition

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
