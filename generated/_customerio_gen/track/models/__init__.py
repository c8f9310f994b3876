"""The data models used in requests and answers. Rendered by `make generate`; do not edit.

Each model loads on first access (PEP 562), so reading one answer does not import them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_customers_to_segment_response_200 import AddCustomersToSegmentResponse200
    from .add_device_response_200 import AddDeviceResponse200
    from .batch_body import BatchBody
    from .delete_device_response_200 import DeleteDeviceResponse200
    from .destroy_response_200 import DestroyResponse200
    from .entity_response_200 import EntityResponse200
    from .identifier_type import IdentifierType
    from .identify_response_200 import IdentifyResponse200
    from .merge_customers_response_200 import MergeCustomersResponse200
    from .remove_customers_from_segment_response_200 import RemoveCustomersFromSegmentResponse200
    from .report_metric_response_200 import ReportMetricResponse200
    from .submit_form_body import SubmitFormBody
    from .submit_form_body_data import SubmitFormBodyData
    from .submit_form_response_200 import SubmitFormResponse200
    from .suppress_response_200 import SuppressResponse200
    from .track_account_region import TrackAccountRegion
    from .track_anonymous_response_200 import TrackAnonymousResponse200
    from .track_attributes import TrackAttributes
    from .track_batch_error import TrackBatchError
    from .track_batch_result import TrackBatchResult
    from .track_device_request import TrackDeviceRequest
    from .track_device_request_device import TrackDeviceRequestDevice
    from .track_device_request_device_attributes import TrackDeviceRequestDeviceAttributes
    from .track_device_request_device_platform import TrackDeviceRequestDevicePlatform
    from .track_entity_operation import TrackEntityOperation
    from .track_entity_operation_attributes import TrackEntityOperationAttributes
    from .track_entity_operation_cio_relationships_item import TrackEntityOperationCioRelationshipsItem
    from .track_entity_operation_identifiers import TrackEntityOperationIdentifiers
    from .track_entity_operation_type import TrackEntityOperationType
    from .track_event import TrackEvent
    from .track_event_data import TrackEventData
    from .track_merge_request import TrackMergeRequest
    from .track_merge_request_primary import TrackMergeRequestPrimary
    from .track_merge_request_secondary import TrackMergeRequestSecondary
    from .track_metric import TrackMetric
    from .track_metric_metric import TrackMetricMetric
    from .track_push_metric import TrackPushMetric
    from .track_push_metric_event import TrackPushMetricEvent
    from .track_push_response_200 import TrackPushResponse200
    from .track_response_200 import TrackResponse200
    from .track_segment_members import TrackSegmentMembers
    from .unsubscribe_body import UnsubscribeBody
    from .unsubscribe_response_200 import UnsubscribeResponse200
    from .unsuppress_response_200 import UnsuppressResponse200

    pass

_MODULES = {
    "AddCustomersToSegmentResponse200": ".add_customers_to_segment_response_200",
    "AddDeviceResponse200": ".add_device_response_200",
    "BatchBody": ".batch_body",
    "DeleteDeviceResponse200": ".delete_device_response_200",
    "DestroyResponse200": ".destroy_response_200",
    "EntityResponse200": ".entity_response_200",
    "IdentifierType": ".identifier_type",
    "IdentifyResponse200": ".identify_response_200",
    "MergeCustomersResponse200": ".merge_customers_response_200",
    "RemoveCustomersFromSegmentResponse200": ".remove_customers_from_segment_response_200",
    "ReportMetricResponse200": ".report_metric_response_200",
    "SubmitFormBody": ".submit_form_body",
    "SubmitFormBodyData": ".submit_form_body_data",
    "SubmitFormResponse200": ".submit_form_response_200",
    "SuppressResponse200": ".suppress_response_200",
    "TrackAccountRegion": ".track_account_region",
    "TrackAnonymousResponse200": ".track_anonymous_response_200",
    "TrackAttributes": ".track_attributes",
    "TrackBatchError": ".track_batch_error",
    "TrackBatchResult": ".track_batch_result",
    "TrackDeviceRequest": ".track_device_request",
    "TrackDeviceRequestDevice": ".track_device_request_device",
    "TrackDeviceRequestDeviceAttributes": ".track_device_request_device_attributes",
    "TrackDeviceRequestDevicePlatform": ".track_device_request_device_platform",
    "TrackEntityOperation": ".track_entity_operation",
    "TrackEntityOperationAttributes": ".track_entity_operation_attributes",
    "TrackEntityOperationCioRelationshipsItem": ".track_entity_operation_cio_relationships_item",
    "TrackEntityOperationIdentifiers": ".track_entity_operation_identifiers",
    "TrackEntityOperationType": ".track_entity_operation_type",
    "TrackEvent": ".track_event",
    "TrackEventData": ".track_event_data",
    "TrackMergeRequest": ".track_merge_request",
    "TrackMergeRequestPrimary": ".track_merge_request_primary",
    "TrackMergeRequestSecondary": ".track_merge_request_secondary",
    "TrackMetric": ".track_metric",
    "TrackMetricMetric": ".track_metric_metric",
    "TrackPushMetric": ".track_push_metric",
    "TrackPushMetricEvent": ".track_push_metric_event",
    "TrackPushResponse200": ".track_push_response_200",
    "TrackResponse200": ".track_response_200",
    "TrackSegmentMembers": ".track_segment_members",
    "UnsubscribeBody": ".unsubscribe_body",
    "UnsubscribeResponse200": ".unsubscribe_response_200",
    "UnsuppressResponse200": ".unsuppress_response_200",
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
    "AddCustomersToSegmentResponse200",
    "AddDeviceResponse200",
    "BatchBody",
    "DeleteDeviceResponse200",
    "DestroyResponse200",
    "EntityResponse200",
    "IdentifierType",
    "IdentifyResponse200",
    "MergeCustomersResponse200",
    "RemoveCustomersFromSegmentResponse200",
    "ReportMetricResponse200",
    "SubmitFormBody",
    "SubmitFormBodyData",
    "SubmitFormResponse200",
    "SuppressResponse200",
    "TrackAccountRegion",
    "TrackAnonymousResponse200",
    "TrackAttributes",
    "TrackBatchError",
    "TrackBatchResult",
    "TrackDeviceRequest",
    "TrackDeviceRequestDevice",
    "TrackDeviceRequestDeviceAttributes",
    "TrackDeviceRequestDevicePlatform",
    "TrackEntityOperation",
    "TrackEntityOperationAttributes",
    "TrackEntityOperationCioRelationshipsItem",
    "TrackEntityOperationIdentifiers",
    "TrackEntityOperationType",
    "TrackEvent",
    "TrackEventData",
    "TrackMergeRequest",
    "TrackMergeRequestPrimary",
    "TrackMergeRequestSecondary",
    "TrackMetric",
    "TrackMetricMetric",
    "TrackPushMetric",
    "TrackPushMetricEvent",
    "TrackPushResponse200",
    "TrackResponse200",
    "TrackSegmentMembers",
    "UnsubscribeBody",
    "UnsubscribeResponse200",
    "UnsuppressResponse200",
)
