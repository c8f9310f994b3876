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
    from .pipelines_context_channel import PipelinesContextChannel
    from .pipelines_context_device import PipelinesContextDevice
    from .pipelines_context_device_type import PipelinesContextDeviceType
    from .pipelines_context_network import PipelinesContextNetwork
    from .pipelines_context_os import PipelinesContextOs
    from .pipelines_context_page import PipelinesContextPage
    from .pipelines_event_name_type_0 import PipelinesEventNameType0
    from .pipelines_group_request import PipelinesGroupRequest
    from .pipelines_group_request_type import PipelinesGroupRequestType
    from .pipelines_group_traits import PipelinesGroupTraits
    from .pipelines_group_traits_relationship_attributes import PipelinesGroupTraitsRelationshipAttributes
    from .pipelines_identify_request import PipelinesIdentifyRequest
    from .pipelines_identify_request_type import PipelinesIdentifyRequestType
    from .pipelines_identify_traits import PipelinesIdentifyTraits
    from .pipelines_integrations import PipelinesIntegrations
    from .pipelines_library import PipelinesLibrary
    from .pipelines_page_properties import PipelinesPageProperties
    from .pipelines_page_request import PipelinesPageRequest
    from .pipelines_page_request_type import PipelinesPageRequestType
    from .pipelines_properties import PipelinesProperties
    from .pipelines_response import PipelinesResponse
    from .pipelines_response_meta import PipelinesResponseMeta
    from .pipelines_screen_request import PipelinesScreenRequest
    from .pipelines_screen_request_type import PipelinesScreenRequestType
    from .pipelines_subscription_preferences import PipelinesSubscriptionPreferences
    from .pipelines_subscription_preferences_channels import PipelinesSubscriptionPreferencesChannels
    from .pipelines_subscription_preferences_topics import PipelinesSubscriptionPreferencesTopics
    from .pipelines_track_properties import PipelinesTrackProperties
    from .pipelines_track_properties_action_type import PipelinesTrackPropertiesActionType
    from .pipelines_track_properties_metric import PipelinesTrackPropertiesMetric
    from .pipelines_track_request import PipelinesTrackRequest
    from .pipelines_track_request_type import PipelinesTrackRequestType

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
    "PipelinesContextChannel": ".pipelines_context_channel",
    "PipelinesContextDevice": ".pipelines_context_device",
    "PipelinesContextDeviceType": ".pipelines_context_device_type",
    "PipelinesContextNetwork": ".pipelines_context_network",
    "PipelinesContextOs": ".pipelines_context_os",
    "PipelinesContextPage": ".pipelines_context_page",
    "PipelinesEventNameType0": ".pipelines_event_name_type_0",
    "PipelinesGroupRequest": ".pipelines_group_request",
    "PipelinesGroupRequestType": ".pipelines_group_request_type",
    "PipelinesGroupTraits": ".pipelines_group_traits",
    "PipelinesGroupTraitsRelationshipAttributes": ".pipelines_group_traits_relationship_attributes",
    "PipelinesIdentifyRequest": ".pipelines_identify_request",
    "PipelinesIdentifyRequestType": ".pipelines_identify_request_type",
    "PipelinesIdentifyTraits": ".pipelines_identify_traits",
    "PipelinesIntegrations": ".pipelines_integrations",
    "PipelinesLibrary": ".pipelines_library",
    "PipelinesPageProperties": ".pipelines_page_properties",
    "PipelinesPageRequest": ".pipelines_page_request",
    "PipelinesPageRequestType": ".pipelines_page_request_type",
    "PipelinesProperties": ".pipelines_properties",
    "PipelinesResponse": ".pipelines_response",
    "PipelinesResponseMeta": ".pipelines_response_meta",
    "PipelinesScreenRequest": ".pipelines_screen_request",
    "PipelinesScreenRequestType": ".pipelines_screen_request_type",
    "PipelinesSubscriptionPreferences": ".pipelines_subscription_preferences",
    "PipelinesSubscriptionPreferencesChannels": ".pipelines_subscription_preferences_channels",
    "PipelinesSubscriptionPreferencesTopics": ".pipelines_subscription_preferences_topics",
    "PipelinesTrackProperties": ".pipelines_track_properties",
    "PipelinesTrackPropertiesActionType": ".pipelines_track_properties_action_type",
    "PipelinesTrackPropertiesMetric": ".pipelines_track_properties_metric",
    "PipelinesTrackRequest": ".pipelines_track_request",
    "PipelinesTrackRequestType": ".pipelines_track_request_type",
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
    "PipelinesContextChannel",
    "PipelinesContextDevice",
    "PipelinesContextDeviceType",
    "PipelinesContextNetwork",
    "PipelinesContextOs",
    "PipelinesContextPage",
    "PipelinesEventNameType0",
    "PipelinesGroupRequest",
    "PipelinesGroupRequestType",
    "PipelinesGroupTraits",
    "PipelinesGroupTraitsRelationshipAttributes",
    "PipelinesIdentifyRequest",
    "PipelinesIdentifyRequestType",
    "PipelinesIdentifyTraits",
    "PipelinesIntegrations",
    "PipelinesLibrary",
    "PipelinesPageProperties",
    "PipelinesPageRequest",
    "PipelinesPageRequestType",
    "PipelinesProperties",
    "PipelinesResponse",
    "PipelinesResponseMeta",
    "PipelinesScreenRequest",
    "PipelinesScreenRequestType",
    "PipelinesSubscriptionPreferences",
    "PipelinesSubscriptionPreferencesChannels",
    "PipelinesSubscriptionPreferencesTopics",
    "PipelinesTrackProperties",
    "PipelinesTrackPropertiesActionType",
    "PipelinesTrackPropertiesMetric",
    "PipelinesTrackRequest",
    "PipelinesTrackRequestType",
)
