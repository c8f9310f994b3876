from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackEventData")


@_attrs_define
class TrackEventData:
    """The event's properties; any key is kept, the keys below also steer messages it triggers.

    Attributes:
        recipient (str | Unset): Where a triggered email goes instead of the person's address (required for invite events).
        from_address (str | Unset): The sender address of a triggered email.
        reply_to (str | Unset): The reply-to address of a triggered email.
    """

    recipient: str | Unset = UNSET
    from_address: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        from_address = self.from_address

        reply_to = self.reply_to

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if from_address is not UNSET:
            field_dict["from_address"] = from_address
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient = d.pop("recipient", UNSET)

        from_address = d.pop("from_address", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        track_event_data = cls(
            recipient=recipient,
            from_address=from_address,
            reply_to=reply_to,
        )

        track_event_data.additional_properties = d
        return track_event_data

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
