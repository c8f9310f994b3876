from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.import_input import ImportInput


T = TypeVar("T", bound="CreateImportBody")


@_attrs_define
class CreateImportBody:
    """
    Attributes:
        import_ (ImportInput): The parameters of a new import.
    """

    import_: ImportInput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_ = self.import_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "import": import_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_input import ImportInput  # noqa: PLC0415

        d = dict(src_dict)
        import_ = ImportInput.from_dict(d.pop("import") if isinstance(d.pop("import"), Mapping) else {})

        create_import_body = cls(
            import_=import_,
        )

        create_import_body.additional_properties = d
        return create_import_body

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
