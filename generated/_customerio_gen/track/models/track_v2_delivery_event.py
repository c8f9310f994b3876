from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_v2_delivery_event_action import TrackV2DeliveryEventAction, check_track_v2_delivery_event_action
from ..models.track_v2_delivery_event_name import TrackV2DeliveryEventName, check_track_v2_delivery_event_name
from ..models.track_v2_delivery_event_type import TrackV2DeliveryEventType, check_track_v2_delivery_event_type

if TYPE_CHECKING:
    from ..models.track_v2_delivery_event_attributes import TrackV2DeliveryEventAttributes
    from ..models.track_v2_delivery_event_identifiers import TrackV2DeliveryEventIdentifiers


T = TypeVar("T", bound="TrackV2DeliveryEvent")


@_attrs_define
class TrackV2DeliveryEvent:
    """Report a push delivery metric (the v2 form of `track_push`).

    Attributes:
        type_ (TrackV2DeliveryEventType):
        action (TrackV2DeliveryEventAction):
        identifiers (TrackV2DeliveryEventIdentifiers):
        name (TrackV2DeliveryEventName): The metric.
        attributes (TrackV2DeliveryEventAttributes):
    """

    type_: TrackV2DeliveryEventType
    action: TrackV2DeliveryEventAction
    identifiers: TrackV2DeliveryEventIdentifiers
    name: TrackV2DeliveryEventName
    attributes: TrackV2DeliveryEventAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        action: str = self.action

        identifiers = self.identifiers.to_dict()

        name: str = self.name

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "action": action,
                "identifiers": identifiers,
                "name": name,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_v2_delivery_event_attributes import TrackV2DeliveryEventAttributes  # noqa: PLC0415
        from ..models.track_v2_delivery_event_identifiers import TrackV2DeliveryEventIdentifiers  # noqa: PLC0415

        d = dict(src_dict)
        type_ = check_track_v2_delivery_event_type(d.pop("type"))

        action = check_track_v2_delivery_event_action(d.pop("action"))

        identifiers = TrackV2DeliveryEventIdentifiers.from_dict(
            d.pop("identifiers") if isinstance(d.pop("identifiers"), Mapping) else {}
        )

        name = check_track_v2_delivery_event_name(d.pop("name"))

        attributes = TrackV2DeliveryEventAttributes.from_dict(
            d.pop("attributes") if isinstance(d.pop("attributes"), Mapping) else {}
        )

        track_v2_delivery_event = cls(
            type_=type_,
            action=action,
            identifiers=identifiers,
            name=name,
            attributes=attributes,
        )

        track_v2_delivery_event.additional_properties = d
        return track_v2_delivery_event

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
