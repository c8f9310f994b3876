"""The transactional request classes: `SendEmailRequest`, `SendPushRequest`, `SendSMSRequest`,
`SendWhatsAppRequest`, `SendInboxMessageRequest` and `SendInAppRequest`.

Each takes the wire's field names as keyword arguments (`from` is spelled `from_`) and builds
its `message`, the JSON body `APIClient.send_*` posts, the way customerio-node 5.2.0 does: the
required fields first, then every optional field that was given (`None` counts as not given), in
node's key order. `SendEmailRequest` always sends `headers` (default `{}`) and can carry
attachments (`attach`); `SendPushRequest(device=...)` is sent as `custom_device`.
"""

from __future__ import annotations

import base64
import datetime as _dt
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from _customerio_gen import _runtime as _rt

from ._serialize import unix_seconds

if TYPE_CHECKING:
    from _customerio_gen.params import app as params
else:
    # the App TypedDicts load when an annotation is first resolved (typing.get_type_hints), not
    # with `import customerio`
    params = _rt.LazyModule("_customerio_gen.params.app")

__all__ = [
    "SendEmailRequest",
    "SendInAppRequest",
    "SendInboxMessageRequest",
    "SendPushRequest",
    "SendSMSRequest",
    "SendWhatsAppRequest",
]

Identifiers = Mapping[str, str | int]
"""Who receives the message: `{"id": ...}`, `{"email": ...}` or `{"cio_id": ...}`."""

SendAt = int | _dt.datetime
"""When to send: Unix seconds, or a `datetime` (converted to Unix seconds when sent)."""


def _js_truthy(value: object) -> bool:
    """JavaScript truthiness: only `None`, `False`, `0`, NaN and `""` are false (`[]`/`{}` are true)."""
    if value is None or value is False:
        return False
    if isinstance(value, int | float):
        return value != 0 and not (isinstance(value, float) and math.isnan(value))
    if isinstance(value, str):
        return value != ""
    return True


class _TransactionalRequest:
    """What every request class shares: the built `message` and a repr without its contents."""

    __slots__ = ("_message",)

    def __init__(self, required: Iterable[tuple[str, object]], optional: Iterable[tuple[str, object]]) -> None:
        message: dict[str, Any] = {}
        for key, value in (*required, *optional):
            if value is None:  # node's pickDefined; JSON.stringify drops undefined
                continue
            message[key] = unix_seconds(value) if key == "send_at" and isinstance(value, _dt.date) else value
        self._message = message

    @property
    def message(self) -> dict[str, Any]:
        """The body `APIClient.send_*` posts, in node's key order (a live dict, as in node)."""
        return self._message

    def __repr__(self) -> str:
        # field names only: the values are people's personal data
        return f"{type(self).__name__}(fields={list(self._message)!r})"


class SendEmailRequest(_TransactionalRequest):
    """A transactional email for `APIClient.send_email`.

    Give `transactional_message_id` to use a template, or `from_`, `subject` and `body` to send
    without one (fields given alongside a template override it). `identifiers` is
    `{"id": ...}`, `{"email": ...}` or `{"cio_id": ...}`.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        to: str,
        identifiers: Identifiers,
        transactional_message_id: str | int | None = None,
        from_: str | None = None,
        subject: str | None = None,
        body: str | None = None,
        message_data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        preheader: str | None = None,
        reply_to: str | None = None,
        bcc: str | None = None,
        body_plain: str | None = None,
        body_amp: str | None = None,
        fake_bcc: bool | None = None,
        disable_message_retention: bool | None = None,
        send_to_unsubscribed: bool | None = None,
        tracked: bool | None = None,
        queue_draft: bool | None = None,
        send_at: SendAt | None = None,
        disable_css_preprocessing: bool | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(
            [("to", to), ("identifiers", identifiers), ("headers", {} if headers is None else headers)],
            [
                ("message_data", message_data),
                ("preheader", preheader),
                ("reply_to", reply_to),
                ("bcc", bcc),
                ("body_plain", body_plain),
                ("body_amp", body_amp),
                ("fake_bcc", fake_bcc),
                ("disable_message_retention", disable_message_retention),
                ("send_to_unsubscribed", send_to_unsubscribed),
                ("tracked", tracked),
                ("queue_draft", queue_draft),
                ("send_at", send_at),
                ("disable_css_preprocessing", disable_css_preprocessing),
                ("language", language),
                ("transactional_message_id", transactional_message_id),
                ("from", from_),
                ("subject", subject),
                ("body", body),
            ],
        )

    def attach(self, name: str, data: bytes | bytearray | memoryview | str, *, encode: bool = True) -> None:
        """Attach a file named `name`.

        With `encode=True` (the default) `data` is base64-encoded (a `str` as its UTF-8 bytes);
        with `encode=False` it must already be base64 text and is sent as given. A second
        attachment with the same name raises `ValueError` and keeps the first.
        """
        if not isinstance(name, str):
            raise TypeError("attachment name must be a str")
        encoded = data
        if encode:
            if isinstance(data, str):
                encoded = base64.b64encode(data.encode("utf-8")).decode("ascii")
            elif isinstance(data, bytes | bytearray | memoryview):
                encoded = base64.b64encode(bytes(data)).decode("ascii")
            else:
                raise TypeError("attachment data must be bytes or str")
        elif not isinstance(data, str):
            raise TypeError("with encode=False, attachment data must be base64 text (a str)")
        attachments: dict[str, Any] = self._message.setdefault("attachments", {})
        if _js_truthy(attachments.get(name)):
            raise ValueError(f"attachment {name} already exists")
        attachments[name] = encoded


class SendPushRequest(_TransactionalRequest):
    """A transactional push notification for `APIClient.send_push`.

    `device` (`{"token": ..., "platform": ...}`) is sent as `custom_device`; `custom_payload`
    holds the `ios` / `android` payloads.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        identifiers: Identifiers,
        transactional_message_id: str | int,
        to: str | None = None,
        title: str | None = None,
        message: str | None = None,
        disable_message_retention: bool | None = None,
        send_to_unsubscribed: bool | None = None,
        queue_draft: bool | None = None,
        message_data: Mapping[str, Any] | None = None,
        send_at: SendAt | None = None,
        language: str | None = None,
        image_url: str | None = None,
        link: str | None = None,
        sound: str | None = None,
        custom_data: Mapping[str, Any] | None = None,
        device: params.SendPushDeviceParam | None = None,
        custom_payload: params.SendPushCustomPayloadParam | None = None,
    ) -> None:
        super().__init__(
            [("identifiers", identifiers), ("transactional_message_id", transactional_message_id)],
            [
                ("to", to),
                ("title", title),
                ("message", message),
                ("disable_message_retention", disable_message_retention),
                ("send_to_unsubscribed", send_to_unsubscribed),
                ("queue_draft", queue_draft),
                ("message_data", message_data),
                ("send_at", send_at),
                ("language", language),
                ("image_url", image_url),
                ("link", link),
                ("sound", sound),
                ("custom_data", custom_data),
                ("custom_device", device),
                ("custom_payload", custom_payload),
            ],
        )


