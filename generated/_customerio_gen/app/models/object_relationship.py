from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_identifiers import CustomerIdentifiers


T = TypeVar("T", bound="ObjectRelationship")


@_attrs_define
class ObjectRelationship:
    """A person related to the object.

    Attributes:
        identifiers (CustomerIdentifiers | Unset): A person's identifiers; `id` or `email` is null when unset.
        object_type_id (str | Unset): The object type's id.
        object_type_disabled (bool | Unset): True when the related object's type is disabled.
    """

    identifiers: CustomerIdentifiers | Unset = UNSET
    object_type_id: str | Unset = UNSET
    object_type_disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        object_type_id = self.object_type_id

        object_type_disabled = self.object_type_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if object_type_disabled is not UNSET:
            field_dict["object_type_disabled"] = object_type_disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_identifiers import CustomerIdentifiers  # noqa: PLC0415

        d = dict(src_dict)
        _identifiers = d.pop("identifiers", UNSET)
        identifiers: CustomerIdentifiers | Unset
        if isinstance(_identifiers, Unset) or _identifiers is None:
            identifiers = UNSET
        else:
            identifiers = CustomerIdentifiers.from_dict(_identifiers if isinstance(_identifiers, Mapping) else {})

        object_type_id = d.pop("object_type_id", UNSET)

        object_type_disabled = d.pop("object_type_disabled", UNSET)

        object_relationship = cls(
            identifiers=identifiers,
            object_type_id=object_type_id,
            object_type_disabled=object_type_disabled,
        )

        object_relationship.additional_properties = d
        return object_relationship

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
