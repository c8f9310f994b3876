from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    """A group of people, either data-driven or manual.

    Attributes:
        id (int | Unset): The segment's id.
        deduplicate_id (str | Unset): `<id>:<last update timestamp>`.
        name (str | Unset): The segment's name.
        description (str | Unset): What the segment is for.
        state (str | Unset): How far the segment's membership has been computed. One of: `events`, `build`, `events_queued`, `build_queued`, `finished`.
        progress (int | None | Unset): Percent built while the segment is still building, else null.
        type_ (str | Unset): `dynamic`: membership follows conditions; `manual`: people are added and removed by hand or through the API. One of: `dynamic`, `manual`.
        tags (list[str] | None | Unset): Labels given to the segment.
        created_at (int | Unset): Unix seconds.
        updated_at (int | Unset): Unix seconds.
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    state: str | Unset = UNSET
    progress: int | None | Unset = UNSET
    type_: str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        name = self.name

        description = self.description

        state = self.state

        progress: int | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        type_ = self.type_

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if progress is not UNSET:
            field_dict["progress"] = progress
        if type_ is not UNSET:
            field_dict["type"] = type_
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        deduplicate_id = d.pop("deduplicate_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        state = d.pop("state", UNSET)

        def _parse_progress(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        type_ = d.pop("type", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        segment = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            name=name,
            description=description,
            state=state,
            progress=progress,
            type_=type_,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        segment.additional_properties = d
        return segment

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
