from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_content import TransactionalContent


T = TypeVar("T", bound="TransactionalContentResponse")


@_attrs_define
class TransactionalContentResponse:
    """
    Attributes:
        content (list[TransactionalContent] | TransactionalContent | Unset): The variant. The reference shows an object for some of these endpoints and a one-item list for others, so both are accepted.
    """

    content: list[TransactionalContent] | TransactionalContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transactional_content import TransactionalContent  # noqa: PLC0415

        content: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, TransactionalContent):
            content = self.content.to_dict()
        else:
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transactional_content import TransactionalContent  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_content(data: object) -> list[TransactionalContent] | TransactionalContent | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = TransactionalContent.from_dict(data if isinstance(data, Mapping) else {})

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            content_type_1 = []
            _content_type_1 = data
            for content_type_1_item_data in _content_type_1:
                content_type_1_item = TransactionalContent.from_dict(
                    content_type_1_item_data if isinstance(content_type_1_item_data, Mapping) else {}
                )

                content_type_1.append(content_type_1_item)

            return content_type_1

        content = _parse_content(d.pop("content", UNSET))

        transactional_content_response = cls(
            content=content,
        )

        transactional_content_response.additional_properties = d
        return transactional_content_response

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
