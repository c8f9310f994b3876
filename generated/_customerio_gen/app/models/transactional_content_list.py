from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_content import TransactionalContent


T = TypeVar("T", bound="TransactionalContentList")


@_attrs_define
class TransactionalContentList:
    """
    Attributes:
        contents (list[TransactionalContent] | Unset): The variants, one per language.
    """

    contents: list[TransactionalContent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contents: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contents, Unset):
            contents = []
            for contents_item_data in self.contents:
                contents_item = contents_item_data.to_dict()
                contents.append(contents_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contents is not UNSET:
            field_dict["contents"] = contents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transactional_content import TransactionalContent  # noqa: PLC0415

        d = dict(src_dict)
        _contents = d.pop("contents", UNSET)
        contents: list[TransactionalContent] | Unset = UNSET
        if isinstance(_contents, list):
            contents = []
            for contents_item_data in _contents:
                contents_item = TransactionalContent.from_dict(
                    contents_item_data if isinstance(contents_item_data, Mapping) else {}
                )

                contents.append(contents_item)

        transactional_content_list = cls(
            contents=contents,
        )

        transactional_content_list.additional_properties = d
        return transactional_content_list

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
