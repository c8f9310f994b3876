from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_list_meta_filters import DesignStudioListMetaFilters
    from ..models.design_studio_pagination import DesignStudioPagination


T = TypeVar("T", bound="DesignStudioListMeta")


@_attrs_define
class DesignStudioListMeta:
    """
    Attributes:
        pagination (DesignStudioPagination | Unset):
        filters (DesignStudioListMetaFilters | Unset): The filters the API applied.
    """

    pagination: DesignStudioPagination | Unset = UNSET
    filters: DesignStudioListMetaFilters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_studio_list_meta_filters import DesignStudioListMetaFilters  # noqa: PLC0415
        from ..models.design_studio_pagination import DesignStudioPagination  # noqa: PLC0415

        d = dict(src_dict)
        _pagination = d.pop("pagination", UNSET)
        pagination: DesignStudioPagination | Unset
        if isinstance(_pagination, Unset) or _pagination is None:
            pagination = UNSET
        else:
            pagination = DesignStudioPagination.from_dict(_pagination if isinstance(_pagination, Mapping) else {})

        _filters = d.pop("filters", UNSET)
        filters: DesignStudioListMetaFilters | Unset
        if isinstance(_filters, Unset) or _filters is None:
            filters = UNSET
        else:
            filters = DesignStudioListMetaFilters.from_dict(_filters if isinstance(_filters, Mapping) else {})

        design_studio_list_meta = cls(
            pagination=pagination,
            filters=filters,
        )

        design_studio_list_meta.additional_properties = d
        return design_studio_list_meta

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
