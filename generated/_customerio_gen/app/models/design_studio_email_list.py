from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_email_summary import DesignStudioEmailSummary
    from ..models.design_studio_folder import DesignStudioFolder
    from ..models.design_studio_list_meta import DesignStudioListMeta


T = TypeVar("T", bound="DesignStudioEmailList")


@_attrs_define
class DesignStudioEmailList:
    """
    Attributes:
        emails (list[DesignStudioEmailSummary] | Unset):
        folders (list[DesignStudioFolder] | Unset): The folders the listed emails sit in.
        meta (DesignStudioListMeta | Unset):
    """

    emails: list[DesignStudioEmailSummary] | Unset = UNSET
    folders: list[DesignStudioFolder] | Unset = UNSET
    meta: DesignStudioListMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

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
        if emails is not UNSET:
            field_dict["emails"] = emails
        if folders is not UNSET:
            field_dict["folders"] = folders
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_studio_email_summary import DesignStudioEmailSummary  # noqa: PLC0415
        from ..models.design_studio_folder import DesignStudioFolder  # noqa: PLC0415
        from ..models.design_studio_list_meta import DesignStudioListMeta  # noqa: PLC0415

        d = dict(src_dict)
        _emails = d.pop("emails", UNSET)
        emails: list[DesignStudioEmailSummary] | Unset = UNSET
        if isinstance(_emails, list):
            emails = []
            for emails_item_data in _emails:
                emails_item = DesignStudioEmailSummary.from_dict(
                    emails_item_data if isinstance(emails_item_data, Mapping) else {}
                )

                emails.append(emails_item)

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

        design_studio_email_list = cls(
            emails=emails,
            folders=folders,
            meta=meta,
        )

        design_studio_email_list.additional_properties = d
        return design_studio_email_list

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
