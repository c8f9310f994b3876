from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.object_detail_attributes import ObjectDetailAttributes
    from ..models.object_detail_timestamps import ObjectDetailTimestamps
    from ..models.object_keys import ObjectKeys


T = TypeVar("T", bound="ObjectDetail")


@_attrs_define
class ObjectDetail:
    """An object and its attributes.

    Attributes:
        object_type_id (str | Unset): The object type's id.
        identifiers (ObjectKeys | Unset): An object's identifiers.
        attributes (ObjectDetailAttributes | Unset): Attributes by name.
        timestamps (ObjectDetailTimestamps | Unset): When each attribute was set, Unix seconds.
    """

    object_type_id: str | Unset = UNSET
    identifiers: ObjectKeys | Unset = UNSET
    attributes: ObjectDetailAttributes | Unset = UNSET
    timestamps: ObjectDetailTimestamps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_type_id = self.object_type_id

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        timestamps: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timestamps, Unset):
            timestamps = self.timestamps.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.object_detail_attributes import ObjectDetailAttributes  # noqa: PLC0415
        from ..models.object_detail_timestamps import ObjectDetailTimestamps  # noqa: PLC0415
        from ..models.object_keys import ObjectKeys  # noqa: PLC0415

        d = dict(src_dict)
        object_type_id = d.pop("object_type_id", UNSET)

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: ObjectKeys | Unset
        if isinstance(_identifiers, Unset) or _identifiers is None:
            identifiers = UNSET
        else:
            identifiers = ObjectKeys.from_dict(_identifiers if isinstance(_identifiers, Mapping) else {})

        _attributes = d.pop("attributes", UNSET)
        attributes: ObjectDetailAttributes | Unset
        if isinstance(_attributes, Unset) or _attributes is None:
            attributes = UNSET
        else:
            attributes = ObjectDetailAttributes.from_dict(_attributes if isinstance(_attributes, Mapping) else {})

        _timestamps = d.pop("timestamps", UNSET)
        timestamps: ObjectDetailTimestamps | Unset
        if isinstance(_timestamps, Unset) or _timestamps is None:
            timestamps = UNSET
        else:
            timestamps = ObjectDetailTimestamps.from_dict(_timestamps if isinstance(_timestamps, Mapping) else {})

        object_detail = cls(
            object_type_id=object_type_id,
            identifiers=identifiers,
            attributes=attributes,
            timestamps=timestamps,
        )

        object_detail.additional_properties = d
        return object_detail

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
