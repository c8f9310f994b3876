from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_component import DesignStudioComponent


T = TypeVar("T", bound="DesignStudioComponentResult")


@_attrs_define
class DesignStudioComponentResult:
    """
    Attributes:
        component (DesignStudioComponent | Unset): A custom component. Lists leave out `content`.
    """

    component: DesignStudioComponent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.component, Unset):
            component = self.component.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if component is not UNSET:
            field_dict["component"] = component

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_studio_component import DesignStudioComponent  # noqa: PLC0415

        d = dict(src_dict)
        _component = d.pop("component", UNSET)
        component: DesignStudioComponent | Unset
        if isinstance(_component, Unset) or _component is None:
            component = UNSET
        else:
            component = DesignStudioComponent.from_dict(_component if isinstance(_component, Mapping) else {})

        design_studio_component_result = cls(
            component=component,
        )

        design_studio_component_result.additional_properties = d
        return design_studio_component_result

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
