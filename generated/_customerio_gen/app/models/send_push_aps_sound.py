from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendPushApsSound")


@_attrs_define
class SendPushApsSound:
    """A critical-alert sound.

    Attributes:
        critical (int | Unset): `1` for a critical alert, `0` otherwise.
        name (str | Unset): A sound file name; `default` for the system sound.
        volume (float | Unset): From 0 (silent) to 1 (full volume).
    """

    critical: int | Unset = UNSET
    name: str | Unset = UNSET
    volume: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        critical = self.critical

        name = self.name

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if critical is not UNSET:
            field_dict["critical"] = critical
        if name is not UNSET:
            field_dict["name"] = name
        if volume is not UNSET:
            field_dict["volume"] = volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        critical = d.pop("critical", UNSET)

        name = d.pop("name", UNSET)

        volume = d.pop("volume", UNSET)

        send_push_aps_sound = cls(
            critical=critical,
            name=name,
            volume=volume,
        )

        send_push_aps_sound.additional_properties = d
        return send_push_aps_sound

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
