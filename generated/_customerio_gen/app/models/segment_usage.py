from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.segment_used_by import SegmentUsedBy


T = TypeVar("T", bound="SegmentUsage")


@_attrs_define
class SegmentUsage:
    """
    Attributes:
        segment_id (int | Unset): The segment's id.
        used_by (SegmentUsedBy | Unset):
    """

    segment_id: int | Unset = UNSET
    used_by: SegmentUsedBy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        segment_id = self.segment_id

        used_by: dict[str, Any] | Unset = UNSET
        if not isinstance(self.used_by, Unset):
            used_by = self.used_by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if segment_id is not UNSET:
            field_dict["segment_id"] = segment_id
        if used_by is not UNSET:
            field_dict["used_by"] = used_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_used_by import SegmentUsedBy  # noqa: PLC0415

        d = dict(src_dict)
        segment_id = d.pop("segment_id", UNSET)

        _used_by = d.pop("used_by", UNSET)
        used_by: SegmentUsedBy | Unset
        if isinstance(_used_by, Unset) or _used_by is None:
            used_by = UNSET
        else:
            used_by = SegmentUsedBy.from_dict(_used_by if isinstance(_used_by, Mapping) else {})

        segment_usage = cls(
            segment_id=segment_id,
            used_by=used_by,
        )

        segment_usage.additional_properties = d
        return segment_usage

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
