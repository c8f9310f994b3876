from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipelines_subscription_preferences_channels import PipelinesSubscriptionPreferencesChannels
    from ..models.pipelines_subscription_preferences_topics import PipelinesSubscriptionPreferencesTopics


T = TypeVar("T", bound="PipelinesSubscriptionPreferences")


@_attrs_define
class PipelinesSubscriptionPreferences:
    """The person's subscription choices, true to subscribe and false to unsubscribe.

    Attributes:
        topics (PipelinesSubscriptionPreferencesTopics | Unset): `topic_<id>` keys.
        channels (PipelinesSubscriptionPreferencesChannels | Unset): Channel names (`email`, `sms`, …).
    """

    topics: PipelinesSubscriptionPreferencesTopics | Unset = UNSET
    channels: PipelinesSubscriptionPreferencesChannels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics.to_dict()

        channels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = self.channels.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topics is not UNSET:
            field_dict["topics"] = topics
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipelines_subscription_preferences_channels import PipelinesSubscriptionPreferencesChannels  # noqa: PLC0415
        from ..models.pipelines_subscription_preferences_topics import PipelinesSubscriptionPreferencesTopics  # noqa: PLC0415

        d = dict(src_dict)
        _topics = d.pop("topics", UNSET)
        topics: PipelinesSubscriptionPreferencesTopics | Unset
        if isinstance(_topics, Unset) or _topics is None:
            topics = UNSET
        else:
            topics = PipelinesSubscriptionPreferencesTopics.from_dict(_topics if isinstance(_topics, Mapping) else {})

        _channels = d.pop("channels", UNSET)
        channels: PipelinesSubscriptionPreferencesChannels | Unset
        if isinstance(_channels, Unset) or _channels is None:
            channels = UNSET
        else:
            channels = PipelinesSubscriptionPreferencesChannels.from_dict(
                _channels if isinstance(_channels, Mapping) else {}
            )

        pipelines_subscription_preferences = cls(
            topics=topics,
            channels=channels,
        )

        pipelines_subscription_preferences.additional_properties = d
        return pipelines_subscription_preferences

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
