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
    from .submit_form_response_200 import SubmitFormResponse200
    from .suppress_response_200 import SuppressResponse200
    from .track_account_region import TrackAccountRegion
    from .track_anonymous_response_200 import TrackAnonymousResponse200
    from .track_attributes import TrackAttributes
    from .track_batch_error import TrackBatchError
    from .track_batch_result import TrackBatchResult
    from .track_device_attributes import TrackDeviceAttributes
    from .track_device_attributes_push_enabled import TrackDeviceAttributesPushEnabled
    from .track_device_request import TrackDeviceRequest
    from .track_device_request_device import TrackDeviceRequestDevice
    from .track_device_request_device_platform import TrackDeviceRequestDevicePlatform
    from .track_event import TrackEvent
    from .track_event_data import TrackEventData
    from .track_event_type import TrackEventType
    from .track_form_submission import TrackFormSubmission
    from .track_form_submission_data import TrackFormSubmissionData
    from .track_merge_identifier import TrackMergeIdentifier
    from .track_merge_request import TrackMergeRequest
    from .track_metric import TrackMetric
    from .track_metric_metric import TrackMetricMetric
    from .track_object_identifiers import TrackObjectIdentifiers
    from .track_object_relationship import TrackObjectRelationship
    from .track_object_relationship_relationship_attributes import TrackObjectRelationshipRelationshipAttributes
    from .track_person_identifiers import TrackPersonIdentifiers
    from .track_person_relationship import TrackPersonRelationship
    from .track_person_relationship_identifiers import TrackPersonRelationshipIdentifiers
    from .track_person_relationship_relationship_attributes import TrackPersonRelationshipRelationshipAttributes
    from .track_push_metric import TrackPushMetric
    from .track_push_metric_event import TrackPushMetricEvent
    from .track_push_response_200 import TrackPushResponse200
    from .track_relationship_change import TrackRelationshipChange
    from .track_relationship_change_action import TrackRelationshipChangeAction
    from .track_response_200 import TrackResponse200
    from .track_segment_members import TrackSegmentMembers
    from .track_subscription_preferences import TrackSubscriptionPreferences
    from .track_subscription_preferences_topics import TrackSubscriptionPreferencesTopics
    from .track_v2_delivery_event import TrackV2DeliveryEvent
    from .track_v2_delivery_event_action import TrackV2DeliveryEventAction
    from .track_v2_delivery_event_attributes import TrackV2DeliveryEventAttributes
    from .track_v2_delivery_event_identifiers import TrackV2DeliveryEventIdentifiers
    from .track_v2_delivery_event_name import TrackV2DeliveryEventName
    from .track_v2_delivery_event_type import TrackV2DeliveryEventType
    from .track_v2_device import TrackV2Device
    from .track_v2_device_platform import TrackV2DevicePlatform
    from .track_v2_object_add_relationships import TrackV2ObjectAddRelationships
    from .track_v2_object_add_relationships_action import TrackV2ObjectAddRelationshipsAction
    from .track_v2_object_add_relationships_type import TrackV2ObjectAddRelationshipsType
    from .track_v2_object_delete import TrackV2ObjectDelete
    from .track_v2_object_delete_action import TrackV2ObjectDeleteAction
    from .track_v2_object_delete_relationships import TrackV2ObjectDeleteRelationships
    from .track_v2_object_delete_relationships_action import TrackV2ObjectDeleteRelationshipsAction
    from .track_v2_object_delete_relationships_type import TrackV2ObjectDeleteRelationshipsType
    from .track_v2_object_delete_type import TrackV2ObjectDeleteType
    from .track_v2_object_identify import TrackV2ObjectIdentify
    from .track_v2_object_identify_action import TrackV2ObjectIdentifyAction
    from .track_v2_object_identify_anonymous import TrackV2ObjectIdentifyAnonymous
    from .track_v2_object_identify_anonymous_action import TrackV2ObjectIdentifyAnonymousAction
    from .track_v2_object_identify_anonymous_attributes import TrackV2ObjectIdentifyAnonymousAttributes
    from .track_v2_object_identify_anonymous_cio_relationships_item import (
        TrackV2ObjectIdentifyAnonymousCioRelationshipsItem,
    )
    from .track_v2_object_identify_anonymous_cio_relationships_item_identifiers import (
        TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiers,
    )
    from .track_v2_object_identify_anonymous_cio_relationships_item_relationship_attributes import (
        TrackV2ObjectIdentifyAnonymousCioRelationshipsItemRelationshipAttributes,
    )
    from .track_v2_object_identify_anonymous_type import TrackV2ObjectIdentifyAnonymousType
    from .track_v2_object_identify_attributes import TrackV2ObjectIdentifyAttributes
    from .track_v2_object_identify_type import TrackV2ObjectIdentifyType
    from .track_v2_page_attributes import TrackV2PageAttributes
    from .track_v2_person_add_device import TrackV2PersonAddDevice
    from .track_v2_person_add_device_action import TrackV2PersonAddDeviceAction
    from .track_v2_person_add_device_type import TrackV2PersonAddDeviceType
    from .track_v2_person_add_relationships import TrackV2PersonAddRelationships
    from .track_v2_person_add_relationships_action import TrackV2PersonAddRelationshipsAction
    from .track_v2_person_add_relationships_type import TrackV2PersonAddRelationshipsType
    from .track_v2_person_attributes import TrackV2PersonAttributes
    from .track_v2_person_delete import TrackV2PersonDelete
    from .track_v2_person_delete_action import TrackV2PersonDeleteAction
    from .track_v2_person_delete_device import TrackV2PersonDeleteDevice
    from .track_v2_person_delete_device_action import TrackV2PersonDeleteDeviceAction
    from .track_v2_person_delete_device_device import TrackV2PersonDeleteDeviceDevice
    from .track_v2_person_delete_device_type import TrackV2PersonDeleteDeviceType
    from .track_v2_person_delete_relationships import TrackV2PersonDeleteRelationships
    from .track_v2_person_delete_relationships_action import TrackV2PersonDeleteRelationshipsAction
    from .track_v2_person_delete_relationships_type import TrackV2PersonDeleteRelationshipsType
    from .track_v2_person_delete_type import TrackV2PersonDeleteType
    from .track_v2_person_event import TrackV2PersonEvent
    from .track_v2_person_event_action import TrackV2PersonEventAction
    from .track_v2_person_event_type import TrackV2PersonEventType
    from .track_v2_person_identify import TrackV2PersonIdentify
    from .track_v2_person_identify_action import TrackV2PersonIdentifyAction
    from .track_v2_person_identify_type import TrackV2PersonIdentifyType
    from .track_v2_person_merge import TrackV2PersonMerge
    from .track_v2_person_merge_action import TrackV2PersonMergeAction
    from .track_v2_person_merge_type import TrackV2PersonMergeType
    from .track_v2_person_page import TrackV2PersonPage
    from .track_v2_person_page_action import TrackV2PersonPageAction
    from .track_v2_person_page_type import TrackV2PersonPageType
    from .track_v2_person_screen import TrackV2PersonScreen
    from .track_v2_person_screen_action import TrackV2PersonScreenAction
    from .track_v2_person_screen_attributes import TrackV2PersonScreenAttributes
    from .track_v2_person_screen_type import TrackV2PersonScreenType
    from .track_v2_person_suppress import TrackV2PersonSuppress
    from .track_v2_person_suppress_action import TrackV2PersonSuppressAction
    from .track_v2_person_suppress_type import TrackV2PersonSuppressType
    from .track_v2_person_unsuppress import TrackV2PersonUnsuppress
    from .track_v2_person_unsuppress_action import TrackV2PersonUnsuppressAction
    from .track_v2_person_unsuppress_type import TrackV2PersonUnsuppressType
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
    "SubmitFormResponse200": ".submit_form_response_200",
    "SuppressResponse200": ".suppress_response_200",
    "TrackAccountRegion": ".track_account_region",
    "TrackAnonymousResponse200": ".track_anonymous_response_200",
    "TrackAttributes": ".track_attributes",
    "TrackBatchError": ".track_batch_error",
    "TrackBatchResult": ".track_batch_result",
    "TrackDeviceAttributes": ".track_device_attributes",
    "TrackDeviceAttributesPushEnabled": ".track_device_attributes_push_enabled",
    "TrackDeviceRequest": ".track_device_request",
    "TrackDeviceRequestDevice": ".track_device_request_device",
    "TrackDeviceRequestDevicePlatform": ".track_device_request_device_platform",
    "TrackEvent": ".track_event",
    "TrackEventData": ".track_event_data",
    "TrackEventType": ".track_event_type",
    "TrackFormSubmission": ".track_form_submission",
    "TrackFormSubmissionData": ".track_form_submission_data",
    "TrackMergeIdentifier": ".track_merge_identifier",
    "TrackMergeRequest": ".track_merge_request",
    "TrackMetric": ".track_metric",
    "TrackMetricMetric": ".track_metric_metric",
    "TrackObjectIdentifiers": ".track_object_identifiers",
    "TrackObjectRelationship": ".track_object_relationship",
    "TrackObjectRelationshipRelationshipAttributes": ".track_object_relationship_relationship_attributes",
    "TrackPersonIdentifiers": ".track_person_identifiers",
    "TrackPersonRelationship": ".track_person_relationship",
    "TrackPersonRelationshipIdentifiers": ".track_person_relationship_identifiers",
    "TrackPersonRelationshipRelationshipAttributes": ".track_person_relationship_relationship_attributes",
    "TrackPushMetric": ".track_push_metric",
    "TrackPushMetricEvent": ".track_push_metric_event",
    "TrackPushResponse200": ".track_push_response_200",
    "TrackRelationshipChange": ".track_relationship_change",
    "TrackRelationshipChangeAction": ".track_relationship_change_action",
    "TrackResponse200": ".track_response_200",
    "TrackSegmentMembers": ".track_segment_members",
    "TrackSubscriptionPreferences": ".track_subscription_preferences",
    "TrackSubscriptionPreferencesTopics": ".track_subscription_preferences_topics",
    "TrackV2DeliveryEvent": ".track_v2_delivery_event",
    "TrackV2DeliveryEventAction": ".track_v2_delivery_event_action",
    "TrackV2DeliveryEventAttributes": ".track_v2_delivery_event_attributes",
    "TrackV2DeliveryEventIdentifiers": ".track_v2_delivery_event_identifiers",
    "TrackV2DeliveryEventName": ".track_v2_delivery_event_name",
    "TrackV2DeliveryEventType": ".track_v2_delivery_event_type",
    "TrackV2Device": ".track_v2_device",
    "TrackV2DevicePlatform": ".track_v2_device_platform",
    "TrackV2ObjectAddRelationships": ".track_v2_object_add_relationships",
    "TrackV2ObjectAddRelationshipsAction": ".track_v2_object_add_relationships_action",
    "TrackV2ObjectAddRelationshipsType": ".track_v2_object_add_relationships_type",
    "TrackV2ObjectDelete": ".track_v2_object_delete",
    "TrackV2ObjectDeleteAction": ".track_v2_object_delete_action",
    "TrackV2ObjectDeleteRelationships": ".track_v2_object_delete_relationships",
    "TrackV2ObjectDeleteRelationshipsAction": ".track_v2_object_delete_relationships_action",
    "TrackV2ObjectDeleteRelationshipsType": ".track_v2_object_delete_relationships_type",
    "TrackV2ObjectDeleteType": ".track_v2_object_delete_type",
    "TrackV2ObjectIdentify": ".track_v2_object_identify",
    "TrackV2ObjectIdentifyAction": ".track_v2_object_identify_action",
    "TrackV2ObjectIdentifyAnonymous": ".track_v2_object_identify_anonymous",
    "TrackV2ObjectIdentifyAnonymousAction": ".track_v2_object_identify_anonymous_action",
    "TrackV2ObjectIdentifyAnonymousAttributes": ".track_v2_object_identify_anonymous_attributes",
    "TrackV2ObjectIdentifyAnonymousCioRelationshipsItem": ".track_v2_object_identify_anonymous_cio_relationships_item",
    "TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiers": ".track_v2_object_identify_anonymous_cio_relationships_item_identifiers",
    "TrackV2ObjectIdentifyAnonymousCioRelationshipsItemRelationshipAttributes": ".track_v2_object_identify_anonymous_cio_relationships_item_relationship_attributes",
    "TrackV2ObjectIdentifyAnonymousType": ".track_v2_object_identify_anonymous_type",
    "TrackV2ObjectIdentifyAttributes": ".track_v2_object_identify_attributes",
    "TrackV2ObjectIdentifyType": ".track_v2_object_identify_type",
    "TrackV2PageAttributes": ".track_v2_page_attributes",
    "TrackV2PersonAddDevice": ".track_v2_person_add_device",
    "TrackV2PersonAddDeviceAction": ".track_v2_person_add_device_action",
    "TrackV2PersonAddDeviceType": ".track_v2_person_add_device_type",
    "TrackV2PersonAddRelationships": ".track_v2_person_add_relationships",
    "TrackV2PersonAddRelationshipsAction": ".track_v2_person_add_relationships_action",
    "TrackV2PersonAddRelationshipsType": ".track_v2_person_add_relationships_type",
    "TrackV2PersonAttributes": ".track_v2_person_attributes",
    "TrackV2PersonDelete": ".track_v2_person_delete",
    "TrackV2PersonDeleteAction": ".track_v2_person_delete_action",
    "TrackV2PersonDeleteDevice": ".track_v2_person_delete_device",
    "TrackV2PersonDeleteDeviceAction": ".track_v2_person_delete_device_action",
    "TrackV2PersonDeleteDeviceDevice": ".track_v2_person_delete_device_device",
    "TrackV2PersonDeleteDeviceType": ".track_v2_person_delete_device_type",
    "TrackV2PersonDeleteRelationships": ".track_v2_person_delete_relationships",
    "TrackV2PersonDeleteRelationshipsAction": ".track_v2_person_delete_relationships_action",
    "TrackV2PersonDeleteRelationshipsType": ".track_v2_person_delete_relationships_type",
    "TrackV2PersonDeleteType": ".track_v2_person_delete_type",
    "TrackV2PersonEvent": ".track_v2_person_event",
    "TrackV2PersonEventAction": ".track_v2_person_event_action",
    "TrackV2PersonEventType": ".track_v2_person_event_type",
    "TrackV2PersonIdentify": ".track_v2_person_identify",
    "TrackV2PersonIdentifyAction": ".track_v2_person_identify_action",
    "TrackV2PersonIdentifyType": ".track_v2_person_identify_type",
    "TrackV2PersonMerge": ".track_v2_person_merge",
    "TrackV2PersonMergeAction": ".track_v2_person_merge_action",
    "TrackV2PersonMergeType": ".track_v2_person_merge_type",
    "TrackV2PersonPage": ".track_v2_person_page",
    "TrackV2PersonPageAction": ".track_v2_person_page_action",
    "TrackV2PersonPageType": ".track_v2_person_page_type",
    "TrackV2PersonScreen": ".track_v2_person_screen",
    "TrackV2PersonScreenAction": ".track_v2_person_screen_action",
    "TrackV2PersonScreenAttributes": ".track_v2_person_screen_attributes",
    "TrackV2PersonScreenType": ".track_v2_person_screen_type",
    "TrackV2PersonSuppress": ".track_v2_person_suppress",
    "TrackV2PersonSuppressAction": ".track_v2_person_suppress_action",
    "TrackV2PersonSuppressType": ".track_v2_person_suppress_type",
    "TrackV2PersonUnsuppress": ".track_v2_person_unsuppress",
    "TrackV2PersonUnsuppressAction": ".track_v2_person_unsuppress_action",
    "TrackV2PersonUnsuppressType": ".track_v2_person_unsuppress_type",
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
    "SubmitFormResponse200",
    "SuppressResponse200",
    "TrackAccountRegion",
    "TrackAnonymousResponse200",
    "TrackAttributes",
    "TrackBatchError",
    "TrackBatchResult",
    "TrackDeviceAttributes",
    "TrackDeviceAttributesPushEnabled",
    "TrackDeviceRequest",
    "TrackDeviceRequestDevice",
    "TrackDeviceRequestDevicePlatform",
    "TrackEvent",
    "TrackEventData",
    "TrackEventType",
    "TrackFormSubmission",
    "TrackFormSubmissionData",
    "TrackMergeIdentifier",
    "TrackMergeRequest",
    "TrackMetric",
    "TrackMetricMetric",
    "TrackObjectIdentifiers",
    "TrackObjectRelationship",
    "TrackObjectRelationshipRelationshipAttributes",
    "TrackPersonIdentifiers",
    "TrackPersonRelationship",
    "TrackPersonRelationshipIdentifiers",
    "TrackPersonRelationshipRelationshipAttributes",
    "TrackPushMetric",
    "TrackPushMetricEvent",
    "TrackPushResponse200",
    "TrackRelationshipChange",
    "TrackRelationshipChangeAction",
    "TrackResponse200",
    "TrackSegmentMembers",
    "TrackSubscriptionPreferences",
    "TrackSubscriptionPreferencesTopics",
    "TrackV2DeliveryEvent",
    "TrackV2DeliveryEventAction",
    "TrackV2DeliveryEventAttributes",
    "TrackV2DeliveryEventIdentifiers",
    "TrackV2DeliveryEventName",
    "TrackV2DeliveryEventType",
    "TrackV2Device",
    "TrackV2DevicePlatform",
    "TrackV2ObjectAddRelationships",
    "TrackV2ObjectAddRelationshipsAction",
    "TrackV2ObjectAddRelationshipsType",
    "TrackV2ObjectDelete",
    "TrackV2ObjectDeleteAction",
    "TrackV2ObjectDeleteRelationships",
    "TrackV2ObjectDeleteRelationshipsAction",
    "TrackV2ObjectDeleteRelationshipsType",
    "TrackV2ObjectDeleteType",
    "TrackV2ObjectIdentify",
    "TrackV2ObjectIdentifyAction",
    "TrackV2ObjectIdentifyAnonymous",
    "TrackV2ObjectIdentifyAnonymousAction",
    "TrackV2ObjectIdentifyAnonymousAttributes",
    "TrackV2ObjectIdentifyAnonymousCioRelationshipsItem",
    "TrackV2ObjectIdentifyAnonymousCioRelationshipsItemIdentifiers",
    "TrackV2ObjectIdentifyAnonymousCioRelationshipsItemRelationshipAttributes",
    "TrackV2ObjectIdentifyAnonymousType",
    "TrackV2ObjectIdentifyAttributes",
    "TrackV2ObjectIdentifyType",
    "TrackV2PageAttributes",
    "TrackV2PersonAddDevice",
    "TrackV2PersonAddDeviceAction",
    "TrackV2PersonAddDeviceType",
    "TrackV2PersonAddRelationships",
    "TrackV2PersonAddRelationshipsAction",
    "TrackV2PersonAddRelationshipsType",
    "TrackV2PersonAttributes",
    "TrackV2PersonDelete",
    "TrackV2PersonDeleteAction",
    "TrackV2PersonDeleteDevice",
    "TrackV2PersonDeleteDeviceAction",
    "TrackV2PersonDeleteDeviceDevice",
    "TrackV2PersonDeleteDeviceType",
    "TrackV2PersonDeleteRelationships",
    "TrackV2PersonDeleteRelationshipsAction",
    "TrackV2PersonDeleteRelationshipsType",
    "TrackV2PersonDeleteType",
    "TrackV2PersonEvent",
    "TrackV2PersonEventAction",
    "TrackV2PersonEventType",
    "TrackV2PersonIdentify",
    "TrackV2PersonIdentifyAction",
    "TrackV2PersonIdentifyType",
    "TrackV2PersonMerge",
    "TrackV2PersonMergeAction",
    "TrackV2PersonMergeType",
    "TrackV2PersonPage",
    "TrackV2PersonPageAction",
    "TrackV2PersonPageType",
    "TrackV2PersonScreen",
    "TrackV2PersonScreenAction",
    "TrackV2PersonScreenAttributes",
    "TrackV2PersonScreenType",
    "TrackV2PersonSuppress",
    "TrackV2PersonSuppressAction",
    "TrackV2PersonSuppressType",
    "TrackV2PersonUnsuppress",
    "TrackV2PersonUnsuppressAction",
    "TrackV2PersonUnsuppressType",
    "UnsubscribeBody",
    "UnsubscribeResponse200",
    "UnsuppressResponse200",
)
