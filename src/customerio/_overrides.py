"""Every handwritten override, in one place: what the spec cannot express.

- `track_page_view` (Track): a page event posted through `track`'s endpoint.
- Track bodies: `add_device` (last_used / attributes split), `merge_customers` (computed keys).
- App bodies (`AppBodies`): the six `send_*` operations take a request object of the matching
  class (`_requests.py`) and post its `message`; `trigger_broadcast`'s recipient rules (node's
  JS truthiness); `create_asset`'s multipart upload, with the `file.data` / `file.filename`
  checks in node's order.
- Pipelines bodies: the envelope (messageId, timestamp, context.library) of all seven calls.

The generated operations call these builders after the spec's own checks have passed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from _customerio_gen import _runtime as _rt

from ._requests import (
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
    _js_truthy,
)

IdType = Literal["id", "email", "cio_id"]


def page_view_event(customer_id: object, path: object) -> dict[str, Any]:
    """`track_page_view`'s checks (node's order) and the event it sends through `track`."""
    _rt.require("customer_id", customer_id)
    _rt.require("path", path)
    return {"type": "page", "name": path}


class TrackBodies:
    """Bodies of the Track operations marked `x-cio-handwritten`."""

    def add_device(
        self, customer_id: str | int, device_id: str, platform: str, data: Mapping[str, Any] | None = None
    ) -> Any:
        data = data or {}
        device: dict[str, Any] = {"id": device_id, "platform": platform}
        if data.get("last_used") is not None:
            device["last_used"] = data["last_used"]
        attributes = {key: value for key, value in data.items() if key != "last_used"}
        if attributes:
            device["attributes"] = attributes
        return {"device": device}

    def merge_customers(
        self, primary_id_type: IdType, primary_id: str | int, secondary_id_type: IdType, secondary_id: str | int
    ) -> Any:
        return {"primary": {primary_id_type: primary_id}, "secondary": {secondary_id_type: secondary_id}}


# --- App ---------------------------------------------------------------------------------------

# triggerBroadcast: the first recipients field that is set selects which keys go to the top level
_RECIPIENT_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ids", ("ids", "id_ignore_missing")),
    ("emails", ("emails", "email_ignore_missing", "email_add_duplicates")),
    ("per_user_data", ("per_user_data", "id_ignore_missing", "email_ignore_missing", "email_add_duplicates")),
    ("data_file_url", ("data_file_url", "id_ignore_missing", "email_ignore_missing", "email_add_duplicates")),
)

# createAsset: the file part's type when `content_type` is not given, by extension
_ASSET_TYPES = {
    "bmp": "image/bmp",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "pdf": "application/pdf",
}
_UNTYPED = "application/octet-stream"  # what fetch's FormData sends for a Blob without a type


def _message_of(request: object, cls: type[Any], name: str) -> Any:
    if not isinstance(request, cls):
        raise _rt.ArgumentWrongType(f'"{name}" must be an instance of {cls.__name__}')
    return request.message


def _first(file: Mapping[str, Any], *keys: str) -> Any:
    """The first of `keys` the mapping holds a non-None value for (snake_case, then node's camelCase)."""
    for key in keys:
        value = file.get(key)
        if value is not None:
            return value
    return None


def _asset_bytes(data: object) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    if isinstance(data, str):
        return data.encode("utf-8")
    read = getattr(data, "read", None)
    if callable(read):
        content = read()
        if isinstance(content, bytes | bytearray | memoryview):
            return bytes(content)
        if isinstance(content, str):
            return content.encode("utf-8")
    raise _rt.ArgumentWrongType("file.data must be bytes, str or a binary file object")


class AppBodies:
    """Bodies of the App operations marked `x-cio-handwritten` (the generated `AppBodies` Protocol)."""

    def send_email(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendEmailRequest, "request")

    def send_push(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendPushRequest, "request")

    def send_sms(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendSMSRequest, "request")

    def send_whatsapp(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendWhatsAppRequest, "request")

    def send_inbox_message(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendInboxMessageRequest, "request")

    def send_in_app(self, request: _rt.MessageRequest) -> Any:
        return _message_of(request, SendInAppRequest, "request")

    def trigger_broadcast(
        self,
        broadcast_id: str | int,
        data: Mapping[str, Any] | None = None,
        recipients: Mapping[str, Any] | None = None,
    ) -> Any:
        """Node's payload: `data` when it has a key; the first set recipient field and its flags
        lifted to the top level (JS truthiness: `[]` and `{}` count, `False`/`0`/`""` do not);
        else `recipients` as given (an audience filter)."""
        for name, value in (("data", data), ("recipients", recipients)):
            if value is not None and not isinstance(value, Mapping):
                raise _rt.ArgumentWrongType(f"{name} must be a mapping")
        payload: dict[str, Any] = {}
        if data is not None and len(data) > 0:
            payload["data"] = data
        if recipients is not None and len(recipients) > 0:
            for field, keys in _RECIPIENT_FIELDS:
                if _js_truthy(recipients.get(field)):
                    for key in keys:
                        if _js_truthy(recipients.get(key)):
                            payload[key] = recipients[key]
                    break
            else:
                payload["recipients"] = recipients
        return payload

    def create_asset(self, file: Mapping[str, Any]) -> Any:
        """The multipart upload: a `file` part, then `name` and `parent_folder_id` when given.

        Checks `file.data` then `file.filename` (node's order; `file` itself is checked by the
        spec). All parts travel as `files` entries so that they keep node's order (httpx puts
        plain form fields first); a part without a file name is a plain form field.
        """
        data = file.get("data")
        if data is None:
            raise _rt.ArgumentMissing("file.data")
        filename = file.get("filename")
        _rt.require_key("file", file, "filename")
        content = _asset_bytes(data)
        filename_text = _rt.js_string(filename)
        content_type = _first(file, "content_type", "contentType")
        if not isinstance(content_type, str) or content_type == "":
            content_type = _ASSET_TYPES.get(filename_text.rsplit(".", 1)[-1].lower(), _UNTYPED)
        parts: list[tuple[str, tuple[str | None, bytes, str | None]]] = [
            ("file", (filename_text, content, content_type))
        ]
        name = file.get("name")
        if name is not None:
            parts.append(("name", (None, _rt.js_string(name).encode("utf-8"), None)))
        parent_folder_id = _first(file, "parent_folder_id", "parentFolderId")
        if parent_folder_id is not None:
            parts.append(("parent_folder_id", (None, _rt.js_string(parent_folder_id).encode("utf-8"), None)))
        return _rt.Multipart(files=parts)
