from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_relationship import ObjectRelationship


T = TypeVar("T", bound="ObjectRelationshipList")


@_attrs_define
class ObjectRelationshipList:
    """
    Attributes:
        cio_relationships (list[ObjectRelationship] | Unset): The related people of this page.
        next_ (str | Unset): The cursor of the next page; empty on the last page.
    """

    cio_relationships: list[ObjectRelationship] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio_relationships: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cio_relationships, Unset):
            cio_relationships = []
            for cio_relationships_item_data in self.cio_relationships:
                cio_relationships_item = cio_relationships_item_data.to_dict()
                cio_relationships.append(cio_relationships_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_relationship import ObjectRelationship  # noqa: PLC0415

        d = dict(src_dict)
        _cio_relationships = d.pop("cio_relationships", UNSET)
        cio_relationships: list[ObjectRelationship] | Unset = UNSET
        if isinstance(_cio_relationships, list):
            cio_relationships = []
            for cio_relationships_item_data in _cio_relationships:
                cio_relationships_item = ObjectRelationship.from_dict(
                    cio_relationships_item_data if isinstance(cio_relationships_item_data, Mapping) else {}
                )

                cio_relationships.append(cio_relationships_item)

        next_ = d.pop("next", UNSET)

        object_relationship_list = cls(
            cio_relationships=cio_relationships,
            next_=next_,
        )

        object_relationship_list.additional_properties = d
        return object_relationship_list

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
