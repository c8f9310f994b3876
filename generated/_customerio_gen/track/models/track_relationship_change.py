from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_relationship_change_action import (
    TrackRelationshipChangeAction,
    check_track_relationship_change_action,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_object_relationship import TrackObjectRelationship


T = TypeVar("T", bound="TrackRelationshipChange")


@_attrs_define
class TrackRelationshipChange:
    """Relationships to objects to add to or remove from the person with this update.

    Attributes:
        action (TrackRelationshipChangeAction | Unset): Whether `relationships` are added or removed.
        relationships (list[TrackObjectRelationship] | Unset):
    """

    action: TrackRelationshipChangeAction | Unset = UNSET
    relationships: list[TrackObjectRelationship] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action

        relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = []
            for relationships_item_data in self.relationships:
                relationships_item = relationships_item_data.to_dict()
                relationships.append(relationships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_object_relationship import TrackObjectRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: TrackRelationshipChangeAction | Unset
        if isinstance(_action, Unset) or _action is None:
            action = UNSET
        else:
            action = check_track_relationship_change_action(_action)

        _relationships = d.pop("relationships", UNSET)
        relationships: list[TrackObjectRelationship] | Unset = UNSET
        if isinstance(_relationships, list):
            relationships = []
            for relationships_item_data in _relationships:
                relationships_item = TrackObjectRelationship.from_dict(
                    relationships_item_data if isinstance(relationships_item_data, Mapping) else {}
                )

                relationships.append(relationships_item)

        track_relationship_change = cls(
            action=action,
            relationships=relationships,
        )

        track_relationship_change.additional_properties = d
        return track_relationship_change

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
