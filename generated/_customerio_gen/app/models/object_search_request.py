from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.object_search_filter import ObjectSearchFilter


T = TypeVar("T", bound="ObjectSearchRequest")


@_attrs_define
class ObjectSearchRequest:
    """
    Attributes:
        object_type_id (int | str): A string or integer identifier.
        filter_ (ObjectSearchFilter): Exactly one of `and`, `or` (lists of filters), `not` (one filter) or `object_attribute` (a condition).
    """

    object_type_id: int | str
    filter_: ObjectSearchFilter
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id: int | str
        object_type_id = self.object_type_id

        filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object_type_id": object_type_id,
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_search_filter import ObjectSearchFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_object_type_id(data: object) -> int | str:
            return cast(int | str, data)

        object_type_id = _parse_object_type_id(d.pop("object_type_id"))

        filter_ = ObjectSearchFilter.from_dict(d.pop("filter") if isinstance(d.pop("filter"), Mapping) else {})

        object_search_request = cls(
            object_type_id=object_type_id,
            filter_=filter_,
        )

        object_search_request.additional_properties = d
        return object_search_request

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
