from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PipelinesPageProperties")


@_attrs_define
class PipelinesPageProperties:
    """A page view's properties; any key is kept, the keys below describe the page.

    Attributes:
        category (str | Unset):
        url (str | Unset):
        title (str | Unset):
        referrer (str | Unset):
        path (str | Unset):
        search (str | Unset): The query string.
    """

    category: str | Unset = UNSET
    url: str | Unset = UNSET
    title: str | Unset = UNSET
    referrer: str | Unset = UNSET
    path: str | Unset = UNSET
    search: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        url = self.url

        title = self.title

        referrer = self.referrer

        path = self.path

        search = self.search

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category is not UNSET:
            field_dict["category"] = category
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if path is not UNSET:
            field_dict["path"] = path
        if search is not UNSET:
            field_dict["search"] = search

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category", UNSET)

        url = d.pop("url", UNSET)

        title = d.pop("title", UNSET)

        referrer = d.pop("referrer", UNSET)

        path = d.pop("path", UNSET)

        search = d.pop("search", UNSET)

        pipelines_page_properties = cls(
            category=category,
            url=url,
            title=title,
            referrer=referrer,
            path=path,
            search=search,
        )

        pipelines_page_properties.additional_properties = d
        return pipelines_page_properties

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
