from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_subscription_preferences import TrackSubscriptionPreferences


T = TypeVar("T", bound="TrackV2PersonAttributes")


@_attrs_define
class TrackV2PersonAttributes:
    """Attributes to set on the person; any key is a custom attribute.

    Attributes:
        cio_subscription_preferences (TrackSubscriptionPreferences | Unset): The person's subscription topic choices.
        field_update (bool | Unset): True to only update an existing person, never create one.
    """

    cio_subscription_preferences: TrackSubscriptionPreferences | Unset = UNSET
    field_update: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cio_subscription_preferences: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cio_subscription_preferences, Unset):
            cio_subscription_preferences = self.cio_subscription_preferences.to_dict()

        field_update = self.field_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cio_subscription_preferences is not UNSET:
            field_dict["cio_subscription_preferences"] = cio_subscription_preferences
        if field_update is not UNSET:
            field_dict["_update"] = field_update

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_subscription_preferences import TrackSubscriptionPreferences  # noqa: PLC0415

        d = dict(src_dict)
        _cio_subscription_preferences = d.pop("cio_subscription_preferences", UNSET)
        cio_subscription_preferences: TrackSubscriptionPreferences | Unset
        if isinstance(_cio_subscription_preferences, Unset) or _cio_subscription_preferences is None:
            cio_subscription_preferences = UNSET
        else:
            cio_subscription_preferences = TrackSubscriptionPreferences.from_dict(
                _cio_subscription_preferences if isinstance(_cio_subscription_preferences, Mapping) else {}
            )

        field_update = d.pop("_update", UNSET)

        track_v2_person_attributes = cls(
            cio_subscription_preferences=cio_subscription_preferences,
            field_update=field_update,
        )

        track_v2_person_attributes.additional_properties = d
        return track_v2_person_attributes

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
