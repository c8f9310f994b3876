from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_v2_object_identify_anonymous_cio_relationships_item_identifiers import (
        TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiers,
    )
    from ..models.track_v2_object_identify_anonymous_cio_relationships_item_relationship_attributes import (
        TrackV2ObjectIdentifyAnonymousCioRelationshipsItemRelationshipAttributes,
    )


T = TypeVar("T", bound="TrackV2ObjectIdentifyAnonymousCioRelationshipsItem")


@_attrs_define
class TrackV2ObjectIdentifyAnonymousCioRelationshipsItem:
    """
    Attributes:
        identifiers (TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiers | Unset):
        relationship_attributes (TrackV2ObjectIdentifyAnonymousCioRelationshipsItemRelationshipAttributes | Unset):
    """

    identifiers: TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiers | Unset = UNSET
    relationship_attributes: TrackV2ObjectIdentifyAnonymousCioRelationshipsItemRelationshipAttributes | Unset = UNSET
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
        from ..models.track_v2_object_identify_anonymous_cio_relationships_item_identifiers import (
            TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiers,  # noqa: PLC0415
        )
        from ..models.track_v2_object_identify_anonymous_cio_relationships_item_relationship_attributes import (
            TrackV2ObjectIdentifyAnonymousCioRelationshipsItemRelationshipAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _identifiers = d.pop("identifiers", UNSET)
        identifiers: TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiers | Unset
        if isinstance(_identifiers, Unset) or _identifiers is None:
            identifiers = UNSET
        else:
            identifiers = TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiers.from_dict(
                _identifiers if isinstance(_identifiers, Mapping) else {}
            )

        _relationship_attributes = d.pop("relationship_attributes", UNSET)
        relationship_attributes: TrackV2ObjectIdentifyAnonymousCioRelationshipsItemRelationshipAttributes | Unset
        if isinstance(_relationship_attributes, Unset) or _relationship_attributes is None:
            relationship_attributes = UNSET
        else:
            relationship_attributes = (
                TrackV2ObjectIdentifyAnonymousCioRelationshipsItemRelationshipAttributes.from_dict(
                    _relationship_attributes if isinstance(_relationship_attributes, Mapping) else {}
                )
            )

        track_v2_object_identify_anonymous_cio_relationships_item = cls(
            identifiers=identifiers,
            relationship_attributes=relationship_attributes,
        )

        track_v2_object_identify_anonymous_cio_relationships_item.additional_properties = d
        return track_v2_object_identify_anonymous_cio_relationships_item

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
