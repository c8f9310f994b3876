from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.design_studio_email_transformers_accessibility import DesignStudioEmailTransformersAccessibility
    from ..models.design_studio_email_transformers_css_inliner import DesignStudioEmailTransformersCssInliner
    from ..models.design_studio_email_transformers_css_variables import DesignStudioEmailTransformersCssVariables
    from ..models.design_studio_email_transformers_encode_entities import DesignStudioEmailTransformersEncodeEntities
    from ..models.design_studio_email_transformers_formatter import DesignStudioEmailTransformersFormatter
    from ..models.design_studio_email_transformers_prevent_widows import DesignStudioEmailTransformersPreventWidows
    from ..models.design_studio_email_transformers_remove_unused_css import DesignStudioEmailTransformersRemoveUnusedCss
    from ..models.design_studio_email_transformers_url_parameters import DesignStudioEmailTransformersUrlParameters


T = TypeVar("T", bound="DesignStudioEmailTransformers")


@_attrs_define
class DesignStudioEmailTransformers:
    """HTML post-processing settings, each an object with at least `enabled`: `url_parameters`, `css_variables`,
    `css_inliner`, `accessibility`, `formatter` (`type` none, prettify or minify), `prevent_widows`, `encode_entities`,
    `remove_unused_css`.

    Attributes:
        url_parameters (DesignStudioEmailTransformersUrlParameters | Unset): Query parameters appended to links.
        css_variables (DesignStudioEmailTransformersCssVariables | Unset): Resolution of CSS custom properties.
        css_inliner (DesignStudioEmailTransformersCssInliner | Unset): Moving style rules inline.
        accessibility (DesignStudioEmailTransformersAccessibility | Unset): Accessibility fixes (lang, alt text).
        formatter (DesignStudioEmailTransformersFormatter | Unset): Prettify or minify the output.
        prevent_widows (DesignStudioEmailTransformersPreventWidows | Unset):
        encode_entities (DesignStudioEmailTransformersEncodeEntities | Unset):
        remove_unused_css (DesignStudioEmailTransformersRemoveUnusedCss | Unset):
    """

    url_parameters: DesignStudioEmailTransformersUrlParameters | Unset = UNSET
    css_variables: DesignStudioEmailTransformersCssVariables | Unset = UNSET
    css_inliner: DesignStudioEmailTransformersCssInliner | Unset = UNSET
    accessibility: DesignStudioEmailTransformersAccessibility | Unset = UNSET
    formatter: DesignStudioEmailTransformersFormatter | Unset = UNSET
    prevent_widows: DesignStudioEmailTransformersPreventWidows | Unset = UNSET
    encode_entities: DesignStudioEmailTransformersEncodeEntities | Unset = UNSET
    remove_unused_css: DesignStudioEmailTransformersRemoveUnusedCss | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.url_parameters, Unset):
            url_parameters = self.url_parameters.to_dict()

        css_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.css_variables, Unset):
            css_variables = self.css_variables.to_dict()

        css_inliner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.css_inliner, Unset):
            css_inliner = self.css_inliner.to_dict()

        accessibility: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accessibility, Unset):
            accessibility = self.accessibility.to_dict()

        formatter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.formatter, Unset):
            formatter = self.formatter.to_dict()

        prevent_widows: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prevent_widows, Unset):
            prevent_widows = self.prevent_widows.to_dict()

        encode_entities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.encode_entities, Unset):
            encode_entities = self.encode_entities.to_dict()

        remove_unused_css: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remove_unused_css, Unset):
            remove_unused_css = self.remove_unused_css.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url_parameters is not UNSET:
            field_dict["url_parameters"] = url_parameters
        if css_variables is not UNSET:
            field_dict["css_variables"] = css_variables
        if css_inliner is not UNSET:
            field_dict["css_inliner"] = css_inliner
        if accessibility is not UNSET:
            field_dict["accessibility"] = accessibility
        if formatter is not UNSET:
            field_dict["formatter"] = formatter
        if prevent_widows is not UNSET:
            field_dict["prevent_widows"] = prevent_widows
        if encode_entities is not UNSET:
            field_dict["encode_entities"] = encode_entities
        if remove_unused_css is not UNSET:
            field_dict["remove_unused_css"] = remove_unused_css

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.design_studio_email_transformers_accessibility import DesignStudioEmailTransformersAccessibility  # noqa: PLC0415
        from ..models.design_studio_email_transformers_css_inliner import DesignStudioEmailTransformersCssInliner  # noqa: PLC0415
        from ..models.design_studio_email_transformers_css_variables import DesignStudioEmailTransformersCssVariables  # noqa: PLC0415
        from ..models.design_studio_email_transformers_encode_entities import (
            DesignStudioEmailTransformersEncodeEntities,  # noqa: PLC0415
        )
        from ..models.design_studio_email_transformers_formatter import DesignStudioEmailTransformersFormatter  # noqa: PLC0415
        from ..models.design_studio_email_transformers_prevent_widows import DesignStudioEmailTransformersPreventWidows  # noqa: PLC0415
        from ..models.design_studio_email_transformers_remove_unused_css import (
            DesignStudioEmailTransformersRemoveUnusedCss,  # noqa: PLC0415
        )
        from ..models.design_studio_email_transformers_url_parameters import DesignStudioEmailTransformersUrlParameters  # noqa: PLC0415

        d = dict(src_dict)
        _url_parameters = d.pop("url_parameters", UNSET)
        url_parameters: DesignStudioEmailTransformersUrlParameters | Unset
        if isinstance(_url_parameters, Unset) or _url_parameters is None:
            url_parameters = UNSET
        else:
            url_parameters = DesignStudioEmailTransformersUrlParameters.from_dict(
                _url_parameters if isinstance(_url_parameters, Mapping) else {}
            )

        _css_variables = d.pop("css_variables", UNSET)
        css_variables: DesignStudioEmailTransformersCssVariables | Unset
        if isinstance(_css_variables, Unset) or _css_variables is None:
            css_variables = UNSET
        else:
            css_variables = DesignStudioEmailTransformersCssVariables.from_dict(
                _css_variables if isinstance(_css_variables, Mapping) else {}
            )

        _css_inliner = d.pop("css_inliner", UNSET)
        css_inliner: DesignStudioEmailTransformersCssInliner | Unset
        if isinstance(_css_inliner, Unset) or _css_inliner is None:
            css_inliner = UNSET
        else:
            css_inliner = DesignStudioEmailTransformersCssInliner.from_dict(
                _css_inliner if isinstance(_css_inliner, Mapping) else {}
            )

        _accessibility = d.pop("accessibility", UNSET)
        accessibility: DesignStudioEmailTransformersAccessibility | Unset
        if isinstance(_accessibility, Unset) or _accessibility is None:
            accessibility = UNSET
        else:
            accessibility = DesignStudioEmailTransformersAccessibility.from_dict(
                _accessibility if isinstance(_accessibility, Mapping) else {}
            )

        _formatter = d.pop("formatter", UNSET)
        formatter: DesignStudioEmailTransformersFormatter | Unset
        if isinstance(_formatter, Unset) or _formatter is None:
            formatter = UNSET
        else:
            formatter = DesignStudioEmailTransformersFormatter.from_dict(
                _formatter if isinstance(_formatter, Mapping) else {}
            )

        _prevent_widows = d.pop("prevent_widows", UNSET)
        prevent_widows: DesignStudioEmailTransformersPreventWidows | Unset
        if isinstance(_prevent_widows, Unset) or _prevent_widows is None:
            prevent_widows = UNSET
        else:
            prevent_widows = DesignStudioEmailTransformersPreventWidows.from_dict(
                _prevent_widows if isinstance(_prevent_widows, Mapping) else {}
            )

        _encode_entities = d.pop("encode_entities", UNSET)
        encode_entities: DesignStudioEmailTransformersEncodeEntities | Unset
        if isinstance(_encode_entities, Unset) or _encode_entities is None:
            encode_entities = UNSET
        else:
            encode_entities = DesignStudioEmailTransformersEncodeEntities.from_dict(
                _encode_entities if isinstance(_encode_entities, Mapping) else {}
            )

        _remove_unused_css = d.pop("remove_unused_css", UNSET)
        remove_unused_css: DesignStudioEmailTransformersRemoveUnusedCss | Unset
        if isinstance(_remove_unused_css, Unset) or _remove_unused_css is None:
            remove_unused_css = UNSET
        else:
            remove_unused_css = DesignStudioEmailTransformersRemoveUnusedCss.from_dict(
                _remove_unused_css if isinstance(_remove_unused_css, Mapping) else {}
            )

        design_studio_email_transformers = cls(
            url_parameters=url_parameters,
            css_variables=css_variables,
            css_inliner=css_inliner,
            accessibility=accessibility,
            formatter=formatter,
            prevent_widows=prevent_widows,
            encode_entities=encode_entities,
            remove_unused_css=remove_unused_css,
        )

        design_studio_email_transformers.additional_properties = d
        return design_studio_email_transformers

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
