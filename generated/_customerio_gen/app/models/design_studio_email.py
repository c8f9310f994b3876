from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_email_content import DesignStudioEmailContent
    from ..models.design_studio_email_envelope import DesignStudioEmailEnvelope
    from ..models.design_studio_email_transformers import DesignStudioEmailTransformers


T = TypeVar("T", bound="DesignStudioEmail")


@_attrs_define
class DesignStudioEmail:
    """A Design Studio email (its default language).

    Attributes:
        id (str | Unset): The email's UUID.
        name (str | Unset):
        is_template (bool | Unset):
        is_linked (bool | Unset): Whether a workflow uses the email.
        parent_folder_id (str | Unset): The parent folder's UUID; null at the root.
        available_languages (list[str] | Unset): Language codes the email has translations for.
        created (int | Unset): Creation time, Unix seconds.
        updated (int | Unset): Last update, Unix seconds.
        content (DesignStudioEmailContent | Unset): The parts of an email's message.
        envelope (DesignStudioEmailEnvelope | Unset): Sender, recipient and header settings of an email.
        transformers (DesignStudioEmailTransformers | Unset): HTML post-processing settings, each an object with at least `enabled`: `url_parameters`, `css_variables`, `css_inliner`, `accessibility`, `formatter` (`type` none, prettify or minify), `prevent_widows`, `encode_entities`, `remove_unused_css`.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    is_template: bool | Unset = UNSET
    is_linked: bool | Unset = UNSET
    parent_folder_id: str | Unset = UNSET
    available_languages: list[str] | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    content: DesignStudioEmailContent | Unset = UNSET
    envelope: DesignStudioEmailEnvelope | Unset = UNSET
    transformers: DesignStudioEmailTransformers | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_template = self.is_template

        is_linked = self.is_linked

        parent_folder_id = self.parent_folder_id

        available_languages: list[str] | Unset = UNSET
        if not isinstance(self.available_languages, Unset):
            available_languages = self.available_languages

        created = self.created

        updated = self.updated

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
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if is_template is not UNSET:
            field_dict["is_template"] = is_template
        if is_linked is not UNSET:
            field_dict["is_linked"] = is_linked
        if parent_folder_id is not UNSET:
            field_dict["parent_folder_id"] = parent_folder_id
        if available_languages is not UNSET:
            field_dict["available_languages"] = available_languages
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
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
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        is_template = d.pop("is_template", UNSET)

        is_linked = d.pop("is_linked", UNSET)

        parent_folder_id = d.pop("parent_folder_id", UNSET)

        available_languages = cast(list[str], d.pop("available_languages", UNSET))

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

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

        design_studio_email = cls(
            id=id,
            name=name,
            is_template=is_template,
            is_linked=is_linked,
            parent_folder_id=parent_folder_id,
            available_languages=available_languages,
            created=created,
            updated=updated,
            content=content,
            envelope=envelope,
            transformers=transformers,
        )

        design_studio_email.additional_properties = d
        return design_studio_email

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
