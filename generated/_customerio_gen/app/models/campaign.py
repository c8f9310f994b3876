from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_action_summary import CampaignActionSummary
    from ..models.campaign_audience import CampaignAudience
    from ..models.campaign_message_template import CampaignMessageTemplate


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign:
    """A campaign (workflow). Trigger-specific fields appear only for the matching trigger: segment, event, date,
    object/relationship or webhook.

    Attributes:
        id (int | Unset):
        deduplicate_id (str | Unset): `<id>:<timestamp of last change>`.
        name (str | Unset):
        description (str | Unset):
        type_ (str | Unset): What starts the campaign (deprecated in favour of the trigger fields). One of: `segment`, `event`, `form`, `date`, `relationship`, `object`, `webhook`.
        created (int | Unset): Unix seconds.
        updated (int | Unset): Unix seconds.
        active (bool | Unset): True while the campaign can still send.
        state (str | Unset): Whether the campaign is being edited, sending or stopped. One of: `draft`, `running`, `stopped`.
        actions (list[CampaignActionSummary] | Unset): The campaign's actions, as `{id, type}`.
        first_started (int | Unset): When the campaign was first started, Unix seconds.
        tags (list[str] | Unset):
        trigger_segment_ids (list[int] | Unset): Segments used in the trigger (segment-triggered campaigns).
        filter_segment_ids (list[int] | Unset): Segments used in the audience filter.
        msg_templates (list[CampaignMessageTemplate] | Unset): Message templates used (deprecated).
        event_name (str | Unset): Triggering event (event-triggered campaigns).
        frequency (str | Unset): How often a date trigger repeats. One of: `once`, `monthly`, `yearly`.
        date_attribute (str | Unset): Profile attribute holding the trigger date.
        timezone (str | Unset): Time zone of the date trigger.
        use_customer_timezone (bool | Unset): True when the date trigger uses each person's time zone.
        start_hour (int | Unset): Hour of the date trigger (24-hour clock).
        start_minutes (int | Unset): Minutes of the date trigger.
        object_type_id (int | Unset): Object type of an object or relationship trigger.
        filter_object_attributes (Any | Unset): Object-attribute filter of the audience (JSON text).
        filter_relationship_attributes (Any | Unset): Relationship-attribute filter of the audience (JSON text).
        object_attribute_triggers (Any | Unset): Object-attribute conditions of the trigger.
        relationship_attribute_triggers (Any | Unset): Relationship-attribute conditions of the trigger (an `and`/`or` tree of `relationship_attribute` conditions, sometimes as JSON text).
        audience (CampaignAudience | Unset): Who starts a journey in an object or relationship triggered campaign.
        webhook_id (int | Unset): Id of the webhook trigger (webhook-triggered campaigns).
    """

    id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    type_: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    active: bool | Unset = UNSET
    state: str | Unset = UNSET
    actions: list[CampaignActionSummary] | Unset = UNSET
    first_started: int | Unset = UNSET
    tags: list[str] | Unset = UNSET
    trigger_segment_ids: list[int] | Unset = UNSET
    filter_segment_ids: list[int] | Unset = UNSET
    msg_templates: list[CampaignMessageTemplate] | Unset = UNSET
    event_name: str | Unset = UNSET
    frequency: str | Unset = UNSET
    date_attribute: str | Unset = UNSET
    timezone: str | Unset = UNSET
    use_customer_timezone: bool | Unset = UNSET
    start_hour: int | Unset = UNSET
    start_minutes: int | Unset = UNSET
    object_type_id: int | Unset = UNSET
    filter_object_attributes: Any | Unset = UNSET
    filter_relationship_attributes: Any | Unset = UNSET
    object_attribute_triggers: Any | Unset = UNSET
    relationship_attribute_triggers: Any | Unset = UNSET
    audience: CampaignAudience | Unset = UNSET
    webhook_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deduplicate_id = self.deduplicate_id

        name = self.name

        description = self.description

        type_ = self.type_

        created = self.created

        updated = self.updated

        active = self.active

        state = self.state

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        first_started = self.first_started

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        trigger_segment_ids: list[int] | Unset = UNSET
        if not isinstance(self.trigger_segment_ids, Unset):
            trigger_segment_ids = self.trigger_segment_ids

        filter_segment_ids: list[int] | Unset = UNSET
        if not isinstance(self.filter_segment_ids, Unset):
            filter_segment_ids = self.filter_segment_ids

        msg_templates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.msg_templates, Unset):
            msg_templates = []
            for msg_templates_item_data in self.msg_templates:
                msg_templates_item = msg_templates_item_data.to_dict()
                msg_templates.append(msg_templates_item)

        event_name = self.event_name

        frequency = self.frequency

        date_attribute = self.date_attribute

        timezone = self.timezone

        use_customer_timezone = self.use_customer_timezone

        start_hour = self.start_hour

        start_minutes = self.start_minutes

        object_type_id = self.object_type_id

        filter_object_attributes = self.filter_object_attributes

        filter_relationship_attributes = self.filter_relationship_attributes

        object_attribute_triggers = self.object_attribute_triggers

        relationship_attribute_triggers = self.relationship_attribute_triggers

        audience: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audience, Unset):
            audience = self.audience.to_dict()

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if active is not UNSET:
            field_dict["active"] = active
        if state is not UNSET:
            field_dict["state"] = state
        if actions is not UNSET:
            field_dict["actions"] = actions
        if first_started is not UNSET:
            field_dict["first_started"] = first_started
        if tags is not UNSET:
            field_dict["tags"] = tags
        if trigger_segment_ids is not UNSET:
            field_dict["trigger_segment_ids"] = trigger_segment_ids
        if filter_segment_ids is not UNSET:
            field_dict["filter_segment_ids"] = filter_segment_ids
        if msg_templates is not UNSET:
            field_dict["msg_templates"] = msg_templates
        if event_name is not UNSET:
            field_dict["event_name"] = event_name
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if date_attribute is not UNSET:
            field_dict["date_attribute"] = date_attribute
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if use_customer_timezone is not UNSET:
            field_dict["use_customer_timezone"] = use_customer_timezone
        if start_hour is not UNSET:
            field_dict["start_hour"] = start_hour
        if start_minutes is not UNSET:
            field_dict["start_minutes"] = start_minutes
        if object_type_id is not UNSET:
            field_dict["object_type_id"] = object_type_id
        if filter_object_attributes is not UNSET:
            field_dict["filter_object_attributes"] = filter_object_attributes
        if filter_relationship_attributes is not UNSET:
            field_dict["filter_relationship_attributes"] = filter_relationship_attributes
        if object_attribute_triggers is not UNSET:
            field_dict["object_attribute_triggers"] = object_attribute_triggers
        if relationship_attribute_triggers is not UNSET:
            field_dict["relationship_attribute_triggers"] = relationship_attribute_triggers
        if audience is not UNSET:
            field_dict["audience"] = audience
        if webhook_id is not UNSET:
            field_dict["webhook_id"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_action_summary import CampaignActionSummary  # noqa: PLC0415
        from ..models.campaign_audience import CampaignAudience  # noqa: PLC0415
        from ..models.campaign_message_template import CampaignMessageTemplate  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        deduplicate_id = d.pop("deduplicate_id", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        type_ = d.pop("type", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        active = d.pop("active", UNSET)

        state = d.pop("state", UNSET)

        _actions = d.pop("actions", UNSET)
        actions: list[CampaignActionSummary] | Unset = UNSET
        if isinstance(_actions, list):
            actions = []
            for actions_item_data in _actions:
                actions_item = CampaignActionSummary.from_dict(
                    actions_item_data if isinstance(actions_item_data, Mapping) else {}
                )

                actions.append(actions_item)

        first_started = d.pop("first_started", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        trigger_segment_ids = cast(list[int], d.pop("trigger_segment_ids", UNSET))

        filter_segment_ids = cast(list[int], d.pop("filter_segment_ids", UNSET))

        _msg_templates = d.pop("msg_templates", UNSET)
        msg_templates: list[CampaignMessageTemplate] | Unset = UNSET
        if isinstance(_msg_templates, list):
            msg_templates = []
            for msg_templates_item_data in _msg_templates:
                msg_templates_item = CampaignMessageTemplate.from_dict(
                    msg_templates_item_data if isinstance(msg_templates_item_data, Mapping) else {}
                )

                msg_templates.append(msg_templates_item)

        event_name = d.pop("event_name", UNSET)

        frequency = d.pop("frequency", UNSET)

        date_attribute = d.pop("date_attribute", UNSET)

        timezone = d.pop("timezone", UNSET)

        use_customer_timezone = d.pop("use_customer_timezone", UNSET)

        start_hour = d.pop("start_hour", UNSET)

        start_minutes = d.pop("start_minutes", UNSET)

        object_type_id = d.pop("object_type_id", UNSET)

        filter_object_attributes = d.pop("filter_object_attributes", UNSET)

        filter_relationship_attributes = d.pop("filter_relationship_attributes", UNSET)

        object_attribute_triggers = d.pop("object_attribute_triggers", UNSET)

        relationship_attribute_triggers = d.pop("relationship_attribute_triggers", UNSET)

        _audience = d.pop("audience", UNSET)
        audience: CampaignAudience | Unset
        if isinstance(_audience, Unset) or _audience is None:
            audience = UNSET
        else:
            audience = CampaignAudience.from_dict(_audience if isinstance(_audience, Mapping) else {})

        webhook_id = d.pop("webhook_id", UNSET)

        campaign = cls(
            id=id,
            deduplicate_id=deduplicate_id,
            name=name,
            description=description,
            type_=type_,
            created=created,
            updated=updated,
            active=active,
            state=state,
            actions=actions,
            first_started=first_started,
            tags=tags,
            trigger_segment_ids=trigger_segment_ids,
            filter_segment_ids=filter_segment_ids,
            msg_templates=msg_templates,
            event_name=event_name,
            frequency=frequency,
            date_attribute=date_attribute,
            timezone=timezone,
            use_customer_timezone=use_customer_timezone,
            start_hour=start_hour,
            start_minutes=start_minutes,
            object_type_id=object_type_id,
            filter_object_attributes=filter_object_attributes,
            filter_relationship_attributes=filter_relationship_attributes,
            object_attribute_triggers=object_attribute_triggers,
            relationship_attribute_triggers=relationship_attribute_triggers,
            audience=audience,
            webhook_id=webhook_id,
        )

        campaign.additional_properties = d
        return campaign

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
