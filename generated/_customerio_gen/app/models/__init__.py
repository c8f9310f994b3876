"""The data models used in requests and answers. Rendered by `make generate`; do not edit.

Each model loads on first access (PEP 562), so reading one answer does not import them all.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .action_sending_state import ActionSendingState
    from .activity import Activity
    from .activity_attribute_change import ActivityAttributeChange
    from .activity_attribute_changes import ActivityAttributeChanges
    from .activity_delivery_data import ActivityDeliveryData
    from .activity_list import ActivityList
    from .activity_person import ActivityPerson
    from .activity_type_name import ActivityTypeName
    from .app_device_attributes import AppDeviceAttributes
    from .archived_message import ArchivedMessage
    from .archived_message_envelope import ArchivedMessageEnvelope
    from .asset import Asset
    from .asset_folder import AssetFolder
    from .asset_folder_input import AssetFolderInput
    from .asset_folder_list import AssetFolderList
    from .asset_folder_result import AssetFolderResult
    from .asset_folder_update import AssetFolderUpdate
    from .asset_list import AssetList
    from .asset_list_filters import AssetListFilters
    from .asset_list_meta import AssetListMeta
    from .asset_pagination import AssetPagination
    from .asset_result import AssetResult
    from .asset_update import AssetUpdate
    from .asset_upload_form import AssetUploadForm
    from .asset_upload_input import AssetUploadInput
    from .audience_attribute_condition import AudienceAttributeCondition
    from .audience_attribute_operator import AudienceAttributeOperator
    from .audience_filter import AudienceFilter
    from .audience_segment_condition import AudienceSegmentCondition
    from .batch_update_attributes_body import BatchUpdateAttributesBody
    from .batch_update_attributes_response_200 import BatchUpdateAttributesResponse200
    from .batch_update_events_body import BatchUpdateEventsBody
    from .batch_update_events_response_200 import BatchUpdateEventsResponse200
    from .broadcast import Broadcast
    from .broadcast_action import BroadcastAction
    from .broadcast_action_list import BroadcastActionList
    from .broadcast_action_response import BroadcastActionResponse
    from .broadcast_action_summary import BroadcastActionSummary
    from .broadcast_action_update import BroadcastActionUpdate
    from .broadcast_default_audience import BroadcastDefaultAudience
    from .broadcast_filter_audience import BroadcastFilterAudience
    from .broadcast_link_metrics_list import BroadcastLinkMetricsList
    from .broadcast_list import BroadcastList
    from .broadcast_message_list import BroadcastMessageList
    from .broadcast_message_template import BroadcastMessageTemplate
    from .broadcast_metrics import BroadcastMetrics
    from .broadcast_per_user_data import BroadcastPerUserData
    from .broadcast_per_user_data_data import BroadcastPerUserDataData
    from .broadcast_recipient_data_file import BroadcastRecipientDataFile
    from .broadcast_recipient_emails import BroadcastRecipientEmails
    from .broadcast_recipient_ids import BroadcastRecipientIds
    from .broadcast_recipient_per_user_data import BroadcastRecipientPerUserData
    from .broadcast_response import BroadcastResponse
    from .broadcast_trigger import BroadcastTrigger
    from .broadcast_trigger_data import BroadcastTriggerData
    from .broadcast_trigger_errors import BroadcastTriggerErrors
    from .broadcast_trigger_list import BroadcastTriggerList
    from .campaign import Campaign
    from .campaign_action import CampaignAction
    from .campaign_action_list import CampaignActionList
    from .campaign_action_response import CampaignActionResponse
    from .campaign_action_summary import CampaignActionSummary
    from .campaign_action_update import CampaignActionUpdate
    from .campaign_audience import CampaignAudience
    from .campaign_journey_metric_series import CampaignJourneyMetricSeries
    from .campaign_journey_metrics import CampaignJourneyMetrics
    from .campaign_link_metrics_list import CampaignLinkMetricsList
    from .campaign_list import CampaignList
    from .campaign_message_list import CampaignMessageList
    from .campaign_message_template import CampaignMessageTemplate
    from .campaign_metrics import CampaignMetrics
    from .campaign_response import CampaignResponse
    from .collection import Collection
    from .collection_input import CollectionInput
    from .collection_list import CollectionList
    from .collection_result import CollectionResult
    from .collection_row import CollectionRow
    from .collection_update import CollectionUpdate
    from .create_customers_export_body import CreateCustomersExportBody
    from .create_import_body import CreateImportBody
    from .create_newsletter_test_group_body import CreateNewsletterTestGroupBody
    from .create_suppression_body import CreateSuppressionBody
    from .create_suppression_response_200 import CreateSuppressionResponse200
    from .customer_activity import CustomerActivity
    from .customer_activity_list import CustomerActivityList
    from .customer_attributes import CustomerAttributes
    from .customer_attributes_list import CustomerAttributesList
    from .customer_device import CustomerDevice
    from .customer_email_matches import CustomerEmailMatches
    from .customer_identifiers import CustomerIdentifiers
    from .customer_message import CustomerMessage
    from .customer_message_list import CustomerMessageList
    from .customer_message_metrics import CustomerMessageMetrics
    from .customer_profile import CustomerProfile
    from .customer_profile_attributes import CustomerProfileAttributes
    from .customer_profile_timestamps import CustomerProfileTimestamps
    from .customer_relationship import CustomerRelationship
    from .customer_relationship_attributes import CustomerRelationshipAttributes
    from .customer_relationship_list import CustomerRelationshipList
    from .customer_relationship_object import CustomerRelationshipObject
    from .customer_relationship_timestamps import CustomerRelationshipTimestamps
    from .customer_search_result import CustomerSearchResult
    from .customer_segment import CustomerSegment
    from .customer_segment_list import CustomerSegmentList
    from .customer_subscription_header import CustomerSubscriptionHeader
    from .customer_subscription_preferences import CustomerSubscriptionPreferences
    from .customer_subscription_profile import CustomerSubscriptionProfile
    from .customer_subscription_topic import CustomerSubscriptionTopic
    from .data_index_attribute import DataIndexAttribute
    from .data_index_attribute_privacy_level import DataIndexAttributePrivacyLevel
    from .data_index_event import DataIndexEvent
    from .delete_asset_folder_response_204 import DeleteAssetFolderResponse204
    from .delete_asset_response_204 import DeleteAssetResponse204
    from .delete_collection_response_204 import DeleteCollectionResponse204
    from .delete_design_studio_component_response_204 import DeleteDesignStudioComponentResponse204
    from .delete_design_studio_email_language_response_204 import DeleteDesignStudioEmailLanguageResponse204
    from .delete_design_studio_email_response_204 import DeleteDesignStudioEmailResponse204
    from .delete_design_studio_folder_response_204 import DeleteDesignStudioFolderResponse204
    from .delete_newsletter_language_response_204 import DeleteNewsletterLanguageResponse204
    from .delete_newsletter_response_204 import DeleteNewsletterResponse204
    from .delete_newsletter_test_group_language_response_204 import DeleteNewsletterTestGroupLanguageResponse204
    from .delete_reporting_webhook_response_200 import DeleteReportingWebhookResponse200
    from .delete_segment_response_204 import DeleteSegmentResponse204
    from .delete_snippet_response_200 import DeleteSnippetResponse200
    from .delete_suppression_response_200 import DeleteSuppressionResponse200
    from .deliveries_export_options import DeliveriesExportOptions
    from .deliveries_export_options_metric import DeliveriesExportOptionsMetric
    from .deliveries_export_request import DeliveriesExportRequest
    from .delivery_message import DeliveryMessage
    from .delivery_message_identifiers import DeliveryMessageIdentifiers
    from .delivery_message_metrics import DeliveryMessageMetrics
    from .delivery_message_tracked_responses import DeliveryMessageTrackedResponses
    from .delivery_metrics import DeliveryMetrics
    from .delivery_metrics_series import DeliveryMetricsSeries
    from .design_studio_component import DesignStudioComponent
    from .design_studio_component_input import DesignStudioComponentInput
    from .design_studio_component_list import DesignStudioComponentList
    from .design_studio_component_result import DesignStudioComponentResult
    from .design_studio_component_update import DesignStudioComponentUpdate
    from .design_studio_email import DesignStudioEmail
    from .design_studio_email_content import DesignStudioEmailContent
    from .design_studio_email_envelope import DesignStudioEmailEnvelope
    from .design_studio_email_filter import DesignStudioEmailFilter
    from .design_studio_email_header import DesignStudioEmailHeader
    from .design_studio_email_input import DesignStudioEmailInput
    from .design_studio_email_list import DesignStudioEmailList
    from .design_studio_email_result import DesignStudioEmailResult
    from .design_studio_email_summary import DesignStudioEmailSummary
    from .design_studio_email_transformers import DesignStudioEmailTransformers
    from .design_studio_email_transformers_accessibility import DesignStudioEmailTransformersAccessibility
    from .design_studio_email_transformers_css_inliner import DesignStudioEmailTransformersCssInliner
    from .design_studio_email_transformers_css_variables import DesignStudioEmailTransformersCssVariables
    from .design_studio_email_transformers_encode_entities import DesignStudioEmailTransformersEncodeEntities
    from .design_studio_email_transformers_formatter import DesignStudioEmailTransformersFormatter
    from .design_studio_email_transformers_prevent_widows import DesignStudioEmailTransformersPreventWidows
    from .design_studio_email_transformers_remove_unused_css import DesignStudioEmailTransformersRemoveUnusedCss
    from .design_studio_email_transformers_url_parameters import DesignStudioEmailTransformersUrlParameters
    from .design_studio_email_translation import DesignStudioEmailTranslation
    from .design_studio_email_translation_input import DesignStudioEmailTranslationInput
    from .design_studio_email_translation_list import DesignStudioEmailTranslationList
    from .design_studio_email_translation_result import DesignStudioEmailTranslationResult
    from .design_studio_email_translation_update import DesignStudioEmailTranslationUpdate
    from .design_studio_email_update import DesignStudioEmailUpdate
    from .design_studio_folder import DesignStudioFolder
    from .design_studio_folder_input import DesignStudioFolderInput
    from .design_studio_folder_list import DesignStudioFolderList
    from .design_studio_folder_result import DesignStudioFolderResult
    from .design_studio_folder_update import DesignStudioFolderUpdate
    from .design_studio_list_meta import DesignStudioListMeta
    from .design_studio_list_meta_filters import DesignStudioListMetaFilters
    from .design_studio_pagination import DesignStudioPagination
    from .design_studio_sort_by import DesignStudioSortBy
    from .esp_suppression import EspSuppression
    from .esp_suppression_list import EspSuppressionList
    from .esp_suppression_type import EspSuppressionType
    from .export import Export
    from .export_download import ExportDownload
    from .export_list import ExportList
    from .export_result import ExportResult
    from .get_attributes_id_type import GetAttributesIdType
    from .get_broadcast_action_metrics_links_period import GetBroadcastActionMetricsLinksPeriod
    from .get_broadcast_action_metrics_links_type import GetBroadcastActionMetricsLinksType
    from .get_broadcast_action_metrics_period import GetBroadcastActionMetricsPeriod
    from .get_broadcast_action_metrics_type import GetBroadcastActionMetricsType
    from .get_broadcast_messages_metric import GetBroadcastMessagesMetric
    from .get_broadcast_messages_state import GetBroadcastMessagesState
    from .get_broadcast_messages_type import GetBroadcastMessagesType
    from .get_broadcast_metrics_links_period import GetBroadcastMetricsLinksPeriod
    from .get_broadcast_metrics_period import GetBroadcastMetricsPeriod
    from .get_broadcast_metrics_type import GetBroadcastMetricsType
    from .get_campaign_action_metrics_links_period import GetCampaignActionMetricsLinksPeriod
    from .get_campaign_action_metrics_links_type import GetCampaignActionMetricsLinksType
    from .get_campaign_action_metrics_period import GetCampaignActionMetricsPeriod
    from .get_campaign_action_metrics_res import GetCampaignActionMetricsRes
    from .get_campaign_action_metrics_type import GetCampaignActionMetricsType
    from .get_campaign_action_metrics_version import GetCampaignActionMetricsVersion
    from .get_campaign_journey_metrics_resolution import GetCampaignJourneyMetricsResolution
    from .get_campaign_messages_metric import GetCampaignMessagesMetric
    from .get_campaign_messages_type import GetCampaignMessagesType
    from .get_campaign_metrics_links_period import GetCampaignMetricsLinksPeriod
    from .get_campaign_metrics_period import GetCampaignMetricsPeriod
    from .get_campaign_metrics_res import GetCampaignMetricsRes
    from .get_campaign_metrics_type import GetCampaignMetricsType
    from .get_campaign_metrics_version import GetCampaignMetricsVersion
    from .get_collection_content_response_200_item import GetCollectionContentResponse200Item
    from .get_customer_segments_id_type import GetCustomerSegmentsIdType
    from .get_customers_attributes_body import GetCustomersAttributesBody
    from .get_messages_metric import GetMessagesMetric
    from .get_messages_type import GetMessagesType
    from .get_newsletter_content_metrics_links_period import GetNewsletterContentMetricsLinksPeriod
    from .get_newsletter_content_metrics_links_type import GetNewsletterContentMetricsLinksType
    from .get_newsletter_content_metrics_period import GetNewsletterContentMetricsPeriod
    from .get_newsletter_content_metrics_type import GetNewsletterContentMetricsType
    from .get_newsletter_messages_metric import GetNewsletterMessagesMetric
    from .get_newsletter_messages_type import GetNewsletterMessagesType
    from .get_newsletter_metrics_links_period import GetNewsletterMetricsLinksPeriod
    from .get_newsletter_metrics_period import GetNewsletterMetricsPeriod
    from .get_newsletter_metrics_type import GetNewsletterMetricsType
    from .get_sender_identities_sort import GetSenderIdentitiesSort
    from .get_transactional_message_deliveries_metric import GetTransactionalMessageDeliveriesMetric
    from .get_transactional_message_deliveries_state import GetTransactionalMessageDeliveriesState
    from .get_transactional_message_link_metrics_period import GetTransactionalMessageLinkMetricsPeriod
    from .get_transactional_message_metrics_period import GetTransactionalMessageMetricsPeriod
    from .identifier_type import IdentifierType
    from .import_ import Import
    from .import_envelope import ImportEnvelope
    from .import_input import ImportInput
    from .import_input_data_to_process import ImportInputDataToProcess
    from .import_input_identifier import ImportInputIdentifier
    from .import_input_people_to_process import ImportInputPeopleToProcess
    from .import_input_type import ImportInputType
    from .ip_address_list import IpAddressList
    from .json_object import JSONObject
    from .link_metrics import LinkMetrics
    from .link_metrics_link import LinkMetricsLink
    from .link_metrics_series import LinkMetricsSeries
    from .link_metrics_set import LinkMetricsSet
    from .list_design_studio_components_sort_order import ListDesignStudioComponentsSortOrder
    from .list_design_studio_emails_sort_order import ListDesignStudioEmailsSortOrder
    from .list_design_studio_folders_sort_order import ListDesignStudioFoldersSortOrder
    from .list_newsletters_sort import ListNewslettersSort
    from .message_envelope import MessageEnvelope
    from .message_header import MessageHeader
    from .message_header_map import MessageHeaderMap
    from .message_list import MessageList
    from .newsletter import Newsletter
    from .newsletter_content import NewsletterContent
    from .newsletter_content_list import NewsletterContentList
    from .newsletter_content_response import NewsletterContentResponse
    from .newsletter_content_update import NewsletterContentUpdate
    from .newsletter_create_request import NewsletterCreateRequest
    from .newsletter_create_request_request_method import NewsletterCreateRequestRequestMethod
    from .newsletter_create_request_type import NewsletterCreateRequestType
    from .newsletter_language_create import NewsletterLanguageCreate
    from .newsletter_link_metrics_list import NewsletterLinkMetricsList
    from .newsletter_list import NewsletterList
    from .newsletter_message_list import NewsletterMessageList
    from .newsletter_metrics_response import NewsletterMetricsResponse
    from .newsletter_rate_limit import NewsletterRateLimit
    from .newsletter_rate_limit_rate_limit_time_period import NewsletterRateLimitRateLimitTimePeriod
    from .newsletter_recipients import NewsletterRecipients
    from .newsletter_recipients_and_item import NewsletterRecipientsAndItem
    from .newsletter_recipients_attribute import NewsletterRecipientsAttribute
    from .newsletter_recipients_attribute_operator import NewsletterRecipientsAttributeOperator
    from .newsletter_recipients_not import NewsletterRecipientsNot
    from .newsletter_recipients_or_item import NewsletterRecipientsOrItem
    from .newsletter_recipients_segment import NewsletterRecipientsSegment
    from .newsletter_response import NewsletterResponse
    from .newsletter_schedule_request import NewsletterScheduleRequest
    from .newsletter_test_group import NewsletterTestGroup
    from .newsletter_test_group_list import NewsletterTestGroupList
    from .object_attributes import ObjectAttributes
    from .object_detail import ObjectDetail
    from .object_detail_attributes import ObjectDetailAttributes
    from .object_detail_timestamps import ObjectDetailTimestamps
    from .object_id_type import ObjectIdType
    from .object_keys import ObjectKeys
    from .object_relationship import ObjectRelationship
    from .object_relationship_list import ObjectRelationshipList
    from .object_search_condition import ObjectSearchCondition
    from .object_search_condition_operator import ObjectSearchConditionOperator
    from .object_search_filter import ObjectSearchFilter
    from .object_search_identifier import ObjectSearchIdentifier
    from .object_search_request import ObjectSearchRequest
    from .object_search_result import ObjectSearchResult
    from .object_type import ObjectType
    from .object_type_list import ObjectTypeList
    from .reporting_webhook import ReportingWebhook
    from .reporting_webhook_event import ReportingWebhookEvent
    from .reporting_webhook_input import ReportingWebhookInput
    from .reporting_webhook_list import ReportingWebhookList
    from .reporting_webhook_update import ReportingWebhookUpdate
    from .search_customers_body import SearchCustomersBody
    from .segment import Segment
    from .segment_create_request import SegmentCreateRequest
    from .segment_customer_count import SegmentCustomerCount
    from .segment_input import SegmentInput
    from .segment_list import SegmentList
    from .segment_member import SegmentMember
    from .segment_membership import SegmentMembership
    from .segment_response import SegmentResponse
    from .segment_usage import SegmentUsage
    from .segment_used_by import SegmentUsedBy
    from .send_email_message import SendEmailMessage
    from .send_email_message_attachments import SendEmailMessageAttachments
    from .send_email_message_headers import SendEmailMessageHeaders
    from .send_email_message_message_data import SendEmailMessageMessageData
    from .send_identifiers import SendIdentifiers
    from .send_in_app_message import SendInAppMessage
    from .send_in_app_message_message_data import SendInAppMessageMessageData
    from .send_inbox_message import SendInboxMessage
    from .send_inbox_message_message_data import SendInboxMessageMessageData
    from .send_message_result import SendMessageResult
    from .send_push_android_payload import SendPushAndroidPayload
    from .send_push_android_payload_message import SendPushAndroidPayloadMessage
    from .send_push_android_payload_message_android import SendPushAndroidPayloadMessageAndroid
    from .send_push_android_payload_message_android_notification import SendPushAndroidPayloadMessageAndroidNotification
    from .send_push_android_payload_message_data import SendPushAndroidPayloadMessageData
    from .send_push_android_payload_message_notification import SendPushAndroidPayloadMessageNotification
    from .send_push_aps import SendPushAps
    from .send_push_aps_alert import SendPushApsAlert
    from .send_push_aps_interruption_level import SendPushApsInterruptionLevel
    from .send_push_aps_sound import SendPushApsSound
    from .send_push_custom_payload import SendPushCustomPayload
    from .send_push_device import SendPushDevice
    from .send_push_device_platform import SendPushDevicePlatform
    from .send_push_ios_apns_payload import SendPushIosApnsPayload
    from .send_push_ios_apns_payload_cio import SendPushIosApnsPayloadCIO
    from .send_push_ios_apns_payload_cio_push import SendPushIosApnsPayloadCIOPush
    from .send_push_ios_fcm_payload import SendPushIosFcmPayload
    from .send_push_ios_fcm_payload_message import SendPushIosFcmPayloadMessage
    from .send_push_ios_fcm_payload_message_apns import SendPushIosFcmPayloadMessageApns
    from .send_push_ios_fcm_payload_message_apns_headers import SendPushIosFcmPayloadMessageApnsHeaders
    from .send_push_ios_fcm_payload_message_apns_payload import SendPushIosFcmPayloadMessageApnsPayload
    from .send_push_ios_fcm_payload_message_apns_payload_cio import SendPushIosFcmPayloadMessageApnsPayloadCIO
    from .send_push_ios_fcm_payload_message_apns_payload_cio_push import SendPushIosFcmPayloadMessageApnsPayloadCIOPush
    from .send_push_message import SendPushMessage
    from .send_push_message_custom_data import SendPushMessageCustomData
    from .send_push_message_message_data import SendPushMessageMessageData
    from .send_push_message_sound import SendPushMessageSound
    from .send_push_message_to_type_0 import SendPushMessageToType0
    from .send_sms_message import SendSmsMessage
    from .send_sms_message_message_data import SendSmsMessageMessageData
    from .send_whats_app_message import SendWhatsAppMessage
    from .send_whats_app_message_message_data import SendWhatsAppMessageMessageData
    from .sender_identity import SenderIdentity
    from .sender_identity_envelope import SenderIdentityEnvelope
    from .sender_identity_list import SenderIdentityList
    from .sender_identity_usage import SenderIdentityUsage
    from .snippet import Snippet
    from .snippet_envelope import SnippetEnvelope
    from .snippet_input import SnippetInput
    from .snippet_list import SnippetList
    from .subscription_center_token import SubscriptionCenterToken
    from .subscription_channel import SubscriptionChannel
    from .subscription_channel_list import SubscriptionChannelList
    from .subscription_topic import SubscriptionTopic
    from .subscription_topic_list import SubscriptionTopicList
    from .transactional_content import TransactionalContent
    from .transactional_content_list import TransactionalContentList
    from .transactional_content_response import TransactionalContentResponse
    from .transactional_content_update import TransactionalContentUpdate
    from .transactional_delivery import TransactionalDelivery
    from .transactional_delivery_list import TransactionalDeliveryList
    from .transactional_delivery_metrics import TransactionalDeliveryMetrics
    from .transactional_delivery_person import TransactionalDeliveryPerson
    from .transactional_delivery_tracked_responses import TransactionalDeliveryTrackedResponses
    from .transactional_link_metric import TransactionalLinkMetric
    from .transactional_link_metric_link import TransactionalLinkMetricLink
    from .transactional_link_metric_metric import TransactionalLinkMetricMetric
    from .transactional_link_metric_metric_series import TransactionalLinkMetricMetricSeries
    from .transactional_link_metrics import TransactionalLinkMetrics
    from .transactional_message import TransactionalMessage
    from .transactional_message_list import TransactionalMessageList
    from .transactional_message_response import TransactionalMessageResponse
    from .transactional_metrics import TransactionalMetrics
    from .transactional_metrics_metric import TransactionalMetricsMetric
    from .transactional_metrics_series import TransactionalMetricsSeries
    from .trigger_broadcast_request import TriggerBroadcastRequest
    from .trigger_broadcast_result import TriggerBroadcastResult
    from .update_asset_folder_response_204 import UpdateAssetFolderResponse204
    from .update_asset_response_204 import UpdateAssetResponse204
    from .update_design_studio_component_response_204 import UpdateDesignStudioComponentResponse204
    from .update_design_studio_email_language_response_204 import UpdateDesignStudioEmailLanguageResponse204
    from .update_design_studio_email_response_204 import UpdateDesignStudioEmailResponse204
    from .update_design_studio_folder_response_204 import UpdateDesignStudioFolderResponse204
    from .webhook_action_method import WebhookActionMethod
    from .workspace import Workspace
    from .workspace_list import WorkspaceList

    pass

_MODULES = {
    "ActionSendingState": ".action_sending_state",
    "Activity": ".activity",
    "ActivityAttributeChange": ".activity_attribute_change",
    "ActivityAttributeChanges": ".activity_attribute_changes",
    "ActivityDeliveryData": ".activity_delivery_data",
    "ActivityList": ".activity_list",
    "ActivityPerson": ".activity_person",
    "ActivityTypeName": ".activity_type_name",
    "AppDeviceAttributes": ".app_device_attributes",
    "ArchivedMessage": ".archived_message",
    "ArchivedMessageEnvelope": ".archived_message_envelope",
    "Asset": ".asset",
    "AssetFolder": ".asset_folder",
    "AssetFolderInput": ".asset_folder_input",
    "AssetFolderList": ".asset_folder_list",
    "AssetFolderResult": ".asset_folder_result",
    "AssetFolderUpdate": ".asset_folder_update",
    "AssetList": ".asset_list",
    "AssetListFilters": ".asset_list_filters",
    "AssetListMeta": ".asset_list_meta",
    "AssetPagination": ".asset_pagination",
    "AssetResult": ".asset_result",
    "AssetUpdate": ".asset_update",
    "AssetUploadForm": ".asset_upload_form",
    "AssetUploadInput": ".asset_upload_input",
    "AudienceAttributeCondition": ".audience_attribute_condition",
    "AudienceAttributeOperator": ".audience_attribute_operator",
    "AudienceFilter": ".audience_filter",
    "AudienceSegmentCondition": ".audience_segment_condition",
    "BatchUpdateAttributesBody": ".batch_update_attributes_body",
    "BatchUpdateAttributesResponse200": ".batch_update_attributes_response_200",
    "BatchUpdateEventsBody": ".batch_update_events_body",
    "BatchUpdateEventsResponse200": ".batch_update_events_response_200",
    "Broadcast": ".broadcast",
    "BroadcastAction": ".broadcast_action",
    "BroadcastActionList": ".broadcast_action_list",
    "BroadcastActionResponse": ".broadcast_action_response",
    "BroadcastActionSummary": ".broadcast_action_summary",
    "BroadcastActionUpdate": ".broadcast_action_update",
    "BroadcastDefaultAudience": ".broadcast_default_audience",
    "BroadcastFilterAudience": ".broadcast_filter_audience",
    "BroadcastLinkMetricsList": ".broadcast_link_metrics_list",
    "BroadcastList": ".broadcast_list",
    "BroadcastMessageList": ".broadcast_message_list",
    "BroadcastMessageTemplate": ".broadcast_message_template",
    "BroadcastMetrics": ".broadcast_metrics",
    "BroadcastPerUserData": ".broadcast_per_user_data",
    "BroadcastPerUserDataData": ".broadcast_per_user_data_data",
    "BroadcastRecipientDataFile": ".broadcast_recipient_data_file",
    "BroadcastRecipientEmails": ".broadcast_recipient_emails",
    "BroadcastRecipientIds": ".broadcast_recipient_ids",
    "BroadcastRecipientPerUserData": ".broadcast_recipient_per_user_data",
    "BroadcastResponse": ".broadcast_response",
    "BroadcastTrigger": ".broadcast_trigger",
    "BroadcastTriggerData": ".broadcast_trigger_data",
    "BroadcastTriggerErrors": ".broadcast_trigger_errors",
    "BroadcastTriggerList": ".broadcast_trigger_list",
    "Campaign": ".campaign",
    "CampaignAction": ".campaign_action",
    "CampaignActionList": ".campaign_action_list",
    "CampaignActionResponse": ".campaign_action_response",
    "CampaignActionSummary": ".campaign_action_summary",
    "CampaignActionUpdate": ".campaign_action_update",
    "CampaignAudience": ".campaign_audience",
    "CampaignJourneyMetricSeries": ".campaign_journey_metric_series",
    "CampaignJourneyMetrics": ".campaign_journey_metrics",
    "CampaignLinkMetricsList": ".campaign_link_metrics_list",
    "CampaignList": ".campaign_list",
    "CampaignMessageList": ".campaign_message_list",
    "CampaignMessageTemplate": ".campaign_message_template",
    "CampaignMetrics": ".campaign_metrics",
    "CampaignResponse": ".campaign_response",
    "Collection": ".collection",
    "CollectionInput": ".collection_input",
    "CollectionList": ".collection_list",
    "CollectionResult": ".collection_result",
    "CollectionRow": ".collection_row",
    "CollectionUpdate": ".collection_update",
    "CreateCustomersExportBody": ".create_customers_export_body",
    "CreateImportBody": ".create_import_body",
    "CreateNewsletterTestGroupBody": ".create_newsletter_test_group_body",
    "CreateSuppressionBody": ".create_suppression_body",
    "CreateSuppressionResponse200": ".create_suppression_response_200",
    "CustomerActivity": ".customer_activity",
    "CustomerActivityList": ".customer_activity_list",
    "CustomerAttributes": ".customer_attributes",
    "CustomerAttributesList": ".customer_attributes_list",
    "CustomerDevice": ".customer_device",
    "CustomerEmailMatches": ".customer_email_matches",
    "CustomerIdentifiers": ".customer_identifiers",
    "CustomerMessage": ".customer_message",
    "CustomerMessageList": ".customer_message_list",
    "CustomerMessageMetrics": ".customer_message_metrics",
    "CustomerProfile": ".customer_profile",
    "CustomerProfileAttributes": ".customer_profile_attributes",
    "CustomerProfileTimestamps": ".customer_profile_timestamps",
    "CustomerRelationship": ".customer_relationship",
    "CustomerRelationshipAttributes": ".customer_relationship_attributes",
    "CustomerRelationshipList": ".customer_relationship_list",
    "CustomerRelationshipObject": ".customer_relationship_object",
    "CustomerRelationshipTimestamps": ".customer_relationship_timestamps",
    "CustomerSearchResult": ".customer_search_result",
    "CustomerSegment": ".customer_segment",
    "CustomerSegmentList": ".customer_segment_list",
    "CustomerSubscriptionHeader": ".customer_subscription_header",
    "CustomerSubscriptionPreferences": ".customer_subscription_preferences",
    "CustomerSubscriptionProfile": ".customer_subscription_profile",
    "CustomerSubscriptionTopic": ".customer_subscription_topic",
    "DataIndexAttribute": ".data_index_attribute",
    "DataIndexAttributePrivacyLevel": ".data_index_attribute_privacy_level",
    "DataIndexEvent": ".data_index_event",
    "DeleteAssetFolderResponse204": ".delete_asset_folder_response_204",
    "DeleteAssetResponse204": ".delete_asset_response_204",
    "DeleteCollectionResponse204": ".delete_collection_response_204",
    "DeleteDesignStudioComponentResponse204": ".delete_design_studio_component_response_204",
    "DeleteDesignStudioEmailLanguageResponse204": ".delete_design_studio_email_language_response_204",
    "DeleteDesignStudioEmailResponse204": ".delete_design_studio_email_response_204",
    "DeleteDesignStudioFolderResponse204": ".delete_design_studio_folder_response_204",
    "DeleteNewsletterLanguageResponse204": ".delete_newsletter_language_response_204",
    "DeleteNewsletterResponse204": ".delete_newsletter_response_204",
    "DeleteNewsletterTestGroupLanguageResponse204": ".delete_newsletter_test_group_language_response_204",
    "DeleteReportingWebhookResponse200": ".delete_reporting_webhook_response_200",
    "DeleteSegmentResponse204": ".delete_segment_response_204",
    "DeleteSnippetResponse200": ".delete_snippet_response_200",
    "DeleteSuppressionResponse200": ".delete_suppression_response_200",
    "DeliveriesExportOptions": ".deliveries_export_options",
    "DeliveriesExportOptionsMetric": ".deliveries_export_options_metric",
    "DeliveriesExportRequest": ".deliveries_export_request",
    "DeliveryMessage": ".delivery_message",
    "DeliveryMessageIdentifiers": ".delivery_message_identifiers",
    "DeliveryMessageMetrics": ".delivery_message_metrics",
    "DeliveryMessageTrackedResponses": ".delivery_message_tracked_responses",
    "DeliveryMetrics": ".delivery_metrics",
    "DeliveryMetricsSeries": ".delivery_metrics_series",
    "DesignStudioComponent": ".design_studio_component",
    "DesignStudioComponentInput": ".design_studio_component_input",
    "DesignStudioComponentList": ".design_studio_component_list",
    "DesignStudioComponentResult": ".design_studio_component_result",
    "DesignStudioComponentUpdate": ".design_studio_component_update",
    "DesignStudioEmail": ".design_studio_email",
    "DesignStudioEmailContent": ".design_studio_email_content",
    "DesignStudioEmailEnvelope": ".design_studio_email_envelope",
    "DesignStudioEmailFilter": ".design_studio_email_filter",
    "DesignStudioEmailHeader": ".design_studio_email_header",
    "DesignStudioEmailInput": ".design_studio_email_input",
    "DesignStudioEmailList": ".design_studio_email_list",
    "DesignStudioEmailResult": ".design_studio_email_result",
    "DesignStudioEmailSummary": ".design_studio_email_summary",
    "DesignStudioEmailTransformers": ".design_studio_email_transformers",
    "DesignStudioEmailTransformersAccessibility": ".design_studio_email_transformers_accessibility",
    "DesignStudioEmailTransformersCssInliner": ".design_studio_email_transformers_css_inliner",
    "DesignStudioEmailTransformersCssVariables": ".design_studio_email_transformers_css_variables",
    "DesignStudioEmailTransformersEncodeEntities": ".design_studio_email_transformers_encode_entities",
    "DesignStudioEmailTransformersFormatter": ".design_studio_email_transformers_formatter",
    "DesignStudioEmailTransformersPreventWidows": ".design_studio_email_transformers_prevent_widows",
    "DesignStudioEmailTransformersRemoveUnusedCss": ".design_studio_email_transformers_remove_unused_css",
    "DesignStudioEmailTransformersUrlParameters": ".design_studio_email_transformers_url_parameters",
    "DesignStudioEmailTranslation": ".design_studio_email_translation",
    "DesignStudioEmailTranslationInput": ".design_studio_email_translation_input",
    "DesignStudioEmailTranslationList": ".design_studio_email_translation_list",
    "DesignStudioEmailTranslationResult": ".design_studio_email_translation_result",
    "DesignStudioEmailTranslationUpdate": ".design_studio_email_translation_update",
    "DesignStudioEmailUpdate": ".design_studio_email_update",
    "DesignStudioFolder": ".design_studio_folder",
    "DesignStudioFolderInput": ".design_studio_folder_input",
    "DesignStudioFolderList": ".design_studio_folder_list",
    "DesignStudioFolderResult": ".design_studio_folder_result",
    "DesignStudioFolderUpdate": ".design_studio_folder_update",
    "DesignStudioListMeta": ".design_studio_list_meta",
    "DesignStudioListMetaFilters": ".design_studio_list_meta_filters",
    "DesignStudioPagination": ".design_studio_pagination",
    "DesignStudioSortBy": ".design_studio_sort_by",
    "EspSuppression": ".esp_suppression",
    "EspSuppressionList": ".esp_suppression_list",
    "EspSuppressionType": ".esp_suppression_type",
    "Export": ".export",
    "ExportDownload": ".export_download",
    "ExportList": ".export_list",
    "ExportResult": ".export_result",
    "GetAttributesIdType": ".get_attributes_id_type",
    "GetBroadcastActionMetricsLinksPeriod": ".get_broadcast_action_metrics_links_period",
    "GetBroadcastActionMetricsLinksType": ".get_broadcast_action_metrics_links_type",
    "GetBroadcastActionMetricsPeriod": ".get_broadcast_action_metrics_period",
    "GetBroadcastActionMetricsType": ".get_broadcast_action_metrics_type",
    "GetBroadcastMessagesMetric": ".get_broadcast_messages_metric",
    "GetBroadcastMessagesState": ".get_broadcast_messages_state",
    "GetBroadcastMessagesType": ".get_broadcast_messages_type",
    "GetBroadcastMetricsLinksPeriod": ".get_broadcast_metrics_links_period",
    "GetBroadcastMetricsPeriod": ".get_broadcast_metrics_period",
    "GetBroadcastMetricsType": ".get_broadcast_metrics_type",
    "GetCampaignActionMetricsLinksPeriod": ".get_campaign_action_metrics_links_period",
    "GetCampaignActionMetricsLinksType": ".get_campaign_action_metrics_links_type",
    "GetCampaignActionMetricsPeriod": ".get_campaign_action_metrics_period",
    "GetCampaignActionMetricsRes": ".get_campaign_action_metrics_res",
    "GetCampaignActionMetricsType": ".get_campaign_action_metrics_type",
    "GetCampaignActionMetricsVersion": ".get_campaign_action_metrics_version",
    "GetCampaignJourneyMetricsResolution": ".get_campaign_journey_metrics_resolution",
    "GetCampaignMessagesMetric": ".get_campaign_messages_metric",
    "GetCampaignMessagesType": ".get_campaign_messages_type",
    "GetCampaignMetricsLinksPeriod": ".get_campaign_metrics_links_period",
    "GetCampaignMetricsPeriod": ".get_campaign_metrics_period",
    "GetCampaignMetricsRes": ".get_campaign_metrics_res",
    "GetCampaignMetricsType": ".get_campaign_metrics_type",
    "GetCampaignMetricsVersion": ".get_campaign_metrics_version",
    "GetCollectionContentResponse200Item": ".get_collection_content_response_200_item",
    "GetCustomerSegmentsIdType": ".get_customer_segments_id_type",
    "GetCustomersAttributesBody": ".get_customers_attributes_body",
    "GetMessagesMetric": ".get_messages_metric",
    "GetMessagesType": ".get_messages_type",
    "GetNewsletterContentMetricsLinksPeriod": ".get_newsletter_content_metrics_links_period",
    "GetNewsletterContentMetricsLinksType": ".get_newsletter_content_metrics_links_type",
    "GetNewsletterContentMetricsPeriod": ".get_newsletter_content_metrics_period",
    "GetNewsletterContentMetricsType": ".get_newsletter_content_metrics_type",
    "GetNewsletterMessagesMetric": ".get_newsletter_messages_metric",
    "GetNewsletterMessagesType": ".get_newsletter_messages_type",
    "GetNewsletterMetricsLinksPeriod": ".get_newsletter_metrics_links_period",
    "GetNewsletterMetricsPeriod": ".get_newsletter_metrics_period",
    "GetNewsletterMetricsType": ".get_newsletter_metrics_type",
    "GetSenderIdentitiesSort": ".get_sender_identities_sort",
    "GetTransactionalMessageDeliveriesMetric": ".get_transactional_message_deliveries_metric",
    "GetTransactionalMessageDeliveriesState": ".get_transactional_message_deliveries_state",
    "GetTransactionalMessageLinkMetricsPeriod": ".get_transactional_message_link_metrics_period",
    "GetTransactionalMessageMetricsPeriod": ".get_transactional_message_metrics_period",
    "IdentifierType": ".identifier_type",
    "Import": ".import_",
    "ImportEnvelope": ".import_envelope",
    "ImportInput": ".import_input",
    "ImportInputDataToProcess": ".import_input_data_to_process",
    "ImportInputIdentifier": ".import_input_identifier",
    "ImportInputPeopleToProcess": ".import_input_people_to_process",
    "ImportInputType": ".import_input_type",
    "IpAddressList": ".ip_address_list",
    "JSONObject": ".json_object",
    "LinkMetrics": ".link_metrics",
    "LinkMetricsLink": ".link_metrics_link",
    "LinkMetricsSeries": ".link_metrics_series",
    "LinkMetricsSet": ".link_metrics_set",
    "ListDesignStudioComponentsSortOrder": ".list_design_studio_components_sort_order",
    "ListDesignStudioEmailsSortOrder": ".list_design_studio_emails_sort_order",
    "ListDesignStudioFoldersSortOrder": ".list_design_studio_folders_sort_order",
    "ListNewslettersSort": ".list_newsletters_sort",
    "MessageEnvelope": ".message_envelope",
    "MessageHeader": ".message_header",
    "MessageHeaderMap": ".message_header_map",
    "MessageList": ".message_list",
    "Newsletter": ".newsletter",
    "NewsletterContent": ".newsletter_content",
    "NewsletterContentList": ".newsletter_content_list",
    "NewsletterContentResponse": ".newsletter_content_response",
    "NewsletterContentUpdate": ".newsletter_content_update",
    "NewsletterCreateRequest": ".newsletter_create_request",
    "NewsletterCreateRequestRequestMethod": ".newsletter_create_request_request_method",
    "NewsletterCreateRequestType": ".newsletter_create_request_type",
    "NewsletterLanguageCreate": ".newsletter_language_create",
    "NewsletterLinkMetricsList": ".newsletter_link_metrics_list",
    "NewsletterList": ".newsletter_list",
    "NewsletterMessageList": ".newsletter_message_list",
    "NewsletterMetricsResponse": ".newsletter_metrics_response",
    "NewsletterRateLimit": ".newsletter_rate_limit",
    "NewsletterRateLimitRateLimitTimePeriod": ".newsletter_rate_limit_rate_limit_time_period",
    "NewsletterRecipients": ".newsletter_recipients",
    "NewsletterRecipientsAndItem": ".newsletter_recipients_and_item",
    "NewsletterRecipientsAttribute": ".newsletter_recipients_attribute",
    "NewsletterRecipientsAttributeOperator": ".newsletter_recipients_attribute_operator",
    "NewsletterRecipientsNot": ".newsletter_recipients_not",
    "NewsletterRecipientsOrItem": ".newsletter_recipients_or_item",
    "NewsletterRecipientsSegment": ".newsletter_recipients_segment",
    "NewsletterResponse": ".newsletter_response",
    "NewsletterScheduleRequest": ".newsletter_schedule_request",
    "NewsletterTestGroup": ".newsletter_test_group",
    "NewsletterTestGroupList": ".newsletter_test_group_list",
    "ObjectAttributes": ".object_attributes",
    "ObjectDetail": ".object_detail",
    "ObjectDetailAttributes": ".object_detail_attributes",
    "ObjectDetailTimestamps": ".object_detail_timestamps",
    "ObjectIdType": ".object_id_type",
    "ObjectKeys": ".object_keys",
    "ObjectRelationship": ".object_relationship",
    "ObjectRelationshipList": ".object_relationship_list",
    "ObjectSearchCondition": ".object_search_condition",
    "ObjectSearchConditionOperator": ".object_search_condition_operator",
    "ObjectSearchFilter": ".object_search_filter",
    "ObjectSearchIdentifier": ".object_search_identifier",
    "ObjectSearchRequest": ".object_search_request",
    "ObjectSearchResult": ".object_search_result",
    "ObjectType": ".object_type",
    "ObjectTypeList": ".object_type_list",
    "ReportingWebhook": ".reporting_webhook",
    "ReportingWebhookEvent": ".reporting_webhook_event",
    "ReportingWebhookInput": ".reporting_webhook_input",
    "ReportingWebhookList": ".reporting_webhook_list",
    "ReportingWebhookUpdate": ".reporting_webhook_update",
    "SearchCustomersBody": ".search_customers_body",
    "Segment": ".segment",
    "SegmentCreateRequest": ".segment_create_request",
    "SegmentCustomerCount": ".segment_customer_count",
    "SegmentInput": ".segment_input",
    "SegmentList": ".segment_list",
    "SegmentMember": ".segment_member",
    "SegmentMembership": ".segment_membership",
    "SegmentResponse": ".segment_response",
    "SegmentUsage": ".segment_usage",
    "SegmentUsedBy": ".segment_used_by",
    "SendEmailMessage": ".send_email_message",
    "SendEmailMessageAttachments": ".send_email_message_attachments",
    "SendEmailMessageHeaders": ".send_email_message_headers",
    "SendEmailMessageMessageData": ".send_email_message_message_data",
    "SendIdentifiers": ".send_identifiers",
    "SendInAppMessage": ".send_in_app_message",
    "SendInAppMessageMessageData": ".send_in_app_message_message_data",
    "SendInboxMessage": ".send_inbox_message",
    "SendInboxMessageMessageData": ".send_inbox_message_message_data",
    "SendMessageResult": ".send_message_result",
    "SendPushAndroidPayload": ".send_push_android_payload",
    "SendPushAndroidPayloadMessage": ".send_push_android_payload_message",
    "SendPushAndroidPayloadMessageAndroid": ".send_push_android_payload_message_android",
    "SendPushAndroidPayloadMessageAndroidNotification": ".send_push_android_payload_message_android_notification",
    "SendPushAndroidPayloadMessageData": ".send_push_android_payload_message_data",
    "SendPushAndroidPayloadMessageNotification": ".send_push_android_payload_message_notification",
    "SendPushAps": ".send_push_aps",
    "SendPushApsAlert": ".send_push_aps_alert",
    "SendPushApsInterruptionLevel": ".send_push_aps_interruption_level",
    "SendPushApsSound": ".send_push_aps_sound",
    "SendPushCustomPayload": ".send_push_custom_payload",
    "SendPushDevice": ".send_push_device",
    "SendPushDevicePlatform": ".send_push_device_platform",
    "SendPushIosApnsPayload": ".send_push_ios_apns_payload",
    "SendPushIosApnsPayloadCIO": ".send_push_ios_apns_payload_cio",
    "SendPushIosApnsPayloadCIOPush": ".send_push_ios_apns_payload_cio_push",
    "SendPushIosFcmPayload": ".send_push_ios_fcm_payload",
    "SendPushIosFcmPayloadMessage": ".send_push_ios_fcm_payload_message",
    "SendPushIosFcmPayloadMessageApns": ".send_push_ios_fcm_payload_message_apns",
    "SendPushIosFcmPayloadMessageApnsHeaders": ".send_push_ios_fcm_payload_message_apns_headers",
    "SendPushIosFcmPayloadMessageApnsPayload": ".send_push_ios_fcm_payload_message_apns_payload",
    "SendPushIosFcmPayloadMessageApnsPayloadCIO": ".send_push_ios_fcm_payload_message_apns_payload_cio",
    "SendPushIosFcmPayloadMessageApnsPayloadCIOPush": ".send_push_ios_fcm_payload_message_apns_payload_cio_push",
    "SendPushMessage": ".send_push_message",
    "SendPushMessageCustomData": ".send_push_message_custom_data",
    "SendPushMessageMessageData": ".send_push_message_message_data",
    "SendPushMessageSound": ".send_push_message_sound",
    "SendPushMessageToType0": ".send_push_message_to_type_0",
    "SendSmsMessage": ".send_sms_message",
    "SendSmsMessageMessageData": ".send_sms_message_message_data",
    "SendWhatsAppMessage": ".send_whats_app_message",
    "SendWhatsAppMessageMessageData": ".send_whats_app_message_message_data",
    "SenderIdentity": ".sender_identity",
    "SenderIdentityEnvelope": ".sender_identity_envelope",
    "SenderIdentityList": ".sender_identity_list",
    "SenderIdentityUsage": ".sender_identity_usage",
    "Snippet": ".snippet",
    "SnippetEnvelope": ".snippet_envelope",
    "SnippetInput": ".snippet_input",
    "SnippetList": ".snippet_list",
    "SubscriptionCenterToken": ".subscription_center_token",
    "SubscriptionChannel": ".subscription_channel",
    "SubscriptionChannelList": ".subscription_channel_list",
    "SubscriptionTopic": ".subscription_topic",
    "SubscriptionTopicList": ".subscription_topic_list",
    "TransactionalContent": ".transactional_content",
    "TransactionalContentList": ".transactional_content_list",
    "TransactionalContentResponse": ".transactional_content_response",
    "TransactionalContentUpdate": ".transactional_content_update",
    "TransactionalDelivery": ".transactional_delivery",
    "TransactionalDeliveryList": ".transactional_delivery_list",
    "TransactionalDeliveryMetrics": ".transactional_delivery_metrics",
    "TransactionalDeliveryPerson": ".transactional_delivery_person",
    "TransactionalDeliveryTrackedResponses": ".transactional_delivery_tracked_responses",
    "TransactionalLinkMetric": ".transactional_link_metric",
    "TransactionalLinkMetricLink": ".transactional_link_metric_link",
    "TransactionalLinkMetricMetric": ".transactional_link_metric_metric",
    "TransactionalLinkMetricMetricSeries": ".transactional_link_metric_metric_series",
    "TransactionalLinkMetrics": ".transactional_link_metrics",
    "TransactionalMessage": ".transactional_message",
    "TransactionalMessageList": ".transactional_message_list",
    "TransactionalMessageResponse": ".transactional_message_response",
    "TransactionalMetrics": ".transactional_metrics",
    "TransactionalMetricsMetric": ".transactional_metrics_metric",
    "TransactionalMetricsSeries": ".transactional_metrics_series",
    "TriggerBroadcastRequest": ".trigger_broadcast_request",
    "TriggerBroadcastResult": ".trigger_broadcast_result",
    "UpdateAssetFolderResponse204": ".update_asset_folder_response_204",
    "UpdateAssetResponse204": ".update_asset_response_204",
    "UpdateDesignStudioComponentResponse204": ".update_design_studio_component_response_204",
    "UpdateDesignStudioEmailLanguageResponse204": ".update_design_studio_email_language_response_204",
    "UpdateDesignStudioEmailResponse204": ".update_design_studio_email_response_204",
    "UpdateDesignStudioFolderResponse204": ".update_design_studio_folder_response_204",
    "WebhookActionMethod": ".webhook_action_method",
    "Workspace": ".workspace",
    "WorkspaceList": ".workspace_list",
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
    "ActionSendingState",
    "Activity",
    "ActivityAttributeChange",
    "ActivityAttributeChanges",
    "ActivityDeliveryData",
    "ActivityList",
    "ActivityPerson",
    "ActivityTypeName",
    "AppDeviceAttributes",
    "ArchivedMessage",
    "ArchivedMessageEnvelope",
    "Asset",
    "AssetFolder",
    "AssetFolderInput",
    "AssetFolderList",
    "AssetFolderResult",
    "AssetFolderUpdate",
    "AssetList",
    "AssetListFilters",
    "AssetListMeta",
    "AssetPagination",
    "AssetResult",
    "AssetUpdate",
    "AssetUploadForm",
    "AssetUploadInput",
    "AudienceAttributeCondition",
    "AudienceAttributeOperator",
    "AudienceFilter",
    "AudienceSegmentCondition",
    "BatchUpdateAttributesBody",
    "BatchUpdateAttributesResponse200",
    "BatchUpdateEventsBody",
    "BatchUpdateEventsResponse200",
    "Broadcast",
    "BroadcastAction",
    "BroadcastActionList",
    "BroadcastActionResponse",
    "BroadcastActionSummary",
    "BroadcastActionUpdate",
    "BroadcastDefaultAudience",
    "BroadcastFilterAudience",
    "BroadcastLinkMetricsList",
    "BroadcastList",
    "BroadcastMessageList",
    "BroadcastMessageTemplate",
    "BroadcastMetrics",
    "BroadcastPerUserData",
    "BroadcastPerUserDataData",
    "BroadcastRecipientDataFile",
    "BroadcastRecipientEmails",
    "BroadcastRecipientIds",
    "BroadcastRecipientPerUserData",
    "BroadcastResponse",
    "BroadcastTrigger",
    "BroadcastTriggerData",
    "BroadcastTriggerErrors",
    "BroadcastTriggerList",
    "Campaign",
    "CampaignAction",
    "CampaignActionList",
    "CampaignActionResponse",
    "CampaignActionSummary",
    "CampaignActionUpdate",
    "CampaignAudience",
    "CampaignJourneyMetrics",
    "CampaignJourneyMetricSeries",
    "CampaignLinkMetricsList",
    "CampaignList",
    "CampaignMessageList",
    "CampaignMessageTemplate",
    "CampaignMetrics",
    "CampaignResponse",
    "Collection",
    "CollectionInput",
    "CollectionList",
    "CollectionResult",
    "CollectionRow",
    "CollectionUpdate",
    "CreateCustomersExportBody",
    "CreateImportBody",
    "CreateNewsletterTestGroupBody",
    "CreateSuppressionBody",
    "CreateSuppressionResponse200",
    "CustomerActivity",
    "CustomerActivityList",
    "CustomerAttributes",
    "CustomerAttributesList",
    "CustomerDevice",
    "CustomerEmailMatches",
    "CustomerIdentifiers",
    "CustomerMessage",
    "CustomerMessageList",
    "CustomerMessageMetrics",
    "CustomerProfile",
    "CustomerProfileAttributes",
    "CustomerProfileTimestamps",
    "CustomerRelationship",
    "CustomerRelationshipAttributes",
    "CustomerRelationshipList",
    "CustomerRelationshipObject",
    "CustomerRelationshipTimestamps",
    "CustomerSearchResult",
    "CustomerSegment",
    "CustomerSegmentList",
    "CustomerSubscriptionHeader",
    "CustomerSubscriptionPreferences",
    "CustomerSubscriptionProfile",
    "CustomerSubscriptionTopic",
    "DataIndexAttribute",
    "DataIndexAttributePrivacyLevel",
    "DataIndexEvent",
    "DeleteAssetFolderResponse204",
    "DeleteAssetResponse204",
    "DeleteCollectionResponse204",
    "DeleteDesignStudioComponentResponse204",
    "DeleteDesignStudioEmailLanguageResponse204",
    "DeleteDesignStudioEmailResponse204",
    "DeleteDesignStudioFolderResponse204",
    "DeleteNewsletterLanguageResponse204",
    "DeleteNewsletterResponse204",
    "DeleteNewsletterTestGroupLanguageResponse204",
    "DeleteReportingWebhookResponse200",
    "DeleteSegmentResponse204",
    "DeleteSnippetResponse200",
    "DeleteSuppressionResponse200",
    "DeliveriesExportOptions",
    "DeliveriesExportOptionsMetric",
    "DeliveriesExportRequest",
    "DeliveryMessage",
    "DeliveryMessageIdentifiers",
    "DeliveryMessageMetrics",
    "DeliveryMessageTrackedResponses",
    "DeliveryMetrics",
    "DeliveryMetricsSeries",
    "DesignStudioComponent",
    "DesignStudioComponentInput",
    "DesignStudioComponentList",
    "DesignStudioComponentResult",
    "DesignStudioComponentUpdate",
    "DesignStudioEmail",
    "DesignStudioEmailContent",
    "DesignStudioEmailEnvelope",
    "DesignStudioEmailFilter",
    "DesignStudioEmailHeader",
    "DesignStudioEmailInput",
    "DesignStudioEmailList",
    "DesignStudioEmailResult",
    "DesignStudioEmailSummary",
    "DesignStudioEmailTransformers",
    "DesignStudioEmailTransformersAccessibility",
    "DesignStudioEmailTransformersCssInliner",
    "DesignStudioEmailTransformersCssVariables",
    "DesignStudioEmailTransformersEncodeEntities",
    "DesignStudioEmailTransformersFormatter",
    "DesignStudioEmailTransformersPreventWidows",
    "DesignStudioEmailTransformersRemoveUnusedCss",
    "DesignStudioEmailTransformersUrlParameters",
    "DesignStudioEmailTranslation",
    "DesignStudioEmailTranslationInput",
    "DesignStudioEmailTranslationList",
    "DesignStudioEmailTranslationResult",
    "DesignStudioEmailTranslationUpdate",
    "DesignStudioEmailUpdate",
    "DesignStudioFolder",
    "DesignStudioFolderInput",
    "DesignStudioFolderList",
    "DesignStudioFolderResult",
    "DesignStudioFolderUpdate",
    "DesignStudioListMeta",
    "DesignStudioListMetaFilters",
    "DesignStudioPagination",
    "DesignStudioSortBy",
    "EspSuppression",
    "EspSuppressionList",
    "EspSuppressionType",
    "Export",
    "ExportDownload",
    "ExportList",
    "ExportResult",
    "GetAttributesIdType",
    "GetBroadcastActionMetricsLinksPeriod",
    "GetBroadcastActionMetricsLinksType",
    "GetBroadcastActionMetricsPeriod",
    "GetBroadcastActionMetricsType",
    "GetBroadcastMessagesMetric",
    "GetBroadcastMessagesState",
    "GetBroadcastMessagesType",
    "GetBroadcastMetricsLinksPeriod",
    "GetBroadcastMetricsPeriod",
    "GetBroadcastMetricsType",
    "GetCampaignActionMetricsLinksPeriod",
    "GetCampaignActionMetricsLinksType",
    "GetCampaignActionMetricsPeriod",
    "GetCampaignActionMetricsRes",
    "GetCampaignActionMetricsType",
    "GetCampaignActionMetricsVersion",
    "GetCampaignJourneyMetricsResolution",
    "GetCampaignMessagesMetric",
    "GetCampaignMessagesType",
    "GetCampaignMetricsLinksPeriod",
    "GetCampaignMetricsPeriod",
    "GetCampaignMetricsRes",
    "GetCampaignMetricsType",
    "GetCampaignMetricsVersion",
    "GetCollectionContentResponse200Item",
    "GetCustomersAttributesBody",
    "GetCustomerSegmentsIdType",
    "GetMessagesMetric",
    "GetMessagesType",
    "GetNewsletterContentMetricsLinksPeriod",
    "GetNewsletterContentMetricsLinksType",
    "GetNewsletterContentMetricsPeriod",
    "GetNewsletterContentMetricsType",
    "GetNewsletterMessagesMetric",
    "GetNewsletterMessagesType",
    "GetNewsletterMetricsLinksPeriod",
    "GetNewsletterMetricsPeriod",
    "GetNewsletterMetricsType",
    "GetSenderIdentitiesSort",
    "GetTransactionalMessageDeliveriesMetric",
    "GetTransactionalMessageDeliveriesState",
    "GetTransactionalMessageLinkMetricsPeriod",
    "GetTransactionalMessageMetricsPeriod",
    "IdentifierType",
    "Import",
    "ImportEnvelope",
    "ImportInput",
    "ImportInputDataToProcess",
    "ImportInputIdentifier",
    "ImportInputPeopleToProcess",
    "ImportInputType",
    "IpAddressList",
    "JSONObject",
    "LinkMetrics",
    "LinkMetricsLink",
    "LinkMetricsSeries",
    "LinkMetricsSet",
    "ListDesignStudioComponentsSortOrder",
    "ListDesignStudioEmailsSortOrder",
    "ListDesignStudioFoldersSortOrder",
    "ListNewslettersSort",
    "MessageEnvelope",
    "MessageHeader",
    "MessageHeaderMap",
    "MessageList",
    "Newsletter",
    "NewsletterContent",
    "NewsletterContentList",
    "NewsletterContentResponse",
    "NewsletterContentUpdate",
    "NewsletterCreateRequest",
    "NewsletterCreateRequestRequestMethod",
    "NewsletterCreateRequestType",
    "NewsletterLanguageCreate",
    "NewsletterLinkMetricsList",
    "NewsletterList",
    "NewsletterMessageList",
    "NewsletterMetricsResponse",
    "NewsletterRateLimit",
    "NewsletterRateLimitRateLimitTimePeriod",
    "NewsletterRecipients",
    "NewsletterRecipientsAndItem",
    "NewsletterRecipientsAttribute",
    "NewsletterRecipientsAttributeOperator",
    "NewsletterRecipientsNot",
    "NewsletterRecipientsOrItem",
    "NewsletterRecipientsSegment",
    "NewsletterResponse",
    "NewsletterScheduleRequest",
    "NewsletterTestGroup",
    "NewsletterTestGroupList",
    "ObjectAttributes",
    "ObjectDetail",
    "ObjectDetailAttributes",
    "ObjectDetailTimestamps",
    "ObjectIdType",
    "ObjectKeys",
    "ObjectRelationship",
    "ObjectRelationshipList",
    "ObjectSearchCondition",
    "ObjectSearchConditionOperator",
    "ObjectSearchFilter",
    "ObjectSearchIdentifier",
    "ObjectSearchRequest",
    "ObjectSearchResult",
    "ObjectType",
    "ObjectTypeList",
    "ReportingWebhook",
    "ReportingWebhookEvent",
    "ReportingWebhookInput",
    "ReportingWebhookList",
    "ReportingWebhookUpdate",
    "SearchCustomersBody",
    "Segment",
    "SegmentCreateRequest",
    "SegmentCustomerCount",
    "SegmentInput",
    "SegmentList",
    "SegmentMember",
    "SegmentMembership",
    "SegmentResponse",
    "SegmentUsage",
    "SegmentUsedBy",
    "SendEmailMessage",
    "SendEmailMessageAttachments",
    "SendEmailMessageHeaders",
    "SendEmailMessageMessageData",
    "SenderIdentity",
    "SenderIdentityEnvelope",
    "SenderIdentityList",
    "SenderIdentityUsage",
    "SendIdentifiers",
    "SendInAppMessage",
    "SendInAppMessageMessageData",
    "SendInboxMessage",
    "SendInboxMessageMessageData",
    "SendMessageResult",
    "SendPushAndroidPayload",
    "SendPushAndroidPayloadMessage",
    "SendPushAndroidPayloadMessageAndroid",
    "SendPushAndroidPayloadMessageAndroidNotification",
    "SendPushAndroidPayloadMessageData",
    "SendPushAndroidPayloadMessageNotification",
    "SendPushAps",
    "SendPushApsAlert",
    "SendPushApsInterruptionLevel",
    "SendPushApsSound",
    "SendPushCustomPayload",
    "SendPushDevice",
    "SendPushDevicePlatform",
    "SendPushIosApnsPayload",
    "SendPushIosApnsPayloadCIO",
    "SendPushIosApnsPayloadCIOPush",
    "SendPushIosFcmPayload",
    "SendPushIosFcmPayloadMessage",
    "SendPushIosFcmPayloadMessageApns",
    "SendPushIosFcmPayloadMessageApnsHeaders",
    "SendPushIosFcmPayloadMessageApnsPayload",
    "SendPushIosFcmPayloadMessageApnsPayloadCIO",
    "SendPushIosFcmPayloadMessageApnsPayloadCIOPush",
    "SendPushMessage",
    "SendPushMessageCustomData",
    "SendPushMessageMessageData",
    "SendPushMessageSound",
    "SendPushMessageToType0",
    "SendSmsMessage",
    "SendSmsMessageMessageData",
    "SendWhatsAppMessage",
    "SendWhatsAppMessageMessageData",
    "Snippet",
    "SnippetEnvelope",
    "SnippetInput",
    "SnippetList",
    "SubscriptionCenterToken",
    "SubscriptionChannel",
    "SubscriptionChannelList",
    "SubscriptionTopic",
    "SubscriptionTopicList",
    "TransactionalContent",
    "TransactionalContentList",
    "TransactionalContentResponse",
    "TransactionalContentUpdate",
    "TransactionalDelivery",
    "TransactionalDeliveryList",
    "TransactionalDeliveryMetrics",
    "TransactionalDeliveryPerson",
    "TransactionalDeliveryTrackedResponses",
    "TransactionalLinkMetric",
    "TransactionalLinkMetricLink",
    "TransactionalLinkMetricMetric",
    "TransactionalLinkMetricMetricSeries",
    "TransactionalLinkMetrics",
    "TransactionalMessage",
    "TransactionalMessageList",
    "TransactionalMessageResponse",
    "TransactionalMetrics",
    "TransactionalMetricsMetric",
    "TransactionalMetricsSeries",
    "TriggerBroadcastRequest",
    "TriggerBroadcastResult",
    "UpdateAssetFolderResponse204",
    "UpdateAssetResponse204",
    "UpdateDesignStudioComponentResponse204",
    "UpdateDesignStudioEmailLanguageResponse204",
    "UpdateDesignStudioEmailResponse204",
    "UpdateDesignStudioFolderResponse204",
    "WebhookActionMethod",
    "Workspace",
    "WorkspaceList",
)
