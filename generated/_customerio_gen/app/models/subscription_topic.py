from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionTopic")


@_attrs_define
class SubscriptionTopic:
    """A subscription topic people can opt in to or out of.

    Attributes:
        id (int | Unset):
        identifier (str | Unset): `topic_<id>`, the key used in preferences.
        name (str | Unset):
        description (str | Unset):
        subscribed_by_default (bool | Unset): True when people start opted in.
    """

    id: int | Unset = UNSET
    identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    subscribed_by_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        identifier = self.identifier

        name = self.name

        description = self.description

        subscribed_by_default = self.subscribed_by_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if subscribed_by_default is not UNSET:
            field_dict["subscribed_by_default"] = subscribed_by_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        identifier = d.pop("identifier", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        subscribed_by_default = d.pop("subscribed_by_default", UNSET)

        subscription_topic = cls(
            id=id,
            identifier=identifier,
            name=name,
            description=description,
            subscribed_by_default=subscribed_by_default,
        )

        subscription_topic.additional_properties = d
        return subscription_topic

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
