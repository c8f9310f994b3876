from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_folder import DesignStudioFolder


T = TypeVar("T", bound="DesignStudioFolderResult")


@_attrs_define
class DesignStudioFolderResult:
    """
    Attributes:
        folder (DesignStudioFolder | Unset): A Design Studio folder.
    """

    folder: DesignStudioFolder | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder: dict[str, Any] | Unset = UNSET
        if not isinstance(self.folder, Unset):
            folder = self.folder.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if folder is not UNSET:
            field_dict["folder"] = folder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_studio_folder import DesignStudioFolder  # noqa: PLC0415

        d = dict(src_dict)
        _folder = d.pop("folder", UNSET)
        folder: DesignStudioFolder | Unset
        if isinstance(_folder, Unset) or _folder is None:
            folder = UNSET
        else:
            folder = DesignStudioFolder.from_dict(_folder if isinstance(_folder, Mapping) else {})

        design_studio_folder_result = cls(
            folder=folder,
        )

        design_studio_folder_result.additional_properties = d
        return design_studio_folder_result

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
