from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.broadcast_action_summary import BroadcastActionSummary
    from ..models.broadcast_message_template import BroadcastMessageTemplate


T = TypeVar("T", bound="Broadcast")


@_attrs_define
class Broadcast:
    """An API-triggered broadcast.

    Attributes:
        id (int | Unset):
        deduplicate_id (str | Unset): `<id>:<timestamp of last change>`.
        name (str | Unset):
        type_ (str | Unset): Always an API-triggered broadcast. One of: `triggered_broadcast`.
        created (int | Unset): Unix seconds.
        updated (int | Unset): Unix seconds.
        active (bool | Unset):
        state (str | Unset): Whether the broadcast is still a draft or can be triggered. One of: `draft`, `running`.
        actions (list[BroadcastActionSummary] | Unset): The broadcast's actions, as `{id, type}`.
        msg_template_ids (list[BroadcastMessageTemplate] | Unset): Message templates used (deprecated).
        first_started (int | Unset): When the broadcast was activated, Unix seconds.
        tags (list[str] | Unset):
        created_by (str | Unset):
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    active: bool | Unset = UNSET
    state: str | Unset = UNSET
    actions: list[BroadcastActionSummary] | Unset = UNSET
    msg_template_ids: list[BroadcastMessageTemplate] | Unset = UNSET
    first_started: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        name = self.name

        type_ = self.type_

        created = self.created

        updated = self.updated

        active = self.active

        state = self.state

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        msg_template_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.msg_template_ids, Unset):
            msg_template_ids = []
            for msg_template_ids_item_data in self.msg_template_ids:
                msg_template_ids_item = msg_template_ids_item_data.to_dict()
                msg_template_ids.append(msg_template_ids_item)

        first_started = self.first_started

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_by = self.created_by

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
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if active is not UNSET:
            field_dict["active"] = active
        if state is not UNSET:
            field_dict["state"] = state
        if actions is not UNSET:
            field_dict["actions"] = actions
        if msg_template_ids is not UNSET:
            field_dict["msg_template_ids"] = msg_template_ids
        if first_started is not UNSET:
            field_dict["first_started"] = first_started
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.broadcast_action_summary import BroadcastActionSummary  # noqa: PLC0415
        from ..models.broadcast_message_template import BroadcastMessageTemplate  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        deduplicate_id = d.pop("deduplicate_id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        active = d.pop("active", UNSET)

        state = d.pop("state", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[BroadcastActionSummary] | Unset = UNSET
        if isinstance(_actions, list):
            actions = []
            for actions_item_data in _actions:
                actions_item = BroadcastActionSummary.from_dict(
                    actions_item_data if isinstance(actions_item_data, Mapping) else {}
                )

                actions.append(actions_item)

        _msg_template_ids = d.pop("msg_template_ids", UNSET)
        msg_template_ids: list[BroadcastMessageTemplate] | Unset = UNSET
        if isinstance(_msg_template_ids, list):
            msg_template_ids = []
            for msg_template_ids_item_data in _msg_template_ids:
                msg_template_ids_item = BroadcastMessageTemplate.from_dict(
                    msg_template_ids_item_data if isinstance(msg_template_ids_item_data, Mapping) else {}
                )

                msg_template_ids.append(msg_template_ids_item)

        first_started = d.pop("first_started", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        created_by = d.pop("created_by", UNSET)

        broadcast = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            name=name,
            type_=type_,
            created=created,
            updated=updated,
            active=active,
            state=state,
            actions=actions,
            msg_template_ids=msg_template_ids,
            first_started=first_started,
            tags=tags,
            created_by=created_by,
        )

        broadcast.additional_properties = d
        return broadcast

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
