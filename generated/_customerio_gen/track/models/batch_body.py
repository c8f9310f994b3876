from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_entity_operation import TrackEntityOperation


T = TypeVar("T", bound="BatchBody")


@_attrs_define
class BatchBody:
    """
    Attributes:
        batch (list[TrackEntityOperation] | Unset):
    """

    batch: list[TrackEntityOperation] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batch, Unset):
            batch = []
            for batch_item_data in self.batch:
                batch_item = batch_item_data.to_dict()
                batch.append(batch_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch is not UNSET:
            field_dict["batch"] = batch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_entity_operation import TrackEntityOperation  # noqa: PLC0415

        d = dict(src_dict)
        _batch = d.pop("batch", UNSET)
        batch: list[TrackEntityOperation] | Unset = UNSET
        if isinstance(_batch, list):
            batch = []
            for batch_item_data in _batch:
                batch_item = TrackEntityOperation.from_dict(
                    batch_item_data if isinstance(batch_item_data, Mapping) else {}
                )

                batch.append(batch_item)

        batch_body = cls(
            batch=batch,
        )

        batch_body.additional_properties = d
        return batch_body

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
