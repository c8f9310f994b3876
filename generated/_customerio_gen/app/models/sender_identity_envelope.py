from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sender_identity import SenderIdentity


T = TypeVar("T", bound="SenderIdentityEnvelope")


@_attrs_define
class SenderIdentityEnvelope:
    """
    Attributes:
        sender_identity (SenderIdentity | Unset): A sender messages can be sent from.
    """

    sender_identity: SenderIdentity | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender_identity, Unset):
            sender_identity = self.sender_identity.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_identity is not UNSET:
            field_dict["sender_identity"] = sender_identity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sender_identity import SenderIdentity  # noqa: PLC0415

        d = dict(src_dict)
        _sender_identity = d.pop("sender_identity", UNSET)
        sender_identity: SenderIdentity | Unset
        if isinstance(_sender_identity, Unset) or _sender_identity is None:
            sender_identity = UNSET
        else:
            sender_identity = SenderIdentity.from_dict(
                _sender_identity if isinstance(_sender_identity, Mapping) else {}
            )

        sender_identity_envelope = cls(
            sender_identity=sender_identity,
        )

        sender_identity_envelope.additional_properties = d
        return sender_identity_envelope

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
