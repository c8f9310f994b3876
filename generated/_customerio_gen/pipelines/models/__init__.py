"""Contains all the data models used in inputs/outputs"""

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
