from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_email_translation import DesignStudioEmailTranslation


T = TypeVar("T", bound="DesignStudioEmailTranslationResult")


@_attrs_define
class DesignStudioEmailTranslationResult:
    """
    Attributes:
        email_translation (DesignStudioEmailTranslation | Unset): One language version of an email.
    """

    email_translation: DesignStudioEmailTranslation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_translation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_translation, Unset):
            email_translation = self.email_translation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email_translation is not UNSET:
            field_dict["email_translation"] = email_translation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_studio_email_translation import DesignStudioEmailTranslation  # noqa: PLC0415

        d = dict(src_dict)
        _email_translation = d.pop("email_translation", UNSET)
        email_translation: DesignStudioEmailTranslation | Unset
        if isinstance(_email_translation, Unset) or _email_translation is None:
            email_translation = UNSET
        else:
            email_translation = DesignStudioEmailTranslation.from_dict(
                _email_translation if isinstance(_email_translation, Mapping) else {}
            )

        design_studio_email_translation_result = cls(
            email_translation=email_translation,
        )

        design_studio_email_translation_result.additional_properties = d
        return design_studio_email_translation_result

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
