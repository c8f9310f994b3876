from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_v2_person_add_relationships_action import (
    TrackV2PersonAddRelationshipsAction,
    check_track_v2_person_add_relationships_action,
)
from ..models.track_v2_person_add_relationships_type import (
    TrackV2PersonAddRelationshipsType,
    check_track_v2_person_add_relationships_type,
)

if TYPE_CHECKING:
    from ..models.track_object_relationship import TrackObjectRelationship
    from ..models.track_person_identifiers import TrackPersonIdentifiers


T = TypeVar("T", bound="TrackV2PersonAddRelationships")


@_attrs_define
class TrackV2PersonAddRelationships:
    """Relate a person to objects.

    Attributes:
        type_ (TrackV2PersonAddRelationshipsType):
        action (TrackV2PersonAddRelationshipsAction):
        identifiers (TrackPersonIdentifiers): How the operation names the person: one of `id`, `email`, `phone` or `cio_id`.
        cio_relationships (list[TrackObjectRelationship]):
    """

    type_: TrackV2PersonAddRelationshipsType
    action: TrackV2PersonAddRelationshipsAction
    identifiers: TrackPersonIdentifiers
    cio_relationships: list[TrackObjectRelationship]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        action: str = self.action

        identifiers = self.identifiers.to_dict()

        cio_relationships = []
        for cio_relationships_item_data in self.cio_relationships:
            cio_relationships_item = cio_relationships_item_data.to_dict()
            cio_relationships.append(cio_relationships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "identifiers": identifiers,
                "cio_relationships": cio_relationships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_object_relationship import TrackObjectRelationship  # noqa: PLC0415
        from ..models.track_person_identifiers import TrackPersonIdentifiers  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_track_v2_person_add_relationships_type(d.pop("type"))

        action = check_track_v2_person_add_relationships_action(d.pop("action"))

        identifiers = TrackPersonIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        cio_relationships = []
        _cio_relationships = d.pop("cio_relationships")
        for cio_relationships_item_data in _cio_relationships:
            cio_relationships_item = TrackObjectRelationship.from_dict(
                cio_relationships_item_data if isinstance(cio_relationships_item_data, Mapping) else {}
            )

            cio_relationships.append(cio_relationships_item)

        track_v2_person_add_relationships = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
            cio_relationships=cio_relationships,
        )

        track_v2_person_add_relationships.additional_properties = d
        return track_v2_person_add_relationships

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
