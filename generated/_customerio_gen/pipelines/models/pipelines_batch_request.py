from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipelines_batch_item import PipelinesBatchItem
    from ..models.pipelines_context import PipelinesContext
    from ..models.pipelines_integrations import PipelinesIntegrations


T = TypeVar("T", bound="PipelinesBatchRequest")


@_attrs_define
class PipelinesBatchRequest:
    """
    Attributes:
        batch (list[PipelinesBatchItem]):
        context (PipelinesContext | Unset): What surrounds the call. Keys given per call win over the client's `default_context` (a shallow merge); `library` names this SDK unless the call sets it.
        integrations (PipelinesIntegrations | Unset): Destination names mapped to true (on) or false (off); `All` sets the default for the others.
    """

    batch: list[PipelinesBatchItem]
    context: PipelinesContext | Unset = UNSET
    integrations: PipelinesIntegrations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch = []
        for batch_item_data in self.batch:
            batch_item = batch_item_data.to_dict()
            batch.append(batch_item)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        integrations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.integrations, Unset):
            integrations = self.integrations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch": batch,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context
        if integrations is not UNSET:
            field_dict["integrations"] = integrations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipelines_batch_item import PipelinesBatchItem  # noqa: PLC0415
        from ..models.pipelines_context import PipelinesContext  # noqa: PLC0415
        from ..models.pipelines_integrations import PipelinesIntegrations  # noqa: PLC0415

        d = dict(src_dict)
        batch = []
        _batch = d.pop("batch")
        for batch_item_data in _batch:
            batch_item = PipelinesBatchItem.from_dict(batch_item_data if isinstance(batch_item_data, Mapping) else {})

            batch.append(batch_item)

        _context = d.pop("context", UNSET)
        context: PipelinesContext | Unset
        if isinstance(_context, Unset) or _context is None:
            context = UNSET
        else:
            context = PipelinesContext.from_dict(_context if isinstance(_context, Mapping) else {})

        _integrations = d.pop("integrations", UNSET)
        integrations: PipelinesIntegrations | Unset
        if isinstance(_integrations, Unset) or _integrations is None:
            integrations = UNSET
        else:
            integrations = PipelinesIntegrations.from_dict(_integrations if isinstance(_integrations, Mapping) else {})

        pipelines_batch_request = cls(
            batch=batch,
            context=context,
            integrations=integrations,
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
