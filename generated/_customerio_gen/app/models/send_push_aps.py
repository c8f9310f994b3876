from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.send_push_aps_interruption_level import (
    SendPushApsInterruptionLevel,
    check_send_push_aps_interruption_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.send_push_aps_alert import SendPushApsAlert
    from ..models.send_push_aps_sound import SendPushApsSound


T = TypeVar("T", bound="SendPushAps")


@_attrs_define
class SendPushAps:
    """Apple's `aps` dictionary (its keys as Apple names them).

    Attributes:
        alert (SendPushApsAlert | str | Unset): The alert, as plain text or as an object.
        badge (int | Unset): The number on the app icon; 0 clears it.
        sound (SendPushApsSound | str | Unset): A sound file name (`default` for the system sound), or a critical-alert sound object.
        thread_id (str | Unset): Groups related notifications together.
        category (str | Unset): A notification category your app registered.
        content_available (int | Unset): `1` (with no alert) for a silent background update, `0` for a normal notification.
        mutable_content (int | Unset): `1` lets the app change the notification before it is shown; the Customer.io SDK needs it for images and delivery metrics.
        target_content_id (str | Unset): Which app window to bring forward.
        interruption_level (SendPushApsInterruptionLevel | Unset): How urgently the notification is presented.
        relevance_score (float | Unset): From 0 to 1; the highest is featured in the notification summary.
    """

    alert: SendPushApsAlert | str | Unset = UNSET
    badge: int | Unset = UNSET
    sound: SendPushApsSound | str | Unset = UNSET
    thread_id: str | Unset = UNSET
    category: str | Unset = UNSET
    content_available: int | Unset = UNSET
    mutable_content: int | Unset = UNSET
    target_content_id: str | Unset = UNSET
    interruption_level: SendPushApsInterruptionLevel | Unset = UNSET
    relevance_score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.send_push_aps_alert import SendPushApsAlert  # noqa: PLC0415
        from ..models.send_push_aps_sound import SendPushApsSound  # noqa: PLC0415

        alert: dict[str, Any] | str | Unset
        if isinstance(self.alert, Unset):
            alert = UNSET
        elif isinstance(self.alert, SendPushApsAlert):
            alert = self.alert.to_dict()
        else:
            alert = self.alert

        badge = self.badge

        sound: dict[str, Any] | str | Unset
        if isinstance(self.sound, Unset):
            sound = UNSET
        elif isinstance(self.sound, SendPushApsSound):
            sound = self.sound.to_dict()
        else:
            sound = self.sound

        thread_id = self.thread_id

        category = self.category

        content_available = self.content_available

        mutable_content = self.mutable_content

        target_content_id = self.target_content_id

        interruption_level: str | Unset = UNSET
        if not isinstance(self.interruption_level, Unset):
            interruption_level = self.interruption_level

        relevance_score = self.relevance_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alert is not UNSET:
            field_dict["alert"] = alert
        if badge is not UNSET:
            field_dict["badge"] = badge
        if sound is not UNSET:
            field_dict["sound"] = sound
        if thread_id is not UNSET:
            field_dict["thread-id"] = thread_id
        if category is not UNSET:
            field_dict["category"] = category
        if content_available is not UNSET:
            field_dict["content-available"] = content_available
        if mutable_content is not UNSET:
            field_dict["mutable-content"] = mutable_content
        if target_content_id is not UNSET:
            field_dict["target-content-id"] = target_content_id
        if interruption_level is not UNSET:
            field_dict["interruption-level"] = interruption_level
        if relevance_score is not UNSET:
            field_dict["relevance-score"] = relevance_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.send_push_aps_alert import SendPushApsAlert  # noqa: PLC0415
        from ..models.send_push_aps_sound import SendPushApsSound  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_alert(data: object) -> SendPushApsAlert | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                alert_type_1 = SendPushApsAlert.from_dict(data if isinstance(data, Mapping) else {})

                return alert_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SendPushApsAlert | str | Unset, data)

        alert = _parse_alert(d.pop("alert", UNSET))

        badge = d.pop("badge", UNSET)

        def _parse_sound(data: object) -> SendPushApsSound | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sound_type_1 = SendPushApsSound.from_dict(data if isinstance(data, Mapping) else {})

                return sound_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(SendPushApsSound | str | Unset, data)

        sound = _parse_sound(d.pop("sound", UNSET))

        thread_id = d.pop("thread-id", UNSET)

        category = d.pop("category", UNSET)

        content_available = d.pop("content-available", UNSET)

        mutable_content = d.pop("mutable-content", UNSET)

        target_content_id = d.pop("target-content-id", UNSET)

        _interruption_level = d.pop("interruption-level", UNSET)
        interruption_level: SendPushApsInterruptionLevel | Unset
        if isinstance(_interruption_level, Unset) or _interruption_level is None:
            interruption_level = UNSET
        else:
            interruption_level = check_send_push_aps_interruption_level(_interruption_level)

        relevance_score = d.pop("relevance-score", UNSET)

        send_push_aps = cls(
            alert=alert,
            badge=badge,
            sound=sound,
            thread_id=thread_id,
            category=category,
            content_available=content_available,
            mutable_content=mutable_content,
            target_content_id=target_content_id,
            interruption_level=interruption_level,
            relevance_score=relevance_score,
        )

        send_push_aps.additional_properties = d
        return send_push_aps

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
