from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_attribute_changes import ActivityAttributeChanges
    from ..models.activity_delivery_data import ActivityDeliveryData
    from ..models.activity_person import ActivityPerson


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """One activity log entry.

    Attributes:
        id (str | Unset):
        type_ (str | Unset): The kind of activity as the API reports it: a fixed name, or for object and relationship activities `_o:<object_type_id>:<kind>` / `_r:<object_type_id>:<kind>` with the id filled in (parsing is lenient, so those arrive as they are). One of: `add_relationship`, `anon_merge`, `attempted_action`, `attempted_email`, `attempted_in_app`, `attempted_push`, `attempted_slack`, `attempted_twilio`, `attempted_webhook`, `attribute_change`, `bounced_action`, `bounced_email`, `bounced_push`, `bounced_twilio`, `clicked_action`, `clicked_content`, `clicked_email`, `clicked_in_app`, `clicked_push`, `clicked_twilio`, `clicked_webhook`, `converted_action`, `converted_content`, `converted_email`, `converted_in_app`, `converted_slack`, `converted_twilio`, `converted_webhook`, `deferred_action`, `deferred_email`, `deferred_in_app`, `deferred_push`, `deferred_slack`, `deferred_twilio`, `deferred_webhook`, `delete_relationship`, `delivered_action`, `delivered_email`, `delivered_push`, `delivered_twilio`, `device_change`, `drafted_action`, `drafted_email`, `drafted_in_app`, `drafted_push`, `drafted_slack`, `drafted_twilio`, `drafted_webhook`, `dropped_action`, `dropped_email`, `dropped_push`, `dropped_twilio`, `dropped_webhook`, `event`, `failed_action`, `failed_attribute_change`, `failed_batch_update`, `failed_email`, `failed_event`, `failed_in_app`, `failed_object_journeys`, `failed_push`, `failed_query_collection`, `failed_slack`, `failed_twilio`, `failed_webhook`, `opened_action`, `opened_email`, `opened_in_app`, `opened_push`, `page`, `profile_create`, `profile_delete`, `profile_merge`, `relationship_attribute_change`, `relationship_failed_attribute_change`, `screen`, `sent_action`, `sent_email`, `sent_in_app`, `sent_push`, `sent_slack`, `sent_twilio`, `sent_webhook`, `skipped_update`, `spammed_email`, `suppressed_twilio`, `topic_unsubscribed_email`, `undeliverable_action`, `undeliverable_email`, `undeliverable_in_app`, `undeliverable_push`, `undeliverable_slack`, `undeliverable_twilio`, `undeliverable_webhook`, `unsubscribed_action`, `unsubscribed_email`, `viewed_content`, `webhook_event`.
        name (str | Unset): The event or screen name, where relevant.
        url (str | Unset): The page URL, for page activities.
        timestamp (int | Unset): When it happened, Unix seconds.
        customer_id (None | str | Unset):
        customer_identifiers (ActivityPerson | Unset): The person an activity belongs to; unset values are null.
        delivery_id (str | Unset): The delivery, for message activities.
        delivery_type (str | Unset): Where the message went, for message activities. One of: `ios`, `android`, `email`, `phone`.
        data (ActivityAttributeChanges | ActivityDeliveryData | Unset): Details: delivery facts for message activities, or one `{from, to}` entry per changed attribute for attribute changes.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    timestamp: int | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    customer_identifiers: ActivityPerson | Unset = UNSET
    delivery_id: str | Unset = UNSET
    delivery_type: str | Unset = UNSET
    data: ActivityAttributeChanges | ActivityDeliveryData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.activity_delivery_data import ActivityDeliveryData  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        name = self.name

        url = self.url

        timestamp = self.timestamp

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_identifiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer_identifiers, Unset):
            customer_identifiers = self.customer_identifiers.to_dict()

        delivery_id = self.delivery_id

        delivery_type = self.delivery_type

        data: dict[str, Any] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ActivityDeliveryData):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if customer_identifiers is not UNSET:
            field_dict["customer_identifiers"] = customer_identifiers
        if delivery_id is not UNSET:
            field_dict["delivery_id"] = delivery_id
        if delivery_type is not UNSET:
            field_dict["delivery_type"] = delivery_type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_attribute_changes import ActivityAttributeChanges  # noqa: PLC0415
        from ..models.activity_delivery_data import ActivityDeliveryData  # noqa: PLC0415
        from ..models.activity_person import ActivityPerson  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        _customer_identifiers = d.pop("customer_identifiers", UNSET)
        customer_identifiers: ActivityPerson | Unset
        if isinstance(_customer_identifiers, Unset) or _customer_identifiers is None:
            customer_identifiers = UNSET
        else:
            customer_identifiers = ActivityPerson.from_dict(
                _customer_identifiers if isinstance(_customer_identifiers, Mapping) else {}
            )

        delivery_id = d.pop("delivery_id", UNSET)

        delivery_type = d.pop("delivery_type", UNSET)

        def _parse_data(data: object) -> ActivityAttributeChanges | ActivityDeliveryData | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ActivityDeliveryData.from_dict(data if isinstance(data, Mapping) else {})

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_1 = ActivityAttributeChanges.from_dict(data if isinstance(data, Mapping) else {})

            return data_type_1

        data = _parse_data(d.pop("data", UNSET))

        activity = cls(
            id=id,
            type_=type_,
            name=name,
            url=url,
            timestamp=timestamp,
            customer_id=customer_id,
            customer_identifiers=customer_identifiers,
            delivery_id=delivery_id,
            delivery_type=delivery_type,
            data=data,
        )

        activity.additional_properties = d
        return activity

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
