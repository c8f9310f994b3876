from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipelines_event_name_type_0 import PipelinesEventNameType0, check_pipelines_event_name_type_0
from ..models.pipelines_track_request_type import PipelinesTrackRequestType, check_pipelines_track_request_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipelines_context import PipelinesContext
    from ..models.pipelines_integrations import PipelinesIntegrations
    from ..models.pipelines_track_properties import PipelinesTrackProperties


T = TypeVar("T", bound="PipelinesTrackRequest")


@_attrs_define
class PipelinesTrackRequest:
    """A track call; `userId` or `anonymousId` must be non-empty.

    Attributes:
        event (PipelinesEventNameType0 | str): The event's name: any name of yours, or one of the semantic events that act on the profile (devices, deletion, suppression, relationships, delivery and content metrics).
        message_id (str | Unset): Unique id of the call.
        timestamp (datetime.datetime | Unset): When it happened.
        sent_at (datetime.datetime | Unset): When the library sent it.
        original_timestamp (datetime.datetime | Unset): The device's clock when the call was made.
        context (PipelinesContext | Unset): What surrounds the call. Keys given per call win over the client's `default_context` (a shallow merge); `library` names this SDK unless the call sets it.
        integrations (PipelinesIntegrations | Unset): Destination names mapped to true (on) or false (off); `All` sets the default for the others.
        type_ (PipelinesTrackRequestType | Unset): The call's kind; the path says it already.
        user_id (str | Unset):
        anonymous_id (str | Unset):
        group_id (str | Unset): The group (object) the event happened to
        properties (PipelinesTrackProperties | Unset): An event's properties, sent as given. The keys below are read by the semantic events (`Relationship Deleted`, `Object Deleted`, `Report Delivery Event`, `Report Content Event`).
    """

    event: PipelinesEventNameType0 | str
    message_id: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    sent_at: datetime.datetime | Unset = UNSET
    original_timestamp: datetime.datetime | Unset = UNSET
    context: PipelinesContext | Unset = UNSET
    integrations: PipelinesIntegrations | Unset = UNSET
    type_: PipelinesTrackRequestType | Unset = UNSET
    user_id: str | Unset = UNSET
    anonymous_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    properties: PipelinesTrackProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str
        if isinstance(self.event, str):
            event = self.event
        else:
            event = self.event

        message_id = self.message_id

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        sent_at: str | Unset = UNSET
        if not isinstance(self.sent_at, Unset):
            sent_at = self.sent_at.isoformat()

        original_timestamp: str | Unset = UNSET
        if not isinstance(self.original_timestamp, Unset):
            original_timestamp = self.original_timestamp.isoformat()

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        user_id = self.user_id

        anonymous_id = self.anonymous_id

        group_id = self.group_id

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if sent_at is not UNSET:
            field_dict["sentAt"] = sent_at
        if original_timestamp is not UNSET:
            field_dict["originalTimestamp"] = original_timestamp
        if context is not UNSET:
            field_dict["context"] = context
        if integrations is not UNSET:
            field_dict["integrations"] = integrations
        if type_ is not UNSET:
            field_dict["type"] = type_
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if anonymous_id is not UNSET:
            field_dict["anonymousId"] = anonymous_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipelines_context import PipelinesContext  # noqa: PLC0415
        from ..models.pipelines_integrations import PipelinesIntegrations  # noqa: PLC0415
        from ..models.pipelines_track_properties import PipelinesTrackProperties  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_event(data: object) -> PipelinesEventNameType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_pipelines_event_name_type_0 = check_pipelines_event_name_type_0(data)

                return componentsschemas_pipelines_event_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PipelinesEventNameType0 | str, data)

        event = _parse_event(d.pop("event"))

        message_id = d.pop("messageId", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset) or _timestamp is None:
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _sent_at = d.pop("sentAt", UNSET)
        sent_at: datetime.datetime | Unset
        if isinstance(_sent_at, Unset) or _sent_at is None:
            sent_at = UNSET
        else:
            sent_at = datetime.datetime.fromisoformat(_sent_at)

        _original_timestamp = d.pop("originalTimestamp", UNSET)
        original_timestamp: datetime.datetime | Unset
        if isinstance(_original_timestamp, Unset) or _original_timestamp is None:
            original_timestamp = UNSET
        else:
            original_timestamp = datetime.datetime.fromisoformat(_original_timestamp)

        _context = d.pop("context", UNSET)
        context: PipelinesContext | Unset
        if isinstance(_context, Unset) or _context is None:
            context = UNSET
        else:
            context = PipelinesContext.from_dict(_context if isinstance(_context, Mapping) else {})

        _integrations = d.pop("integrations", UNSET)
        integrations: PipelinesIntegrations | Unset
        if isinstance(_integrations, Unset) or _integrations is None:
            integrations = UNSET
        else:
            integrations = PipelinesIntegrations.from_dict(_integrations if isinstance(_integrations, Mapping) else {})

        _type_ = d.pop("type", UNSET)
        type_: PipelinesTrackRequestType | Unset
        if isinstance(_type_, Unset) or _type_ is None:
            type_ = UNSET
        else:
            type_ = check_pipelines_track_request_type(_type_)

        user_id = d.pop("userId", UNSET)

        anonymous_id = d.pop("anonymousId", UNSET)

        group_id = d.pop("groupId", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: PipelinesTrackProperties | Unset
        if isinstance(_properties, Unset) or _properties is None:
            properties = UNSET
        else:
            properties = PipelinesTrackProperties.from_dict(_properties if isinstance(_properties, Mapping) else {})

        pipelines_track_request = cls(
            event=event,
            message_id=message_id,
            timestamp=timestamp,
            sent_at=sent_at,
            original_timestamp=original_timestamp,
            context=context,
            integrations=integrations,
            type_=type_,
            user_id=user_id,
            anonymous_id=anonymous_id,
            group_id=group_id,
            properties=properties,
        )

        pipelines_track_request.additional_properties = d
        return pipelines_track_request

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
