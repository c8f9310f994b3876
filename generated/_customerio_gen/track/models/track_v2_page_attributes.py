from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackV2PageAttributes")


@_attrs_define
class TrackV2PageAttributes:
    """Properties of a page view; any key is kept.

    Attributes:
        path (str | Unset):
        referrer (str | Unset):
        search (str | Unset): The query string.
        title (str | Unset):
        url (str | Unset):
        keywords (list[str] | Unset):
    """

    path: str | Unset = UNSET
    referrer: str | Unset = UNSET
    search: str | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    keywords: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        referrer = self.referrer

        search = self.search

        title = self.title

        url = self.url

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if search is not UNSET:
            field_dict["search"] = search
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if keywords is not UNSET:
            field_dict["keywords"] = keywords

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path", UNSET)

        referrer = d.pop("referrer", UNSET)

        search = d.pop("search", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        keywords = cast(list[str], d.pop("keywords", UNSET))

        track_v2_page_attributes = cls(
            path=path,
            referrer=referrer,
            search=search,
            title=title,
            url=url,
            keywords=keywords,
        )

        track_v2_page_attributes.additional_properties = d
        return track_v2_page_attributes

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
