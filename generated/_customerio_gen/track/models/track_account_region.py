from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrackAccountRegion")


@_attrs_define
class TrackAccountRegion:
    """Where the account's data lives.

    Attributes:
        url (str | Unset): The Track API host to send this account's calls to. One of: `https://track.customer.io`, `https://track-eu.customer.io`.
        region (str | Unset): The region; for `eu`, every API host takes the `-eu` suffix. One of: `us`, `eu`.
        environment_id (int | Unset): The workspace the credentials belong to.
    """

    url: str | Unset = UNSET
    region: str | Unset = UNSET
    environment_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        region = self.region

        environment_id = self.environment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if region is not UNSET:
            field_dict["region"] = region
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        region = d.pop("region", UNSET)

        environment_id = d.pop("environment_id", UNSET)

        track_account_region = cls(
            url=url,
            region=region,
            environment_id=environment_id,
        )

        track_account_region.additional_properties = d
        return track_account_region

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
