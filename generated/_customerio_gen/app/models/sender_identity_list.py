from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sender_identity import SenderIdentity


T = TypeVar("T", bound="SenderIdentityList")


@_attrs_define
class SenderIdentityList:
    """
    Attributes:
        sender_identities (list[SenderIdentity] | Unset):
        next_ (str | Unset): Cursor for the next page; empty on the last page.
    """

    sender_identities: list[SenderIdentity] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sender_identities, Unset):
            sender_identities = []
            for sender_identities_item_data in self.sender_identities:
                sender_identities_item = sender_identities_item_data.to_dict()
                sender_identities.append(sender_identities_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_identities is not UNSET:
            field_dict["sender_identities"] = sender_identities
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sender_identity import SenderIdentity  # noqa: PLC0415

        d = dict(src_dict)
        _sender_identities = d.pop("sender_identities", UNSET)
        sender_identities: list[SenderIdentity] | Unset = UNSET
        if isinstance(_sender_identities, list):
            sender_identities = []
            for sender_identities_item_data in _sender_identities:
                sender_identities_item = SenderIdentity.from_dict(
                    sender_identities_item_data if isinstance(sender_identities_item_data, Mapping) else {}
                )

                sender_identities.append(sender_identities_item)

        next_ = d.pop("next", UNSET)

        sender_identity_list = cls(
            sender_identities=sender_identities,
            next_=next_,
        )

        sender_identity_list.additional_properties = d
        return sender_identity_list

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
