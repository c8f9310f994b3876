from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipelines_response_meta import PipelinesResponseMeta


T = TypeVar("T", bound="PipelinesResponse")


@_attrs_define
class PipelinesResponse:
    """The answer to an accepted call, normally an empty object. Unknown fields are kept.

    Attributes:
        meta (PipelinesResponseMeta | Unset): Problems the API reports about a call, in the shape of its error answers; not expected on a 2xx, modelled so that one is read rather than lost.
    """

    meta: PipelinesResponseMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipelines_response_meta import PipelinesResponseMeta  # noqa: PLC0415

        d = dict(src_dict)
        _meta = d.pop("meta", UNSET)
        meta: PipelinesResponseMeta | Unset
        if isinstance(_meta, Unset) or _meta is None:
            meta = UNSET
        else:
            meta = PipelinesResponseMeta.from_dict(_meta if isinstance(_meta, Mapping) else {})

        pipelines_response = cls(
            meta=meta,
        )

        pipelines_response.additional_properties = d
        return pipelines_response

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
