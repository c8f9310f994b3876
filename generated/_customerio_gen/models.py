"""Every typed model of the three APIs, importable from one place (`customerio.models`).

Rendered by `make generate`; do not edit. Importing this module imports all models; the clients
never do (each operation imports only its own response model, when first called).
"""

from _customerio_gen._runtime import UNSET, Unset
from _customerio_gen.app.models.activity import Activity
from _customerio_gen.app.models.activity_data import ActivityData
from _customerio_gen.app.models.activity_list import ActivityList
from _customerio_gen.app.models.activity_person import ActivityPerson
from _customerio_gen.app.models.archived_message import ArchivedMessage
from _customerio_gen.app.models.archived_message_envelope import ArchivedMessageEnvelope
from _customerio_gen.app.models.asset import Asset
from _customerio_gen.app.models.asset_folder import AssetFolder
from _customerio_gen.app.models.asset_folder_input import AssetFolderInput
from _customerio_gen.app.models.asset_folder_list import AssetFolderList
from _customerio_gen.app.models.asset_folder_result import AssetFolderResult
from _customerio_gen.app.models.asset_folder_update import AssetFolderUpdate
from _customerio_gen.app.models.asset_list import AssetList
from _customerio_gen.app.models.asset_list_filters import AssetListFilters
from _customerio_gen.app.models.asset_list_meta import AssetListMeta
from _customerio_gen.app.models.asset_pagination import AssetPagination
from _customerio_gen.app.models.asset_result import AssetResult
from _customerio_gen.app.models.asset_update import AssetUpdate
from _customerio_gen.app.models.asset_upload_form import AssetUploadForm
from _customerio_gen.app.models.asset_upload_input import AssetUploadInput
from _customerio_gen.app.models.audience_attribute_condition import AudienceAttributeCondition
from _customerio_gen.app.models.audience_attribute_operator import AudienceAttributeOperator
from _customerio_gen.app.models.audience_filter import AudienceFilter
from _customerio_gen.app.models.audience_segment_condition import AudienceSegmentCondition
from _customerio_gen.app.models.batch_update_attributes_body import BatchUpdateAttributesBody
from _customerio_gen.app.models.batch_update_attributes_response_200 import BatchUpdateAttributesResponse200
from _customerio_gen.app.models.batch_update_events_body import BatchUpdateEventsBody
from _customerio_gen.app.models.batch_update_events_response_200 import BatchUpdateEventsResponse200
from _customerio_gen.app.models.broadcast import Broadcast
from _customerio_gen.app.models.broadcast_action import BroadcastAction
from _customerio_gen.app.models.broadcast_action_list import BroadcastActionList
from _customerio_gen.app.models.broadcast_action_response import BroadcastActionResponse
from _customerio_gen.app.models.broadcast_action_summary import BroadcastActionSummary
from _customerio_gen.app.models.broadcast_action_update import BroadcastActionUpdate
from _customerio_gen.app.models.broadcast_action_update_method import BroadcastActionUpdateMethod
from _customerio_gen.app.models.broadcast_action_update_sending_state import BroadcastActionUpdateSendingState
from _customerio_gen.app.models.broadcast_link_metrics_list import BroadcastLinkMetricsList
from _customerio_gen.app.models.broadcast_list import BroadcastList
from _customerio_gen.app.models.broadcast_message_list import BroadcastMessageList
from _customerio_gen.app.models.broadcast_metrics import BroadcastMetrics
from _customerio_gen.app.models.broadcast_response import BroadcastResponse
from _customerio_gen.app.models.broadcast_trigger import BroadcastTrigger
from _customerio_gen.app.models.broadcast_trigger_errors import BroadcastTriggerErrors
from _customerio_gen.app.models.broadcast_trigger_list import BroadcastTriggerList
from _customerio_gen.app.models.campaign import Campaign
from _customerio_gen.app.models.campaign_action import CampaignAction
from _customerio_gen.app.models.campaign_action_list import CampaignActionList
from _customerio_gen.app.models.campaign_action_response import CampaignActionResponse
from _customerio_gen.app.models.campaign_action_summary import CampaignActionSummary
from _customerio_gen.app.models.campaign_action_update import CampaignActionUpdate
from _customerio_gen.app.models.campaign_action_update_method import CampaignActionUpdateMethod
from _customerio_gen.app.models.campaign_action_update_sending_state import CampaignActionUpdateSendingState
from _customerio_gen.app.models.campaign_audience import CampaignAudience
from _customerio_gen.app.models.campaign_journey_metric_series import CampaignJourneyMetricSeries
from _customerio_gen.app.models.campaign_journey_metrics import CampaignJourneyMetrics
from _customerio_gen.app.models.campaign_link_metrics_list import CampaignLinkMetricsList
from _customerio_gen.app.models.campaign_list import CampaignList
from _customerio_gen.app.models.campaign_message_list import CampaignMessageList
from _customerio_gen.app.models.campaign_metrics import CampaignMetrics
from _customerio_gen.app.models.campaign_response import CampaignResponse
from _customerio_gen.app.models.collection import Collection
from _customerio_gen.app.models.collection_input import CollectionInput
from _customerio_gen.app.models.collection_list import CollectionList
from _customerio_gen.app.models.collection_result import CollectionResult
from _customerio_gen.app.models.collection_row import CollectionRow
from _customerio_gen.app.models.collection_update import CollectionUpdate
from _customerio_gen.app.models.create_customers_export_body import CreateCustomersExportBody
from _customerio_gen.app.models.create_import_body import CreateImportBody
from _customerio_gen.app.models.create_newsletter_test_group_body import CreateNewsletterTestGroupBody
from _customerio_gen.app.models.create_suppression_body import CreateSuppressionBody
from _customerio_gen.app.models.create_suppression_response_200 import CreateSuppressionResponse200
from _customerio_gen.app.models.customer_activity import CustomerActivity
from _customerio_gen.app.models.customer_activity_data import CustomerActivityData
from _customerio_gen.app.models.customer_activity_list import CustomerActivityList
from _customerio_gen.app.models.customer_attributes import CustomerAttributes
from _customerio_gen.app.models.customer_attributes_list import CustomerAttributesList
from _customerio_gen.app.models.customer_device import CustomerDevice
from _customerio_gen.app.models.customer_device_attributes import CustomerDeviceAttributes
from _customerio_gen.app.models.customer_email_matches import CustomerEmailMatches
from _customerio_gen.app.models.customer_identifiers import CustomerIdentifiers
from _customerio_gen.app.models.customer_message import CustomerMessage
from _customerio_gen.app.models.customer_message_list import CustomerMessageList
from _customerio_gen.app.models.customer_message_metrics import CustomerMessageMetrics
from _customerio_gen.app.models.customer_profile import CustomerProfile
from _customerio_gen.app.models.customer_profile_attributes import CustomerProfileAttributes
from _customerio_gen.app.models.customer_profile_timestamps import CustomerProfileTimestamps
from _customerio_gen.app.models.customer_relationship import CustomerRelationship
from _customerio_gen.app.models.customer_relationship_attributes import CustomerRelationshipAttributes
from _customerio_gen.app.models.customer_relationship_list import CustomerRelationshipList
from _customerio_gen.app.models.customer_relationship_object import CustomerRelationshipObject
from _customerio_gen.app.models.customer_relationship_timestamps import CustomerRelationshipTimestamps
from _customerio_gen.app.models.customer_search_result import CustomerSearchResult
from _customerio_gen.app.models.customer_segment import CustomerSegment
from _customerio_gen.app.models.customer_segment_list import CustomerSegmentList
from _customerio_gen.app.models.customer_subscription_header import CustomerSubscriptionHeader
from _customerio_gen.app.models.customer_subscription_preferences import CustomerSubscriptionPreferences
from _customerio_gen.app.models.customer_subscription_profile import CustomerSubscriptionProfile
from _customerio_gen.app.models.customer_subscription_topic import CustomerSubscriptionTopic
from _customerio_gen.app.models.data_index_attribute import DataIndexAttribute
from _customerio_gen.app.models.data_index_attribute_privacy_level import DataIndexAttributePrivacyLevel
from _customerio_gen.app.models.data_index_event import DataIndexEvent
from _customerio_gen.app.models.delete_asset_folder_response_204 import DeleteAssetFolderResponse204
from _customerio_gen.app.models.delete_asset_response_204 import DeleteAssetResponse204
from _customerio_gen.app.models.delete_collection_response_204 import DeleteCollectionResponse204
from _customerio_gen.app.models.delete_design_studio_component_response_204 import (
    DeleteDesignStudioComponentResponse204,
)
from _customerio_gen.app.models.delete_design_studio_email_language_response_204 import (
    DeleteDesignStudioEmailLanguageResponse204,
)
from _customerio_gen.app.models.delete_design_studio_email_response_204 import DeleteDesignStudioEmailResponse204
from _customerio_gen.app.models.delete_design_studio_folder_response_204 import DeleteDesignStudioFolderResponse204
from _customerio_gen.app.models.delete_newsletter_language_response_204 import DeleteNewsletterLanguageResponse204
from _customerio_gen.app.models.delete_newsletter_response_204 import DeleteNewsletterResponse204
from _customerio_gen.app.models.delete_newsletter_test_group_language_response_204 import (
    DeleteNewsletterTestGroupLanguageResponse204,
)
from _customerio_gen.app.models.delete_reporting_webhook_response_200 import DeleteReportingWebhookResponse200
from _customerio_gen.app.models.delete_segment_response_204 import DeleteSegmentResponse204
from _customerio_gen.app.models.delete_snippet_response_200 import DeleteSnippetResponse200
from _customerio_gen.app.models.delete_suppression_response_200 import DeleteSuppressionResponse200
from _customerio_gen.app.models.deliveries_export_options import DeliveriesExportOptions
from _customerio_gen.app.models.deliveries_export_options_metric import DeliveriesExportOptionsMetric
from _customerio_gen.app.models.deliveries_export_request import DeliveriesExportRequest
from _customerio_gen.app.models.delivery_message import DeliveryMessage
from _customerio_gen.app.models.delivery_message_identifiers import DeliveryMessageIdentifiers
from _customerio_gen.app.models.delivery_message_metrics import DeliveryMessageMetrics
from _customerio_gen.app.models.delivery_message_tracked_responses import DeliveryMessageTrackedResponses
from _customerio_gen.app.models.delivery_metrics import DeliveryMetrics
from _customerio_gen.app.models.delivery_metrics_series import DeliveryMetricsSeries
from _customerio_gen.app.models.design_studio_component import DesignStudioComponent
from _customerio_gen.app.models.design_studio_component_input import DesignStudioComponentInput
from _customerio_gen.app.models.design_studio_component_list import DesignStudioComponentList
from _customerio_gen.app.models.design_studio_component_result import DesignStudioComponentResult
from _customerio_gen.app.models.design_studio_component_update import DesignStudioComponentUpdate
from _customerio_gen.app.models.design_studio_email import DesignStudioEmail
from _customerio_gen.app.models.design_studio_email_content import DesignStudioEmailContent
from _customerio_gen.app.models.design_studio_email_envelope import DesignStudioEmailEnvelope
from _customerio_gen.app.models.design_studio_email_filter import DesignStudioEmailFilter
from _customerio_gen.app.models.design_studio_email_header import DesignStudioEmailHeader
from _customerio_gen.app.models.design_studio_email_input import DesignStudioEmailInput
from _customerio_gen.app.models.design_studio_email_list import DesignStudioEmailList
from _customerio_gen.app.models.design_studio_email_result import DesignStudioEmailResult
from _customerio_gen.app.models.design_studio_email_summary import DesignStudioEmailSummary
from _customerio_gen.app.models.design_studio_email_transformers import DesignStudioEmailTransformers
from _customerio_gen.app.models.design_studio_email_transformers_accessibility import (
    DesignStudioEmailTransformersAccessibility,
)
from _customerio_gen.app.models.design_studio_email_transformers_css_inliner import (
    DesignStudioEmailTransformersCssInliner,
)
from _customerio_gen.app.models.design_studio_email_transformers_css_variables import (
    DesignStudioEmailTransformersCssVariables,
)
from _customerio_gen.app.models.design_studio_email_transformers_encode_entities import (
    DesignStudioEmailTransformersEncodeEntities,
)
from _customerio_gen.app.models.design_studio_email_transformers_formatter import DesignStudioEmailTransformersFormatter
from _customerio_gen.app.models.design_studio_email_transformers_prevent_widows import (
    DesignStudioEmailTransformersPreventWidows,
)
from _customerio_gen.app.models.design_studio_email_transformers_remove_unused_css import (
    DesignStudioEmailTransformersRemoveUnusedCss,
)
from _customerio_gen.app.models.design_studio_email_transformers_url_parameters import (
    DesignStudioEmailTransformersUrlParameters,
)
from _customerio_gen.app.models.design_studio_email_translation import DesignStudioEmailTranslation
from _customerio_gen.app.models.design_studio_email_translation_input import DesignStudioEmailTranslationInput
from _customerio_gen.app.models.design_studio_email_translation_list import DesignStudioEmailTranslationList
from _customerio_gen.app.models.design_studio_email_translation_result import DesignStudioEmailTranslationResult
from _customerio_gen.app.models.design_studio_email_translation_update import DesignStudioEmailTranslationUpdate
from _customerio_gen.app.models.design_studio_email_update import DesignStudioEmailUpdate
from _customerio_gen.app.models.design_studio_folder import DesignStudioFolder
from _customerio_gen.app.models.design_studio_folder_input import DesignStudioFolderInput
from _customerio_gen.app.models.design_studio_folder_list import DesignStudioFolderList
from _customerio_gen.app.models.design_studio_folder_result import DesignStudioFolderResult
from _customerio_gen.app.models.design_studio_folder_update import DesignStudioFolderUpdate
from _customerio_gen.app.models.design_studio_list_meta import DesignStudioListMeta
from _customerio_gen.app.models.design_studio_list_meta_filters import DesignStudioListMetaFilters
from _customerio_gen.app.models.design_studio_pagination import DesignStudioPagination
from _customerio_gen.app.models.design_studio_sort_by import DesignStudioSortBy
from _customerio_gen.app.models.esp_suppression import EspSuppression
from _customerio_gen.app.models.esp_suppression_list import EspSuppressionList
from _customerio_gen.app.models.esp_suppression_type import EspSuppressionType
from _customerio_gen.app.models.export import Export
from _customerio_gen.app.models.export_download import ExportDownload
from _customerio_gen.app.models.export_list import ExportList
from _customerio_gen.app.models.export_result import ExportResult
from _customerio_gen.app.models.get_attributes_id_type import GetAttributesIdType
from _customerio_gen.app.models.get_broadcast_action_metrics_links_period import GetBroadcastActionMetricsLinksPeriod
from _customerio_gen.app.models.get_broadcast_action_metrics_period import GetBroadcastActionMetricsPeriod
from _customerio_gen.app.models.get_broadcast_messages_type import GetBroadcastMessagesType
from _customerio_gen.app.models.get_broadcast_metrics_links_period import GetBroadcastMetricsLinksPeriod
from _customerio_gen.app.models.get_broadcast_metrics_period import GetBroadcastMetricsPeriod
from _customerio_gen.app.models.get_broadcast_metrics_type import GetBroadcastMetricsType
from _customerio_gen.app.models.get_campaign_action_metrics_links_period import GetCampaignActionMetricsLinksPeriod
from _customerio_gen.app.models.get_campaign_action_metrics_period import GetCampaignActionMetricsPeriod
from _customerio_gen.app.models.get_campaign_action_metrics_res import GetCampaignActionMetricsRes
from _customerio_gen.app.models.get_campaign_action_metrics_version import GetCampaignActionMetricsVersion
from _customerio_gen.app.models.get_campaign_journey_metrics_resolution import GetCampaignJourneyMetricsResolution
from _customerio_gen.app.models.get_campaign_messages_type import GetCampaignMessagesType
from _customerio_gen.app.models.get_campaign_metrics_links_period import GetCampaignMetricsLinksPeriod
from _customerio_gen.app.models.get_campaign_metrics_period import GetCampaignMetricsPeriod
from _customerio_gen.app.models.get_campaign_metrics_res import GetCampaignMetricsRes
from _customerio_gen.app.models.get_campaign_metrics_type import GetCampaignMetricsType
from _customerio_gen.app.models.get_campaign_metrics_version import GetCampaignMetricsVersion
from _customerio_gen.app.models.get_collection_content_response_200_item import GetCollectionContentResponse200Item
from _customerio_gen.app.models.get_customer_segments_id_type import GetCustomerSegmentsIdType
from _customerio_gen.app.models.get_customers_attributes_body import GetCustomersAttributesBody
from _customerio_gen.app.models.get_newsletter_content_metrics_links_period import (
    GetNewsletterContentMetricsLinksPeriod,
)
from _customerio_gen.app.models.get_newsletter_content_metrics_period import GetNewsletterContentMetricsPeriod
from _customerio_gen.app.models.get_newsletter_messages_type import GetNewsletterMessagesType
from _customerio_gen.app.models.get_newsletter_metrics_links_period import GetNewsletterMetricsLinksPeriod
from _customerio_gen.app.models.get_newsletter_metrics_period import GetNewsletterMetricsPeriod
from _customerio_gen.app.models.get_sender_identities_sort import GetSenderIdentitiesSort
from _customerio_gen.app.models.get_transactional_message_link_metrics_period import (
    GetTransactionalMessageLinkMetricsPeriod,
)
from _customerio_gen.app.models.get_transactional_message_metrics_period import GetTransactionalMessageMetricsPeriod
from _customerio_gen.app.models.import_ import Import
from _customerio_gen.app.models.import_envelope import ImportEnvelope
from _customerio_gen.app.models.import_input import ImportInput
from _customerio_gen.app.models.import_input_data_to_process import ImportInputDataToProcess
from _customerio_gen.app.models.import_input_identifier import ImportInputIdentifier
from _customerio_gen.app.models.import_input_people_to_process import ImportInputPeopleToProcess
from _customerio_gen.app.models.import_input_type import ImportInputType
from _customerio_gen.app.models.ip_address_list import IpAddressList
from _customerio_gen.app.models.json_object import JSONObject
from _customerio_gen.app.models.link_metrics import LinkMetrics
from _customerio_gen.app.models.link_metrics_link import LinkMetricsLink
from _customerio_gen.app.models.link_metrics_series import LinkMetricsSeries
from _customerio_gen.app.models.link_metrics_set import LinkMetricsSet
from _customerio_gen.app.models.list_design_studio_components_sort_order import ListDesignStudioComponentsSortOrder
from _customerio_gen.app.models.list_design_studio_emails_sort_order import ListDesignStudioEmailsSortOrder
from _customerio_gen.app.models.list_design_studio_folders_sort_order import ListDesignStudioFoldersSortOrder
from _customerio_gen.app.models.list_newsletters_sort import ListNewslettersSort
from _customerio_gen.app.models.message_envelope import MessageEnvelope
from _customerio_gen.app.models.message_list import MessageList
from _customerio_gen.app.models.newsletter import Newsletter
from _customerio_gen.app.models.newsletter_content import NewsletterContent
from _customerio_gen.app.models.newsletter_content_list import NewsletterContentList
from _customerio_gen.app.models.newsletter_content_response import NewsletterContentResponse
from _customerio_gen.app.models.newsletter_content_update import NewsletterContentUpdate
from _customerio_gen.app.models.newsletter_content_update_headers_item import NewsletterContentUpdateHeadersItem
from _customerio_gen.app.models.newsletter_create_request import NewsletterCreateRequest
from _customerio_gen.app.models.newsletter_create_request_request_method import NewsletterCreateRequestRequestMethod
from _customerio_gen.app.models.newsletter_create_request_type import NewsletterCreateRequestType
from _customerio_gen.app.models.newsletter_language_create import NewsletterLanguageCreate
from _customerio_gen.app.models.newsletter_link_metrics_list import NewsletterLinkMetricsList
from _customerio_gen.app.models.newsletter_list import NewsletterList
from _customerio_gen.app.models.newsletter_message_list import NewsletterMessageList
from _customerio_gen.app.models.newsletter_metrics_response import NewsletterMetricsResponse
from _customerio_gen.app.models.newsletter_rate_limit import NewsletterRateLimit
from _customerio_gen.app.models.newsletter_rate_limit_rate_limit_time_period import (
    NewsletterRateLimitRateLimitTimePeriod,
)
from _customerio_gen.app.models.newsletter_recipients import NewsletterRecipients
from _customerio_gen.app.models.newsletter_recipients_and_item import NewsletterRecipientsAndItem
from _customerio_gen.app.models.newsletter_recipients_attribute import NewsletterRecipientsAttribute
from _customerio_gen.app.models.newsletter_recipients_attribute_operator import NewsletterRecipientsAttributeOperator
from _customerio_gen.app.models.newsletter_recipients_not import NewsletterRecipientsNot
from _customerio_gen.app.models.newsletter_recipients_or_item import NewsletterRecipientsOrItem
from _customerio_gen.app.models.newsletter_recipients_segment import NewsletterRecipientsSegment
from _customerio_gen.app.models.newsletter_response import NewsletterResponse
from _customerio_gen.app.models.newsletter_schedule_request import NewsletterScheduleRequest
from _customerio_gen.app.models.newsletter_test_group import NewsletterTestGroup
from _customerio_gen.app.models.newsletter_test_group_list import NewsletterTestGroupList
from _customerio_gen.app.models.object_attributes import ObjectAttributes
from _customerio_gen.app.models.object_detail import ObjectDetail
from _customerio_gen.app.models.object_detail_attributes import ObjectDetailAttributes
from _customerio_gen.app.models.object_detail_timestamps import ObjectDetailTimestamps
from _customerio_gen.app.models.object_id_type import ObjectIdType
from _customerio_gen.app.models.object_keys import ObjectKeys
from _customerio_gen.app.models.object_relationship import ObjectRelationship
from _customerio_gen.app.models.object_relationship_list import ObjectRelationshipList
from _customerio_gen.app.models.object_search_condition import ObjectSearchCondition
from _customerio_gen.app.models.object_search_condition_operator import ObjectSearchConditionOperator
from _customerio_gen.app.models.object_search_filter import ObjectSearchFilter
from _customerio_gen.app.models.object_search_identifier import ObjectSearchIdentifier
from _customerio_gen.app.models.object_search_request import ObjectSearchRequest
from _customerio_gen.app.models.object_search_result import ObjectSearchResult
from _customerio_gen.app.models.object_type import ObjectType
from _customerio_gen.app.models.object_type_list import ObjectTypeList
from _customerio_gen.app.models.reporting_webhook import ReportingWebhook
from _customerio_gen.app.models.reporting_webhook_input import ReportingWebhookInput
from _customerio_gen.app.models.reporting_webhook_list import ReportingWebhookList
from _customerio_gen.app.models.reporting_webhook_update import ReportingWebhookUpdate
from _customerio_gen.app.models.search_customers_body import SearchCustomersBody
from _customerio_gen.app.models.segment import Segment
from _customerio_gen.app.models.segment_create_request import SegmentCreateRequest
from _customerio_gen.app.models.segment_customer_count import SegmentCustomerCount
from _customerio_gen.app.models.segment_input import SegmentInput
from _customerio_gen.app.models.segment_list import SegmentList
from _customerio_gen.app.models.segment_member import SegmentMember
from _customerio_gen.app.models.segment_membership import SegmentMembership
from _customerio_gen.app.models.segment_response import SegmentResponse
from _customerio_gen.app.models.segment_usage import SegmentUsage
from _customerio_gen.app.models.segment_used_by import SegmentUsedBy
from _customerio_gen.app.models.send_email_message import SendEmailMessage
from _customerio_gen.app.models.send_email_message_attachments import SendEmailMessageAttachments
from _customerio_gen.app.models.send_email_message_headers import SendEmailMessageHeaders
from _customerio_gen.app.models.send_email_message_message_data import SendEmailMessageMessageData
from _customerio_gen.app.models.send_identifiers import SendIdentifiers
from _customerio_gen.app.models.send_in_app_message import SendInAppMessage
from _customerio_gen.app.models.send_in_app_message_message_data import SendInAppMessageMessageData
from _customerio_gen.app.models.send_inbox_message import SendInboxMessage
from _customerio_gen.app.models.send_inbox_message_message_data import SendInboxMessageMessageData
from _customerio_gen.app.models.send_message_result import SendMessageResult
from _customerio_gen.app.models.send_push_message import SendPushMessage
from _customerio_gen.app.models.send_push_message_custom_data import SendPushMessageCustomData
from _customerio_gen.app.models.send_push_message_custom_device import SendPushMessageCustomDevice
from _customerio_gen.app.models.send_push_message_custom_device_attributes import SendPushMessageCustomDeviceAttributes
from _customerio_gen.app.models.send_push_message_custom_device_platform import SendPushMessageCustomDevicePlatform
from _customerio_gen.app.models.send_push_message_custom_payload import SendPushMessageCustomPayload
from _customerio_gen.app.models.send_push_message_message_data import SendPushMessageMessageData
from _customerio_gen.app.models.send_sms_message import SendSmsMessage
from _customerio_gen.app.models.send_sms_message_message_data import SendSmsMessageMessageData
from _customerio_gen.app.models.send_whats_app_message import SendWhatsAppMessage
from _customerio_gen.app.models.send_whats_app_message_message_data import SendWhatsAppMessageMessageData
from _customerio_gen.app.models.sender_identity import SenderIdentity
from _customerio_gen.app.models.sender_identity_envelope import SenderIdentityEnvelope
from _customerio_gen.app.models.sender_identity_list import SenderIdentityList
from _customerio_gen.app.models.sender_identity_usage import SenderIdentityUsage
from _customerio_gen.app.models.snippet import Snippet
from _customerio_gen.app.models.snippet_envelope import SnippetEnvelope
from _customerio_gen.app.models.snippet_input import SnippetInput
from _customerio_gen.app.models.snippet_list import SnippetList
from _customerio_gen.app.models.subscription_center_token import SubscriptionCenterToken
from _customerio_gen.app.models.subscription_channel import SubscriptionChannel
from _customerio_gen.app.models.subscription_channel_list import SubscriptionChannelList
from _customerio_gen.app.models.subscription_topic import SubscriptionTopic
from _customerio_gen.app.models.subscription_topic_list import SubscriptionTopicList
from _customerio_gen.app.models.transactional_content import TransactionalContent
from _customerio_gen.app.models.transactional_content_list import TransactionalContentList
from _customerio_gen.app.models.transactional_content_response import TransactionalContentResponse
from _customerio_gen.app.models.transactional_content_update import TransactionalContentUpdate
from _customerio_gen.app.models.transactional_content_update_headers_item import TransactionalContentUpdateHeadersItem
from _customerio_gen.app.models.transactional_delivery import TransactionalDelivery
from _customerio_gen.app.models.transactional_delivery_list import TransactionalDeliveryList
from _customerio_gen.app.models.transactional_delivery_metrics import TransactionalDeliveryMetrics
from _customerio_gen.app.models.transactional_delivery_person import TransactionalDeliveryPerson
from _customerio_gen.app.models.transactional_delivery_tracked_responses import TransactionalDeliveryTrackedResponses
from _customerio_gen.app.models.transactional_link_metric import TransactionalLinkMetric
from _customerio_gen.app.models.transactional_link_metric_link import TransactionalLinkMetricLink
from _customerio_gen.app.models.transactional_link_metric_metric import TransactionalLinkMetricMetric
from _customerio_gen.app.models.transactional_link_metric_metric_series import TransactionalLinkMetricMetricSeries
from _customerio_gen.app.models.transactional_link_metrics import TransactionalLinkMetrics
from _customerio_gen.app.models.transactional_message import TransactionalMessage
from _customerio_gen.app.models.transactional_message_list import TransactionalMessageList
from _customerio_gen.app.models.transactional_message_response import TransactionalMessageResponse
from _customerio_gen.app.models.transactional_metrics import TransactionalMetrics
from _customerio_gen.app.models.transactional_metrics_metric import TransactionalMetricsMetric
from _customerio_gen.app.models.transactional_metrics_series import TransactionalMetricsSeries
from _customerio_gen.app.models.trigger_broadcast_request import TriggerBroadcastRequest
from _customerio_gen.app.models.trigger_broadcast_request_data import TriggerBroadcastRequestData
from _customerio_gen.app.models.trigger_broadcast_request_per_user_data_item import (
    TriggerBroadcastRequestPerUserDataItem,
)
from _customerio_gen.app.models.trigger_broadcast_request_recipients import TriggerBroadcastRequestRecipients
from _customerio_gen.app.models.trigger_broadcast_result import TriggerBroadcastResult
from _customerio_gen.app.models.update_asset_folder_response_204 import UpdateAssetFolderResponse204
from _customerio_gen.app.models.update_asset_response_204 import UpdateAssetResponse204
from _customerio_gen.app.models.update_design_studio_component_response_204 import (
    UpdateDesignStudioComponentResponse204,
)
from _customerio_gen.app.models.update_design_studio_email_language_response_204 import (
    UpdateDesignStudioEmailLanguageResponse204,
)
from _customerio_gen.app.models.update_design_studio_email_response_204 import UpdateDesignStudioEmailResponse204
from _customerio_gen.app.models.update_design_studio_folder_response_204 import UpdateDesignStudioFolderResponse204
from _customerio_gen.app.models.workspace import Workspace
from _customerio_gen.app.models.workspace_list import WorkspaceList
from _customerio_gen.pipelines.models.pipelines_alias_request import PipelinesAliasRequest
from _customerio_gen.pipelines.models.pipelines_batch_item import PipelinesBatchItem
from _customerio_gen.pipelines.models.pipelines_batch_item_type import PipelinesBatchItemType
from _customerio_gen.pipelines.models.pipelines_batch_request import PipelinesBatchRequest
from _customerio_gen.pipelines.models.pipelines_common_fields import PipelinesCommonFields
from _customerio_gen.pipelines.models.pipelines_context import PipelinesContext
from _customerio_gen.pipelines.models.pipelines_context_app import PipelinesContextApp
from _customerio_gen.pipelines.models.pipelines_context_campaign import PipelinesContextCampaign
from _customerio_gen.pipelines.models.pipelines_context_device import PipelinesContextDevice
from _customerio_gen.pipelines.models.pipelines_context_network import PipelinesContextNetwork
from _customerio_gen.pipelines.models.pipelines_context_os import PipelinesContextOs
from _customerio_gen.pipelines.models.pipelines_context_page import PipelinesContextPage
from _customerio_gen.pipelines.models.pipelines_group_request import PipelinesGroupRequest
from _customerio_gen.pipelines.models.pipelines_identify_request import PipelinesIdentifyRequest
from _customerio_gen.pipelines.models.pipelines_integrations import PipelinesIntegrations
from _customerio_gen.pipelines.models.pipelines_library import PipelinesLibrary
from _customerio_gen.pipelines.models.pipelines_page_request import PipelinesPageRequest
from _customerio_gen.pipelines.models.pipelines_properties import PipelinesProperties
from _customerio_gen.pipelines.models.pipelines_response import PipelinesResponse
from _customerio_gen.pipelines.models.pipelines_response_meta import PipelinesResponseMeta
from _customerio_gen.pipelines.models.pipelines_screen_request import PipelinesScreenRequest
from _customerio_gen.pipelines.models.pipelines_track_request import PipelinesTrackRequest
from _customerio_gen.track.models.add_customers_to_segment_response_200 import AddCustomersToSegmentResponse200
from _customerio_gen.track.models.add_device_response_200 import AddDeviceResponse200
from _customerio_gen.track.models.batch_body import BatchBody
from _customerio_gen.track.models.delete_device_response_200 import DeleteDeviceResponse200
from _customerio_gen.track.models.destroy_response_200 import DestroyResponse200
from _customerio_gen.track.models.entity_response_200 import EntityResponse200
from _customerio_gen.track.models.identifier_type import IdentifierType
from _customerio_gen.track.models.identify_response_200 import IdentifyResponse200
from _customerio_gen.track.models.merge_customers_response_200 import MergeCustomersResponse200
from _customerio_gen.track.models.remove_customers_from_segment_response_200 import (
    RemoveCustomersFromSegmentResponse200,
)
from _customerio_gen.track.models.report_metric_response_200 import ReportMetricResponse200
from _customerio_gen.track.models.submit_form_body import SubmitFormBody
from _customerio_gen.track.models.submit_form_body_data import SubmitFormBodyData
from _customerio_gen.track.models.submit_form_response_200 import SubmitFormResponse200
from _customerio_gen.track.models.suppress_response_200 import SuppressResponse200
from _customerio_gen.track.models.track_account_region import TrackAccountRegion
from _customerio_gen.track.models.track_anonymous_response_200 import TrackAnonymousResponse200
from _customerio_gen.track.models.track_attributes import TrackAttributes
from _customerio_gen.track.models.track_batch_error import TrackBatchError
from _customerio_gen.track.models.track_batch_result import TrackBatchResult
from _customerio_gen.track.models.track_device_request import TrackDeviceRequest
from _customerio_gen.track.models.track_device_request_device import TrackDeviceRequestDevice
from _customerio_gen.track.models.track_device_request_device_attributes import TrackDeviceRequestDeviceAttributes
from _customerio_gen.track.models.track_device_request_device_platform import TrackDeviceRequestDevicePlatform
from _customerio_gen.track.models.track_entity_operation import TrackEntityOperation
from _customerio_gen.track.models.track_entity_operation_attributes import TrackEntityOperationAttributes
from _customerio_gen.track.models.track_entity_operation_cio_relationships_item import (
    TrackEntityOperationCioRelationshipsItem,
)
from _customerio_gen.track.models.track_entity_operation_identifiers import TrackEntityOperationIdentifiers
from _customerio_gen.track.models.track_entity_operation_type import TrackEntityOperationType
from _customerio_gen.track.models.track_event import TrackEvent
from _customerio_gen.track.models.track_event_data import TrackEventData
from _customerio_gen.track.models.track_merge_request import TrackMergeRequest
from _customerio_gen.track.models.track_merge_request_primary import TrackMergeRequestPrimary
from _customerio_gen.track.models.track_merge_request_secondary import TrackMergeRequestSecondary
from _customerio_gen.track.models.track_metric import TrackMetric
from _customerio_gen.track.models.track_metric_metric import TrackMetricMetric
from _customerio_gen.track.models.track_push_metric import TrackPushMetric
from _customerio_gen.track.models.track_push_metric_event import TrackPushMetricEvent
from _customerio_gen.track.models.track_push_response_200 import TrackPushResponse200
from _customerio_gen.track.models.track_response_200 import TrackResponse200
from _customerio_gen.track.models.track_segment_members import TrackSegmentMembers
from _customerio_gen.track.models.unsubscribe_body import UnsubscribeBody
from _customerio_gen.track.models.unsubscribe_response_200 import UnsubscribeResponse200
from _customerio_gen.track.models.unsuppress_response_200 import UnsuppressResponse200

