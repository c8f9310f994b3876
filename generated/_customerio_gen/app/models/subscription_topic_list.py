from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subscription_topic import SubscriptionTopic


T = TypeVar("T", bound="SubscriptionTopicList")


@_attrs_define
class SubscriptionTopicList:
    """
    Attributes:
        topics (list[SubscriptionTopic] | Unset):
    """

    topics: list[SubscriptionTopic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if topics is not UNSET:
            field_dict["topics"] = topics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_topic import SubscriptionTopic  # noqa: PLC0415

        d = dict(src_dict)
        _topics = d.pop("topics", UNSET)
        topics: list[SubscriptionTopic] | Unset = UNSET
        if isinstance(_topics, list):
            topics = []
            for topics_item_data in _topics:
                topics_item = SubscriptionTopic.from_dict(
                    topics_item_data if isinstance(topics_item_data, Mapping) else {}
                )

                topics.append(topics_item)

        subscription_topic_list = cls(
            topics=topics,
        )

        subscription_topic_list.additional_properties = d
        return subscription_topic_list

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
