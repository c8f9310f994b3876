from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Newsletter")


@_attrs_define
class Newsletter:
    """A newsletter (a one-time broadcast) and its metadata.

    Attributes:
        id (int | Unset): The newsletter's id.
        deduplicate_id (str | Unset): `<id>:<last update timestamp>`.
        name (str | Unset): The newsletter's name (at most 190 characters).
        type_ (str | Unset): The channel (`twilio` is SMS); newsletters created through the API may also be `inbox`. One of: `email`, `webhook`, `twilio`, `slack`, `push`, `in_app`.
        content_ids (list[int] | Unset): The ids of the newsletter's variants (translations and A/B tests).
        send_state (str | Unset): Where the newsletter is in its lifecycle, e.g. `drafted`, `scheduled`, `sending`, `sent`, `awaiting_winner`.
        sent_at (int | Unset): When it was last sent, Unix seconds; null if never sent.
        created (int | Unset): When it was created, Unix seconds.
        updated (int | Unset): When it was last changed, Unix seconds.
        tags (list[str] | Unset): The newsletter's tags.
        recipient_segment_ids (list[int] | Unset): The segments used in the recipient conditions, if any.
        subscription_topic_id (int | Unset): The subscription topic of the audience, when the subscription center is on.
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    content_ids: list[int] | Unset = UNSET
    send_state: str | Unset = UNSET
    sent_at: int | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    recipient_segment_ids: list[int] | Unset = UNSET
    subscription_topic_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        name = self.name

        type_ = self.type_

        content_ids: list[int] | Unset = UNSET
        if not isinstance(self.content_ids, Unset):
            content_ids = self.content_ids

        send_state = self.send_state

        sent_at = self.sent_at

        created = self.created

        updated = self.updated

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        recipient_segment_ids: list[int] | Unset = UNSET
        if not isinstance(self.recipient_segment_ids, Unset):
            recipient_segment_ids = self.recipient_segment_ids

        subscription_topic_id = self.subscription_topic_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content_ids is not UNSET:
            field_dict["content_ids"] = content_ids
        if send_state is not UNSET:
            field_dict["send_state"] = send_state
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if tags is not UNSET:
            field_dict["tags"] = tags
        if recipient_segment_ids is not UNSET:
            field_dict["recipient_segment_ids"] = recipient_segment_ids
        if subscription_topic_id is not UNSET:
            field_dict["subscription_topic_id"] = subscription_topic_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        deduplicate_id = d.pop("deduplicate_id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        content_ids = cast(list[int], d.pop("content_ids", UNSET))

        send_state = d.pop("send_state", UNSET)

        sent_at = d.pop("sent_at", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        recipient_segment_ids = cast(list[int], d.pop("recipient_segment_ids", UNSET))

        subscription_topic_id = d.pop("subscription_topic_id", UNSET)

        newsletter = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            name=name,
            type_=type_,
            content_ids=content_ids,
            send_state=send_state,
            sent_at=sent_at,
            created=created,
            updated=updated,
            tags=tags,
            recipient_segment_ids=recipient_segment_ids,
            subscription_topic_id=subscription_topic_id,
        )

        newsletter.additional_properties = d
        return newsletter

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
