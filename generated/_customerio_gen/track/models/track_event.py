from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_event_type import TrackEventType, check_track_event_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_event_data import TrackEventData


T = TypeVar("T", bound="TrackEvent")


@_attrs_define
class TrackEvent:
    """An event. `type` tells a plain event from a page or screen view; an anonymous event carries `anonymous_id`, an
    invite (anonymous, without id) a `data.recipient`.

    Attributes:
        name (str): The event name (the page URL or screen name for views).
        type_ (TrackEventType | Unset): `event` when omitted.
        data (TrackEventData | Unset): The event's properties; any key is kept, the keys below also steer messages it triggers.
        timestamp (int | Unset): When it happened
        id (str | Unset): A ULID that deduplicates the event.
        anonymous_id (str | Unset): The anonymous id (anonymous events and screen views).
    """

    name: str
    type_: TrackEventType | Unset = UNSET
    data: TrackEventData | Unset = UNSET
    timestamp: int | Unset = UNSET
    id: str | Unset = UNSET
    anonymous_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        timestamp = self.timestamp

        id = self.id

        anonymous_id = self.anonymous_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if id is not UNSET:
            field_dict["id"] = id
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_event_data import TrackEventData  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _type_ = d.pop("type", UNSET)
        type_: TrackEventType | Unset
        if isinstance(_type_, Unset) or _type_ is None:
            type_ = UNSET
        else:
            type_ = check_track_event_type(_type_)

        _data = d.pop("data", UNSET)
        data: TrackEventData | Unset
        if isinstance(_data, Unset) or _data is None:
            data = UNSET
        else:
            data = TrackEventData.from_dict(_data if isinstance(_data, Mapping) else {})

        timestamp = d.pop("timestamp", UNSET)

        id = d.pop("id", UNSET)

        anonymous_id = d.pop("anonymous_id", UNSET)

        track_event = cls(
            name=name,
            type_=type_,
            data=data,
            timestamp=timestamp,
            id=id,
            anonymous_id=anonymous_id,
        )

        track_event.additional_properties = d
        return track_event

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
