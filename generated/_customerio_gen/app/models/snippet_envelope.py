from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.snippet import Snippet


T = TypeVar("T", bound="SnippetEnvelope")


@_attrs_define
class SnippetEnvelope:
    """
    Attributes:
        snippet (Snippet | Unset): A named piece of reusable message content.
    """

    snippet: Snippet | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snippet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.snippet, Unset):
            snippet = self.snippet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snippet is not UNSET:
            field_dict["snippet"] = snippet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.snippet import Snippet  # noqa: PLC0415

        d = dict(src_dict)
        _snippet = d.pop("snippet", UNSET)
        snippet: Snippet | Unset
        if isinstance(_snippet, Unset) or _snippet is None:
            snippet = UNSET
        else:
            snippet = Snippet.from_dict(_snippet if isinstance(_snippet, Mapping) else {})

        snippet_envelope = cls(
            snippet=snippet,
        )

        snippet_envelope.additional_properties = d
        return snippet_envelope

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
