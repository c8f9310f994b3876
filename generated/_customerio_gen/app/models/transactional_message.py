from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionalMessage")


@_attrs_define
class TransactionalMessage:
    """A transactional message template and its settings.

    Attributes:
        id (int | Unset): The transactional message's id.
        name (str | Unset): The message's name.
        description (str | Unset): What the message is for.
        send_to_unsubscribed (bool | Unset): True when unsubscribed people still receive it.
        link_tracking (bool | Unset): Whether links are tracked.
        open_tracking (bool | Unset): Whether opens are tracked.
        hide_message_body (bool | Unset): True when sent contents are not kept.
        queue_drafts (bool | Unset): True when sends wait as drafts.
        created_at (int | Unset): Unix seconds.
        updated_at (int | Unset): Unix seconds.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    send_to_unsubscribed: bool | Unset = UNSET
    link_tracking: bool | Unset = UNSET
    open_tracking: bool | Unset = UNSET
    hide_message_body: bool | Unset = UNSET
    queue_drafts: bool | Unset = UNSET
    created_at: int | Unset = UNSET
    updated_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        send_to_unsubscribed = self.send_to_unsubscribed

        link_tracking = self.link_tracking

        open_tracking = self.open_tracking

        hide_message_body = self.hide_message_body

        queue_drafts = self.queue_drafts

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if send_to_unsubscribed is not UNSET:
            field_dict["send_to_unsubscribed"] = send_to_unsubscribed
        if link_tracking is not UNSET:
            field_dict["link_tracking"] = link_tracking
        if open_tracking is not UNSET:
            field_dict["open_tracking"] = open_tracking
        if hide_message_body is not UNSET:
            field_dict["hide_message_body"] = hide_message_body
        if queue_drafts is not UNSET:
            field_dict["queue_drafts"] = queue_drafts
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)

        link_tracking = d.pop("link_tracking", UNSET)

        open_tracking = d.pop("open_tracking", UNSET)

        hide_message_body = d.pop("hide_message_body", UNSET)

        queue_drafts = d.pop("queue_drafts", UNSET)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        transactional_message = cls(
            id=id,
            name=name,
            description=description,
            send_to_unsubscribed=send_to_unsubscribed,
            link_tracking=link_tracking,
            open_tracking=open_tracking,
            hide_message_body=hide_message_body,
            queue_drafts=queue_drafts,
            created_at=created_at,
            updated_at=updated_at,
        )

        transactional_message.additional_properties = d
        return transactional_message

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
