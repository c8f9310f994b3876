from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_ import Import


T = TypeVar("T", bound="ImportEnvelope")


@_attrs_define
class ImportEnvelope:
    """
    Attributes:
        import_ (Import | Unset): A bulk CSV import.
    """

    import_: Import | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.import_, Unset):
            import_ = self.import_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_ is not UNSET:
            field_dict["import"] = import_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_ import Import  # noqa: PLC0415

        d = dict(src_dict)
        _import_ = d.pop("import", UNSET)
        import_: Import | Unset
        if isinstance(_import_, Unset) or _import_ is None:
            import_ = UNSET
        else:
            import_ = Import.from_dict(_import_ if isinstance(_import_, Mapping) else {})

        import_envelope = cls(
            import_=import_,
        )

        import_envelope.additional_properties = d
        return import_envelope

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
