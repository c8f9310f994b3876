from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_email_translation import DesignStudioEmailTranslation


T = TypeVar("T", bound="DesignStudioEmailTranslationList")


@_attrs_define
class DesignStudioEmailTranslationList:
    """
    Attributes:
        email_translations (list[DesignStudioEmailTranslation] | Unset):
    """

    email_translations: list[DesignStudioEmailTranslation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_translations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email_translations, Unset):
            email_translations = []
            for email_translations_item_data in self.email_translations:
                email_translations_item = email_translations_item_data.to_dict()
                email_translations.append(email_translations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_translations is not UNSET:
            field_dict["email_translations"] = email_translations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_studio_email_translation import DesignStudioEmailTranslation  # noqa: PLC0415

        d = dict(src_dict)
        _email_translations = d.pop("email_translations", UNSET)
        email_translations: list[DesignStudioEmailTranslation] | Unset = UNSET
        if isinstance(_email_translations, list):
            email_translations = []
            for email_translations_item_data in _email_translations:
                email_translations_item = DesignStudioEmailTranslation.from_dict(
                    email_translations_item_data if isinstance(email_translations_item_data, Mapping) else {}
                )

                email_translations.append(email_translations_item)

        design_studio_email_translation_list = cls(
            email_translations=email_translations,
        )

        design_studio_email_translation_list.additional_properties = d
        return design_studio_email_translation_list

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
