from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_email_content import DesignStudioEmailContent
    from ..models.design_studio_email_envelope import DesignStudioEmailEnvelope
    from ..models.design_studio_email_transformers import DesignStudioEmailTransformers


T = TypeVar("T", bound="DesignStudioEmailTranslationUpdate")


@_attrs_define
class DesignStudioEmailTranslationUpdate:
    """At least one field; omitted fields stay as they are.

    Attributes:
        content (DesignStudioEmailContent | Unset): The parts of an email's message.
        envelope (DesignStudioEmailEnvelope | Unset): Sender, recipient and header settings of an email.
        transformers (DesignStudioEmailTransformers | Unset): HTML post-processing settings, each an object with at least `enabled`: `url_parameters`, `css_variables`, `css_inliner`, `accessibility`, `formatter` (`type` none, prettify or minify), `prevent_widows`, `encode_entities`, `remove_unused_css`.
    """

    content: DesignStudioEmailContent | Unset = UNSET
    envelope: DesignStudioEmailEnvelope | Unset = UNSET
    transformers: DesignStudioEmailTransformers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        envelope: dict[str, Any] | Unset = UNSET
        if not isinstance(self.envelope, Unset):
            envelope = self.envelope.to_dict()

        transformers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transformers, Unset):
            transformers = self.transformers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if envelope is not UNSET:
            field_dict["envelope"] = envelope
        if transformers is not UNSET:
            field_dict["transformers"] = transformers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_studio_email_content import DesignStudioEmailContent  # noqa: PLC0415
        from ..models.design_studio_email_envelope import DesignStudioEmailEnvelope  # noqa: PLC0415
        from ..models.design_studio_email_transformers import DesignStudioEmailTransformers  # noqa: PLC0415

        d = dict(src_dict)
        _content = d.pop("content", UNSET)
        content: DesignStudioEmailContent | Unset
        if isinstance(_content, Unset) or _content is None:
            content = UNSET
        else:
            content = DesignStudioEmailContent.from_dict(_content if isinstance(_content, Mapping) else {})

        _envelope = d.pop("envelope", UNSET)
        envelope: DesignStudioEmailEnvelope | Unset
        if isinstance(_envelope, Unset) or _envelope is None:
            envelope = UNSET
        else:
            envelope = DesignStudioEmailEnvelope.from_dict(_envelope if isinstance(_envelope, Mapping) else {})

        _transformers = d.pop("transformers", UNSET)
        transformers: DesignStudioEmailTransformers | Unset
        if isinstance(_transformers, Unset) or _transformers is None:
            transformers = UNSET
        else:
            transformers = DesignStudioEmailTransformers.from_dict(
                _transformers if isinstance(_transformers, Mapping) else {}
            )

        design_studio_email_translation_update = cls(
            content=content,
            envelope=envelope,
            transformers=transformers,
        )

        design_studio_email_translation_update.additional_properties = d
        return design_studio_email_translation_update

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
