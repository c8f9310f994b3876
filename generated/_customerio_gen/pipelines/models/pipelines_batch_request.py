from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pipelines_batch_item import PipelinesBatchItem


T = TypeVar("T", bound="PipelinesBatchRequest")


@_attrs_define
class PipelinesBatchRequest:
    """
    Attributes:
        batch (list[PipelinesBatchItem]):
    """

    batch: list[PipelinesBatchItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch = []
        for batch_item_data in self.batch:
            batch_item = batch_item_data.to_dict()
            batch.append(batch_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch": batch,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipelines_batch_item import PipelinesBatchItem  # noqa: PLC0415

        d = dict(src_dict)
        batch = []
        _batch = d.pop("batch")
        for batch_item_data in _batch:
            batch_item = PipelinesBatchItem.from_dict(batch_item_data if isinstance(batch_item_data, Mapping) else {})

            batch.append(batch_item)

        pipelines_batch_request = cls(
            batch=batch,
        )

        pipelines_batch_request.additional_properties = d
        return pipelines_batch_request

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
