from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.archived_message import ArchivedMessage


T = TypeVar("T", bound="ArchivedMessageEnvelope")


@_attrs_define
class ArchivedMessageEnvelope:
    """
    Attributes:
        archived_message (ArchivedMessage | Unset): The stored copy of a delivery as it was sent.
    """

    archived_message: ArchivedMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived_message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.archived_message, Unset):
            archived_message = self.archived_message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if archived_message is not UNSET:
            field_dict["archived_message"] = archived_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.archived_message import ArchivedMessage  # noqa: PLC0415

        d = dict(src_dict)
        _archived_message = d.pop("archived_message", UNSET)
        archived_message: ArchivedMessage | Unset
        if isinstance(_archived_message, Unset) or _archived_message is None:
            archived_message = UNSET
        else:
            archived_message = ArchivedMessage.from_dict(
                _archived_message if isinstance(_archived_message, Mapping) else {}
            )

        archived_message_envelope = cls(
            archived_message=archived_message,
        )

        archived_message_envelope.additional_properties = d
        return archived_message_envelope

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
