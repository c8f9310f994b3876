from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_relationship_change import TrackRelationshipChange
    from ..models.track_subscription_preferences import TrackSubscriptionPreferences


T = TypeVar("T", bound="TrackAttributes")


@_attrs_define
class TrackAttributes:
    """A person's attributes. Any other key is stored as a custom attribute; the keys below mean something to Customer.io.

    Attributes:
        id (int | str | Unset): A string or integer identifier.
        email (str | Unset): The person's email address.
        anonymous_id (str | Unset): An anonymous id to attribute earlier anonymous events to this person.
        created_at (int | Unset): When the person signed up
        field_timestamp (int | Unset): When this update happened (Unix seconds); orders updates sent close together.
        field_update (bool | Unset): True to only update an existing person: nobody is created when the identifier is unknown (the change is logged as failed instead).
        cio_relationships (TrackRelationshipChange | Unset): Relationships to objects to add to or remove from the person with this update.
        unsubscribed (bool | Unset): True unsubscribes the person from every message; false or absent leaves it to their topic preferences.
        cio_subscription_preferences (TrackSubscriptionPreferences | Unset): The person's subscription topic choices.
    """

    id: int | str | Unset = UNSET
    email: str | Unset = UNSET
    anonymous_id: str | Unset = UNSET
    created_at: int | Unset = UNSET
    field_timestamp: int | Unset = UNSET
    field_update: bool | Unset = UNSET
    cio_relationships: TrackRelationshipChange | Unset = UNSET
    unsubscribed: bool | Unset = UNSET
    cio_subscription_preferences: TrackSubscriptionPreferences | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email = self.email

        anonymous_id = self.anonymous_id

        created_at = self.created_at

        field_timestamp = self.field_timestamp

        field_update = self.field_update

        cio_relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio_relationships, Unset):
            cio_relationships = self.cio_relationships.to_dict()

        unsubscribed = self.unsubscribed

        cio_subscription_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio_subscription_preferences, Unset):
            cio_subscription_preferences = self.cio_subscription_preferences.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if anonymous_id is not UNSET:
            field_dict["anonymous_id"] = anonymous_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if field_timestamp is not UNSET:
            field_dict["_timestamp"] = field_timestamp
        if field_update is not UNSET:
            field_dict["_update"] = field_update
        if cio_relationships is not UNSET:
            field_dict["cio_relationships"] = cio_relationships
        if unsubscribed is not UNSET:
            field_dict["unsubscribed"] = unsubscribed
        if cio_subscription_preferences is not UNSET:
            field_dict["cio_subscription_preferences"] = cio_subscription_preferences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_relationship_change import TrackRelationshipChange  # noqa: PLC0415
        from ..models.track_subscription_preferences import TrackSubscriptionPreferences  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        email = d.pop("email", UNSET)

        anonymous_id = d.pop("anonymous_id", UNSET)

        created_at = d.pop("created_at", UNSET)

        field_timestamp = d.pop("_timestamp", UNSET)

        field_update = d.pop("_update", UNSET)

        _cio_relationships = d.pop("cio_relationships", UNSET)
        cio_relationships: TrackRelationshipChange | Unset
        if isinstance(_cio_relationships, Unset) or _cio_relationships is None:
            cio_relationships = UNSET
        else:
            cio_relationships = TrackRelationshipChange.from_dict(
                _cio_relationships if isinstance(_cio_relationships, Mapping) else {}
            )

        unsubscribed = d.pop("unsubscribed", UNSET)

        _cio_subscription_preferences = d.pop("cio_subscription_preferences", UNSET)
        cio_subscription_preferences: TrackSubscriptionPreferences | Unset
        if isinstance(_cio_subscription_preferences, Unset) or _cio_subscription_preferences is None:
            cio_subscription_preferences = UNSET
        else:
            cio_subscription_preferences = TrackSubscriptionPreferences.from_dict(
                _cio_subscription_preferences if isinstance(_cio_subscription_preferences, Mapping) else {}
            )

        track_attributes = cls(
            id=id,
            email=email,
            anonymous_id=anonymous_id,
            created_at=created_at,
            field_timestamp=field_timestamp,
            field_update=field_update,
            cio_relationships=cio_relationships,
            unsubscribed=unsubscribed,
            cio_subscription_preferences=cio_subscription_preferences,
        )

        track_attributes.additional_properties = d
        return track_attributes

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
