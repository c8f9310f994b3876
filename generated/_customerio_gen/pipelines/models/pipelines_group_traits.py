from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipelines_group_traits_relationship_attributes import PipelinesGroupTraitsRelationshipAttributes


T = TypeVar("T", bound="PipelinesGroupTraits")


@_attrs_define
class PipelinesGroupTraits:
    """The group's (object's) attributes; any key is kept.

    Attributes:
        object_type_id (str | Unset): The object type the group belongs to (`1` when omitted).
        relationship_attributes (PipelinesGroupTraitsRelationshipAttributes | Unset): Attributes of the person's relationship to the group.
    """

    object_type_id: str | Unset = UNSET
    relationship_attributes: PipelinesGroupTraitsRelationshipAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id = self.object_type_id

        relationship_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationship_attributes, Unset):
            relationship_attributes = self.relationship_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if relationship_attributes is not UNSET:
            field_dict["relationshipAttributes"] = relationship_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipelines_group_traits_relationship_attributes import PipelinesGroupTraitsRelationshipAttributes  # noqa: PLC0415

        d = dict(src_dict)
        object_type_id = d.pop("object_type_id", UNSET)

        _relationship_attributes = d.pop("relationshipAttributes", UNSET)
        relationship_attributes: PipelinesGroupTraitsRelationshipAttributes | Unset
        if isinstance(_relationship_attributes, Unset) or _relationship_attributes is None:
            relationship_attributes = UNSET
        else:
            relationship_attributes = PipelinesGroupTraitsRelationshipAttributes.from_dict(
                _relationship_attributes if isinstance(_relationship_attributes, Mapping) else {}
            )

        pipelines_group_traits = cls(
            object_type_id=object_type_id,
            relationship_attributes=relationship_attributes,
        )

        pipelines_group_traits.additional_properties = d
        return pipelines_group_traits

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
