from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_v2_person_add_device_action import (
    TrackV2PersonAddDeviceAction,
    check_track_v2_person_add_device_action,
)
from ..models.track_v2_person_add_device_type import TrackV2PersonAddDeviceType, check_track_v2_person_add_device_type

if TYPE_CHECKING:
    from ..models.track_person_identifiers import TrackPersonIdentifiers
    from ..models.track_v2_device import TrackV2Device


T = TypeVar("T", bound="TrackV2PersonAddDevice")


@_attrs_define
class TrackV2PersonAddDevice:
    """Add or update one of the person's devices.

    Attributes:
        type_ (TrackV2PersonAddDeviceType):
        action (TrackV2PersonAddDeviceAction):
        identifiers (TrackPersonIdentifiers): How the operation names the person: one of `id`, `email`, `phone` or `cio_id`.
        device (TrackV2Device): A device in a v2 operation (the token is `token` here, not `id`).
    """

    type_: TrackV2PersonAddDeviceType
    action: TrackV2PersonAddDeviceAction
    identifiers: TrackPersonIdentifiers
    device: TrackV2Device
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        action: str = self.action

        identifiers = self.identifiers.to_dict()

        device = self.device.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "identifiers": identifiers,
                "device": device,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_person_identifiers import TrackPersonIdentifiers  # noqa: PLC0415
        from ..models.track_v2_device import TrackV2Device  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_track_v2_person_add_device_type(d.pop("type"))

        action = check_track_v2_person_add_device_action(d.pop("action"))

        identifiers = TrackPersonIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        device = TrackV2Device.from_dict(d.pop("device") if isinstance(d.pop("device"), Mapping) else {})

        track_v2_person_add_device = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
            device=device,
        )

        track_v2_person_add_device.additional_properties = d
        return track_v2_person_add_device

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
