from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_sending_state import ActionSendingState, check_action_sending_state
from ..models.webhook_action_method import WebhookActionMethod, check_webhook_action_method
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_header import MessageHeader
    from ..models.message_header_map import MessageHeaderMap


T = TypeVar("T", bound="CampaignActionUpdate")


@_attrs_define
class CampaignActionUpdate:
    """Fields of a campaign action (or one of its translations) that can be changed.

    Attributes:
        body (str | Unset): The message body (HTML for email, the payload for webhooks); content built in the drag-and-drop editor cannot be changed here.
        body_amp (str | Unset): The AMP version of an email body; `body` is the fallback for clients without AMP.
        sending_state (ActionSendingState | Unset): How a campaign or broadcast action sends: `automatic` sends when reached, `draft` queues a draft for review, `off` sends nothing.
        from_id (int | Unset): The sender identity to send from (see `get_sender_identities`).
        reply_to_id (int | None | Unset): The sender identity replies go to; null for none.
        recipient (str | Unset): Who the message goes to, usually Liquid such as `{{customer.email}}`.
        subject (str | Unset): The email subject line.
        preheader_text (str | Unset): The preview text shown after the subject.
        headers (list[MessageHeader] | MessageHeaderMap | str | Unset): Custom email headers: a header-name to value mapping (header names and values are ASCII strings without spaces; some headers are reserved). Responses may carry them as a list of `{name, value}` pairs, or that list as JSON text.
        image_url (str | Unset): The image of an MMS message.
        url (str | Unset): The URL a webhook action requests.
        method (WebhookActionMethod | Unset): The HTTP method of a webhook action.
        sender_identity_id (int | Unset): The WhatsApp business number to send from.
        send_to_unsubscribed (bool | Unset): Send even to people who unsubscribed.
        tracked (bool | Unset): Track the links of the message.
    """

    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    sending_state: ActionSendingState | Unset = UNSET
    from_id: int | Unset = UNSET
    reply_to_id: int | None | Unset = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    preheader_text: str | Unset = UNSET
    headers: list[MessageHeader] | MessageHeaderMap | str | Unset = UNSET
    image_url: str | Unset = UNSET
    url: str | Unset = UNSET
    method: WebhookActionMethod | Unset = UNSET
    sender_identity_id: int | Unset = UNSET
    send_to_unsubscribed: bool | Unset = UNSET
    tracked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_header_map import MessageHeaderMap  # noqa: PLC0415

        body = self.body

        body_amp = self.body_amp

        sending_state: str | Unset = UNSET
        if not isinstance(self.sending_state, Unset):
            sending_state = self.sending_state

        from_id = self.from_id

        reply_to_id: int | None | Unset
        if isinstance(self.reply_to_id, Unset):
            reply_to_id = UNSET
        else:
            reply_to_id = self.reply_to_id

        recipient = self.recipient

        subject = self.subject

        preheader_text = self.preheader_text

        headers: dict[str, Any] | list[dict[str, Any]] | str | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, MessageHeaderMap):
            headers = self.headers.to_dict()
        elif isinstance(self.headers, list):
            headers = []
            for componentsschemas_message_headers_type_1_item_data in self.headers:
                componentsschemas_message_headers_type_1_item = (
                    componentsschemas_message_headers_type_1_item_data.to_dict()
                )
                headers.append(componentsschemas_message_headers_type_1_item)

        else:
            headers = self.headers

        image_url = self.image_url

        url = self.url

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        sender_identity_id = self.sender_identity_id

        send_to_unsubscribed = self.send_to_unsubscribed

        tracked = self.tracked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if sending_state is not UNSET:
            field_dict["sending_state"] = sending_state
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if subject is not UNSET:
            field_dict["subject"] = subject
        if preheader_text is not UNSET:
            field_dict["preheader_text"] = preheader_text
        if headers is not UNSET:
            field_dict["headers"] = headers
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
        if sender_identity_id is not UNSET:
            field_dict["sender_identity_id"] = sender_identity_id
        if send_to_unsubscribed is not UNSET:
            field_dict["send_to_unsubscribed"] = send_to_unsubscribed
        if tracked is not UNSET:
            field_dict["tracked"] = tracked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_header import MessageHeader  # noqa: PLC0415
        from ..models.message_header_map import MessageHeaderMap  # noqa: PLC0415

        d = dict(src_dict)
        body = d.pop("body", UNSET)

        body_amp = d.pop("body_amp", UNSET)

        _sending_state = d.pop("sending_state", UNSET)
        sending_state: ActionSendingState | Unset
        if isinstance(_sending_state, Unset) or _sending_state is None:
            sending_state = UNSET
        else:
            sending_state = check_action_sending_state(_sending_state)

        from_id = d.pop("from_id", UNSET)

        def _parse_reply_to_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reply_to_id = _parse_reply_to_id(d.pop("reply_to_id", UNSET))

        recipient = d.pop("recipient", UNSET)

        subject = d.pop("subject", UNSET)

        preheader_text = d.pop("preheader_text", UNSET)

        def _parse_headers(data: object) -> list[MessageHeader] | MessageHeaderMap | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_headers_type_0 = MessageHeaderMap.from_dict(
                    data if isinstance(data, Mapping) else {}
                )

                return componentsschemas_message_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_message_headers_type_1 = []
                _componentsschemas_message_headers_type_1 = data
                for componentsschemas_message_headers_type_1_item_data in _componentsschemas_message_headers_type_1:
                    componentsschemas_message_headers_type_1_item = MessageHeader.from_dict(
                        componentsschemas_message_headers_type_1_item_data
                        if isinstance(componentsschemas_message_headers_type_1_item_data, Mapping)
                        else {}
                    )

                    componentsschemas_message_headers_type_1.append(componentsschemas_message_headers_type_1_item)

                return componentsschemas_message_headers_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessageHeader] | MessageHeaderMap | str | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        image_url = d.pop("image_url", UNSET)

        url = d.pop("url", UNSET)

        _method = d.pop("method", UNSET)
        method: WebhookActionMethod | Unset
        if isinstance(_method, Unset) or _method is None:
            method = UNSET
        else:
            method = check_webhook_action_method(_method)

        sender_identity_id = d.pop("sender_identity_id", UNSET)

        send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)

        tracked = d.pop("tracked", UNSET)

        campaign_action_update = cls(
            body=body,
            body_amp=body_amp,
            sending_state=sending_state,
            from_id=from_id,
            reply_to_id=reply_to_id,
            recipient=recipient,
            subject=subject,
            preheader_text=preheader_text,
            headers=headers,
            image_url=image_url,
            url=url,
            method=method,
            sender_identity_id=sender_identity_id,
            send_to_unsubscribed=send_to_unsubscribed,
            tracked=tracked,
        )

        campaign_action_update.additional_properties = d
        return campaign_action_update

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
