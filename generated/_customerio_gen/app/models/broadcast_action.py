from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_header import MessageHeader
    from ..models.message_header_map import MessageHeaderMap


T = TypeVar("T", bound="BroadcastAction")


@_attrs_define
class BroadcastAction:
    """One action of a broadcast: a message (email, SMS, push, in-app, Slack, WhatsApp) or a webhook. Only the fields that
    apply to its `type` are present.

    Attributes:
        id (int | Unset):
        broadcast_id (int | Unset):
        deduplicate_id (str | Unset): `<id>:<timestamp of last change>`.
        name (str | Unset):
        layout (str | Unset): Layout used, if any.
        created (int | Unset): Unix seconds.
        updated (int | Unset): Unix seconds.
        type_ (str | Unset): The channel (`twilio` is SMS); newer channels such as WhatsApp may appear too. One of: `email`, `in_app`, `push`, `twilio`, `slack`, `webhook`.
        sending_state (str | Unset): How a campaign or broadcast action sends: `automatic` sends when reached, `draft` queues a draft for review, `off` sends nothing. One of: `automatic`, `draft`, `off`.
        language (str | Unset): Language tag of this variant; empty for the default language.
        body (str | Unset): Message body (or webhook payload).
        body_amp (str | Unset): AMP version of an email body.
        body_json (str | Unset): Visual-editor content, when used.
        from_ (str | Unset): Sender address (email).
        from_id (int | None | Unset): Sender identity id.
        reply_to (str | Unset): Reply-to address.
        reply_to_id (int | None | Unset): Reply-to sender identity id.
        preprocessor (str | Unset): Set when CSS is inlined before sending. One of: `premailer`.
        recipient (str | Unset): Recipient, often Liquid such as `{{customer.email}}`.
        subject (str | Unset):
        cc (str | Unset):
        bcc (str | Unset):
        fake_bcc (bool | Unset): True when BCC recipients get a copy marked in the subject instead.
        preheader_text (str | Unset): Preview text shown after the subject.
        headers (list[MessageHeader] | MessageHeaderMap | str | Unset): Custom email headers: a header-name to value mapping (header names and values are ASCII strings without spaces; some headers are reserved). Responses may carry them as a list of `{name, value}` pairs, or that list as JSON text.
        image_url (str | Unset): Image of an MMS message.
        url (str | Unset): Webhook target URL.
        method (str | Unset): The HTTP method of a webhook action. One of: `get`, `post`, `put`, `delete`, `patch`.
        sender_identity_id (int | Unset): WhatsApp business number to send from.
        send_to_unsubscribed (bool | Unset):
        tracked (bool | Unset): Whether links are tracked.
    """

    id: int | Unset = UNSET
    broadcast_id: int | Unset = UNSET
    deduplicate_id: str | Unset = UNSET
    name: str | Unset = UNSET
    layout: str | Unset = UNSET
    created: int | Unset = UNSET
    updated: int | Unset = UNSET
    type_: str | Unset = UNSET
    sending_state: str | Unset = UNSET
    language: str | Unset = UNSET
    body: str | Unset = UNSET
    body_amp: str | Unset = UNSET
    body_json: str | Unset = UNSET
    from_: str | Unset = UNSET
    from_id: int | None | Unset = UNSET
    reply_to: str | Unset = UNSET
    reply_to_id: int | None | Unset = UNSET
    preprocessor: str | Unset = UNSET
    recipient: str | Unset = UNSET
    subject: str | Unset = UNSET
    cc: str | Unset = UNSET
    bcc: str | Unset = UNSET
    fake_bcc: bool | Unset = UNSET
    preheader_text: str | Unset = UNSET
    headers: list[MessageHeader] | MessageHeaderMap | str | Unset = UNSET
    image_url: str | Unset = UNSET
    url: str | Unset = UNSET
    method: str | Unset = UNSET
    sender_identity_id: int | Unset = UNSET
    send_to_unsubscribed: bool | Unset = UNSET
    tracked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_header_map import MessageHeaderMap  # noqa: PLC0415

        id = self.id

        broadcast_id = self.broadcast_id

        deduplicate_id = self.deduplicate_id

        name = self.name

        layout = self.layout

        created = self.created

        updated = self.updated

        type_ = self.type_

        sending_state = self.sending_state

        language = self.language

        body = self.body

        body_amp = self.body_amp

        body_json = self.body_json

        from_ = self.from_

        from_id: int | None | Unset
        if isinstance(self.from_id, Unset):
            from_id = UNSET
        else:
            from_id = self.from_id

        reply_to = self.reply_to

        reply_to_id: int | None | Unset
        if isinstance(self.reply_to_id, Unset):
            reply_to_id = UNSET
        else:
            reply_to_id = self.reply_to_id

        preprocessor = self.preprocessor

        recipient = self.recipient

        subject = self.subject

        cc = self.cc

        bcc = self.bcc

        fake_bcc = self.fake_bcc

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

        method = self.method

        sender_identity_id = self.sender_identity_id

        send_to_unsubscribed = self.send_to_unsubscribed

        tracked = self.tracked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if broadcast_id is not UNSET:
            field_dict["broadcast_id"] = broadcast_id
        if deduplicate_id is not UNSET:
            field_dict["deduplicate_id"] = deduplicate_id
        if name is not UNSET:
            field_dict["name"] = name
        if layout is not UNSET:
            field_dict["layout"] = layout
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sending_state is not UNSET:
            field_dict["sending_state"] = sending_state
        if language is not UNSET:
            field_dict["language"] = language
        if body is not UNSET:
            field_dict["body"] = body
        if body_amp is not UNSET:
            field_dict["body_amp"] = body_amp
        if body_json is not UNSET:
            field_dict["body_json"] = body_json
        if from_ is not UNSET:
            field_dict["from"] = from_
        if from_id is not UNSET:
            field_dict["from_id"] = from_id
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if preprocessor is not UNSET:
            field_dict["preprocessor"] = preprocessor
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if subject is not UNSET:
            field_dict["subject"] = subject
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if fake_bcc is not UNSET:
            field_dict["fake_bcc"] = fake_bcc
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
        id = d.pop("id", UNSET)

        broadcast_id = d.pop("broadcast_id", UNSET)

        deduplicate_id = d.pop("deduplicate_id", UNSET)

        name = d.pop("name", UNSET)

        layout = d.pop("layout", UNSET)

        created = d.pop("created", UNSET)

        updated = d.pop("updated", UNSET)

        type_ = d.pop("type", UNSET)

        sending_state = d.pop("sending_state", UNSET)

        language = d.pop("language", UNSET)

        body = d.pop("body", UNSET)

        body_amp = d.pop("body_amp", UNSET)

        body_json = d.pop("body_json", UNSET)

        from_ = d.pop("from", UNSET)

        def _parse_from_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_id = _parse_from_id(d.pop("from_id", UNSET))

        reply_to = d.pop("reply_to", UNSET)

        def _parse_reply_to_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reply_to_id = _parse_reply_to_id(d.pop("reply_to_id", UNSET))

        preprocessor = d.pop("preprocessor", UNSET)

        recipient = d.pop("recipient", UNSET)

        subject = d.pop("subject", UNSET)

        cc = d.pop("cc", UNSET)

        bcc = d.pop("bcc", UNSET)

        fake_bcc = d.pop("fake_bcc", UNSET)

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

        method = d.pop("method", UNSET)

        sender_identity_id = d.pop("sender_identity_id", UNSET)

        send_to_unsubscribed = d.pop("send_to_unsubscribed", UNSET)

        tracked = d.pop("tracked", UNSET)

        broadcast_action = cls(
            id=id,
            broadcast_id=broadcast_id,
            deduplicate_id=deduplicate_id,
            name=name,
            layout=layout,
            created=created,
            updated=updated,
            type_=type_,
            sending_state=sending_state,
            language=language,
            body=body,
            body_amp=body_amp,
            body_json=body_json,
            from_=from_,
            from_id=from_id,
            reply_to=reply_to,
            reply_to_id=reply_to_id,
            preprocessor=preprocessor,
            recipient=recipient,
            subject=subject,
            cc=cc,
            bcc=bcc,
            fake_bcc=fake_bcc,
            preheader_text=preheader_text,
            headers=headers,
            image_url=image_url,
            url=url,
            method=method,
            sender_identity_id=sender_identity_id,
            send_to_unsubscribed=send_to_unsubscribed,
            tracked=tracked,
        )

        broadcast_action.additional_properties = d
        return broadcast_action

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