__all__ = [
    "UNSET",
    "Unset",
    "Activity",
    "ActivityData",
    "ActivityList",
    "ActivityPerson",
    "AddCustomersToSegmentResponse200",
    "AddDeviceResponse200",
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
    "BatchBody",
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
    "BroadcastActionUpdateMethod",
    "BroadcastActionUpdateSendingState",
    "BroadcastLinkMetricsList",
    "BroadcastList",
    "BroadcastMessageList",
    "BroadcastMetrics",
    "BroadcastResponse",
    "BroadcastTrigger",
    "BroadcastTriggerErrors",
    "BroadcastTriggerList",
    "Campaign",
    "CampaignAction",
    "CampaignActionList",
    "CampaignActionResponse",
    "CampaignActionSummary",
    "CampaignActionUpdate",
    "CampaignActionUpdateMethod",
    "CampaignActionUpdateSendingState",
    "CampaignAudience",
    "CampaignJourneyMetricSeries",
    "CampaignJourneyMetrics",
    "CampaignLinkMetricsList",
    "CampaignList",
    "CampaignMessageList",
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
    "CustomerActivityData",
    "CustomerActivityList",
    "CustomerAttributes",
    "CustomerAttributesList",
    "CustomerDevice",
    "CustomerDeviceAttributes",
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
    "DeleteDeviceResponse200",
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
    "DestroyResponse200",
    "EntityResponse200",
    "EspSuppression",
    "EspSuppressionList",
    "EspSuppressionType",
    "Export",
    "ExportDownload",
    "ExportList",
    "ExportResult",
    "GetAttributesIdType",
    "GetBroadcastActionMetricsLinksPeriod",
    "GetBroadcastActionMetricsPeriod",
    "GetBroadcastMessagesType",
    "GetBroadcastMetricsLinksPeriod",
    "GetBroadcastMetricsPeriod",
    "GetBroadcastMetricsType",
    "GetCampaignActionMetricsLinksPeriod",
    "GetCampaignActionMetricsPeriod",
    "GetCampaignActionMetricsRes",
    "GetCampaignActionMetricsVersion",
    "GetCampaignJourneyMetricsResolution",
    "GetCampaignMessagesType",
    "GetCampaignMetricsLinksPeriod",
    "GetCampaignMetricsPeriod",
    "GetCampaignMetricsRes",
    "GetCampaignMetricsType",
    "GetCampaignMetricsVersion",
    "GetCollectionContentResponse200Item",
    "GetCustomerSegmentsIdType",
    "GetCustomersAttributesBody",
    "GetNewsletterContentMetricsLinksPeriod",
    "GetNewsletterContentMetricsPeriod",
    "GetNewsletterMessagesType",
    "GetNewsletterMetricsLinksPeriod",
    "GetNewsletterMetricsPeriod",
    "GetSenderIdentitiesSort",
    "GetTransactionalMessageLinkMetricsPeriod",
    "GetTransactionalMessageMetricsPeriod",
    "IdentifierType",
    "IdentifyResponse200",
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
    "MergeCustomersResponse200",
    "MessageEnvelope",
    "MessageList",
    "Newsletter",
    "NewsletterContent",
    "NewsletterContentList",
    "NewsletterContentResponse",
    "NewsletterContentUpdate",
    "NewsletterContentUpdateHeadersItem",
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
    "RemoveCustomersFromSegmentResponse200",
    "ReportMetricResponse200",
    "ReportingWebhook",
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
    "SendIdentifiers",
    "SendInAppMessage",
    "SendInAppMessageMessageData",
    "SendInboxMessage",
    "SendInboxMessageMessageData",
    "SendMessageResult",
    "SendPushMessage",
    "SendPushMessageCustomData",
    "SendPushMessageCustomDevice",
    "SendPushMessageCustomDeviceAttributes",
    "SendPushMessageCustomDevicePlatform",
    "SendPushMessageCustomPayload",
    "SendPushMessageMessageData",
    "SendSmsMessage",
    "SendSmsMessageMessageData",
    "SendWhatsAppMessage",
    "SendWhatsAppMessageMessageData",
    "SenderIdentity",
    "SenderIdentityEnvelope",
    "SenderIdentityList",
    "SenderIdentityUsage",
    "Snippet",
    "SnippetEnvelope",
    "SnippetInput",
    "SnippetList",
    "SubmitFormBody",
    "SubmitFormBodyData",
    "SubmitFormResponse200",
    "SubscriptionCenterToken",
    "SubscriptionChannel",
    "SubscriptionChannelList",
    "SubscriptionTopic",
    "SubscriptionTopicList",
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
    "TransactionalContent",
    "TransactionalContentList",
    "TransactionalContentResponse",
    "TransactionalContentUpdate",
    "TransactionalContentUpdateHeadersItem",
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
    "TriggerBroadcastRequestData",
    "TriggerBroadcastRequestPerUserDataItem",
    "TriggerBroadcastRequestRecipients",
    "TriggerBroadcastResult",
    "UnsubscribeBody",
    "UnsubscribeResponse200",
    "UnsuppressResponse200",
    "UpdateAssetFolderResponse204",
    "UpdateAssetResponse204",
    "UpdateDesignStudioComponentResponse204",
    "UpdateDesignStudioEmailLanguageResponse204",
    "UpdateDesignStudioEmailResponse204",
    "UpdateDesignStudioFolderResponse204",
    "Workspace",
    "WorkspaceList",
]
