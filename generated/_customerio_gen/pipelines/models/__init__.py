"""The data models used in requests and answers. Rendered by `make generate`; do not edit.

Each model loads on first access (PEP 562), so reading one answer does not import them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipelines_alias_request import PipelinesAliasRequest
    from .pipelines_batch_item import PipelinesBatchItem
    from .pipelines_batch_item_type import PipelinesBatchItemType
    from .pipelines_batch_request import PipelinesBatchRequest
    from .pipelines_common_fields import PipelinesCommonFields
    from .pipelines_context import PipelinesContext
    from .pipelines_context_app import PipelinesContextApp
    from .pipelines_context_campaign import PipelinesContextCampaign
    from .pipelines_context_device import PipelinesContextDevice
    from .pipelines_context_network import PipelinesContextNetwork
    from .pipelines_context_os import PipelinesContextOs
    from .pipelines_context_page import PipelinesContextPage
    from .pipelines_group_request import PipelinesGroupRequest
    from .pipelines_identify_request import PipelinesIdentifyRequest
    from .pipelines_integrations import PipelinesIntegrations
    from .pipelines_library import PipelinesLibrary
    from .pipelines_page_request import PipelinesPageRequest
    from .pipelines_properties import PipelinesProperties
    from .pipelines_response import PipelinesResponse
    from .pipelines_response_meta import PipelinesResponseMeta
    from .pipelines_screen_request import PipelinesScreenRequest
    from .pipelines_track_request import PipelinesTrackRequest

    pass

_MODULES = {
    "PipelinesAliasRequest": ".pipelines_alias_request",
    "PipelinesBatchItem": ".pipelines_batch_item",
    "PipelinesBatchItemType": ".pipelines_batch_item_type",
    "PipelinesBatchRequest": ".pipelines_batch_request",
    "PipelinesCommonFields": ".pipelines_common_fields",
    "PipelinesContext": ".pipelines_context",
    "PipelinesContextApp": ".pipelines_context_app",
    "PipelinesContextCampaign": ".pipelines_context_campaign",
    "PipelinesContextDevice": ".pipelines_context_device",
    "PipelinesContextNetwork": ".pipelines_context_network",
    "PipelinesContextOs": ".pipelines_context_os",
    "PipelinesContextPage": ".pipelines_context_page",
    "PipelinesGroupRequest": ".pipelines_group_request",
    "PipelinesIdentifyRequest": ".pipelines_identify_request",
    "PipelinesIntegrations": ".pipelines_integrations",
    "PipelinesLibrary": ".pipelines_library",
    "PipelinesPageRequest": ".pipelines_page_request",
    "PipelinesProperties": ".pipelines_properties",
    "PipelinesResponse": ".pipelines_response",
    "PipelinesResponseMeta": ".pipelines_response_meta",
    "PipelinesScreenRequest": ".pipelines_screen_request",
    "PipelinesTrackRequest": ".pipelines_track_request",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "PipelinesAliasRequest",
    "PipelinesBatchItem",
    "PipelinesBatchItemType",
    "PipelinesBatchRequest",
    "PipelinesCommonFields",
    "PipelinesContext",
    "PipelinesContextApp",
    "PipelinesContextCampaign",
    "PipelinesContextDevice",
    "PipelinesContextNetwork",
    "PipelinesContextOs",
    "PipelinesContextPage",
    "PipelinesGroupRequest",
    "PipelinesIdentifyRequest",
    "PipelinesIntegrations",
    "PipelinesLibrary",
    "PipelinesPageRequest",
    "PipelinesProperties",
    "PipelinesResponse",
    "PipelinesResponseMeta",
    "PipelinesScreenRequest",
    "PipelinesTrackRequest",
)
