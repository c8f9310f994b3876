from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """A workspace and its (cached) usage counts.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        messages_sent (int | Unset): Messages sent on any channel this billing period.
        billable_messages_sent (int | Unset): Billable emails sent this billing period.
        people (int | Unset):
        object_types (int | Unset):
        objects (int | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    messages_sent: int | Unset = UNSET
    billable_messages_sent: int | Unset = UNSET
    people: int | Unset = UNSET
    object_types: int | Unset = UNSET
    objects: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        messages_sent = self.messages_sent

        billable_messages_sent = self.billable_messages_sent

        people = self.people

        object_types = self.object_types

        objects = self.objects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if messages_sent is not UNSET:
            field_dict["messages_sent"] = messages_sent
        if billable_messages_sent is not UNSET:
            field_dict["billable_messages_sent"] = billable_messages_sent
        if people is not UNSET:
            field_dict["people"] = people
        if object_types is not UNSET:
            field_dict["object_types"] = object_types
        if objects is not UNSET:
            field_dict["objects"] = objects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        messages_sent = d.pop("messages_sent", UNSET)

        billable_messages_sent = d.pop("billable_messages_sent", UNSET)

        people = d.pop("people", UNSET)

        object_types = d.pop("object_types", UNSET)

        objects = d.pop("objects", UNSET)

        workspace = cls(
            id=id,
            name=name,
            messages_sent=messages_sent,
            billable_messages_sent=billable_messages_sent,
            people=people,
            object_types=object_types,
            objects=objects,
        )

        workspace.additional_properties = d
        return workspace

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
