from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_identifiers import CustomerIdentifiers
    from ..models.customer_subscription_header import CustomerSubscriptionHeader
    from ..models.customer_subscription_topic import CustomerSubscriptionTopic


T = TypeVar("T", bound="CustomerSubscriptionProfile")


@_attrs_define
class CustomerSubscriptionProfile:
    """A person's choices in the subscription center.

    Attributes:
        id (None | str | Unset): The person's id.
        identifiers (CustomerIdentifiers | Unset): A person's identifiers; `id` or `email` is null when unset.
        topics (list[CustomerSubscriptionTopic] | Unset): The person's subscription topics.
        unsubscribed (bool | Unset): True when unsubscribed from all messages regardless of topics.
        header (CustomerSubscriptionHeader | Unset):
    """

    id: None | str | Unset = UNSET
    identifiers: CustomerIdentifiers | Unset = UNSET
    topics: list[CustomerSubscriptionTopic] | Unset = UNSET
    unsubscribed: bool | Unset = UNSET
    header: CustomerSubscriptionHeader | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identifiers, Unset):
            identifiers = self.identifiers.to_dict()

        topics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = []
            for topics_item_data in self.topics:
                topics_item = topics_item_data.to_dict()
                topics.append(topics_item)

        unsubscribed = self.unsubscribed

        header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.header, Unset):
            header = self.header.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifiers is not UNSET:
            field_dict["identifiers"] = identifiers
        if topics is not UNSET:
            field_dict["topics"] = topics
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if header is not UNSET:
            field_dict["header"] = header

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_identifiers import CustomerIdentifiers  # noqa: PLC0415
        from ..models.customer_subscription_header import CustomerSubscriptionHeader  # noqa: PLC0415
        from ..models.customer_subscription_topic import CustomerSubscriptionTopic  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _identifiers = d.pop("identifiers", UNSET)
        identifiers: CustomerIdentifiers | Unset
        if isinstance(_identifiers, Unset) or _identifiers is None:
            identifiers = UNSET
        else:
            identifiers = CustomerIdentifiers.from_dict(_identifiers if isinstance(_identifiers, Mapping) else {})

        _topics = d.pop("topics", UNSET)
        topics: list[CustomerSubscriptionTopic] | Unset = UNSET
        if isinstance(_topics, list):
            topics = []
            for topics_item_data in _topics:
                topics_item = CustomerSubscriptionTopic.from_dict(
                    topics_item_data if isinstance(topics_item_data, Mapping) else {}
                )

                topics.append(topics_item)

        unsubscribed = d.pop("unsubscribed", UNSET)

        _header = d.pop("header", UNSET)
        header: CustomerSubscriptionHeader | Unset
        if isinstance(_header, Unset) or _header is None:
            header = UNSET
        else:
            header = CustomerSubscriptionHeader.from_dict(_header if isinstance(_header, Mapping) else {})

        customer_subscription_profile = cls(
            id=id,
            identifiers=identifiers,
            topics=topics,
            unsubscribed=unsubscribed,
            header=header,
        )

        customer_subscription_profile.additional_properties = d
        return customer_subscription_profile

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
