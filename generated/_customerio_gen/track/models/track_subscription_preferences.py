from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_subscription_preferences_topics import TrackSubscriptionPreferencesTopics


T = TypeVar("T", bound="TrackSubscriptionPreferences")


@_attrs_define
class TrackSubscriptionPreferences:
    """The person's subscription topic choices.

    Attributes:
        topics (TrackSubscriptionPreferencesTopics | Unset): `topic_<id>` keys with true (subscribed) or false (unsubscribed).
    """

    topics: TrackSubscriptionPreferencesTopics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_subscription_preferences_topics import TrackSubscriptionPreferencesTopics  # noqa: PLC0415

        d = dict(src_dict)
        _topics = d.pop("topics", UNSET)
        topics: TrackSubscriptionPreferencesTopics | Unset
        if isinstance(_topics, Unset) or _topics is None:
            topics = UNSET
        else:
            topics = TrackSubscriptionPreferencesTopics.from_dict(_topics if isinstance(_topics, Mapping) else {})

        track_subscription_preferences = cls(
            topics=topics,
        )

        track_subscription_preferences.additional_properties = d
        return track_subscription_preferences

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