class SendSMSRequest(_TransactionalRequest):
    """A transactional SMS for `APIClient.send_sms`."""

    __slots__ = ()

    def __init__(
        self,
        *,
        identifiers: Identifiers,
        transactional_message_id: str | int,
        to: str | None = None,
        disable_message_retention: bool | None = None,
        send_to_unsubscribed: bool | None = None,
        queue_draft: bool | None = None,
        message_data: Mapping[str, Any] | None = None,
        send_at: SendAt | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(
            [("identifiers", identifiers), ("transactional_message_id", transactional_message_id)],
            [
                ("to", to),
                ("disable_message_retention", disable_message_retention),
                ("send_to_unsubscribed", send_to_unsubscribed),
                ("queue_draft", queue_draft),
                ("message_data", message_data),
                ("send_at", send_at),
                ("language", language),
            ],
        )


class SendWhatsAppRequest(_TransactionalRequest):
    """A transactional WhatsApp message for `APIClient.send_whatsapp`.

    `to` and `from_` are E.164 phone numbers; leave them out when the template sets them.
    """

    __slots__ = ()

    def __init__(
        self,
        *,
        identifiers: Identifiers,
        transactional_message_id: str | int,
        to: str | None = None,
        from_: str | None = None,
        tracked: bool | None = None,
        disable_message_retention: bool | None = None,
        send_to_unsubscribed: bool | None = None,
        queue_draft: bool | None = None,
        message_data: Mapping[str, Any] | None = None,
        send_at: SendAt | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(
            [("identifiers", identifiers), ("transactional_message_id", transactional_message_id)],
            [
                ("to", to),
                ("from", from_),
                ("tracked", tracked),
                ("disable_message_retention", disable_message_retention),
                ("send_to_unsubscribed", send_to_unsubscribed),
                ("queue_draft", queue_draft),
                ("message_data", message_data),
                ("send_at", send_at),
                ("language", language),
            ],
        )


class _TemplateOnlyRequest(_TransactionalRequest):
    """The inbox and in-app requests: a template, with no `to` and no `send_to_unsubscribed`."""

    __slots__ = ()

    def __init__(
        self,
        *,
        identifiers: Identifiers,
        transactional_message_id: str | int,
        disable_message_retention: bool | None = None,
        queue_draft: bool | None = None,
        message_data: Mapping[str, Any] | None = None,
        send_at: SendAt | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(
            [("identifiers", identifiers), ("transactional_message_id", transactional_message_id)],
            [
                ("disable_message_retention", disable_message_retention),
                ("queue_draft", queue_draft),
                ("message_data", message_data),
                ("send_at", send_at),
                ("language", language),
            ],
        )


class SendInboxMessageRequest(_TemplateOnlyRequest):
    """A transactional inbox message for `APIClient.send_inbox_message`."""

    __slots__ = ()


class SendInAppRequest(_TemplateOnlyRequest):
    """A transactional in-app message for `APIClient.send_in_app`."""

    __slots__ = ()
