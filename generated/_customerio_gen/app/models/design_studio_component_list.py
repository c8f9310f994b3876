from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_component import DesignStudioComponent
    from ..models.design_studio_folder import DesignStudioFolder
    from ..models.design_studio_list_meta import DesignStudioListMeta


T = TypeVar("T", bound="DesignStudioComponentList")


@_attrs_define
class DesignStudioComponentList:
    """
    Attributes:
        components (list[DesignStudioComponent] | Unset):
        folders (list[DesignStudioFolder] | Unset): The folders the listed components sit in.
        meta (DesignStudioListMeta | Unset):
    """

    components: list[DesignStudioComponent] | Unset = UNSET
    folders: list[DesignStudioFolder] | Unset = UNSET
    meta: DesignStudioListMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        components: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.components, Unset):
            components = []
            for components_item_data in self.components:
                components_item = components_item_data.to_dict()
                components.append(components_item)

        folders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.folders, Unset):
            folders = []
            for folders_item_data in self.folders:
                folders_item = folders_item_data.to_dict()
                folders.append(folders_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if components is not UNSET:
            field_dict["components"] = components
        if folders is not UNSET:
            field_dict["folders"] = folders
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_studio_component import DesignStudioComponent  # noqa: PLC0415
        from ..models.design_studio_folder import DesignStudioFolder  # noqa: PLC0415
        from ..models.design_studio_list_meta import DesignStudioListMeta  # noqa: PLC0415

        d = dict(src_dict)
        _components = d.pop("components", UNSET)
        components: list[DesignStudioComponent] | Unset = UNSET
        if isinstance(_components, list):
            components = []
            for components_item_data in _components:
                components_item = DesignStudioComponent.from_dict(
                    components_item_data if isinstance(components_item_data, Mapping) else {}
                )

                components.append(components_item)

        _folders = d.pop("folders", UNSET)
        folders: list[DesignStudioFolder] | Unset = UNSET
        if isinstance(_folders, list):
            folders = []
            for folders_item_data in _folders:
                folders_item = DesignStudioFolder.from_dict(
                    folders_item_data if isinstance(folders_item_data, Mapping) else {}
                )

                folders.append(folders_item)

        _meta = d.pop("meta", UNSET)
        meta: DesignStudioListMeta | Unset
        if isinstance(_meta, Unset) or _meta is None:
            meta = UNSET
        else:
            meta = DesignStudioListMeta.from_dict(_meta if isinstance(_meta, Mapping) else {})

        design_studio_component_list = cls(
            components=components,
            folders=folders,
            meta=meta,
        )

        design_studio_component_list.additional_properties = d
        return design_studio_component_list

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
