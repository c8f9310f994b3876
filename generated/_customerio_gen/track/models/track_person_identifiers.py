from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackPersonIdentifiers")


@_attrs_define
class TrackPersonIdentifiers:
    """How the operation names the person: one of `id`, `email`, `phone` or `cio_id`.

    Attributes:
        id (int | str | Unset): A string or integer identifier.
        email (str | Unset):
        phone (str | Unset):
        cio_id (str | Unset):
    """

    id: int | str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    cio_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email = self.email

        phone = self.phone

        cio_id = self.cio_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if cio_id is not UNSET:
            field_dict["cio_id"] = cio_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        cio_id = d.pop("cio_id", UNSET)

        track_person_identifiers = cls(
            id=id,
            email=email,
            phone=phone,
            cio_id=cio_id,
        )

        track_person_identifiers.additional_properties = d
        return track_person_identifiers

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
