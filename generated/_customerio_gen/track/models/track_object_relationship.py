from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_object_identifiers import TrackObjectIdentifiers
    from ..models.track_object_relationship_relationship_attributes import TrackObjectRelationshipRelationshipAttributes


T = TypeVar("T", bound="TrackObjectRelationship")


@_attrs_define
class TrackObjectRelationship:
    """One object a person or another entity is related to, and what describes that link.

    Attributes:
        identifiers (TrackObjectIdentifiers | Unset): Which object: its type id and id (creates the object when new), or its `cio_object_id` (existing objects only).
        relationship_attributes (TrackObjectRelationshipRelationshipAttributes | Unset): Attributes of the relationship itself (not of the object).
    """

    identifiers: TrackObjectIdentifiers | Unset = UNSET
    relationship_attributes: TrackObjectRelationshipRelationshipAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        relationship_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship_attributes, Unset):
            relationship_attributes = self.relationship_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if relationship_attributes is not UNSET:
            field_dict["relationship_attributes"] = relationship_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_object_identifiers import TrackObjectIdentifiers  # noqa: PLC0415
        from ..models.track_object_relationship_relationship_attributes import (
            TrackObjectRelationshipRelationshipAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _identifiers = d.pop("identifiers", UNSET)
        identifiers: TrackObjectIdentifiers | Unset
        if isinstance(_identifiers, Unset) or _identifiers is None:
            identifiers = UNSET
        else:
            identifiers = TrackObjectIdentifiers.from_dict(_identifiers if isinstance(_identifiers, Mapping) else {})

        _relationship_attributes = d.pop("relationship_attributes", UNSET)
        relationship_attributes: TrackObjectRelationshipRelationshipAttributes | Unset
        if isinstance(_relationship_attributes, Unset) or _relationship_attributes is None:
            relationship_attributes = UNSET
        else:
            relationship_attributes = TrackObjectRelationshipRelationshipAttributes.from_dict(
                _relationship_attributes if isinstance(_relationship_attributes, Mapping) else {}
            )

        track_object_relationship = cls(
            identifiers=identifiers,
            relationship_attributes=relationship_attributes,
        )

        track_object_relationship.additional_properties = d
        return track_object_relationship

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
