"""The Customer.io App API operations as client methods: 160 operations.

Rendered by `make generate` from spec/app.yaml; do not edit. `AppOperations`
(sync), `AsyncAppOperations` and their `…RawOperations` twins carry one method per
operation; the handwritten clients in `customerio` supply `_send` (the transport) and the body
builders of the operations marked `x-cio-handwritten`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, Protocol, TypeVar

import httpx

from _customerio_gen import _runtime as _rt
from _customerio_gen._runtime import USE_CLIENT_DEFAULT, UseClientDefault

if TYPE_CHECKING:
    from _customerio_gen.params import app as params

    from . import models
else:
    # annotations name `models.<Model>` and `params.<TypedDict>`: `typing.get_type_hints()`
    # resolves them on demand, and importing the client imports neither module
    models = _rt.LazyModule("_customerio_gen.app.models")
    params = _rt.LazyModule("_customerio_gen.params.app")

P = ParamSpec("P")
T = TypeVar("T")


class AppBodies(Protocol):
    """Builders of the bodies the spec cannot express, one per `x-cio-handwritten` operation."""

    def send_email(self, request: _rt.MessageRequest) -> Any: ...

    def send_push(self, request: _rt.MessageRequest) -> Any: ...

    def send_sms(self, request: _rt.MessageRequest) -> Any: ...

    def send_whatsapp(self, request: _rt.MessageRequest) -> Any: ...

    def send_inbox_message(self, request: _rt.MessageRequest) -> Any: ...

    def send_in_app(self, request: _rt.MessageRequest) -> Any: ...

    def trigger_broadcast(
        self,
        broadcast_id: str | int,
        data: Mapping[str, Any] | None = None,
        recipients: params.BroadcastRecipientsParam | None = None,
    ) -> Any: ...

    def create_asset(self, file: params.AssetUploadInputParam) -> Any: ...


class AppOperations(_rt.SyncOperationsBase):
    """Customer.io App API: blocking methods."""

    _bodies: AppBodies

    def send_email(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional email.

        Sends one email to one person, either from a transactional template
        (`transactional_message_id`) or with the `from`, `subject` and `body` given inline. Build
        the message with `SendEmailRequest` (which also handles attachments).

        Args:
            request: The `SendEmailRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_email as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def send_push(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional push notification.

        Sends a push from a transactional template to one person; template fields such as the title,
        message, image, link and payloads can be overridden. Build the message with
        `SendPushRequest`.

        Args:
            request: The `SendPushRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_push as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def send_sms(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional SMS.

        Sends a text message from a transactional template to one person. Build the message with
        `SendSMSRequest`.

        Args:
            request: The `SendSMSRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_sms as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def send_whatsapp(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional WhatsApp message.

        Sends a WhatsApp message from a transactional template to one person. `to` and `from` are
        E.164 phone numbers and may be left out when the template sets them. Build the message with
        `SendWhatsAppRequest`.

        Args:
            request: The `SendWhatsAppRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_whatsapp as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def send_inbox_message(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional inbox message.

        Places a message from a transactional template in one person's in-app inbox. Build the
        message with `SendInboxMessageRequest`.

        Args:
            request: The `SendInboxMessageRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_inbox_message as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def send_in_app(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional in-app message.

        Shows a message from a transactional template to one person inside your app. Build the
        message with `SendInAppRequest`.

        Args:
            request: The `SendInAppRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_in_app as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def get_customers_by_email(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerEmailMatches:
        """Find the people who have an email address.

        Returns the identifiers of every person whose `email` matches. More than one person can
        share an address when email is not a unique identifier in the workspace.

        Args:
            email: The email address to look up; it is percent-encoded for you.

        Returns:
            CustomerEmailMatches
        """
        from .api.customers import get_customers_by_email as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    def search_customers(
        self,
        filter: params.AudienceFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerSearchResult:
        """Search people with a segment and attribute filter.

        `filter` combines `segment` and `attribute` conditions with `and`, `or` and `not`. Returns
        up to `limit` people per page (at most 1000); pass `next` back as `start` for the following
        page.

        Args:
            filter: The audience filter, sent as given.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 50).

        Returns:
            CustomerSearchResult
        """
        from .api.customers import search_customers as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            filter,
            start=start,
            limit=limit,
        )

    def iter_search_customers(
        self,
        filter: params.AudienceFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.CustomerIdentifiers]:
        """Iterate over the items of every page of `search_customers`, fetching pages lazily.

        Takes the same arguments as `search_customers`; `start` is where the first page begins.
        """
        from .api.customers import search_customers as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CustomerSearchResult]:
            return self._prepare(_op.prepare, filter, start=cursor, limit=limit)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.identifiers, lambda p: p.next_)

    def trigger_broadcast(
        self,
        broadcast_id: str | int,
        data: Mapping[str, Any] | None = None,
        recipients: params.BroadcastRecipientsParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TriggerBroadcastResult:
        """Trigger an API-triggered broadcast.

        Starts the broadcast, optionally with `data` for its Liquid `trigger` variables and with
        `recipients` replacing the audience set in the UI. `recipients` may be an audience filter,
        or carry exactly one of `ids`, `emails`, `per_user_data` or `data_file_url` (plus the
        matching `*_ignore_missing` / `email_add_duplicates` flags), which are sent at the top level
        of the body. The API allows one trigger per broadcast every 10 seconds.

        Args:
            broadcast_id: The API-triggered broadcast to send.
            data: Values the broadcast's messages can reference; omitted when empty.
            recipients: Who receives the broadcast: an audience filter, or one of `ids`, `emails`,
                `per_user_data`, `data_file_url` with its flags.

        Returns:
            TriggerBroadcastResult
        """
        from .api.broadcasts import trigger_broadcast as _op

        return self._send(timeout, extra_headers, _op.prepare, broadcast_id, data, recipients, bodies=self._bodies)

    def list_exports(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ExportList:
        """List the workspace's exports.

        Every export of people or deliveries with its `status`; download a finished one with
        `download_export`.

        Returns:
            ExportList
        """
        from .api.exports import list_exports as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_export(
        self,
        id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ExportResult:
        """Get an export and its progress.

        Check `status` (`done` means it can be downloaded) before calling `download_export`.

        Args:
            id: The export's id.

        Returns:
            ExportResult
        """
        from .api.exports import get_export as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
        )

    def download_export(
        self,
        id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ExportDownload:
        """Get a short-lived download link for a finished export.

        The returned URL stays valid for about 15 minutes.

        Args:
            id: The export's id.

        Returns:
            ExportDownload
        """
        from .api.exports import download_export as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
        )

    def create_customers_export(
        self,
        filters: params.AudienceFilterParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ExportResult:
        """Export the people who match a filter.

        Starts an export of people and their attributes; poll `get_export` until it is done.
        `filters` uses the same shape as `search_customers`.

        Args:
            filters: The audience filter, sent as given.

        Returns:
            ExportResult
        """
        from .api.exports import create_customers_export as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            filters,
        )

    def create_deliveries_export(
        self,
        newsletter_id: int | None = None,
        *,
        campaign_id: int | None = None,
        action_id: int | None = None,
        transactional_message_id: int | None = None,
        start: int | None = None,
        end: int | None = None,
        attributes: Sequence[str] | None = None,
        metric: Literal[
            "created",
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        drafts: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ExportResult:
        """Export the deliveries of a newsletter, campaign, action or transactional message.

        Starts an export of deliveries and their metrics; poll `get_export` until it is done. The
        deliveries come from exactly one source, `newsletter_id` (node's argument) or one of the
        keywords `campaign_id`, `action_id` and `transactional_message_id`. The other keywords
        narrow the export by time (`start`, `end`) or `metric`, add person `attributes` as columns,
        and include `drafts`.

        Args:
            newsletter_id: The newsletter whose deliveries to export (leave it out to export another
                source).
            campaign_id: The campaign whose deliveries to export, instead of a newsletter.
            action_id: The campaign or newsletter action whose deliveries to export, instead of a
                newsletter.
            transactional_message_id: The transactional message whose deliveries to export, instead
                of a newsletter.
            start: Only deliveries from this time on, Unix seconds.
            end: Only deliveries up to this time, Unix seconds.
            attributes: Person attributes to add to the export, one column each (for example those
                your message's liquid uses).
            metric: Only deliveries that reached this metric.
            drafts: True to include drafted deliveries besides active and sent ones.

        Returns:
            ExportResult
        """
        from .api.exports import create_deliveries_export as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            campaign_id=campaign_id,
            action_id=action_id,
            transactional_message_id=transactional_message_id,
            start=start,
            end=end,
            attributes=attributes,
            metric=metric,
            drafts=drafts,
        )

    def get_attributes(
        self,
        id: str | int,
        id_type: Literal["id", "email", "cio_id"] = "id",
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerAttributes:
        """Get a person's attributes and devices.

        The person's identifiers, every attribute (with when each was set) and their devices.
        `id_type` says whether the id is an `id`, an `email` or a `cio_id`.

        Args:
            id: The person, as a value of `id_type`.
            id_type: What the person identifier is; always sent, `id` by default.

        Returns:
            CustomerAttributes
        """
        from .api.customers import get_attributes as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
            id_type,
        )

    def get_customer_activities(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerActivityList:
        """List what a person did and what happened to them.

        Activities include events, page views, attribute changes and message deliveries. Only the
        last 30 days are guaranteed. Filter with `type` and, for events and attribute changes,
        `name`.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 10).
            type: Only activities of this type; object and relationship types carry the object type
                id, as in `_o:3:create`.
            name: The event or attribute name to match.

        Returns:
            CustomerActivityList
        """
        from .api.customers import get_customer_activities as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            start=start,
            limit=limit,
            type=type,
            name=name,
        )

    def iter_get_customer_activities(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.CustomerActivity]:
        """Iterate over the items of every page of `get_customer_activities`, fetching pages lazily.

        Takes the same arguments as `get_customer_activities`; `start` is where the first page begins.
        """
        from .api.customers import get_customer_activities as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CustomerActivityList]:
            return self._prepare(
                _op.prepare, customer_id, id_type=id_type, start=cursor, limit=limit, type=type, name=name
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.activities, lambda p: p.next_)

    def get_customer_messages(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerMessageList:
        """List the deliveries sent to a person.

        Without `start_ts` and `end_ts` the most recent six months are returned; a longer range is
        cut to six months ending at its latest timestamp.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 50).
            start_ts: Earliest delivery creation time, Unix seconds.
            end_ts: Latest delivery creation time, Unix seconds.

        Returns:
            CustomerMessageList
        """
        from .api.customers import get_customer_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            start=start,
            limit=limit,
            start_ts=start_ts,
            end_ts=end_ts,
        )

    def iter_get_customer_messages(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.CustomerMessage]:
        """Iterate over the items of every page of `get_customer_messages`, fetching pages lazily.

        Takes the same arguments as `get_customer_messages`; `start` is where the first page begins.
        """
        from .api.customers import get_customer_messages as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CustomerMessageList]:
            return self._prepare(
                _op.prepare, customer_id, id_type=id_type, start=cursor, limit=limit, start_ts=start_ts, end_ts=end_ts
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    def get_customer_relationships(
        self,
        customer_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerRelationshipList:
        """List the objects a person is related to.

        Pages may repeat entries; use an export from the UI for a complete list.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page.

        Returns:
            CustomerRelationshipList
        """
        from .api.customers import get_customer_relationships as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            start=start,
            limit=limit,
        )

    def iter_get_customer_relationships(
        self,
        customer_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.CustomerRelationship]:
        """Iterate over the items of every page of `get_customer_relationships`, fetching pages lazily.

        Takes the same arguments as `get_customer_relationships`; `start` is where the first page begins.
        """
        from .api.customers import get_customer_relationships as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CustomerRelationshipList]:
            return self._prepare(_op.prepare, customer_id, start=cursor, limit=limit)

        return self._iterate(
            timeout, extra_headers, page(start), page, lambda p: p.cio_relationships, lambda p: p.next_
        )

    def get_customer_segments(
        self,
        customer_id: str | int,
        id_type: Literal["id", "email", "cio_id"] = "id",
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerSegmentList:
        """List the segments a person belongs to.

        Both data-driven and manual segments are listed.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What the person identifier is; always sent, `id` by default.

        Returns:
            CustomerSegmentList
        """
        from .api.customers import get_customer_segments as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type,
        )

    def get_customer_subscription_preferences(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        language: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerSubscriptionPreferences:
        """Get a person's subscription-center preferences.

        Returns the topics with the person's choice for each, plus the page header. Pass `language`
        to get the texts translated.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            language: A language tag for the translated texts; the subscription center's default
                otherwise.

        Returns:
            CustomerSubscriptionPreferences
        """
        from .api.customers import get_customer_subscription_preferences as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            language=language,
        )

    def get_customers_attributes(
        self,
        ids: Sequence[str | int],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerAttributesList:
        """Get the attributes and devices of several people at once.

        Up to 100 ids per call; ids that match no one are left out of the answer.

        Args:
            ids: The people's ids.

        Returns:
            CustomerAttributesList
        """
        from .api.customers import get_customers_attributes as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            ids,
        )

    def get_object_attributes(
        self,
        object_type_id: str | int,
        object_id: str | int,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ObjectAttributes:
        """Get an object's attributes.

        The object's identifiers, attributes and when each attribute was set. `id_type` says whether
        `object_id` is your id or the `cio_object_id`.

        Args:
            object_type_id: The object type (an incrementing number, such as 1 for the first type
                created).
            object_id: The object, as a value of `id_type`.
            id_type: What `object_id` is; the API assumes `object_id` when omitted.

        Returns:
            ObjectAttributes
        """
        from .api.objects import get_object_attributes as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            object_id,
            id_type,
        )

    def get_object_relationships(
        self,
        object_type_id: str | int,
        object_id: str | int,
        *,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ObjectRelationshipList:
        """List the people related to an object.

        Pages may repeat entries; use an export from the UI for a complete list.

        Args:
            object_type_id: The object type (an incrementing number, such as 1 for the first type
                created).
            object_id: The object, as a value of `id_type`.
            id_type: What `object_id` is; the API assumes `object_id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page.

        Returns:
            ObjectRelationshipList
        """
        from .api.objects import get_object_relationships as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            object_id,
            id_type=id_type,
            start=start,
            limit=limit,
        )

    def iter_get_object_relationships(
        self,
        object_type_id: str | int,
        object_id: str | int,
        *,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.ObjectRelationship]:
        """Iterate over the items of every page of `get_object_relationships`, fetching pages lazily.

        Takes the same arguments as `get_object_relationships`; `start` is where the first page begins.
        """
        from .api.objects import get_object_relationships as _op

        def page(cursor: str | None) -> _rt.Prepared[models.ObjectRelationshipList]:
            return self._prepare(_op.prepare, object_type_id, object_id, id_type=id_type, start=cursor, limit=limit)

        return self._iterate(
            timeout, extra_headers, page(start), page, lambda p: p.cio_relationships, lambda p: p.next_
        )

    def find_objects(
        self,
        object_type_id: str | int,
        filter: params.ObjectSearchFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ObjectSearchResult:
        """Search objects of one type with a filter.

        Returns the ids of the objects of `object_type_id` that match `filter` (`and`, `or` and
        `not` groups of `object_attribute` conditions). Results are paged: pass the response's
        `next` as `start`. Pages may repeat an object.

        Args:
            object_type_id: The object type to search, e.g. 1.
            filter: The filter, sent as given: one of `and`/`or` (lists of filters), `not` (a
                filter) or `object_attribute` (`field`, `operator` `eq`/`exists`, `value`, `type_id`).
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of results per page.

        Returns:
            ObjectSearchResult
        """
        from .api.objects import find_objects as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            filter,
            start=start,
            limit=limit,
        )

    def iter_find_objects(
        self,
        object_type_id: str | int,
        filter: params.ObjectSearchFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.ObjectSearchIdentifier]:
        """Iterate over the items of every page of `find_objects`, fetching pages lazily.

        Takes the same arguments as `find_objects`; `start` is where the first page begins.
        """
        from .api.objects import find_objects as _op

        def page(cursor: str | None) -> _rt.Prepared[models.ObjectSearchResult]:
            return self._prepare(_op.prepare, object_type_id, filter, start=cursor, limit=limit)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.identifiers, lambda p: p.next_)

    def list_object_types(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ObjectTypeList:
        """List the workspace's object types.

        Object type ids are small integers (as strings); use them to address objects.

        Returns:
            ObjectTypeList
        """
        from .api.objects import list_object_types as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def list_activities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        deleted: bool | None = None,
        customer_id: str | int | None = None,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ActivityList:
        """List recent activities across the workspace.

        Activity log entries (events, attribute changes, message deliveries …), optionally narrowed
        by type, name or person. Only about the last 30 days are guaranteed. Results are paged with
        `start`/`next`.

        Args:
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of results per page (the API allows up to 100); 10 when omitted.
            type: Only activities of this type; object and relationship types name the object type,
                e.g. `_o:2:create`.
            name: Only activities for this event or attribute name.
            deleted: True to return activities of deleted people; off when omitted.
            customer_id: Only activities of this person, addressed as `id_type` says.
            id_type: What `customer_id` is; the API assumes `id` when omitted.

        Returns:
            ActivityList
        """
        from .api.activities import list_activities as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            type=type,
            name=name,
            deleted=deleted,
            customer_id=customer_id,
            id_type=id_type,
        )

    def iter_list_activities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        deleted: bool | None = None,
        customer_id: str | int | None = None,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.Activity]:
        """Iterate over the items of every page of `list_activities`, fetching pages lazily.

        Takes the same arguments as `list_activities`; `start` is where the first page begins.
        """
        from .api.activities import list_activities as _op

        def page(cursor: str | None) -> _rt.Prepared[models.ActivityList]:
            return self._prepare(
                _op.prepare,
                start=cursor,
                limit=limit,
                type=type,
                name=name,
                deleted=deleted,
                customer_id=customer_id,
                id_type=id_type,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.activities, lambda p: p.next_)

    def list_segments(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentList:
        """List all segments.

        Data-driven and manual segments, with their build `state` and `type`.

        Returns:
            SegmentList
        """
        from .api.segments import list_segments as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def create_segment(
        self,
        segment: models.SegmentInput | params.SegmentInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentResponse:
        """Create an empty manual segment.

        `segment` holds `name` (required) and an optional `description`; it is sent as given.

        Args:
            segment: The new segment's `name` and optional `description`.

        Returns:
            SegmentResponse
        """
        from .api.segments import create_segment as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment,
        )

    def get_segment(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentResponse:
        """Get one segment.

        Its name, description, build `state`, `type` and tags.

        Args:
            segment_id: The segment's id.

        Returns:
            SegmentResponse
        """
        from .api.segments import get_segment as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    def delete_segment(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a manual segment.

        Only manual segments can be deleted; the people in it stay in the workspace.

        Args:
            segment_id: The segment's id.

        Returns:
            dict[str, Any]
        """
        from .api.segments import delete_segment as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    def get_segment_customer_count(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentCustomerCount:
        """Count the people in a segment.

        The number of people who are members now.

        Args:
            segment_id: The segment's id.

        Returns:
            SegmentCustomerCount
        """
        from .api.segments import get_segment_customer_count as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    def get_segment_membership(
        self,
        segment_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentMembership:
        """List the people in a segment.

        Returns a page of members, both as `identifiers` (id, email, cio_id) and as plain `ids`;
        prefer `identifiers`, since `ids` holds an empty string for members without an id. Pass the
        response's `next` as `start` for the following page.

        Args:
            segment_id: The segment's id.
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of members per page (the API defaults to 1000).

        Returns:
            SegmentMembership
        """
        from .api.segments import get_segment_membership as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            start=start,
            limit=limit,
        )

    def iter_get_segment_membership(
        self,
        segment_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.SegmentMember]:
        """Iterate over the items of every page of `get_segment_membership`, fetching pages lazily.

        Takes the same arguments as `get_segment_membership`; `start` is where the first page begins.
        """
        from .api.segments import get_segment_membership as _op

        def page(cursor: str | None) -> _rt.Prepared[models.SegmentMembership]:
            return self._prepare(_op.prepare, segment_id, start=cursor, limit=limit)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.identifiers, lambda p: p.next_)

    def get_segment_used_by(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentUsage:
        """Find the campaigns and newsletters that use a segment.

        The ids of the campaigns and of the sent and draft newsletters that use the segment, for
        example before deleting it.

        Args:
            segment_id: The segment's id.

        Returns:
            SegmentUsage
        """
        from .api.segments import get_segment_used_by as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    def list_subscription_topics(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SubscriptionTopicList:
        """List the subscription center's topics.

        An empty list when the workspace has no topics.

        Returns:
            SubscriptionTopicList
        """
        from .api.subscriptions import list_subscription_topics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def list_subscription_channels(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SubscriptionChannelList:
        """List the subscription center's channels.

        An empty list when no channel options are configured.

        Returns:
            SubscriptionChannelList
        """
        from .api.subscriptions import list_subscription_channels as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_subscription_center_token(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SubscriptionCenterToken:
        """Get a signed link to a person's subscription center page.

        The token and URL stay valid for 24 hours. The person must already exist.

        Args:
            customer_id: The person's identifier (their id or email).

        Returns:
            SubscriptionCenterToken
        """
        from .api.subscriptions import get_subscription_center_token as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    def list_transactional_messages(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalMessageList:
        """List transactional message templates.

        The templates (transactional ids) you send from, not their deliveries.

        Returns:
            TransactionalMessageList
        """
        from .api.transactional import list_transactional_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_transactional_message(
        self,
        transactional_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalMessageResponse:
        """Get one transactional message template.

        Its name, description and sending and tracking settings; the content of each language is in
        `get_transactional_message_contents`.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).

        Returns:
            TransactionalMessageResponse
        """
        from .api.transactional import get_transactional_message as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
        )

    def get_transactional_message_contents(
        self,
        transactional_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalContentList:
        """List a transactional message's content variants.

        One variant per language (the default language has an empty `language`).

        Args:
            transactional_id: The transactional message's id (the first number in its URL).

        Returns:
            TransactionalContentList
        """
        from .api.transactional import get_transactional_message_contents as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
        )

    def get_transactional_message_language(
        self,
        transactional_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalContentResponse:
        """Get one language variant of a transactional message.

        The variant of `language` (such as `fr`); the default variant has an empty language.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            language: The variant's language tag, e.g. `fr`.

        Returns:
            TransactionalContentResponse
        """
        from .api.transactional import get_transactional_message_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            language,
        )

    def update_transactional_message_language(
        self,
        transactional_id: str | int,
        language: str,
        data: params.TransactionalContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalContentResponse:
        """Replace one language variant of a transactional message.

        Overwrites the variant with `data` (`body`, `subject`, `from_id`, `headers` …), sent as
        given. Content built in Design Studio cannot be changed here.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            language: The variant's language tag, e.g. `fr`.
            data: The variant's new fields, sent as given.

        Returns:
            TransactionalContentResponse
        """
        from .api.transactional import update_transactional_message_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            language,
            data,
        )

    def get_transactional_message_deliveries(
        self,
        transactional_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalDeliveryList:
        """List the deliveries sent from a transactional message.

        Each delivery is one message to one person. Without `start_ts`/`end_ts` the API covers the
        last 6 months; ranges are capped at 12 months. Paged with `start`/`next`.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of deliveries per page.
            metric: Only deliveries that reached this metric.
            start_ts: Earliest delivery creation time, Unix seconds.
            end_ts: Latest delivery creation time, Unix seconds.
            get_tracked_responses: True to include in-app survey `tracked_responses` on each
                delivery.
            state: Only deliveries in this state.

        Returns:
            TransactionalDeliveryList
        """
        from .api.transactional import get_transactional_message_deliveries as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            start=start,
            limit=limit,
            metric=metric,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
            state=state,
        )

    def iter_get_transactional_message_deliveries(
        self,
        transactional_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.TransactionalDelivery]:
        """Iterate over the items of every page of `get_transactional_message_deliveries`, fetching pages lazily.

        Takes the same arguments as `get_transactional_message_deliveries`; `start` is where the first page begins.
        """
        from .api.transactional import get_transactional_message_deliveries as _op

        def page(cursor: str | None) -> _rt.Prepared[models.TransactionalDeliveryList]:
            return self._prepare(
                _op.prepare,
                transactional_id,
                start=cursor,
                limit=limit,
                metric=metric,
                start_ts=start_ts,
                end_ts=end_ts,
                get_tracked_responses=get_tracked_responses,
                state=state,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    def get_transactional_message_metrics(
        self,
        transactional_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalMetrics:
        """Get a transactional message's delivery metrics over time.

        Each metric is a series of counts per `period`, oldest first. At least two steps are
        returned; maximums are 24 hours, 45 days, 12 weeks or 121 months.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            period: The length of each step; the API assumes `days` when omitted.
            steps: How many periods to return; the API returns the maximum when omitted.

        Returns:
            TransactionalMetrics
        """
        from .api.transactional import get_transactional_message_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            period=period,
            steps=steps,
        )

    def get_transactional_message_link_metrics(
        self,
        transactional_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalLinkMetrics:
        """Get click metrics for each link in a transactional message.

        One entry per tracked link with its click counts per period (`period`, `steps`); `unique`
        counts each person once.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            period: The length of each step; the API assumes `days` when omitted.
            steps: How many periods to return; the API returns the maximum when omitted.
            unique: True to count each person at most once per link.

        Returns:
            TransactionalLinkMetrics
        """
        from .api.transactional import get_transactional_message_link_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    def update_transactional_message_content(
        self,
        transactional_id: str | int,
        content_id: str | int,
        data: params.TransactionalContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalContentResponse:
        """Replace one content variant of a transactional message.

        Overwrites the variant with `data` (`body`, `subject`, `from_id`, `headers` …), sent as
        given; later sends use the new content. Design Studio content cannot be changed here.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            content_id: The content variant's id (the last number in the template's URL).
            data: The variant's new fields, sent as given.

        Returns:
            TransactionalContentResponse
        """
        from .api.transactional import update_transactional_message_content as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            content_id,
            data,
        )

    def list_campaigns(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignList:
        """List the workspace's campaigns.

        Returns:
            CampaignList
        """
        from .api.campaigns import list_campaigns as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_campaign(
        self,
        campaign_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignResponse:
        """Fetch one campaign.

        Args:
            campaign_id: The campaign's id.

        Returns:
            CampaignResponse
        """
        from .api.campaigns import get_campaign as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
        )

    def get_campaign_actions(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignActionList:
        """List the actions (workflow tiles) of a campaign.

        Returns a page of at most 10 actions; pass the response's `next` as `start` for the
        following page.

        Args:
            campaign_id: The campaign's id.
            start: Page cursor, taken from a previous response's `next`.

        Returns:
            CampaignActionList
        """
        from .api.campaigns import get_campaign_actions as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
        )

    def iter_get_campaign_actions(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.CampaignAction]:
        """Iterate over the items of every page of `get_campaign_actions`, fetching pages lazily.

        Takes the same arguments as `get_campaign_actions`; `start` is where the first page begins.
        """
        from .api.campaigns import get_campaign_actions as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CampaignActionList]:
            return self._prepare(_op.prepare, campaign_id, start=cursor)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.actions, lambda p: p.next_)

    def get_campaign_action(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignActionResponse:
        """Fetch one action of a campaign.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.

        Returns:
            CampaignActionResponse
        """
        from .api.campaigns import get_campaign_action as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
        )

    def update_campaign_action(
        self,
        campaign_id: str | int,
        action_id: str | int,
        data: params.CampaignActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignActionResponse:
        """Change the content or settings of a campaign action.

        `data` holds the fields to change (for example `body`, `subject`, `sending_state`,
        `from_id`); it is sent as given. Content built in Design Studio cannot be changed here.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            data: The action fields to change, sent as given.

        Returns:
            CampaignActionResponse
        """
        from .api.campaigns import update_campaign_action as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            data,
        )

    def get_campaign_action_language(
        self,
        campaign_id: str | int,
        action_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignActionResponse:
        """Fetch one language variant of a campaign action.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            language: Language tag of the translation, e.g. `fr`.

        Returns:
            CampaignActionResponse
        """
        from .api.campaigns import get_campaign_action_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            language,
        )

    def update_campaign_action_language(
        self,
        campaign_id: str | int,
        action_id: str | int,
        language: str,
        data: params.CampaignActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignActionResponse:
        """Change one language variant of a campaign action.

        `data` holds the fields to change in that translation; it is sent as given.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            language: Language tag of the translation, e.g. `fr`.
            data: The translation fields to change, sent as given.

        Returns:
            CampaignActionResponse
        """
        from .api.campaigns import update_campaign_action_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            language,
            data,
        )

    def get_campaign_action_metrics(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        version: Literal["1", "2"] | None = None,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
        tz: str | None = None,
        start: int | None = None,
        end: int | None = None,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignMetrics:
        """Delivery metrics of one campaign action over time.

        With `version="2"` the window is `start`/`end` (Unix seconds) split by `res`, in time zone
        `tz`. Version 1 (deprecated) uses `period` and `steps` instead.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            version: Metrics API version, "1" or "2" (recommended).
            res: Version 2 bucket size.
            tz: Version 2 time zone in region form, e.g. `America/New_York`.
            start: Version 2 window start, Unix seconds.
            end: Version 2 window end, Unix seconds.
            period: Version 1 bucket size; `days` when omitted.
            steps: Version 1 number of buckets.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            CampaignMetrics
        """
        from .api.campaigns import get_campaign_action_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            version=version,
            res=res,
            tz=tz,
            start=start,
            end=end,
            period=period,
            steps=steps,
            type=type,
        )

    def get_campaign_action_metrics_links(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignLinkMetricsList:
        """Click metrics for each link in one campaign action.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            CampaignLinkMetricsList
        """
        from .api.campaigns import get_campaign_action_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    def get_campaign_metrics(
        self,
        campaign_id: str | int,
        *,
        version: Literal["1", "2"] | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
        tz: str | None = None,
        start: int | None = None,
        end: int | None = None,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignMetrics:
        """Delivery metrics of a campaign over time.

        With `version="2"` the window is `start`/`end` (Unix seconds) split by `res`, in time zone
        `tz`. Version 1 (deprecated) uses `period` and `steps` instead. `type` limits the metrics to
        one channel.

        Args:
            campaign_id: The campaign's id.
            version: Metrics API version, "1" or "2" (recommended).
            type: Only metrics of this channel; all channels when omitted.
            res: Version 2 bucket size.
            tz: Version 2 time zone in region form, e.g. `America/New_York`.
            start: Version 2 window start, Unix seconds.
            end: Version 2 window end, Unix seconds.
            period: Version 1 bucket size; `days` when omitted.
            steps: Version 1 number of buckets.

        Returns:
            CampaignMetrics
        """
        from .api.campaigns import get_campaign_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            version=version,
            type=type,
            res=res,
            tz=tz,
            start=start,
            end=end,
            period=period,
            steps=steps,
        )

    def get_campaign_metrics_links(
        self,
        campaign_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignLinkMetricsList:
        """Click metrics for each link across a campaign.

        Args:
            campaign_id: The campaign's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            CampaignLinkMetricsList
        """
        from .api.campaigns import get_campaign_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    def get_campaign_journey_metrics(
        self,
        campaign_id: str | int,
        *,
        start: int,
        end: int,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"],
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignJourneyMetrics:
        """Journey metrics of a campaign (started, activated, converted, ...).

        `start`, `end` (Unix seconds) and `res` are all required. Each array holds one count per
        bucket: the journeys that began in that bucket and later reached the metric.

        Args:
            campaign_id: The campaign's id.
            start: Report start, Unix seconds.
            end: Report end, Unix seconds.
            res: Bucket size.

        Returns:
            CampaignJourneyMetrics
        """
        from .api.campaigns import get_campaign_journey_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
            end=end,
            res=res,
        )

    def get_campaign_messages(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        drafts: bool | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignMessageList:
        """List the deliveries a campaign produced.

        Filter by channel (`type`), by a reached `metric`, by creation time (`start_ts`, `end_ts`,
        Unix seconds) or ask for drafts. Without a time window the API returns recent deliveries
        only.

        Args:
            campaign_id: The campaign's id.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size (at most 1000; 50 when omitted).
            type: Only deliveries of this channel.
            metric: Only deliveries that reached this metric.
            drafts: Return drafts instead of sent messages.
            start_ts: Earliest creation time, Unix seconds.
            end_ts: Latest creation time, Unix seconds.
            get_tracked_responses: Include in-app survey answers (`tracked_responses`) on each
                delivery.

        Returns:
            CampaignMessageList
        """
        from .api.campaigns import get_campaign_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
            limit=limit,
            type=type,
            metric=metric,
            drafts=drafts,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
        )

    def iter_get_campaign_messages(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        drafts: bool | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.DeliveryMessage]:
        """Iterate over the items of every page of `get_campaign_messages`, fetching pages lazily.

        Takes the same arguments as `get_campaign_messages`; `start` is where the first page begins.
        """
        from .api.campaigns import get_campaign_messages as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CampaignMessageList]:
            return self._prepare(
                _op.prepare,
                campaign_id,
                start=cursor,
                limit=limit,
                type=type,
                metric=metric,
                drafts=drafts,
                start_ts=start_ts,
                end_ts=end_ts,
                get_tracked_responses=get_tracked_responses,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    def get_broadcast_trigger_status(
        self,
        broadcast_id: str | int,
        trigger_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastTrigger:
        """Check whether a broadcast trigger has been processed.

        The trigger id comes from `trigger_broadcast` or `get_broadcast_triggers`.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            trigger_id: The trigger's id, as returned when the broadcast was triggered.

        Returns:
            BroadcastTrigger
        """
        from .api.broadcasts import get_broadcast_trigger_status as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            trigger_id,
        )

    def get_broadcast_trigger_errors(
        self,
        broadcast_id: str | int,
        trigger_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastTriggerErrors:
        """List the validation errors a broadcast trigger produced.

        Mostly problems with the audience or the per-user data file, one line of text each.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            trigger_id: The trigger's id, as returned when the broadcast was triggered.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size.

        Returns:
            BroadcastTriggerErrors
        """
        from .api.broadcasts import get_broadcast_trigger_errors as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            trigger_id,
            start=start,
            limit=limit,
        )

    def iter_get_broadcast_trigger_errors(
        self,
        broadcast_id: str | int,
        trigger_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[Any]:
        """Iterate over the items of every page of `get_broadcast_trigger_errors`, fetching pages lazily.

        Takes the same arguments as `get_broadcast_trigger_errors`; `start` is where the first page begins.
        """
        from .api.broadcasts import get_broadcast_trigger_errors as _op

        def page(cursor: str | None) -> _rt.Prepared[models.BroadcastTriggerErrors]:
            return self._prepare(_op.prepare, broadcast_id, trigger_id, start=cursor, limit=limit)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.errors, lambda p: p.next_)

    def list_broadcasts(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastList:
        """List the workspace's API-triggered broadcasts.

        Returns:
            BroadcastList
        """
        from .api.broadcasts import list_broadcasts as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_broadcast(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastResponse:
        """Fetch one API-triggered broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            BroadcastResponse
        """
        from .api.broadcasts import get_broadcast as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    def get_broadcast_actions(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastActionList:
        """List the actions (message variants) of a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            BroadcastActionList
        """
        from .api.broadcasts import get_broadcast_actions as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    def get_broadcast_action(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastActionResponse:
        """Fetch one action of a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.

        Returns:
            BroadcastActionResponse
        """
        from .api.broadcasts import get_broadcast_action as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
        )

    def update_broadcast_action(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        data: params.BroadcastActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastActionResponse:
        """Change the content or settings of a broadcast action.

        `data` holds the fields to change (for example `body`, `subject`, `sending_state`,
        `from_id`); it is sent as given. Content built in Design Studio cannot be changed here.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            data: The action fields to change, sent as given.

        Returns:
            BroadcastActionResponse
        """
        from .api.broadcasts import update_broadcast_action as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            data,
        )

    def get_broadcast_action_language(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastActionResponse:
        """Fetch one language variant of a broadcast action.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            language: Language tag of the translation, e.g. `fr`.

        Returns:
            BroadcastActionResponse
        """
        from .api.broadcasts import get_broadcast_action_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            language,
        )

    def update_broadcast_action_language(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        language: str,
        data: params.BroadcastActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastActionResponse:
        """Change one language variant of a broadcast action.

        `data` holds the fields to change in that translation; it is sent as given.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            language: Language tag of the translation, e.g. `fr`.
            data: The translation fields to change, sent as given.

        Returns:
            BroadcastActionResponse
        """
        from .api.broadcasts import update_broadcast_action_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            language,
            data,
        )

    def get_broadcast_action_metrics(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastMetrics:
        """Delivery metrics of one broadcast action over time.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            BroadcastMetrics
        """
        from .api.broadcasts import get_broadcast_action_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            period=period,
            steps=steps,
            type=type,
        )

    def get_broadcast_action_metrics_links(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastLinkMetricsList:
        """Click metrics for each link in one broadcast action.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            BroadcastLinkMetricsList
        """
        from .api.broadcasts import get_broadcast_action_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    def get_broadcast_metrics(
        self,
        broadcast_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastMetrics:
        """Delivery metrics of a broadcast over time.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            type: Only metrics of this channel; all channels when omitted.

        Returns:
            BroadcastMetrics
        """
        from .api.broadcasts import get_broadcast_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            period=period,
            steps=steps,
            type=type,
        )

    def get_broadcast_metrics_links(
        self,
        broadcast_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastLinkMetricsList:
        """Click metrics for each link across a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            BroadcastLinkMetricsList
        """
        from .api.broadcasts import get_broadcast_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    def get_broadcast_messages(
        self,
        broadcast_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastMessageList:
        """List the deliveries a broadcast produced.

        Filter by a reached `metric`, by channel (`type`) or by creation time (`start_ts`, `end_ts`,
        Unix seconds).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size.
            metric: Only deliveries that reached this metric.
            type: Only deliveries of this channel.
            start_ts: Earliest creation time, Unix seconds.
            end_ts: Latest creation time, Unix seconds.
            get_tracked_responses: Include in-app survey answers (`tracked_responses`) on each
                delivery.
            state: Only deliveries in this state.

        Returns:
            BroadcastMessageList
        """
        from .api.broadcasts import get_broadcast_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            start=start,
            limit=limit,
            metric=metric,
            type=type,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
            state=state,
        )

    def iter_get_broadcast_messages(
        self,
        broadcast_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.DeliveryMessage]:
        """Iterate over the items of every page of `get_broadcast_messages`, fetching pages lazily.

        Takes the same arguments as `get_broadcast_messages`; `start` is where the first page begins.
        """
        from .api.broadcasts import get_broadcast_messages as _op

        def page(cursor: str | None) -> _rt.Prepared[models.BroadcastMessageList]:
            return self._prepare(
                _op.prepare,
                broadcast_id,
                start=cursor,
                limit=limit,
                metric=metric,
                type=type,
                start_ts=start_ts,
                end_ts=end_ts,
                get_tracked_responses=get_tracked_responses,
                state=state,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    def get_broadcast_triggers(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastTriggerList:
        """List the times a broadcast was triggered.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            BroadcastTriggerList
        """
        from .api.broadcasts import get_broadcast_triggers as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    def list_newsletters(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterList:
        """List newsletters.

        Returns one page of newsletters with their metadata. Pass the response's `next` value as
        `start` to fetch the following page.

        Args:
            start: The cursor of the page to fetch, taken from a previous response's `next`.
            limit: The most results to return in one page.
            sort: `asc` for oldest first, `desc` for newest first.

        Returns:
            NewsletterList
        """
        from .api.newsletters import list_newsletters as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            sort=sort,
        )

    def iter_list_newsletters(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.Newsletter]:
        """Iterate over the items of every page of `list_newsletters`, fetching pages lazily.

        Takes the same arguments as `list_newsletters`; `start` is where the first page begins.
        """
        from .api.newsletters import list_newsletters as _op

        def page(cursor: str | None) -> _rt.Prepared[models.NewsletterList]:
            return self._prepare(_op.prepare, start=cursor, limit=limit, sort=sort)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.newsletters, lambda p: p.next_)

    def create_newsletter(
        self,
        data: params.NewsletterCreateRequestParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterResponse:
        """Create a newsletter, optionally sending or scheduling it.

        `data` describes the newsletter: `name`, channel `type`, `recipients` and the channel's
        content fields. Set `send_now` to send right away or `scheduled_at` to send later; with
        neither, the newsletter stays a draft. `data` is sent as given.

        Args:
            data: The newsletter definition, sent as given.

        Returns:
            NewsletterResponse
        """
        from .api.newsletters import create_newsletter as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    def get_newsletter(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterResponse:
        """Get one newsletter's metadata.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            NewsletterResponse
        """
        from .api.newsletters import get_newsletter as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    def delete_newsletter(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a newsletter.

        Removes the newsletter together with its content, settings and metrics; undelivered in-app
        messages from it are cancelled.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            dict[str, Any]
        """
        from .api.newsletters import delete_newsletter as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    def get_newsletter_contents(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentList:
        """List a newsletter's content variants.

        Each variant is a translation or an A/B test message, with its own content id.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            NewsletterContentList
        """
        from .api.newsletters import get_newsletter_contents as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    def get_newsletter_content(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Get one content variant of a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import get_newsletter_content as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
        )

    def update_newsletter_content(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Update one content variant of a newsletter.

        Changes the variant's content and, for email, its envelope (sender, subject and so on).
        Drag-and-drop and Design Studio content, and in-app or inbox content, cannot be changed this
        way. `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            data: The fields to change, sent as given.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import update_newsletter_content as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            data,
        )

    def get_newsletter_content_metrics(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterMetricsResponse:
        """Get delivery metrics for one newsletter variant.

        Metric series per `period`, oldest step first. At least two steps are always returned.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            NewsletterMetricsResponse
        """
        from .api.newsletters import get_newsletter_content_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            period=period,
            steps=steps,
            type=type,
        )

    def get_newsletter_content_metrics_links(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterLinkMetricsList:
        """Get link click metrics for one newsletter variant.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            unique: Count each person at most once per link; off when omitted.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            NewsletterLinkMetricsList
        """
        from .api.newsletters import get_newsletter_content_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    def get_newsletter_metrics(
        self,
        newsletter_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterMetricsResponse:
        """Get delivery metrics for a newsletter.

        Metric series per `period`, oldest step first, across all of the newsletter's channels. At
        least two steps are always returned.

        Args:
            newsletter_id: The newsletter's id.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            NewsletterMetricsResponse
        """
        from .api.newsletters import get_newsletter_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            period=period,
            steps=steps,
            type=type,
        )

    def get_newsletter_metrics_links(
        self,
        newsletter_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterLinkMetricsList:
        """Get link click metrics for a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            NewsletterLinkMetricsList
        """
        from .api.newsletters import get_newsletter_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    def get_newsletter_messages(
        self,
        newsletter_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "push", "in_app", "inbox"] | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterMessageList:
        """List the deliveries a newsletter produced.

        One record per rendered message. Without `start_ts`/`end_ts` the API covers up to six months
        from the first delivery; longer windows are cut to twelve months. Timestamps are when
        deliveries were created, not sent.

        Args:
            newsletter_id: The newsletter's id.
            start: The cursor of the page to fetch, taken from a previous response's `next`.
            limit: The most results to return in one page.
            metric: Only deliveries that reached this metric.
            type: Only deliveries of this channel.
            start_ts: Start of the time window, Unix seconds.
            end_ts: End of the time window, Unix seconds.
            get_tracked_responses: Include in-app survey `tracked_responses` on each delivery.

        Returns:
            NewsletterMessageList
        """
        from .api.newsletters import get_newsletter_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            start=start,
            limit=limit,
            metric=metric,
            type=type,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
        )

    def iter_get_newsletter_messages(
        self,
        newsletter_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "push", "in_app", "inbox"] | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.DeliveryMessage]:
        """Iterate over the items of every page of `get_newsletter_messages`, fetching pages lazily.

        Takes the same arguments as `get_newsletter_messages`; `start` is where the first page begins.
        """
        from .api.newsletters import get_newsletter_messages as _op

        def page(cursor: str | None) -> _rt.Prepared[models.NewsletterMessageList]:
            return self._prepare(
                _op.prepare,
                newsletter_id,
                start=cursor,
                limit=limit,
                metric=metric,
                type=type,
                start_ts=start_ts,
                end_ts=end_ts,
                get_tracked_responses=get_tracked_responses,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    def send_newsletter(
        self,
        newsletter_id: str | int,
        data: params.NewsletterSendRequestParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterResponse:
        """Send a draft newsletter now.

        The newsletter must still be a draft. `data` may carry rate limits (`rate_limit_email_rate`,
        `rate_limit_time_period`, `rate_limit_spread`); it is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: Optional send settings, sent as given.

        Returns:
            NewsletterResponse
        """
        from .api.newsletters import send_newsletter as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    def schedule_newsletter(
        self,
        newsletter_id: str | int,
        data: params.NewsletterScheduleRequestParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterResponse:
        """Schedule a draft newsletter, or change its send time.

        `data` holds `scheduled_at` (Unix seconds in the future, or 0 to unschedule) with its
        `timezone`, and optionally `tz_match_enabled` and rate limits; it is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: The schedule settings, sent as given.

        Returns:
            NewsletterResponse
        """
        from .api.newsletters import schedule_newsletter as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    def create_newsletter_language(
        self,
        newsletter_id: str | int,
        data: params.NewsletterLanguageCreateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Add a translation to a newsletter.

        `data` needs `language` plus the channel's content (for email, `subject` and `body`); fields
        left out are copied untranslated from the default variant. Not possible once the newsletter
        was sent, or when it has A/B tests (use the test group form). `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: The translation, sent as given.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import create_newsletter_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    def get_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Get one translation of a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import get_newsletter_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
        )

    def update_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Update one translation of a newsletter.

        Same fields as `update_newsletter_content`; `data` is sent as given. For newsletters with
        A/B tests use `update_newsletter_test_group_language`.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.
            data: The fields to change, sent as given.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import update_newsletter_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
            data,
        )

    def delete_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete one translation of a newsletter.

        The default language cannot be deleted, nor any language once the newsletter was sent.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            dict[str, Any]
        """
        from .api.newsletters import delete_newsletter_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
        )

    def get_newsletter_test_groups(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterTestGroupList:
        """List a newsletter's A/B test groups.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            NewsletterTestGroupList
        """
        from .api.newsletters import get_newsletter_test_groups as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    def create_newsletter_test_group(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterResponse:
        """Add an A/B test group to a newsletter.

        The new group starts as a copy of the existing content. The API takes no input; the body is
        always `{}`. Not possible once the newsletter was sent.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            NewsletterResponse
        """
        from .api.newsletters import create_newsletter_test_group as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    def create_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        data: params.NewsletterLanguageCreateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Add a translation to a newsletter's A/B test group.

        Same payload as `create_newsletter_language`; the variant starts as a copy of the group's
        default template. Note the singular `test_group` in the path. `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            data: The translation, sent as given.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import create_newsletter_test_group_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            data,
        )

    def get_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Get one translation in a newsletter's A/B test group.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import get_newsletter_test_group_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
        )

    def update_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Update one translation in a newsletter's A/B test group.

        Same fields as `update_newsletter_content`; `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.
            data: The fields to change, sent as given.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import update_newsletter_test_group_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
            data,
        )

    def delete_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete one translation in a newsletter's A/B test group.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            dict[str, Any]
        """
        from .api.newsletters import delete_newsletter_test_group_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
        )

    def list_design_studio_folders(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioFolderList:
        """List Design Studio folders.

        Returns one page of folders (folders only, not the emails or components inside them),
        optionally limited to a parent folder and filtered by creation or update time. Paged with
        `page` and `limit`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            DesignStudioFolderList
        """
        from .api.design_studio import list_design_studio_folders as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
        )

    def create_design_studio_folder(
        self,
        folder: models.DesignStudioFolderInput | params.DesignStudioFolderInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioFolderResult:
        """Create a Design Studio folder.

        `folder` needs a `name`; add `parent_folder_id` (a folder UUID) to nest it, or leave it out
        / `None` for the root. Sent as given.

        Args:
            folder: The folder (`name`, optional `parent_folder_id`), sent as given.

        Returns:
            DesignStudioFolderResult
        """
        from .api.design_studio import create_design_studio_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder,
        )

    def get_design_studio_folder(
        self,
        folder_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioFolderResult:
        """Get a Design Studio folder.

        Args:
            folder_id: The folder's UUID.

        Returns:
            DesignStudioFolderResult
        """
        from .api.design_studio import get_design_studio_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    def update_design_studio_folder(
        self,
        folder_id: str,
        updates: models.DesignStudioFolderUpdate | params.DesignStudioFolderUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Rename or move a Design Studio folder.

        Only the keys in `updates` change. `parent_folder_id: None` moves the folder to the root;
        its contents move with it.

        Args:
            folder_id: The folder's UUID.
            updates: The fields to change (`name`, `parent_folder_id`), sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import update_design_studio_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
            updates,
        )

    def delete_design_studio_folder(
        self,
        folder_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a Design Studio folder and everything in it.

        Subfolders, emails and components inside are deleted too. Refused when the folder holds an
        email that a workflow uses.

        Args:
            folder_id: The folder's UUID.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import delete_design_studio_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    def list_design_studio_emails(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        is_template: Literal["true", "false", "any"] | None = None,
        has_translations: Literal["true", "false", "any"] | None = None,
        is_linked: Literal["true", "false", "any"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailList:
        """List Design Studio emails.

        Returns one page of emails plus the folders they sit in. Besides the folder and time
        filters, `is_template`, `has_translations` and `is_linked` take `"true"`, `"false"` or
        `"any"`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).
            is_template: Filter on whether the email is a template.
            has_translations: Filter on whether the email has translations.
            is_linked: Filter on whether the email is linked to a workflow.

        Returns:
            DesignStudioEmailList
        """
        from .api.design_studio import list_design_studio_emails as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
            is_template=is_template,
            has_translations=has_translations,
            is_linked=is_linked,
        )

    def create_design_studio_email(
        self,
        email: models.DesignStudioEmailInput | params.DesignStudioEmailInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailResult:
        """Create a Design Studio email.

        `email` needs a `name`; `content`, `envelope`, `transformers`, `is_template` and
        `parent_folder_id` are optional (sender details are only needed once the email is linked to
        a workflow). Sent as given.

        Args:
            email: The email (`name`, `content`, `envelope`, …), sent as given.

        Returns:
            DesignStudioEmailResult
        """
        from .api.design_studio import create_design_studio_email as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    def get_design_studio_email(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailResult:
        """Get a Design Studio email with its content, envelope and transformers.

        Returns the default-language email; translations have their own calls.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            DesignStudioEmailResult
        """
        from .api.design_studio import get_design_studio_email as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    def update_design_studio_email(
        self,
        email_id: str,
        updates: models.DesignStudioEmailUpdate | params.DesignStudioEmailUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Change part of a Design Studio email.

        Only the keys in `updates` change. Saving does not publish: a linked workflow keeps the old
        version until the change is published.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            updates: The fields to change, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import update_design_studio_email as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            updates,
        )

    def delete_design_studio_email(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a Design Studio email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import delete_design_studio_email as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    def list_design_studio_email_languages(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailTranslationList:
        """List an email's translations.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            DesignStudioEmailTranslationList
        """
        from .api.design_studio import list_design_studio_email_languages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    def create_design_studio_email_language(
        self,
        email_id: str,
        translation: models.DesignStudioEmailTranslationInput | params.DesignStudioEmailTranslationInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailTranslationResult:
        """Add a translation to an email.

        `translation` needs a `language` code (sent in the body). Whatever of `content`, `envelope`
        and `transformers` you leave out is copied from the default email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            translation: The translation (`language`, optional `content`, `envelope`,
                `transformers`), sent as given.

        Returns:
            DesignStudioEmailTranslationResult
        """
        from .api.design_studio import create_design_studio_email_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            translation,
        )

    def get_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailTranslationResult:
        """Get one translation of an email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.

        Returns:
            DesignStudioEmailTranslationResult
        """
        from .api.design_studio import get_design_studio_email_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
        )

    def update_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        updates: models.DesignStudioEmailTranslationUpdate | params.DesignStudioEmailTranslationUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Change part of an email translation.

        Only the keys in `updates` (`content`, `envelope`, `transformers`) change. Nothing is
        published by this call.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.
            updates: The fields to change, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import update_design_studio_email_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
            updates,
        )

    def delete_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete one translation of an email.

        Refused while the email is linked to a workflow.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import delete_design_studio_email_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
        )

    def list_design_studio_components(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        tag: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioComponentList:
        """List custom components.

        Returns one page of components plus the folders they sit in. Filters as for folders, plus
        `tag`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).
            tag: Only components with this tag name.

        Returns:
            DesignStudioComponentList
        """
        from .api.design_studio import list_design_studio_components as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
            tag=tag,
        )

    def create_design_studio_component(
        self,
        component: models.DesignStudioComponentInput | params.DesignStudioComponentInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioComponentResult:
        """Create a custom component.

        `component` needs a display `name` and the `tag` emails use to include it; add `content`
        (HTML) and optionally `parent_folder_id`. Sent as given.

        Args:
            component: The component (`name`, `tag`, `content`, `parent_folder_id`), sent as given.

        Returns:
            DesignStudioComponentResult
        """
        from .api.design_studio import create_design_studio_component as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component,
        )

    def get_design_studio_component(
        self,
        component_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioComponentResult:
        """Get a custom component with its content.

        Args:
            component_id: The component's UUID.

        Returns:
            DesignStudioComponentResult
        """
        from .api.design_studio import get_design_studio_component as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
        )

    def update_design_studio_component(
        self,
        component_id: str,
        updates: models.DesignStudioComponentUpdate | params.DesignStudioComponentUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Change part of a custom component.

        Args:
            component_id: The component's UUID.
            updates: The fields to change (`name`, `tag`, `content`, `parent_folder_id`), sent as
                given.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import update_design_studio_component as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
            updates,
        )

    def delete_design_studio_component(
        self,
        component_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a custom component.

        Emails that still include the component may then fail to send.

        Args:
            component_id: The component's UUID.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import delete_design_studio_component as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
        )

    def list_assets(
        self,
        *,
        parent_folder_id: int | None = None,
        direct_descendants_only: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetList:
        """List file assets.

        Returns one page of uploaded files, optionally limited to an asset folder (and to its direct
        children only). Paged with `page` and `limit`.

        Args:
            parent_folder_id: Only items under this asset folder; 0 or omitted means the root.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            AssetList
        """
        from .api.assets import list_assets as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            page=page,
            limit=limit,
        )

    def create_asset(
        self,
        file: params.AssetUploadInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetResult:
        """Upload a file asset.

        Sent as `multipart/form-data`: a `file` part (named `filename`, typed by `contentType`, else
        by the file extension — bmp, jpg/jpeg, png, gif, pdf), then `name` and `parent_folder_id`
        parts when given. Images (bmp, jpeg, png, gif) and PDFs up to 2 MB are accepted.

        Args:
            file: The upload: `data` (bytes, str or a binary file object; required), `filename`
                (required), and optionally `content_type`, `name` and `parent_folder_id` (node's
                camelCase `contentType` / `parentFolderId` are accepted too). `file.data` and
                `file.filename` are checked, in that order, by the handwritten body builder.

        Returns:
            AssetResult
        """
        from .api.assets import create_asset as _op

        return self._send(timeout, extra_headers, _op.prepare, file, bodies=self._bodies)

    def get_asset(
        self,
        asset_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetResult:
        """Get a file asset.

        Args:
            asset_id: The file asset's id.

        Returns:
            AssetResult
        """
        from .api.assets import get_asset as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
        )

    def update_asset(
        self,
        asset_id: str | int,
        updates: models.AssetUpdate | params.AssetUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Rename or move a file asset.

        `updates` holds `name` and/or `parent_folder_id` (`None` moves it to the root). The file
        itself cannot be replaced.

        Args:
            asset_id: The file asset's id.
            updates: The fields to change, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.assets import update_asset as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
            updates,
        )

    def delete_asset(
        self,
        asset_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a file asset.

        Args:
            asset_id: The file asset's id.

        Returns:
            dict[str, Any]
        """
        from .api.assets import delete_asset as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
        )

    def list_asset_folders(
        self,
        *,
        parent_folder_id: int | None = None,
        direct_descendants_only: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetFolderList:
        """List asset folders.

        Args:
            parent_folder_id: Only items under this asset folder; 0 or omitted means the root.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            AssetFolderList
        """
        from .api.assets import list_asset_folders as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            page=page,
            limit=limit,
        )

    def create_asset_folder(
        self,
        folder: models.AssetFolderInput | params.AssetFolderInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetFolderResult:
        """Create an asset folder.

        `folder` needs a `name` that is unique among its siblings; `parent_folder_id` nests it. Sent
        as given.

        Args:
            folder: The folder (`name`, optional `parent_folder_id`), sent as given.

        Returns:
            AssetFolderResult
        """
        from .api.assets import create_asset_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder,
        )

    def get_asset_folder(
        self,
        folder_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetFolderResult:
        """Get an asset folder.

        Args:
            folder_id: The asset folder's id.

        Returns:
            AssetFolderResult
        """
        from .api.assets import get_asset_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    def update_asset_folder(
        self,
        folder_id: str | int,
        updates: models.AssetFolderUpdate | params.AssetFolderUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Rename or move an asset folder.

        A folder cannot be moved into itself or one of its own subfolders.

        Args:
            folder_id: The asset folder's id.
            updates: The fields to change (`name`, `parent_folder_id`), sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.assets import update_asset_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
            updates,
        )

    def delete_asset_folder(
        self,
        folder_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete an empty asset folder.

        The API refuses folders that still hold files or subfolders.

        Args:
            folder_id: The asset folder's id.

        Returns:
            dict[str, Any]
        """
        from .api.assets import delete_asset_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    def list_collections(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CollectionList:
        """List collections.

        Every collection with its name, size and top-level keys (not its rows).

        Returns:
            CollectionList
        """
        from .api.collections import list_collections as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def create_collection(
        self,
        collection: models.CollectionInput | params.CollectionInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CollectionResult:
        """Create a collection.

        `collection` needs a `name` and either `data` (a list of row objects) or `url` (where to
        download CSV or JSON rows), not both. At most 10 MB, 10 KB per row. Sent as given.

        Args:
            collection: The collection (`name`, and `data` or `url`), sent as given.

        Returns:
            CollectionResult
        """
        from .api.collections import create_collection as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection,
        )

    def get_collection(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CollectionResult:
        """Get a collection's details (not its rows).

        Its name, id, row count, schema and timestamps; `get_collection_content` returns the rows.

        Args:
            collection_id: The collection's id.

        Returns:
            CollectionResult
        """
        from .api.collections import get_collection as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    def update_collection(
        self,
        collection_id: str | int,
        updates: models.CollectionUpdate | params.CollectionUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CollectionResult:
        """Rename a collection or replace its data.

        New `data` or `url` replaces all rows. Messages that refer to the collection by its old name
        get nothing after a rename.

        Args:
            collection_id: The collection's id.
            updates: The fields to change (`name`, `data`, `url`), sent as given.

        Returns:
            CollectionResult
        """
        from .api.collections import update_collection as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
            updates,
        )

    def delete_collection(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a collection and its rows.

        Messages that still refer to it will see it as empty.

        Args:
            collection_id: The collection's id.

        Returns:
            dict[str, Any]
        """
        from .api.collections import delete_collection as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    def get_collection_content(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Any]:
        """Get a collection's rows.

        The rows as uploaded, one object each.

        Args:
            collection_id: The collection's id.

        Returns:
            list[Any]
        """
        from .api.collections import get_collection_content as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    def update_collection_content(
        self,
        collection_id: str | int,
        content: Sequence[Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CollectionResult:
        """Replace a collection's rows.

        `content` is the complete new list of row objects, sent as a top-level JSON array; rows you
        leave out are gone. An empty list is allowed.

        Args:
            collection_id: The collection's id.
            content: Every row of the collection, sent as given.

        Returns:
            CollectionResult
        """
        from .api.collections import update_collection_content as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
            content,
        )

    def search_suppression(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.EspSuppressionList:
        """Check whether the email service provider suppressed an address.

        Looks the address up in the ESP's own suppression lists and tells you why it is suppressed,
        if it is. This is separate from suppressing a person in Customer.io.

        Args:
            email: The address to look up (URL-encoded into the path).

        Returns:
            EspSuppressionList
        """
        from .api.suppressions import search_suppression as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    def get_suppressions(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        offset: int | None = None,
        email: str | None = None,
        domain: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.EspSuppressionList:
        """List addresses the email service provider suppressed for one reason.

        Pages with `limit` (at most 1000) and `offset`; `email` and `domain` narrow the results. For
        large lists, `get_domain_suppressions` is faster.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            limit: Page size (the API defaults to 100).
            offset: How many records to skip.
            email: Only this address.
            domain: Only this sending domain.

        Returns:
            EspSuppressionList
        """
        from .api.suppressions import get_suppressions as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            limit=limit,
            offset=offset,
            email=email,
            domain=domain,
        )

    def get_domain_suppressions(
        self,
        domain_name: str,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        email: str | None = None,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.EspSuppressionList:
        """List a sending domain's ESP-suppressed addresses for one reason.

        Cursor-paged: pass the previous response's `next` as `start`. With `email`, at most one
        record comes back.

        Args:
            domain_name: The sending domain, e.g. `mail.example.com`.
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            limit: Page size (the API defaults to 100, at most 1000).
            email: Only this address.
            start: The cursor from a previous page's `next`.

        Returns:
            EspSuppressionList
        """
        from .api.suppressions import get_domain_suppressions as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            domain_name,
            suppression_type,
            limit=limit,
            email=email,
            start=start,
        )

    def iter_get_domain_suppressions(
        self,
        domain_name: str,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        email: str | None = None,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.EspSuppression]:
        """Iterate over the items of every page of `get_domain_suppressions`, fetching pages lazily.

        Takes the same arguments as `get_domain_suppressions`; `start` is where the first page begins.
        """
        from .api.suppressions import get_domain_suppressions as _op

        def page(cursor: str | None) -> _rt.Prepared[models.EspSuppressionList]:
            return self._prepare(_op.prepare, domain_name, suppression_type, limit=limit, email=email, start=cursor)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.suppressions, lambda p: p.next_)

    def create_suppression(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Suppress an address at the email service provider.

        Only the ESP blocks mail to the address; the person stays in your workspace and is not
        suppressed in Customer.io.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            email: The address to suppress (URL-encoded into the path).

        Returns:
            dict[str, Any]
        """
        from .api.suppressions import create_suppression as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            email,
        )

    def delete_suppression(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Remove an address from one of the ESP's suppression lists.

        Customer.io may send to the address again; `suppression_type` names the list it is taken
        off.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            email: The address to un-suppress (URL-encoded into the path).

        Returns:
            dict[str, Any]
        """
        from .api.suppressions import delete_suppression as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            email,
        )

    def list_reporting_webhooks(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ReportingWebhookList:
        """List the workspace's reporting webhooks.

        Returns:
            ReportingWebhookList
        """
        from .api.reporting_webhooks import list_reporting_webhooks as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def create_reporting_webhook(
        self,
        webhook: models.ReportingWebhookInput | params.ReportingWebhookInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ReportingWebhook:
        """Create a reporting webhook.

        `webhook` needs an `endpoint` URL and the `events` to report; `name`, `disabled`,
        `full_resolution` and `with_content` are optional. It is sent as given.

        Args:
            webhook: The webhook configuration (`endpoint`, `events`, `name` …), sent as given.

        Returns:
            ReportingWebhook
        """
        from .api.reporting_webhooks import create_reporting_webhook as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook,
        )

    def get_reporting_webhook(
        self,
        webhook_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ReportingWebhook:
        """Get one reporting webhook.

        Args:
            webhook_id: The webhook's id.

        Returns:
            ReportingWebhook
        """
        from .api.reporting_webhooks import get_reporting_webhook as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
        )

    def update_reporting_webhook(
        self,
        webhook_id: str | int,
        updates: models.ReportingWebhookUpdate | params.ReportingWebhookUpdateParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ReportingWebhook:
        """Change a reporting webhook.

        `updates` holds the fields to change and is sent as given.

        Args:
            webhook_id: The webhook's id.
            updates: The fields to change (`endpoint`, `events`, `disabled` …), sent as given.

        Returns:
            ReportingWebhook
        """
        from .api.reporting_webhooks import update_reporting_webhook as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
            updates,
        )

    def delete_reporting_webhook(
        self,
        webhook_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a reporting webhook.

        Args:
            webhook_id: The webhook's id.

        Returns:
            dict[str, Any]
        """
        from .api.reporting_webhooks import delete_reporting_webhook as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
        )

    def get_snippets(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SnippetList:
        """List the workspace's snippets.

        Snippets are named pieces of content reused across messages.

        Returns:
            SnippetList
        """
        from .api.snippets import get_snippets as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def update_snippet(
        self,
        snippet: models.SnippetInput | params.SnippetInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SnippetEnvelope:
        """Create or replace a snippet by name.

        The snippet is matched by `name`: an existing one gets the new `value`, otherwise a new
        snippet is created.

        Args:
            snippet: `name` and `value`, sent as given.

        Returns:
            SnippetEnvelope
        """
        from .api.snippets import update_snippet as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            snippet,
        )

    def create_snippet(
        self,
        snippet: models.SnippetInput | params.SnippetInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SnippetEnvelope:
        """Create a snippet.

        `snippet` holds a unique `name` and its `value`. The API refuses a name that is already
        taken (422); use `update_snippet` to create or replace.

        Args:
            snippet: `name` and `value`, sent as given.

        Returns:
            SnippetEnvelope
        """
        from .api.snippets import create_snippet as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            snippet,
        )

    def delete_snippet(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a snippet.

        Args:
            name: The snippet's name.

        Returns:
            dict[str, Any]
        """
        from .api.snippets import delete_snippet as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            name,
        )

    def get_sender_identities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        hidden: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SenderIdentityList:
        """List sender identities (the "from" addresses and numbers).

        Args:
            start: The cursor from a previous page's `next`.
            limit: Page size.
            sort: `asc` (oldest first) or `desc` (newest first).
            hidden: True to include senders hidden in the UI.

        Returns:
            SenderIdentityList
        """
        from .api.sender_identities import get_sender_identities as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            sort=sort,
            hidden=hidden,
        )

    def iter_get_sender_identities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        hidden: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.SenderIdentity]:
        """Iterate over the items of every page of `get_sender_identities`, fetching pages lazily.

        Takes the same arguments as `get_sender_identities`; `start` is where the first page begins.
        """
        from .api.sender_identities import get_sender_identities as _op

        def page(cursor: str | None) -> _rt.Prepared[models.SenderIdentityList]:
            return self._prepare(_op.prepare, start=cursor, limit=limit, sort=sort, hidden=hidden)

        return self._iterate(
            timeout, extra_headers, page(start), page, lambda p: p.sender_identities, lambda p: p.next_
        )

    def get_sender_identity(
        self,
        sender_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SenderIdentityEnvelope:
        """Get one sender identity.

        Args:
            sender_id: The sender's id.

        Returns:
            SenderIdentityEnvelope
        """
        from .api.sender_identities import get_sender_identity as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            sender_id,
        )

    def get_sender_identity_used_by(
        self,
        sender_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SenderIdentityUsage:
        """List the campaigns and newsletters that send as a sender.

        Args:
            sender_id: The sender's id.

        Returns:
            SenderIdentityUsage
        """
        from .api.sender_identities import get_sender_identity_used_by as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            sender_id,
        )

    def get_messages(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        drafts: bool | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        campaign_id: str | int | None = None,
        action_id: str | int | None = None,
        newsletter_id: str | int | None = None,
        transactional_id: str | int | None = None,
        trigger_id: str | int | None = None,
        template_id: str | int | None = None,
        content_id: str | int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.MessageList:
        """List message deliveries across the workspace.

        Each delivery is one message sent (or drafted) for one recipient, with its metric
        timestamps. Filter by channel, metric, parent (campaign, action, newsletter, transactional
        message, broadcast trigger, template, content) and creation time (`start_ts`/`end_ts`, Unix
        seconds; the API covers at most six months per request).

        Args:
            start: The cursor from a previous page's `next`.
            limit: Page size (the API defaults to 50).
            drafts: True to list drafts instead of sent deliveries.
            metric: Only deliveries that reached this metric.
            type: Only this channel (`twilio` is SMS).
            campaign_id: Only deliveries from this campaign.
            action_id: Only deliveries from this campaign action.
            newsletter_id: Only deliveries from this newsletter.
            transactional_id: Only deliveries from this transactional message.
            trigger_id: Only deliveries from this API-triggered broadcast trigger.
            template_id: Only deliveries built from this template.
            content_id: Only deliveries of this newsletter content (language or test variant).
            start_ts: Created at or after this time, Unix seconds.
            end_ts: Created at or before this time, Unix seconds.
            associations: True to include the delivery's associated objects.
            get_tracked_responses: True to include in-app survey `tracked_responses` on each
                delivery.

        Returns:
            MessageList
        """
        from .api.messages import get_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            drafts=drafts,
            metric=metric,
            type=type,
            campaign_id=campaign_id,
            action_id=action_id,
            newsletter_id=newsletter_id,
            transactional_id=transactional_id,
            trigger_id=trigger_id,
            template_id=template_id,
            content_id=content_id,
            start_ts=start_ts,
            end_ts=end_ts,
            associations=associations,
            get_tracked_responses=get_tracked_responses,
        )

    def iter_get_messages(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        drafts: bool | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        campaign_id: str | int | None = None,
        action_id: str | int | None = None,
        newsletter_id: str | int | None = None,
        transactional_id: str | int | None = None,
        trigger_id: str | int | None = None,
        template_id: str | int | None = None,
        content_id: str | int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Iterator[models.DeliveryMessage]:
        """Iterate over the items of every page of `get_messages`, fetching pages lazily.

        Takes the same arguments as `get_messages`; `start` is where the first page begins.
        """
        from .api.messages import get_messages as _op

        def page(cursor: str | None) -> _rt.Prepared[models.MessageList]:
            return self._prepare(
                _op.prepare,
                start=cursor,
                limit=limit,
                drafts=drafts,
                metric=metric,
                type=type,
                campaign_id=campaign_id,
                action_id=action_id,
                newsletter_id=newsletter_id,
                transactional_id=transactional_id,
                trigger_id=trigger_id,
                template_id=template_id,
                content_id=content_id,
                start_ts=start_ts,
                end_ts=end_ts,
                associations=associations,
                get_tracked_responses=get_tracked_responses,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    def get_message(
        self,
        message_id: str,
        *,
        archived_message: bool | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.MessageEnvelope:
        """Get one message delivery.

        The delivery with its recipient, parents (campaign, action, newsletter, broadcast) and the
        time it reached each metric.

        Args:
            message_id: The delivery id.
            archived_message: True to include the archived copy of the message.
            associations: True to include the delivery's associated objects.
            get_tracked_responses: True to include in-app survey `tracked_responses`.

        Returns:
            MessageEnvelope
        """
        from .api.messages import get_message as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            message_id,
            archived_message=archived_message,
            associations=associations,
            get_tracked_responses=get_tracked_responses,
        )

    def get_archived_message(
        self,
        message_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ArchivedMessageEnvelope:
        """Get the archived copy of a delivery, body included.

        The API allows 100 of these requests per day.

        Args:
            message_id: The delivery id.

        Returns:
            ArchivedMessageEnvelope
        """
        from .api.messages import get_archived_message as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            message_id,
        )

    def create_import(
        self,
        import_data: models.ImportInput | params.ImportInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImportEnvelope:
        """Start a bulk import from a CSV file.

        `import_data` needs the CSV's `data_file_url` and the import `type` (`people`, `event`,
        `object` or `relationship`); it is sent under `import`. The import runs in the background:
        poll `get_import` for its state.

        Args:
            import_data: The import parameters (`data_file_url`, `type`, `identifier`,
                `object_type_id`, `name`, `description`, `data_to_process` …), sent as given.

        Returns:
            ImportEnvelope
        """
        from .api.imports import create_import as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            import_data,
        )

    def get_import(
        self,
        import_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImportEnvelope:
        """Get a bulk import's progress and outcome.

        Its state, the rows imported so far, and where to download the rows that failed or raised
        warnings.

        Args:
            import_id: The id returned when the import was created.

        Returns:
            ImportEnvelope
        """
        from .api.imports import get_import as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            import_id,
        )

    def batch_update_attributes(
        self,
        attributes: Sequence[params.DataIndexAttributeParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add or describe attributes in the workspace's data index.

        Each entry names an attribute and may give a `description` (which helps the AI features)
        and, on Premium plans, a `privacy_level` (1 = sensitive). The API takes at most 100 per
        request.

        Args:
            attributes: The attribute entries, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.data_index import batch_update_attributes as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            attributes,
        )

    def batch_update_events(
        self,
        events: Sequence[params.DataIndexEventParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add or describe events in the workspace's data index.

        Each entry names an event and may give a `description`. The API takes at most 100 per
        request.

        Args:
            events: The event entries, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.data_index import batch_update_events as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            events,
        )

    def list_workspaces(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.WorkspaceList:
        """List the account's workspaces with usage counts.

        The counts are cached and can be up to a couple of hours old.

        Returns:
            WorkspaceList
        """
        from .api.workspaces import list_workspaces as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_ip_addresses(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.IpAddressList:
        """List the IP addresses Customer.io sends from.

        Allowlist these if a firewall or your SMTP provider blocks unknown senders. Push
        notifications are not covered.

        Returns:
            IpAddressList
        """
        from .api.info import get_ip_addresses as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )


class AsyncAppOperations(_rt.AsyncOperationsBase):
    """Customer.io App API: coroutine methods."""

    _bodies: AppBodies

    async def send_email(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional email.

        Sends one email to one person, either from a transactional template
        (`transactional_message_id`) or with the `from`, `subject` and `body` given inline. Build
        the message with `SendEmailRequest` (which also handles attachments).

        Args:
            request: The `SendEmailRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_email as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def send_push(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional push notification.

        Sends a push from a transactional template to one person; template fields such as the title,
        message, image, link and payloads can be overridden. Build the message with
        `SendPushRequest`.

        Args:
            request: The `SendPushRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_push as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def send_sms(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional SMS.

        Sends a text message from a transactional template to one person. Build the message with
        `SendSMSRequest`.

        Args:
            request: The `SendSMSRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_sms as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def send_whatsapp(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional WhatsApp message.

        Sends a WhatsApp message from a transactional template to one person. `to` and `from` are
        E.164 phone numbers and may be left out when the template sets them. Build the message with
        `SendWhatsAppRequest`.

        Args:
            request: The `SendWhatsAppRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_whatsapp as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def send_inbox_message(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional inbox message.

        Places a message from a transactional template in one person's in-app inbox. Build the
        message with `SendInboxMessageRequest`.

        Args:
            request: The `SendInboxMessageRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_inbox_message as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def send_in_app(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SendMessageResult:
        """Send a transactional in-app message.

        Shows a message from a transactional template to one person inside your app. Build the
        message with `SendInAppRequest`.

        Args:
            request: The `SendInAppRequest`; its message is sent as the body.

        Returns:
            SendMessageResult
        """
        from .api.transactional import send_in_app as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def get_customers_by_email(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerEmailMatches:
        """Find the people who have an email address.

        Returns the identifiers of every person whose `email` matches. More than one person can
        share an address when email is not a unique identifier in the workspace.

        Args:
            email: The email address to look up; it is percent-encoded for you.

        Returns:
            CustomerEmailMatches
        """
        from .api.customers import get_customers_by_email as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    async def search_customers(
        self,
        filter: params.AudienceFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerSearchResult:
        """Search people with a segment and attribute filter.

        `filter` combines `segment` and `attribute` conditions with `and`, `or` and `not`. Returns
        up to `limit` people per page (at most 1000); pass `next` back as `start` for the following
        page.

        Args:
            filter: The audience filter, sent as given.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 50).

        Returns:
            CustomerSearchResult
        """
        from .api.customers import search_customers as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            filter,
            start=start,
            limit=limit,
        )

    def iter_search_customers(
        self,
        filter: params.AudienceFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.CustomerIdentifiers]:
        """Iterate over the items of every page of `search_customers`, fetching pages lazily.

        Takes the same arguments as `search_customers`; `start` is where the first page begins.
        """
        from .api.customers import search_customers as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CustomerSearchResult]:
            return self._prepare(_op.prepare, filter, start=cursor, limit=limit)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.identifiers, lambda p: p.next_)

    async def trigger_broadcast(
        self,
        broadcast_id: str | int,
        data: Mapping[str, Any] | None = None,
        recipients: params.BroadcastRecipientsParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TriggerBroadcastResult:
        """Trigger an API-triggered broadcast.

        Starts the broadcast, optionally with `data` for its Liquid `trigger` variables and with
        `recipients` replacing the audience set in the UI. `recipients` may be an audience filter,
        or carry exactly one of `ids`, `emails`, `per_user_data` or `data_file_url` (plus the
        matching `*_ignore_missing` / `email_add_duplicates` flags), which are sent at the top level
        of the body. The API allows one trigger per broadcast every 10 seconds.

        Args:
            broadcast_id: The API-triggered broadcast to send.
            data: Values the broadcast's messages can reference; omitted when empty.
            recipients: Who receives the broadcast: an audience filter, or one of `ids`, `emails`,
                `per_user_data`, `data_file_url` with its flags.

        Returns:
            TriggerBroadcastResult
        """
        from .api.broadcasts import trigger_broadcast as _op

        return await self._send(
            timeout, extra_headers, _op.prepare, broadcast_id, data, recipients, bodies=self._bodies
        )

    async def list_exports(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ExportList:
        """List the workspace's exports.

        Every export of people or deliveries with its `status`; download a finished one with
        `download_export`.

        Returns:
            ExportList
        """
        from .api.exports import list_exports as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_export(
        self,
        id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ExportResult:
        """Get an export and its progress.

        Check `status` (`done` means it can be downloaded) before calling `download_export`.

        Args:
            id: The export's id.

        Returns:
            ExportResult
        """
        from .api.exports import get_export as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
        )

    async def download_export(
        self,
        id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ExportDownload:
        """Get a short-lived download link for a finished export.

        The returned URL stays valid for about 15 minutes.

        Args:
            id: The export's id.

        Returns:
            ExportDownload
        """
        from .api.exports import download_export as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
        )

    async def create_customers_export(
        self,
        filters: params.AudienceFilterParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ExportResult:
        """Export the people who match a filter.

        Starts an export of people and their attributes; poll `get_export` until it is done.
        `filters` uses the same shape as `search_customers`.

        Args:
            filters: The audience filter, sent as given.

        Returns:
            ExportResult
        """
        from .api.exports import create_customers_export as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            filters,
        )

    async def create_deliveries_export(
        self,
        newsletter_id: int | None = None,
        *,
        campaign_id: int | None = None,
        action_id: int | None = None,
        transactional_message_id: int | None = None,
        start: int | None = None,
        end: int | None = None,
        attributes: Sequence[str] | None = None,
        metric: Literal[
            "created",
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        drafts: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ExportResult:
        """Export the deliveries of a newsletter, campaign, action or transactional message.

        Starts an export of deliveries and their metrics; poll `get_export` until it is done. The
        deliveries come from exactly one source, `newsletter_id` (node's argument) or one of the
        keywords `campaign_id`, `action_id` and `transactional_message_id`. The other keywords
        narrow the export by time (`start`, `end`) or `metric`, add person `attributes` as columns,
        and include `drafts`.

        Args:
            newsletter_id: The newsletter whose deliveries to export (leave it out to export another
                source).
            campaign_id: The campaign whose deliveries to export, instead of a newsletter.
            action_id: The campaign or newsletter action whose deliveries to export, instead of a
                newsletter.
            transactional_message_id: The transactional message whose deliveries to export, instead
                of a newsletter.
            start: Only deliveries from this time on, Unix seconds.
            end: Only deliveries up to this time, Unix seconds.
            attributes: Person attributes to add to the export, one column each (for example those
                your message's liquid uses).
            metric: Only deliveries that reached this metric.
            drafts: True to include drafted deliveries besides active and sent ones.

        Returns:
            ExportResult
        """
        from .api.exports import create_deliveries_export as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            campaign_id=campaign_id,
            action_id=action_id,
            transactional_message_id=transactional_message_id,
            start=start,
            end=end,
            attributes=attributes,
            metric=metric,
            drafts=drafts,
        )

    async def get_attributes(
        self,
        id: str | int,
        id_type: Literal["id", "email", "cio_id"] = "id",
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerAttributes:
        """Get a person's attributes and devices.

        The person's identifiers, every attribute (with when each was set) and their devices.
        `id_type` says whether the id is an `id`, an `email` or a `cio_id`.

        Args:
            id: The person, as a value of `id_type`.
            id_type: What the person identifier is; always sent, `id` by default.

        Returns:
            CustomerAttributes
        """
        from .api.customers import get_attributes as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
            id_type,
        )

    async def get_customer_activities(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerActivityList:
        """List what a person did and what happened to them.

        Activities include events, page views, attribute changes and message deliveries. Only the
        last 30 days are guaranteed. Filter with `type` and, for events and attribute changes,
        `name`.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 10).
            type: Only activities of this type; object and relationship types carry the object type
                id, as in `_o:3:create`.
            name: The event or attribute name to match.

        Returns:
            CustomerActivityList
        """
        from .api.customers import get_customer_activities as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            start=start,
            limit=limit,
            type=type,
            name=name,
        )

    def iter_get_customer_activities(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.CustomerActivity]:
        """Iterate over the items of every page of `get_customer_activities`, fetching pages lazily.

        Takes the same arguments as `get_customer_activities`; `start` is where the first page begins.
        """
        from .api.customers import get_customer_activities as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CustomerActivityList]:
            return self._prepare(
                _op.prepare, customer_id, id_type=id_type, start=cursor, limit=limit, type=type, name=name
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.activities, lambda p: p.next_)

    async def get_customer_messages(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerMessageList:
        """List the deliveries sent to a person.

        Without `start_ts` and `end_ts` the most recent six months are returned; a longer range is
        cut to six months ending at its latest timestamp.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 50).
            start_ts: Earliest delivery creation time, Unix seconds.
            end_ts: Latest delivery creation time, Unix seconds.

        Returns:
            CustomerMessageList
        """
        from .api.customers import get_customer_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            start=start,
            limit=limit,
            start_ts=start_ts,
            end_ts=end_ts,
        )

    def iter_get_customer_messages(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.CustomerMessage]:
        """Iterate over the items of every page of `get_customer_messages`, fetching pages lazily.

        Takes the same arguments as `get_customer_messages`; `start` is where the first page begins.
        """
        from .api.customers import get_customer_messages as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CustomerMessageList]:
            return self._prepare(
                _op.prepare, customer_id, id_type=id_type, start=cursor, limit=limit, start_ts=start_ts, end_ts=end_ts
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    async def get_customer_relationships(
        self,
        customer_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerRelationshipList:
        """List the objects a person is related to.

        Pages may repeat entries; use an export from the UI for a complete list.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page.

        Returns:
            CustomerRelationshipList
        """
        from .api.customers import get_customer_relationships as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            start=start,
            limit=limit,
        )

    def iter_get_customer_relationships(
        self,
        customer_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.CustomerRelationship]:
        """Iterate over the items of every page of `get_customer_relationships`, fetching pages lazily.

        Takes the same arguments as `get_customer_relationships`; `start` is where the first page begins.
        """
        from .api.customers import get_customer_relationships as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CustomerRelationshipList]:
            return self._prepare(_op.prepare, customer_id, start=cursor, limit=limit)

        return self._iterate(
            timeout, extra_headers, page(start), page, lambda p: p.cio_relationships, lambda p: p.next_
        )

    async def get_customer_segments(
        self,
        customer_id: str | int,
        id_type: Literal["id", "email", "cio_id"] = "id",
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerSegmentList:
        """List the segments a person belongs to.

        Both data-driven and manual segments are listed.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What the person identifier is; always sent, `id` by default.

        Returns:
            CustomerSegmentList
        """
        from .api.customers import get_customer_segments as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type,
        )

    async def get_customer_subscription_preferences(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        language: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerSubscriptionPreferences:
        """Get a person's subscription-center preferences.

        Returns the topics with the person's choice for each, plus the page header. Pass `language`
        to get the texts translated.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            language: A language tag for the translated texts; the subscription center's default
                otherwise.

        Returns:
            CustomerSubscriptionPreferences
        """
        from .api.customers import get_customer_subscription_preferences as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            language=language,
        )

    async def get_customers_attributes(
        self,
        ids: Sequence[str | int],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CustomerAttributesList:
        """Get the attributes and devices of several people at once.

        Up to 100 ids per call; ids that match no one are left out of the answer.

        Args:
            ids: The people's ids.

        Returns:
            CustomerAttributesList
        """
        from .api.customers import get_customers_attributes as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            ids,
        )

    async def get_object_attributes(
        self,
        object_type_id: str | int,
        object_id: str | int,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ObjectAttributes:
        """Get an object's attributes.

        The object's identifiers, attributes and when each attribute was set. `id_type` says whether
        `object_id` is your id or the `cio_object_id`.

        Args:
            object_type_id: The object type (an incrementing number, such as 1 for the first type
                created).
            object_id: The object, as a value of `id_type`.
            id_type: What `object_id` is; the API assumes `object_id` when omitted.

        Returns:
            ObjectAttributes
        """
        from .api.objects import get_object_attributes as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            object_id,
            id_type,
        )

    async def get_object_relationships(
        self,
        object_type_id: str | int,
        object_id: str | int,
        *,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ObjectRelationshipList:
        """List the people related to an object.

        Pages may repeat entries; use an export from the UI for a complete list.

        Args:
            object_type_id: The object type (an incrementing number, such as 1 for the first type
                created).
            object_id: The object, as a value of `id_type`.
            id_type: What `object_id` is; the API assumes `object_id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page.

        Returns:
            ObjectRelationshipList
        """
        from .api.objects import get_object_relationships as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            object_id,
            id_type=id_type,
            start=start,
            limit=limit,
        )

    def iter_get_object_relationships(
        self,
        object_type_id: str | int,
        object_id: str | int,
        *,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.ObjectRelationship]:
        """Iterate over the items of every page of `get_object_relationships`, fetching pages lazily.

        Takes the same arguments as `get_object_relationships`; `start` is where the first page begins.
        """
        from .api.objects import get_object_relationships as _op

        def page(cursor: str | None) -> _rt.Prepared[models.ObjectRelationshipList]:
            return self._prepare(_op.prepare, object_type_id, object_id, id_type=id_type, start=cursor, limit=limit)

        return self._iterate(
            timeout, extra_headers, page(start), page, lambda p: p.cio_relationships, lambda p: p.next_
        )

    async def find_objects(
        self,
        object_type_id: str | int,
        filter: params.ObjectSearchFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ObjectSearchResult:
        """Search objects of one type with a filter.

        Returns the ids of the objects of `object_type_id` that match `filter` (`and`, `or` and
        `not` groups of `object_attribute` conditions). Results are paged: pass the response's
        `next` as `start`. Pages may repeat an object.

        Args:
            object_type_id: The object type to search, e.g. 1.
            filter: The filter, sent as given: one of `and`/`or` (lists of filters), `not` (a
                filter) or `object_attribute` (`field`, `operator` `eq`/`exists`, `value`, `type_id`).
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of results per page.

        Returns:
            ObjectSearchResult
        """
        from .api.objects import find_objects as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            filter,
            start=start,
            limit=limit,
        )

    def iter_find_objects(
        self,
        object_type_id: str | int,
        filter: params.ObjectSearchFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.ObjectSearchIdentifier]:
        """Iterate over the items of every page of `find_objects`, fetching pages lazily.

        Takes the same arguments as `find_objects`; `start` is where the first page begins.
        """
        from .api.objects import find_objects as _op

        def page(cursor: str | None) -> _rt.Prepared[models.ObjectSearchResult]:
            return self._prepare(_op.prepare, object_type_id, filter, start=cursor, limit=limit)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.identifiers, lambda p: p.next_)

    async def list_object_types(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ObjectTypeList:
        """List the workspace's object types.

        Object type ids are small integers (as strings); use them to address objects.

        Returns:
            ObjectTypeList
        """
        from .api.objects import list_object_types as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def list_activities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        deleted: bool | None = None,
        customer_id: str | int | None = None,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ActivityList:
        """List recent activities across the workspace.

        Activity log entries (events, attribute changes, message deliveries …), optionally narrowed
        by type, name or person. Only about the last 30 days are guaranteed. Results are paged with
        `start`/`next`.

        Args:
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of results per page (the API allows up to 100); 10 when omitted.
            type: Only activities of this type; object and relationship types name the object type,
                e.g. `_o:2:create`.
            name: Only activities for this event or attribute name.
            deleted: True to return activities of deleted people; off when omitted.
            customer_id: Only activities of this person, addressed as `id_type` says.
            id_type: What `customer_id` is; the API assumes `id` when omitted.

        Returns:
            ActivityList
        """
        from .api.activities import list_activities as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            type=type,
            name=name,
            deleted=deleted,
            customer_id=customer_id,
            id_type=id_type,
        )

    def iter_list_activities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        deleted: bool | None = None,
        customer_id: str | int | None = None,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.Activity]:
        """Iterate over the items of every page of `list_activities`, fetching pages lazily.

        Takes the same arguments as `list_activities`; `start` is where the first page begins.
        """
        from .api.activities import list_activities as _op

        def page(cursor: str | None) -> _rt.Prepared[models.ActivityList]:
            return self._prepare(
                _op.prepare,
                start=cursor,
                limit=limit,
                type=type,
                name=name,
                deleted=deleted,
                customer_id=customer_id,
                id_type=id_type,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.activities, lambda p: p.next_)

    async def list_segments(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentList:
        """List all segments.

        Data-driven and manual segments, with their build `state` and `type`.

        Returns:
            SegmentList
        """
        from .api.segments import list_segments as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def create_segment(
        self,
        segment: models.SegmentInput | params.SegmentInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentResponse:
        """Create an empty manual segment.

        `segment` holds `name` (required) and an optional `description`; it is sent as given.

        Args:
            segment: The new segment's `name` and optional `description`.

        Returns:
            SegmentResponse
        """
        from .api.segments import create_segment as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment,
        )

    async def get_segment(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentResponse:
        """Get one segment.

        Its name, description, build `state`, `type` and tags.

        Args:
            segment_id: The segment's id.

        Returns:
            SegmentResponse
        """
        from .api.segments import get_segment as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    async def delete_segment(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a manual segment.

        Only manual segments can be deleted; the people in it stay in the workspace.

        Args:
            segment_id: The segment's id.

        Returns:
            dict[str, Any]
        """
        from .api.segments import delete_segment as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    async def get_segment_customer_count(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentCustomerCount:
        """Count the people in a segment.

        The number of people who are members now.

        Args:
            segment_id: The segment's id.

        Returns:
            SegmentCustomerCount
        """
        from .api.segments import get_segment_customer_count as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    async def get_segment_membership(
        self,
        segment_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentMembership:
        """List the people in a segment.

        Returns a page of members, both as `identifiers` (id, email, cio_id) and as plain `ids`;
        prefer `identifiers`, since `ids` holds an empty string for members without an id. Pass the
        response's `next` as `start` for the following page.

        Args:
            segment_id: The segment's id.
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of members per page (the API defaults to 1000).

        Returns:
            SegmentMembership
        """
        from .api.segments import get_segment_membership as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            start=start,
            limit=limit,
        )

    def iter_get_segment_membership(
        self,
        segment_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.SegmentMember]:
        """Iterate over the items of every page of `get_segment_membership`, fetching pages lazily.

        Takes the same arguments as `get_segment_membership`; `start` is where the first page begins.
        """
        from .api.segments import get_segment_membership as _op

        def page(cursor: str | None) -> _rt.Prepared[models.SegmentMembership]:
            return self._prepare(_op.prepare, segment_id, start=cursor, limit=limit)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.identifiers, lambda p: p.next_)

    async def get_segment_used_by(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SegmentUsage:
        """Find the campaigns and newsletters that use a segment.

        The ids of the campaigns and of the sent and draft newsletters that use the segment, for
        example before deleting it.

        Args:
            segment_id: The segment's id.

        Returns:
            SegmentUsage
        """
        from .api.segments import get_segment_used_by as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    async def list_subscription_topics(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SubscriptionTopicList:
        """List the subscription center's topics.

        An empty list when the workspace has no topics.

        Returns:
            SubscriptionTopicList
        """
        from .api.subscriptions import list_subscription_topics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def list_subscription_channels(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SubscriptionChannelList:
        """List the subscription center's channels.

        An empty list when no channel options are configured.

        Returns:
            SubscriptionChannelList
        """
        from .api.subscriptions import list_subscription_channels as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_subscription_center_token(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SubscriptionCenterToken:
        """Get a signed link to a person's subscription center page.

        The token and URL stay valid for 24 hours. The person must already exist.

        Args:
            customer_id: The person's identifier (their id or email).

        Returns:
            SubscriptionCenterToken
        """
        from .api.subscriptions import get_subscription_center_token as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    async def list_transactional_messages(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalMessageList:
        """List transactional message templates.

        The templates (transactional ids) you send from, not their deliveries.

        Returns:
            TransactionalMessageList
        """
        from .api.transactional import list_transactional_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_transactional_message(
        self,
        transactional_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalMessageResponse:
        """Get one transactional message template.

        Its name, description and sending and tracking settings; the content of each language is in
        `get_transactional_message_contents`.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).

        Returns:
            TransactionalMessageResponse
        """
        from .api.transactional import get_transactional_message as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
        )

    async def get_transactional_message_contents(
        self,
        transactional_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalContentList:
        """List a transactional message's content variants.

        One variant per language (the default language has an empty `language`).

        Args:
            transactional_id: The transactional message's id (the first number in its URL).

        Returns:
            TransactionalContentList
        """
        from .api.transactional import get_transactional_message_contents as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
        )

    async def get_transactional_message_language(
        self,
        transactional_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalContentResponse:
        """Get one language variant of a transactional message.

        The variant of `language` (such as `fr`); the default variant has an empty language.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            language: The variant's language tag, e.g. `fr`.

        Returns:
            TransactionalContentResponse
        """
        from .api.transactional import get_transactional_message_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            language,
        )

    async def update_transactional_message_language(
        self,
        transactional_id: str | int,
        language: str,
        data: params.TransactionalContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalContentResponse:
        """Replace one language variant of a transactional message.

        Overwrites the variant with `data` (`body`, `subject`, `from_id`, `headers` …), sent as
        given. Content built in Design Studio cannot be changed here.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            language: The variant's language tag, e.g. `fr`.
            data: The variant's new fields, sent as given.

        Returns:
            TransactionalContentResponse
        """
        from .api.transactional import update_transactional_message_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            language,
            data,
        )

    async def get_transactional_message_deliveries(
        self,
        transactional_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalDeliveryList:
        """List the deliveries sent from a transactional message.

        Each delivery is one message to one person. Without `start_ts`/`end_ts` the API covers the
        last 6 months; ranges are capped at 12 months. Paged with `start`/`next`.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of deliveries per page.
            metric: Only deliveries that reached this metric.
            start_ts: Earliest delivery creation time, Unix seconds.
            end_ts: Latest delivery creation time, Unix seconds.
            get_tracked_responses: True to include in-app survey `tracked_responses` on each
                delivery.
            state: Only deliveries in this state.

        Returns:
            TransactionalDeliveryList
        """
        from .api.transactional import get_transactional_message_deliveries as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            start=start,
            limit=limit,
            metric=metric,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
            state=state,
        )

    def iter_get_transactional_message_deliveries(
        self,
        transactional_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.TransactionalDelivery]:
        """Iterate over the items of every page of `get_transactional_message_deliveries`, fetching pages lazily.

        Takes the same arguments as `get_transactional_message_deliveries`; `start` is where the first page begins.
        """
        from .api.transactional import get_transactional_message_deliveries as _op

        def page(cursor: str | None) -> _rt.Prepared[models.TransactionalDeliveryList]:
            return self._prepare(
                _op.prepare,
                transactional_id,
                start=cursor,
                limit=limit,
                metric=metric,
                start_ts=start_ts,
                end_ts=end_ts,
                get_tracked_responses=get_tracked_responses,
                state=state,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    async def get_transactional_message_metrics(
        self,
        transactional_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalMetrics:
        """Get a transactional message's delivery metrics over time.

        Each metric is a series of counts per `period`, oldest first. At least two steps are
        returned; maximums are 24 hours, 45 days, 12 weeks or 121 months.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            period: The length of each step; the API assumes `days` when omitted.
            steps: How many periods to return; the API returns the maximum when omitted.

        Returns:
            TransactionalMetrics
        """
        from .api.transactional import get_transactional_message_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            period=period,
            steps=steps,
        )

    async def get_transactional_message_link_metrics(
        self,
        transactional_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalLinkMetrics:
        """Get click metrics for each link in a transactional message.

        One entry per tracked link with its click counts per period (`period`, `steps`); `unique`
        counts each person once.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            period: The length of each step; the API assumes `days` when omitted.
            steps: How many periods to return; the API returns the maximum when omitted.
            unique: True to count each person at most once per link.

        Returns:
            TransactionalLinkMetrics
        """
        from .api.transactional import get_transactional_message_link_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    async def update_transactional_message_content(
        self,
        transactional_id: str | int,
        content_id: str | int,
        data: params.TransactionalContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TransactionalContentResponse:
        """Replace one content variant of a transactional message.

        Overwrites the variant with `data` (`body`, `subject`, `from_id`, `headers` …), sent as
        given; later sends use the new content. Design Studio content cannot be changed here.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            content_id: The content variant's id (the last number in the template's URL).
            data: The variant's new fields, sent as given.

        Returns:
            TransactionalContentResponse
        """
        from .api.transactional import update_transactional_message_content as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            content_id,
            data,
        )

    async def list_campaigns(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignList:
        """List the workspace's campaigns.

        Returns:
            CampaignList
        """
        from .api.campaigns import list_campaigns as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_campaign(
        self,
        campaign_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignResponse:
        """Fetch one campaign.

        Args:
            campaign_id: The campaign's id.

        Returns:
            CampaignResponse
        """
        from .api.campaigns import get_campaign as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
        )

    async def get_campaign_actions(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignActionList:
        """List the actions (workflow tiles) of a campaign.

        Returns a page of at most 10 actions; pass the response's `next` as `start` for the
        following page.

        Args:
            campaign_id: The campaign's id.
            start: Page cursor, taken from a previous response's `next`.

        Returns:
            CampaignActionList
        """
        from .api.campaigns import get_campaign_actions as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
        )

    def iter_get_campaign_actions(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.CampaignAction]:
        """Iterate over the items of every page of `get_campaign_actions`, fetching pages lazily.

        Takes the same arguments as `get_campaign_actions`; `start` is where the first page begins.
        """
        from .api.campaigns import get_campaign_actions as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CampaignActionList]:
            return self._prepare(_op.prepare, campaign_id, start=cursor)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.actions, lambda p: p.next_)

    async def get_campaign_action(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignActionResponse:
        """Fetch one action of a campaign.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.

        Returns:
            CampaignActionResponse
        """
        from .api.campaigns import get_campaign_action as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
        )

    async def update_campaign_action(
        self,
        campaign_id: str | int,
        action_id: str | int,
        data: params.CampaignActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignActionResponse:
        """Change the content or settings of a campaign action.

        `data` holds the fields to change (for example `body`, `subject`, `sending_state`,
        `from_id`); it is sent as given. Content built in Design Studio cannot be changed here.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            data: The action fields to change, sent as given.

        Returns:
            CampaignActionResponse
        """
        from .api.campaigns import update_campaign_action as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            data,
        )

    async def get_campaign_action_language(
        self,
        campaign_id: str | int,
        action_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignActionResponse:
        """Fetch one language variant of a campaign action.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            language: Language tag of the translation, e.g. `fr`.

        Returns:
            CampaignActionResponse
        """
        from .api.campaigns import get_campaign_action_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            language,
        )

    async def update_campaign_action_language(
        self,
        campaign_id: str | int,
        action_id: str | int,
        language: str,
        data: params.CampaignActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignActionResponse:
        """Change one language variant of a campaign action.

        `data` holds the fields to change in that translation; it is sent as given.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            language: Language tag of the translation, e.g. `fr`.
            data: The translation fields to change, sent as given.

        Returns:
            CampaignActionResponse
        """
        from .api.campaigns import update_campaign_action_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            language,
            data,
        )

    async def get_campaign_action_metrics(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        version: Literal["1", "2"] | None = None,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
        tz: str | None = None,
        start: int | None = None,
        end: int | None = None,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignMetrics:
        """Delivery metrics of one campaign action over time.

        With `version="2"` the window is `start`/`end` (Unix seconds) split by `res`, in time zone
        `tz`. Version 1 (deprecated) uses `period` and `steps` instead.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            version: Metrics API version, "1" or "2" (recommended).
            res: Version 2 bucket size.
            tz: Version 2 time zone in region form, e.g. `America/New_York`.
            start: Version 2 window start, Unix seconds.
            end: Version 2 window end, Unix seconds.
            period: Version 1 bucket size; `days` when omitted.
            steps: Version 1 number of buckets.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            CampaignMetrics
        """
        from .api.campaigns import get_campaign_action_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            version=version,
            res=res,
            tz=tz,
            start=start,
            end=end,
            period=period,
            steps=steps,
            type=type,
        )

    async def get_campaign_action_metrics_links(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignLinkMetricsList:
        """Click metrics for each link in one campaign action.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            CampaignLinkMetricsList
        """
        from .api.campaigns import get_campaign_action_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    async def get_campaign_metrics(
        self,
        campaign_id: str | int,
        *,
        version: Literal["1", "2"] | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
        tz: str | None = None,
        start: int | None = None,
        end: int | None = None,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignMetrics:
        """Delivery metrics of a campaign over time.

        With `version="2"` the window is `start`/`end` (Unix seconds) split by `res`, in time zone
        `tz`. Version 1 (deprecated) uses `period` and `steps` instead. `type` limits the metrics to
        one channel.

        Args:
            campaign_id: The campaign's id.
            version: Metrics API version, "1" or "2" (recommended).
            type: Only metrics of this channel; all channels when omitted.
            res: Version 2 bucket size.
            tz: Version 2 time zone in region form, e.g. `America/New_York`.
            start: Version 2 window start, Unix seconds.
            end: Version 2 window end, Unix seconds.
            period: Version 1 bucket size; `days` when omitted.
            steps: Version 1 number of buckets.

        Returns:
            CampaignMetrics
        """
        from .api.campaigns import get_campaign_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            version=version,
            type=type,
            res=res,
            tz=tz,
            start=start,
            end=end,
            period=period,
            steps=steps,
        )

    async def get_campaign_metrics_links(
        self,
        campaign_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignLinkMetricsList:
        """Click metrics for each link across a campaign.

        Args:
            campaign_id: The campaign's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            CampaignLinkMetricsList
        """
        from .api.campaigns import get_campaign_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    async def get_campaign_journey_metrics(
        self,
        campaign_id: str | int,
        *,
        start: int,
        end: int,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"],
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignJourneyMetrics:
        """Journey metrics of a campaign (started, activated, converted, ...).

        `start`, `end` (Unix seconds) and `res` are all required. Each array holds one count per
        bucket: the journeys that began in that bucket and later reached the metric.

        Args:
            campaign_id: The campaign's id.
            start: Report start, Unix seconds.
            end: Report end, Unix seconds.
            res: Bucket size.

        Returns:
            CampaignJourneyMetrics
        """
        from .api.campaigns import get_campaign_journey_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
            end=end,
            res=res,
        )

    async def get_campaign_messages(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        drafts: bool | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CampaignMessageList:
        """List the deliveries a campaign produced.

        Filter by channel (`type`), by a reached `metric`, by creation time (`start_ts`, `end_ts`,
        Unix seconds) or ask for drafts. Without a time window the API returns recent deliveries
        only.

        Args:
            campaign_id: The campaign's id.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size (at most 1000; 50 when omitted).
            type: Only deliveries of this channel.
            metric: Only deliveries that reached this metric.
            drafts: Return drafts instead of sent messages.
            start_ts: Earliest creation time, Unix seconds.
            end_ts: Latest creation time, Unix seconds.
            get_tracked_responses: Include in-app survey answers (`tracked_responses`) on each
                delivery.

        Returns:
            CampaignMessageList
        """
        from .api.campaigns import get_campaign_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
            limit=limit,
            type=type,
            metric=metric,
            drafts=drafts,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
        )

    def iter_get_campaign_messages(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        drafts: bool | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.DeliveryMessage]:
        """Iterate over the items of every page of `get_campaign_messages`, fetching pages lazily.

        Takes the same arguments as `get_campaign_messages`; `start` is where the first page begins.
        """
        from .api.campaigns import get_campaign_messages as _op

        def page(cursor: str | None) -> _rt.Prepared[models.CampaignMessageList]:
            return self._prepare(
                _op.prepare,
                campaign_id,
                start=cursor,
                limit=limit,
                type=type,
                metric=metric,
                drafts=drafts,
                start_ts=start_ts,
                end_ts=end_ts,
                get_tracked_responses=get_tracked_responses,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    async def get_broadcast_trigger_status(
        self,
        broadcast_id: str | int,
        trigger_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastTrigger:
        """Check whether a broadcast trigger has been processed.

        The trigger id comes from `trigger_broadcast` or `get_broadcast_triggers`.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            trigger_id: The trigger's id, as returned when the broadcast was triggered.

        Returns:
            BroadcastTrigger
        """
        from .api.broadcasts import get_broadcast_trigger_status as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            trigger_id,
        )

    async def get_broadcast_trigger_errors(
        self,
        broadcast_id: str | int,
        trigger_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastTriggerErrors:
        """List the validation errors a broadcast trigger produced.

        Mostly problems with the audience or the per-user data file, one line of text each.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            trigger_id: The trigger's id, as returned when the broadcast was triggered.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size.

        Returns:
            BroadcastTriggerErrors
        """
        from .api.broadcasts import get_broadcast_trigger_errors as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            trigger_id,
            start=start,
            limit=limit,
        )

    def iter_get_broadcast_trigger_errors(
        self,
        broadcast_id: str | int,
        trigger_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Any]:
        """Iterate over the items of every page of `get_broadcast_trigger_errors`, fetching pages lazily.

        Takes the same arguments as `get_broadcast_trigger_errors`; `start` is where the first page begins.
        """
        from .api.broadcasts import get_broadcast_trigger_errors as _op

        def page(cursor: str | None) -> _rt.Prepared[models.BroadcastTriggerErrors]:
            return self._prepare(_op.prepare, broadcast_id, trigger_id, start=cursor, limit=limit)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.errors, lambda p: p.next_)

    async def list_broadcasts(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastList:
        """List the workspace's API-triggered broadcasts.

        Returns:
            BroadcastList
        """
        from .api.broadcasts import list_broadcasts as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_broadcast(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastResponse:
        """Fetch one API-triggered broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            BroadcastResponse
        """
        from .api.broadcasts import get_broadcast as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    async def get_broadcast_actions(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastActionList:
        """List the actions (message variants) of a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            BroadcastActionList
        """
        from .api.broadcasts import get_broadcast_actions as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    async def get_broadcast_action(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastActionResponse:
        """Fetch one action of a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.

        Returns:
            BroadcastActionResponse
        """
        from .api.broadcasts import get_broadcast_action as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
        )

    async def update_broadcast_action(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        data: params.BroadcastActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastActionResponse:
        """Change the content or settings of a broadcast action.

        `data` holds the fields to change (for example `body`, `subject`, `sending_state`,
        `from_id`); it is sent as given. Content built in Design Studio cannot be changed here.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            data: The action fields to change, sent as given.

        Returns:
            BroadcastActionResponse
        """
        from .api.broadcasts import update_broadcast_action as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            data,
        )

    async def get_broadcast_action_language(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastActionResponse:
        """Fetch one language variant of a broadcast action.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            language: Language tag of the translation, e.g. `fr`.

        Returns:
            BroadcastActionResponse
        """
        from .api.broadcasts import get_broadcast_action_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            language,
        )

    async def update_broadcast_action_language(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        language: str,
        data: params.BroadcastActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastActionResponse:
        """Change one language variant of a broadcast action.

        `data` holds the fields to change in that translation; it is sent as given.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            language: Language tag of the translation, e.g. `fr`.
            data: The translation fields to change, sent as given.

        Returns:
            BroadcastActionResponse
        """
        from .api.broadcasts import update_broadcast_action_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            language,
            data,
        )

    async def get_broadcast_action_metrics(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastMetrics:
        """Delivery metrics of one broadcast action over time.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            BroadcastMetrics
        """
        from .api.broadcasts import get_broadcast_action_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            period=period,
            steps=steps,
            type=type,
        )

    async def get_broadcast_action_metrics_links(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastLinkMetricsList:
        """Click metrics for each link in one broadcast action.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            BroadcastLinkMetricsList
        """
        from .api.broadcasts import get_broadcast_action_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    async def get_broadcast_metrics(
        self,
        broadcast_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastMetrics:
        """Delivery metrics of a broadcast over time.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            type: Only metrics of this channel; all channels when omitted.

        Returns:
            BroadcastMetrics
        """
        from .api.broadcasts import get_broadcast_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            period=period,
            steps=steps,
            type=type,
        )

    async def get_broadcast_metrics_links(
        self,
        broadcast_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastLinkMetricsList:
        """Click metrics for each link across a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            BroadcastLinkMetricsList
        """
        from .api.broadcasts import get_broadcast_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    async def get_broadcast_messages(
        self,
        broadcast_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastMessageList:
        """List the deliveries a broadcast produced.

        Filter by a reached `metric`, by channel (`type`) or by creation time (`start_ts`, `end_ts`,
        Unix seconds).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size.
            metric: Only deliveries that reached this metric.
            type: Only deliveries of this channel.
            start_ts: Earliest creation time, Unix seconds.
            end_ts: Latest creation time, Unix seconds.
            get_tracked_responses: Include in-app survey answers (`tracked_responses`) on each
                delivery.
            state: Only deliveries in this state.

        Returns:
            BroadcastMessageList
        """
        from .api.broadcasts import get_broadcast_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            start=start,
            limit=limit,
            metric=metric,
            type=type,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
            state=state,
        )

    def iter_get_broadcast_messages(
        self,
        broadcast_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.DeliveryMessage]:
        """Iterate over the items of every page of `get_broadcast_messages`, fetching pages lazily.

        Takes the same arguments as `get_broadcast_messages`; `start` is where the first page begins.
        """
        from .api.broadcasts import get_broadcast_messages as _op

        def page(cursor: str | None) -> _rt.Prepared[models.BroadcastMessageList]:
            return self._prepare(
                _op.prepare,
                broadcast_id,
                start=cursor,
                limit=limit,
                metric=metric,
                type=type,
                start_ts=start_ts,
                end_ts=end_ts,
                get_tracked_responses=get_tracked_responses,
                state=state,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    async def get_broadcast_triggers(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.BroadcastTriggerList:
        """List the times a broadcast was triggered.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            BroadcastTriggerList
        """
        from .api.broadcasts import get_broadcast_triggers as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    async def list_newsletters(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterList:
        """List newsletters.

        Returns one page of newsletters with their metadata. Pass the response's `next` value as
        `start` to fetch the following page.

        Args:
            start: The cursor of the page to fetch, taken from a previous response's `next`.
            limit: The most results to return in one page.
            sort: `asc` for oldest first, `desc` for newest first.

        Returns:
            NewsletterList
        """
        from .api.newsletters import list_newsletters as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            sort=sort,
        )

    def iter_list_newsletters(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.Newsletter]:
        """Iterate over the items of every page of `list_newsletters`, fetching pages lazily.

        Takes the same arguments as `list_newsletters`; `start` is where the first page begins.
        """
        from .api.newsletters import list_newsletters as _op

        def page(cursor: str | None) -> _rt.Prepared[models.NewsletterList]:
            return self._prepare(_op.prepare, start=cursor, limit=limit, sort=sort)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.newsletters, lambda p: p.next_)

    async def create_newsletter(
        self,
        data: params.NewsletterCreateRequestParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterResponse:
        """Create a newsletter, optionally sending or scheduling it.

        `data` describes the newsletter: `name`, channel `type`, `recipients` and the channel's
        content fields. Set `send_now` to send right away or `scheduled_at` to send later; with
        neither, the newsletter stays a draft. `data` is sent as given.

        Args:
            data: The newsletter definition, sent as given.

        Returns:
            NewsletterResponse
        """
        from .api.newsletters import create_newsletter as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    async def get_newsletter(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterResponse:
        """Get one newsletter's metadata.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            NewsletterResponse
        """
        from .api.newsletters import get_newsletter as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    async def delete_newsletter(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a newsletter.

        Removes the newsletter together with its content, settings and metrics; undelivered in-app
        messages from it are cancelled.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            dict[str, Any]
        """
        from .api.newsletters import delete_newsletter as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    async def get_newsletter_contents(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentList:
        """List a newsletter's content variants.

        Each variant is a translation or an A/B test message, with its own content id.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            NewsletterContentList
        """
        from .api.newsletters import get_newsletter_contents as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    async def get_newsletter_content(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Get one content variant of a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import get_newsletter_content as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
        )

    async def update_newsletter_content(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Update one content variant of a newsletter.

        Changes the variant's content and, for email, its envelope (sender, subject and so on).
        Drag-and-drop and Design Studio content, and in-app or inbox content, cannot be changed this
        way. `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            data: The fields to change, sent as given.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import update_newsletter_content as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            data,
        )

    async def get_newsletter_content_metrics(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterMetricsResponse:
        """Get delivery metrics for one newsletter variant.

        Metric series per `period`, oldest step first. At least two steps are always returned.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            NewsletterMetricsResponse
        """
        from .api.newsletters import get_newsletter_content_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            period=period,
            steps=steps,
            type=type,
        )

    async def get_newsletter_content_metrics_links(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterLinkMetricsList:
        """Get link click metrics for one newsletter variant.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            unique: Count each person at most once per link; off when omitted.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            NewsletterLinkMetricsList
        """
        from .api.newsletters import get_newsletter_content_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    async def get_newsletter_metrics(
        self,
        newsletter_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterMetricsResponse:
        """Get delivery metrics for a newsletter.

        Metric series per `period`, oldest step first, across all of the newsletter's channels. At
        least two steps are always returned.

        Args:
            newsletter_id: The newsletter's id.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            NewsletterMetricsResponse
        """
        from .api.newsletters import get_newsletter_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            period=period,
            steps=steps,
            type=type,
        )

    async def get_newsletter_metrics_links(
        self,
        newsletter_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterLinkMetricsList:
        """Get link click metrics for a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            NewsletterLinkMetricsList
        """
        from .api.newsletters import get_newsletter_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    async def get_newsletter_messages(
        self,
        newsletter_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "push", "in_app", "inbox"] | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterMessageList:
        """List the deliveries a newsletter produced.

        One record per rendered message. Without `start_ts`/`end_ts` the API covers up to six months
        from the first delivery; longer windows are cut to twelve months. Timestamps are when
        deliveries were created, not sent.

        Args:
            newsletter_id: The newsletter's id.
            start: The cursor of the page to fetch, taken from a previous response's `next`.
            limit: The most results to return in one page.
            metric: Only deliveries that reached this metric.
            type: Only deliveries of this channel.
            start_ts: Start of the time window, Unix seconds.
            end_ts: End of the time window, Unix seconds.
            get_tracked_responses: Include in-app survey `tracked_responses` on each delivery.

        Returns:
            NewsletterMessageList
        """
        from .api.newsletters import get_newsletter_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            start=start,
            limit=limit,
            metric=metric,
            type=type,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
        )

    def iter_get_newsletter_messages(
        self,
        newsletter_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "push", "in_app", "inbox"] | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.DeliveryMessage]:
        """Iterate over the items of every page of `get_newsletter_messages`, fetching pages lazily.

        Takes the same arguments as `get_newsletter_messages`; `start` is where the first page begins.
        """
        from .api.newsletters import get_newsletter_messages as _op

        def page(cursor: str | None) -> _rt.Prepared[models.NewsletterMessageList]:
            return self._prepare(
                _op.prepare,
                newsletter_id,
                start=cursor,
                limit=limit,
                metric=metric,
                type=type,
                start_ts=start_ts,
                end_ts=end_ts,
                get_tracked_responses=get_tracked_responses,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    async def send_newsletter(
        self,
        newsletter_id: str | int,
        data: params.NewsletterSendRequestParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterResponse:
        """Send a draft newsletter now.

        The newsletter must still be a draft. `data` may carry rate limits (`rate_limit_email_rate`,
        `rate_limit_time_period`, `rate_limit_spread`); it is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: Optional send settings, sent as given.

        Returns:
            NewsletterResponse
        """
        from .api.newsletters import send_newsletter as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    async def schedule_newsletter(
        self,
        newsletter_id: str | int,
        data: params.NewsletterScheduleRequestParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterResponse:
        """Schedule a draft newsletter, or change its send time.

        `data` holds `scheduled_at` (Unix seconds in the future, or 0 to unschedule) with its
        `timezone`, and optionally `tz_match_enabled` and rate limits; it is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: The schedule settings, sent as given.

        Returns:
            NewsletterResponse
        """
        from .api.newsletters import schedule_newsletter as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    async def create_newsletter_language(
        self,
        newsletter_id: str | int,
        data: params.NewsletterLanguageCreateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Add a translation to a newsletter.

        `data` needs `language` plus the channel's content (for email, `subject` and `body`); fields
        left out are copied untranslated from the default variant. Not possible once the newsletter
        was sent, or when it has A/B tests (use the test group form). `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: The translation, sent as given.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import create_newsletter_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    async def get_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Get one translation of a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import get_newsletter_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
        )

    async def update_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Update one translation of a newsletter.

        Same fields as `update_newsletter_content`; `data` is sent as given. For newsletters with
        A/B tests use `update_newsletter_test_group_language`.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.
            data: The fields to change, sent as given.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import update_newsletter_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
            data,
        )

    async def delete_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete one translation of a newsletter.

        The default language cannot be deleted, nor any language once the newsletter was sent.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            dict[str, Any]
        """
        from .api.newsletters import delete_newsletter_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
        )

    async def get_newsletter_test_groups(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterTestGroupList:
        """List a newsletter's A/B test groups.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            NewsletterTestGroupList
        """
        from .api.newsletters import get_newsletter_test_groups as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    async def create_newsletter_test_group(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterResponse:
        """Add an A/B test group to a newsletter.

        The new group starts as a copy of the existing content. The API takes no input; the body is
        always `{}`. Not possible once the newsletter was sent.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            NewsletterResponse
        """
        from .api.newsletters import create_newsletter_test_group as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    async def create_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        data: params.NewsletterLanguageCreateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Add a translation to a newsletter's A/B test group.

        Same payload as `create_newsletter_language`; the variant starts as a copy of the group's
        default template. Note the singular `test_group` in the path. `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            data: The translation, sent as given.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import create_newsletter_test_group_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            data,
        )

    async def get_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Get one translation in a newsletter's A/B test group.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import get_newsletter_test_group_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
        )

    async def update_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.NewsletterContentResponse:
        """Update one translation in a newsletter's A/B test group.

        Same fields as `update_newsletter_content`; `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.
            data: The fields to change, sent as given.

        Returns:
            NewsletterContentResponse
        """
        from .api.newsletters import update_newsletter_test_group_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
            data,
        )

    async def delete_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete one translation in a newsletter's A/B test group.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            dict[str, Any]
        """
        from .api.newsletters import delete_newsletter_test_group_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
        )

    async def list_design_studio_folders(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioFolderList:
        """List Design Studio folders.

        Returns one page of folders (folders only, not the emails or components inside them),
        optionally limited to a parent folder and filtered by creation or update time. Paged with
        `page` and `limit`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            DesignStudioFolderList
        """
        from .api.design_studio import list_design_studio_folders as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
        )

    async def create_design_studio_folder(
        self,
        folder: models.DesignStudioFolderInput | params.DesignStudioFolderInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioFolderResult:
        """Create a Design Studio folder.

        `folder` needs a `name`; add `parent_folder_id` (a folder UUID) to nest it, or leave it out
        / `None` for the root. Sent as given.

        Args:
            folder: The folder (`name`, optional `parent_folder_id`), sent as given.

        Returns:
            DesignStudioFolderResult
        """
        from .api.design_studio import create_design_studio_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder,
        )

    async def get_design_studio_folder(
        self,
        folder_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioFolderResult:
        """Get a Design Studio folder.

        Args:
            folder_id: The folder's UUID.

        Returns:
            DesignStudioFolderResult
        """
        from .api.design_studio import get_design_studio_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    async def update_design_studio_folder(
        self,
        folder_id: str,
        updates: models.DesignStudioFolderUpdate | params.DesignStudioFolderUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Rename or move a Design Studio folder.

        Only the keys in `updates` change. `parent_folder_id: None` moves the folder to the root;
        its contents move with it.

        Args:
            folder_id: The folder's UUID.
            updates: The fields to change (`name`, `parent_folder_id`), sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import update_design_studio_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
            updates,
        )

    async def delete_design_studio_folder(
        self,
        folder_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a Design Studio folder and everything in it.

        Subfolders, emails and components inside are deleted too. Refused when the folder holds an
        email that a workflow uses.

        Args:
            folder_id: The folder's UUID.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import delete_design_studio_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    async def list_design_studio_emails(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        is_template: Literal["true", "false", "any"] | None = None,
        has_translations: Literal["true", "false", "any"] | None = None,
        is_linked: Literal["true", "false", "any"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailList:
        """List Design Studio emails.

        Returns one page of emails plus the folders they sit in. Besides the folder and time
        filters, `is_template`, `has_translations` and `is_linked` take `"true"`, `"false"` or
        `"any"`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).
            is_template: Filter on whether the email is a template.
            has_translations: Filter on whether the email has translations.
            is_linked: Filter on whether the email is linked to a workflow.

        Returns:
            DesignStudioEmailList
        """
        from .api.design_studio import list_design_studio_emails as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
            is_template=is_template,
            has_translations=has_translations,
            is_linked=is_linked,
        )

    async def create_design_studio_email(
        self,
        email: models.DesignStudioEmailInput | params.DesignStudioEmailInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailResult:
        """Create a Design Studio email.

        `email` needs a `name`; `content`, `envelope`, `transformers`, `is_template` and
        `parent_folder_id` are optional (sender details are only needed once the email is linked to
        a workflow). Sent as given.

        Args:
            email: The email (`name`, `content`, `envelope`, …), sent as given.

        Returns:
            DesignStudioEmailResult
        """
        from .api.design_studio import create_design_studio_email as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    async def get_design_studio_email(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailResult:
        """Get a Design Studio email with its content, envelope and transformers.

        Returns the default-language email; translations have their own calls.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            DesignStudioEmailResult
        """
        from .api.design_studio import get_design_studio_email as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    async def update_design_studio_email(
        self,
        email_id: str,
        updates: models.DesignStudioEmailUpdate | params.DesignStudioEmailUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Change part of a Design Studio email.

        Only the keys in `updates` change. Saving does not publish: a linked workflow keeps the old
        version until the change is published.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            updates: The fields to change, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import update_design_studio_email as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            updates,
        )

    async def delete_design_studio_email(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a Design Studio email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import delete_design_studio_email as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    async def list_design_studio_email_languages(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailTranslationList:
        """List an email's translations.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            DesignStudioEmailTranslationList
        """
        from .api.design_studio import list_design_studio_email_languages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    async def create_design_studio_email_language(
        self,
        email_id: str,
        translation: models.DesignStudioEmailTranslationInput | params.DesignStudioEmailTranslationInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailTranslationResult:
        """Add a translation to an email.

        `translation` needs a `language` code (sent in the body). Whatever of `content`, `envelope`
        and `transformers` you leave out is copied from the default email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            translation: The translation (`language`, optional `content`, `envelope`,
                `transformers`), sent as given.

        Returns:
            DesignStudioEmailTranslationResult
        """
        from .api.design_studio import create_design_studio_email_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            translation,
        )

    async def get_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioEmailTranslationResult:
        """Get one translation of an email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.

        Returns:
            DesignStudioEmailTranslationResult
        """
        from .api.design_studio import get_design_studio_email_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
        )

    async def update_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        updates: models.DesignStudioEmailTranslationUpdate | params.DesignStudioEmailTranslationUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Change part of an email translation.

        Only the keys in `updates` (`content`, `envelope`, `transformers`) change. Nothing is
        published by this call.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.
            updates: The fields to change, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import update_design_studio_email_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
            updates,
        )

    async def delete_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete one translation of an email.

        Refused while the email is linked to a workflow.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import delete_design_studio_email_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
        )

    async def list_design_studio_components(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        tag: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioComponentList:
        """List custom components.

        Returns one page of components plus the folders they sit in. Filters as for folders, plus
        `tag`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).
            tag: Only components with this tag name.

        Returns:
            DesignStudioComponentList
        """
        from .api.design_studio import list_design_studio_components as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
            tag=tag,
        )

    async def create_design_studio_component(
        self,
        component: models.DesignStudioComponentInput | params.DesignStudioComponentInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioComponentResult:
        """Create a custom component.

        `component` needs a display `name` and the `tag` emails use to include it; add `content`
        (HTML) and optionally `parent_folder_id`. Sent as given.

        Args:
            component: The component (`name`, `tag`, `content`, `parent_folder_id`), sent as given.

        Returns:
            DesignStudioComponentResult
        """
        from .api.design_studio import create_design_studio_component as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component,
        )

    async def get_design_studio_component(
        self,
        component_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.DesignStudioComponentResult:
        """Get a custom component with its content.

        Args:
            component_id: The component's UUID.

        Returns:
            DesignStudioComponentResult
        """
        from .api.design_studio import get_design_studio_component as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
        )

    async def update_design_studio_component(
        self,
        component_id: str,
        updates: models.DesignStudioComponentUpdate | params.DesignStudioComponentUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Change part of a custom component.

        Args:
            component_id: The component's UUID.
            updates: The fields to change (`name`, `tag`, `content`, `parent_folder_id`), sent as
                given.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import update_design_studio_component as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
            updates,
        )

    async def delete_design_studio_component(
        self,
        component_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a custom component.

        Emails that still include the component may then fail to send.

        Args:
            component_id: The component's UUID.

        Returns:
            dict[str, Any]
        """
        from .api.design_studio import delete_design_studio_component as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
        )

    async def list_assets(
        self,
        *,
        parent_folder_id: int | None = None,
        direct_descendants_only: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetList:
        """List file assets.

        Returns one page of uploaded files, optionally limited to an asset folder (and to its direct
        children only). Paged with `page` and `limit`.

        Args:
            parent_folder_id: Only items under this asset folder; 0 or omitted means the root.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            AssetList
        """
        from .api.assets import list_assets as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            page=page,
            limit=limit,
        )

    async def create_asset(
        self,
        file: params.AssetUploadInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetResult:
        """Upload a file asset.

        Sent as `multipart/form-data`: a `file` part (named `filename`, typed by `contentType`, else
        by the file extension — bmp, jpg/jpeg, png, gif, pdf), then `name` and `parent_folder_id`
        parts when given. Images (bmp, jpeg, png, gif) and PDFs up to 2 MB are accepted.

        Args:
            file: The upload: `data` (bytes, str or a binary file object; required), `filename`
                (required), and optionally `content_type`, `name` and `parent_folder_id` (node's
                camelCase `contentType` / `parentFolderId` are accepted too). `file.data` and
                `file.filename` are checked, in that order, by the handwritten body builder.

        Returns:
            AssetResult
        """
        from .api.assets import create_asset as _op

        return await self._send(timeout, extra_headers, _op.prepare, file, bodies=self._bodies)

    async def get_asset(
        self,
        asset_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetResult:
        """Get a file asset.

        Args:
            asset_id: The file asset's id.

        Returns:
            AssetResult
        """
        from .api.assets import get_asset as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
        )

    async def update_asset(
        self,
        asset_id: str | int,
        updates: models.AssetUpdate | params.AssetUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Rename or move a file asset.

        `updates` holds `name` and/or `parent_folder_id` (`None` moves it to the root). The file
        itself cannot be replaced.

        Args:
            asset_id: The file asset's id.
            updates: The fields to change, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.assets import update_asset as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
            updates,
        )

    async def delete_asset(
        self,
        asset_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a file asset.

        Args:
            asset_id: The file asset's id.

        Returns:
            dict[str, Any]
        """
        from .api.assets import delete_asset as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
        )

    async def list_asset_folders(
        self,
        *,
        parent_folder_id: int | None = None,
        direct_descendants_only: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetFolderList:
        """List asset folders.

        Args:
            parent_folder_id: Only items under this asset folder; 0 or omitted means the root.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            AssetFolderList
        """
        from .api.assets import list_asset_folders as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            page=page,
            limit=limit,
        )

    async def create_asset_folder(
        self,
        folder: models.AssetFolderInput | params.AssetFolderInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetFolderResult:
        """Create an asset folder.

        `folder` needs a `name` that is unique among its siblings; `parent_folder_id` nests it. Sent
        as given.

        Args:
            folder: The folder (`name`, optional `parent_folder_id`), sent as given.

        Returns:
            AssetFolderResult
        """
        from .api.assets import create_asset_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder,
        )

    async def get_asset_folder(
        self,
        folder_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.AssetFolderResult:
        """Get an asset folder.

        Args:
            folder_id: The asset folder's id.

        Returns:
            AssetFolderResult
        """
        from .api.assets import get_asset_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    async def update_asset_folder(
        self,
        folder_id: str | int,
        updates: models.AssetFolderUpdate | params.AssetFolderUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Rename or move an asset folder.

        A folder cannot be moved into itself or one of its own subfolders.

        Args:
            folder_id: The asset folder's id.
            updates: The fields to change (`name`, `parent_folder_id`), sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.assets import update_asset_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
            updates,
        )

    async def delete_asset_folder(
        self,
        folder_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete an empty asset folder.

        The API refuses folders that still hold files or subfolders.

        Args:
            folder_id: The asset folder's id.

        Returns:
            dict[str, Any]
        """
        from .api.assets import delete_asset_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    async def list_collections(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CollectionList:
        """List collections.

        Every collection with its name, size and top-level keys (not its rows).

        Returns:
            CollectionList
        """
        from .api.collections import list_collections as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def create_collection(
        self,
        collection: models.CollectionInput | params.CollectionInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CollectionResult:
        """Create a collection.

        `collection` needs a `name` and either `data` (a list of row objects) or `url` (where to
        download CSV or JSON rows), not both. At most 10 MB, 10 KB per row. Sent as given.

        Args:
            collection: The collection (`name`, and `data` or `url`), sent as given.

        Returns:
            CollectionResult
        """
        from .api.collections import create_collection as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection,
        )

    async def get_collection(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CollectionResult:
        """Get a collection's details (not its rows).

        Its name, id, row count, schema and timestamps; `get_collection_content` returns the rows.

        Args:
            collection_id: The collection's id.

        Returns:
            CollectionResult
        """
        from .api.collections import get_collection as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    async def update_collection(
        self,
        collection_id: str | int,
        updates: models.CollectionUpdate | params.CollectionUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CollectionResult:
        """Rename a collection or replace its data.

        New `data` or `url` replaces all rows. Messages that refer to the collection by its old name
        get nothing after a rename.

        Args:
            collection_id: The collection's id.
            updates: The fields to change (`name`, `data`, `url`), sent as given.

        Returns:
            CollectionResult
        """
        from .api.collections import update_collection as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
            updates,
        )

    async def delete_collection(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a collection and its rows.

        Messages that still refer to it will see it as empty.

        Args:
            collection_id: The collection's id.

        Returns:
            dict[str, Any]
        """
        from .api.collections import delete_collection as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    async def get_collection_content(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[Any]:
        """Get a collection's rows.

        The rows as uploaded, one object each.

        Args:
            collection_id: The collection's id.

        Returns:
            list[Any]
        """
        from .api.collections import get_collection_content as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    async def update_collection_content(
        self,
        collection_id: str | int,
        content: Sequence[Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.CollectionResult:
        """Replace a collection's rows.

        `content` is the complete new list of row objects, sent as a top-level JSON array; rows you
        leave out are gone. An empty list is allowed.

        Args:
            collection_id: The collection's id.
            content: Every row of the collection, sent as given.

        Returns:
            CollectionResult
        """
        from .api.collections import update_collection_content as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
            content,
        )

    async def search_suppression(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.EspSuppressionList:
        """Check whether the email service provider suppressed an address.

        Looks the address up in the ESP's own suppression lists and tells you why it is suppressed,
        if it is. This is separate from suppressing a person in Customer.io.

        Args:
            email: The address to look up (URL-encoded into the path).

        Returns:
            EspSuppressionList
        """
        from .api.suppressions import search_suppression as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    async def get_suppressions(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        offset: int | None = None,
        email: str | None = None,
        domain: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.EspSuppressionList:
        """List addresses the email service provider suppressed for one reason.

        Pages with `limit` (at most 1000) and `offset`; `email` and `domain` narrow the results. For
        large lists, `get_domain_suppressions` is faster.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            limit: Page size (the API defaults to 100).
            offset: How many records to skip.
            email: Only this address.
            domain: Only this sending domain.

        Returns:
            EspSuppressionList
        """
        from .api.suppressions import get_suppressions as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            limit=limit,
            offset=offset,
            email=email,
            domain=domain,
        )

    async def get_domain_suppressions(
        self,
        domain_name: str,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        email: str | None = None,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.EspSuppressionList:
        """List a sending domain's ESP-suppressed addresses for one reason.

        Cursor-paged: pass the previous response's `next` as `start`. With `email`, at most one
        record comes back.

        Args:
            domain_name: The sending domain, e.g. `mail.example.com`.
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            limit: Page size (the API defaults to 100, at most 1000).
            email: Only this address.
            start: The cursor from a previous page's `next`.

        Returns:
            EspSuppressionList
        """
        from .api.suppressions import get_domain_suppressions as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            domain_name,
            suppression_type,
            limit=limit,
            email=email,
            start=start,
        )

    def iter_get_domain_suppressions(
        self,
        domain_name: str,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        email: str | None = None,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.EspSuppression]:
        """Iterate over the items of every page of `get_domain_suppressions`, fetching pages lazily.

        Takes the same arguments as `get_domain_suppressions`; `start` is where the first page begins.
        """
        from .api.suppressions import get_domain_suppressions as _op

        def page(cursor: str | None) -> _rt.Prepared[models.EspSuppressionList]:
            return self._prepare(_op.prepare, domain_name, suppression_type, limit=limit, email=email, start=cursor)

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.suppressions, lambda p: p.next_)

    async def create_suppression(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Suppress an address at the email service provider.

        Only the ESP blocks mail to the address; the person stays in your workspace and is not
        suppressed in Customer.io.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            email: The address to suppress (URL-encoded into the path).

        Returns:
            dict[str, Any]
        """
        from .api.suppressions import create_suppression as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            email,
        )

    async def delete_suppression(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Remove an address from one of the ESP's suppression lists.

        Customer.io may send to the address again; `suppression_type` names the list it is taken
        off.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            email: The address to un-suppress (URL-encoded into the path).

        Returns:
            dict[str, Any]
        """
        from .api.suppressions import delete_suppression as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            email,
        )

    async def list_reporting_webhooks(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ReportingWebhookList:
        """List the workspace's reporting webhooks.

        Returns:
            ReportingWebhookList
        """
        from .api.reporting_webhooks import list_reporting_webhooks as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def create_reporting_webhook(
        self,
        webhook: models.ReportingWebhookInput | params.ReportingWebhookInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ReportingWebhook:
        """Create a reporting webhook.

        `webhook` needs an `endpoint` URL and the `events` to report; `name`, `disabled`,
        `full_resolution` and `with_content` are optional. It is sent as given.

        Args:
            webhook: The webhook configuration (`endpoint`, `events`, `name` …), sent as given.

        Returns:
            ReportingWebhook
        """
        from .api.reporting_webhooks import create_reporting_webhook as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook,
        )

    async def get_reporting_webhook(
        self,
        webhook_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ReportingWebhook:
        """Get one reporting webhook.

        Args:
            webhook_id: The webhook's id.

        Returns:
            ReportingWebhook
        """
        from .api.reporting_webhooks import get_reporting_webhook as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
        )

    async def update_reporting_webhook(
        self,
        webhook_id: str | int,
        updates: models.ReportingWebhookUpdate | params.ReportingWebhookUpdateParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ReportingWebhook:
        """Change a reporting webhook.

        `updates` holds the fields to change and is sent as given.

        Args:
            webhook_id: The webhook's id.
            updates: The fields to change (`endpoint`, `events`, `disabled` …), sent as given.

        Returns:
            ReportingWebhook
        """
        from .api.reporting_webhooks import update_reporting_webhook as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
            updates,
        )

    async def delete_reporting_webhook(
        self,
        webhook_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a reporting webhook.

        Args:
            webhook_id: The webhook's id.

        Returns:
            dict[str, Any]
        """
        from .api.reporting_webhooks import delete_reporting_webhook as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
        )

    async def get_snippets(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SnippetList:
        """List the workspace's snippets.

        Snippets are named pieces of content reused across messages.

        Returns:
            SnippetList
        """
        from .api.snippets import get_snippets as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def update_snippet(
        self,
        snippet: models.SnippetInput | params.SnippetInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SnippetEnvelope:
        """Create or replace a snippet by name.

        The snippet is matched by `name`: an existing one gets the new `value`, otherwise a new
        snippet is created.

        Args:
            snippet: `name` and `value`, sent as given.

        Returns:
            SnippetEnvelope
        """
        from .api.snippets import update_snippet as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            snippet,
        )

    async def create_snippet(
        self,
        snippet: models.SnippetInput | params.SnippetInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SnippetEnvelope:
        """Create a snippet.

        `snippet` holds a unique `name` and its `value`. The API refuses a name that is already
        taken (422); use `update_snippet` to create or replace.

        Args:
            snippet: `name` and `value`, sent as given.

        Returns:
            SnippetEnvelope
        """
        from .api.snippets import create_snippet as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            snippet,
        )

    async def delete_snippet(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a snippet.

        Args:
            name: The snippet's name.

        Returns:
            dict[str, Any]
        """
        from .api.snippets import delete_snippet as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            name,
        )

    async def get_sender_identities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        hidden: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SenderIdentityList:
        """List sender identities (the "from" addresses and numbers).

        Args:
            start: The cursor from a previous page's `next`.
            limit: Page size.
            sort: `asc` (oldest first) or `desc` (newest first).
            hidden: True to include senders hidden in the UI.

        Returns:
            SenderIdentityList
        """
        from .api.sender_identities import get_sender_identities as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            sort=sort,
            hidden=hidden,
        )

    def iter_get_sender_identities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        hidden: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.SenderIdentity]:
        """Iterate over the items of every page of `get_sender_identities`, fetching pages lazily.

        Takes the same arguments as `get_sender_identities`; `start` is where the first page begins.
        """
        from .api.sender_identities import get_sender_identities as _op

        def page(cursor: str | None) -> _rt.Prepared[models.SenderIdentityList]:
            return self._prepare(_op.prepare, start=cursor, limit=limit, sort=sort, hidden=hidden)

        return self._iterate(
            timeout, extra_headers, page(start), page, lambda p: p.sender_identities, lambda p: p.next_
        )

    async def get_sender_identity(
        self,
        sender_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SenderIdentityEnvelope:
        """Get one sender identity.

        Args:
            sender_id: The sender's id.

        Returns:
            SenderIdentityEnvelope
        """
        from .api.sender_identities import get_sender_identity as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            sender_id,
        )

    async def get_sender_identity_used_by(
        self,
        sender_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.SenderIdentityUsage:
        """List the campaigns and newsletters that send as a sender.

        Args:
            sender_id: The sender's id.

        Returns:
            SenderIdentityUsage
        """
        from .api.sender_identities import get_sender_identity_used_by as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            sender_id,
        )

    async def get_messages(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        drafts: bool | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        campaign_id: str | int | None = None,
        action_id: str | int | None = None,
        newsletter_id: str | int | None = None,
        transactional_id: str | int | None = None,
        trigger_id: str | int | None = None,
        template_id: str | int | None = None,
        content_id: str | int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.MessageList:
        """List message deliveries across the workspace.

        Each delivery is one message sent (or drafted) for one recipient, with its metric
        timestamps. Filter by channel, metric, parent (campaign, action, newsletter, transactional
        message, broadcast trigger, template, content) and creation time (`start_ts`/`end_ts`, Unix
        seconds; the API covers at most six months per request).

        Args:
            start: The cursor from a previous page's `next`.
            limit: Page size (the API defaults to 50).
            drafts: True to list drafts instead of sent deliveries.
            metric: Only deliveries that reached this metric.
            type: Only this channel (`twilio` is SMS).
            campaign_id: Only deliveries from this campaign.
            action_id: Only deliveries from this campaign action.
            newsletter_id: Only deliveries from this newsletter.
            transactional_id: Only deliveries from this transactional message.
            trigger_id: Only deliveries from this API-triggered broadcast trigger.
            template_id: Only deliveries built from this template.
            content_id: Only deliveries of this newsletter content (language or test variant).
            start_ts: Created at or after this time, Unix seconds.
            end_ts: Created at or before this time, Unix seconds.
            associations: True to include the delivery's associated objects.
            get_tracked_responses: True to include in-app survey `tracked_responses` on each
                delivery.

        Returns:
            MessageList
        """
        from .api.messages import get_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            drafts=drafts,
            metric=metric,
            type=type,
            campaign_id=campaign_id,
            action_id=action_id,
            newsletter_id=newsletter_id,
            transactional_id=transactional_id,
            trigger_id=trigger_id,
            template_id=template_id,
            content_id=content_id,
            start_ts=start_ts,
            end_ts=end_ts,
            associations=associations,
            get_tracked_responses=get_tracked_responses,
        )

    def iter_get_messages(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        drafts: bool | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        campaign_id: str | int | None = None,
        action_id: str | int | None = None,
        newsletter_id: str | int | None = None,
        transactional_id: str | int | None = None,
        trigger_id: str | int | None = None,
        template_id: str | int | None = None,
        content_id: str | int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncIterator[models.DeliveryMessage]:
        """Iterate over the items of every page of `get_messages`, fetching pages lazily.

        Takes the same arguments as `get_messages`; `start` is where the first page begins.
        """
        from .api.messages import get_messages as _op

        def page(cursor: str | None) -> _rt.Prepared[models.MessageList]:
            return self._prepare(
                _op.prepare,
                start=cursor,
                limit=limit,
                drafts=drafts,
                metric=metric,
                type=type,
                campaign_id=campaign_id,
                action_id=action_id,
                newsletter_id=newsletter_id,
                transactional_id=transactional_id,
                trigger_id=trigger_id,
                template_id=template_id,
                content_id=content_id,
                start_ts=start_ts,
                end_ts=end_ts,
                associations=associations,
                get_tracked_responses=get_tracked_responses,
            )

        return self._iterate(timeout, extra_headers, page(start), page, lambda p: p.messages, lambda p: p.next_)

    async def get_message(
        self,
        message_id: str,
        *,
        archived_message: bool | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.MessageEnvelope:
        """Get one message delivery.

        The delivery with its recipient, parents (campaign, action, newsletter, broadcast) and the
        time it reached each metric.

        Args:
            message_id: The delivery id.
            archived_message: True to include the archived copy of the message.
            associations: True to include the delivery's associated objects.
            get_tracked_responses: True to include in-app survey `tracked_responses`.

        Returns:
            MessageEnvelope
        """
        from .api.messages import get_message as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            message_id,
            archived_message=archived_message,
            associations=associations,
            get_tracked_responses=get_tracked_responses,
        )

    async def get_archived_message(
        self,
        message_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ArchivedMessageEnvelope:
        """Get the archived copy of a delivery, body included.

        The API allows 100 of these requests per day.

        Args:
            message_id: The delivery id.

        Returns:
            ArchivedMessageEnvelope
        """
        from .api.messages import get_archived_message as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            message_id,
        )

    async def create_import(
        self,
        import_data: models.ImportInput | params.ImportInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImportEnvelope:
        """Start a bulk import from a CSV file.

        `import_data` needs the CSV's `data_file_url` and the import `type` (`people`, `event`,
        `object` or `relationship`); it is sent under `import`. The import runs in the background:
        poll `get_import` for its state.

        Args:
            import_data: The import parameters (`data_file_url`, `type`, `identifier`,
                `object_type_id`, `name`, `description`, `data_to_process` …), sent as given.

        Returns:
            ImportEnvelope
        """
        from .api.imports import create_import as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            import_data,
        )

    async def get_import(
        self,
        import_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.ImportEnvelope:
        """Get a bulk import's progress and outcome.

        Its state, the rows imported so far, and where to download the rows that failed or raised
        warnings.

        Args:
            import_id: The id returned when the import was created.

        Returns:
            ImportEnvelope
        """
        from .api.imports import get_import as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            import_id,
        )

    async def batch_update_attributes(
        self,
        attributes: Sequence[params.DataIndexAttributeParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add or describe attributes in the workspace's data index.

        Each entry names an attribute and may give a `description` (which helps the AI features)
        and, on Premium plans, a `privacy_level` (1 = sensitive). The API takes at most 100 per
        request.

        Args:
            attributes: The attribute entries, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.data_index import batch_update_attributes as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            attributes,
        )

    async def batch_update_events(
        self,
        events: Sequence[params.DataIndexEventParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add or describe events in the workspace's data index.

        Each entry names an event and may give a `description`. The API takes at most 100 per
        request.

        Args:
            events: The event entries, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.data_index import batch_update_events as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            events,
        )

    async def list_workspaces(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.WorkspaceList:
        """List the account's workspaces with usage counts.

        The counts are cached and can be up to a couple of hours old.

        Returns:
            WorkspaceList
        """
        from .api.workspaces import list_workspaces as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_ip_addresses(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.IpAddressList:
        """List the IP addresses Customer.io sends from.

        Allowlist these if a firewall or your SMTP provider blocks unknown senders. Push
        notifications are not covered.

        Returns:
            IpAddressList
        """
        from .api.info import get_ip_addresses as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )


class AppRawOperations(_rt.SyncRawOperationsBase):
    """Customer.io App API: blocking methods returning the raw response."""

    _bodies: AppBodies

    def send_email(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional email.

        Sends one email to one person, either from a transactional template
        (`transactional_message_id`) or with the `from`, `subject` and `body` given inline. Build
        the message with `SendEmailRequest` (which also handles attachments).

        Args:
            request: The `SendEmailRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_email as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def send_push(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional push notification.

        Sends a push from a transactional template to one person; template fields such as the title,
        message, image, link and payloads can be overridden. Build the message with
        `SendPushRequest`.

        Args:
            request: The `SendPushRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_push as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def send_sms(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional SMS.

        Sends a text message from a transactional template to one person. Build the message with
        `SendSMSRequest`.

        Args:
            request: The `SendSMSRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_sms as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def send_whatsapp(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional WhatsApp message.

        Sends a WhatsApp message from a transactional template to one person. `to` and `from` are
        E.164 phone numbers and may be left out when the template sets them. Build the message with
        `SendWhatsAppRequest`.

        Args:
            request: The `SendWhatsAppRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_whatsapp as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def send_inbox_message(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional inbox message.

        Places a message from a transactional template in one person's in-app inbox. Build the
        message with `SendInboxMessageRequest`.

        Args:
            request: The `SendInboxMessageRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_inbox_message as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def send_in_app(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional in-app message.

        Shows a message from a transactional template to one person inside your app. Build the
        message with `SendInAppRequest`.

        Args:
            request: The `SendInAppRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_in_app as _op

        return self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    def get_customers_by_email(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerEmailMatches]:
        """Find the people who have an email address.

        Returns the identifiers of every person whose `email` matches. More than one person can
        share an address when email is not a unique identifier in the workspace.

        Args:
            email: The email address to look up; it is percent-encoded for you.

        Returns:
            _rt.RawResponse[CustomerEmailMatches]
        """
        from .api.customers import get_customers_by_email as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    def search_customers(
        self,
        filter: params.AudienceFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerSearchResult]:
        """Search people with a segment and attribute filter.

        `filter` combines `segment` and `attribute` conditions with `and`, `or` and `not`. Returns
        up to `limit` people per page (at most 1000); pass `next` back as `start` for the following
        page.

        Args:
            filter: The audience filter, sent as given.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 50).

        Returns:
            _rt.RawResponse[CustomerSearchResult]
        """
        from .api.customers import search_customers as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            filter,
            start=start,
            limit=limit,
        )

    def trigger_broadcast(
        self,
        broadcast_id: str | int,
        data: Mapping[str, Any] | None = None,
        recipients: params.BroadcastRecipientsParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TriggerBroadcastResult]:
        """Trigger an API-triggered broadcast.

        Starts the broadcast, optionally with `data` for its Liquid `trigger` variables and with
        `recipients` replacing the audience set in the UI. `recipients` may be an audience filter,
        or carry exactly one of `ids`, `emails`, `per_user_data` or `data_file_url` (plus the
        matching `*_ignore_missing` / `email_add_duplicates` flags), which are sent at the top level
        of the body. The API allows one trigger per broadcast every 10 seconds.

        Args:
            broadcast_id: The API-triggered broadcast to send.
            data: Values the broadcast's messages can reference; omitted when empty.
            recipients: Who receives the broadcast: an audience filter, or one of `ids`, `emails`,
                `per_user_data`, `data_file_url` with its flags.

        Returns:
            _rt.RawResponse[TriggerBroadcastResult]
        """
        from .api.broadcasts import trigger_broadcast as _op

        return self._send(timeout, extra_headers, _op.prepare, broadcast_id, data, recipients, bodies=self._bodies)

    def list_exports(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ExportList]:
        """List the workspace's exports.

        Every export of people or deliveries with its `status`; download a finished one with
        `download_export`.

        Returns:
            _rt.RawResponse[ExportList]
        """
        from .api.exports import list_exports as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_export(
        self,
        id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ExportResult]:
        """Get an export and its progress.

        Check `status` (`done` means it can be downloaded) before calling `download_export`.

        Args:
            id: The export's id.

        Returns:
            _rt.RawResponse[ExportResult]
        """
        from .api.exports import get_export as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
        )

    def download_export(
        self,
        id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ExportDownload]:
        """Get a short-lived download link for a finished export.

        The returned URL stays valid for about 15 minutes.

        Args:
            id: The export's id.

        Returns:
            _rt.RawResponse[ExportDownload]
        """
        from .api.exports import download_export as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
        )

    def create_customers_export(
        self,
        filters: params.AudienceFilterParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ExportResult]:
        """Export the people who match a filter.

        Starts an export of people and their attributes; poll `get_export` until it is done.
        `filters` uses the same shape as `search_customers`.

        Args:
            filters: The audience filter, sent as given.

        Returns:
            _rt.RawResponse[ExportResult]
        """
        from .api.exports import create_customers_export as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            filters,
        )

    def create_deliveries_export(
        self,
        newsletter_id: int | None = None,
        *,
        campaign_id: int | None = None,
        action_id: int | None = None,
        transactional_message_id: int | None = None,
        start: int | None = None,
        end: int | None = None,
        attributes: Sequence[str] | None = None,
        metric: Literal[
            "created",
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        drafts: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ExportResult]:
        """Export the deliveries of a newsletter, campaign, action or transactional message.

        Starts an export of deliveries and their metrics; poll `get_export` until it is done. The
        deliveries come from exactly one source, `newsletter_id` (node's argument) or one of the
        keywords `campaign_id`, `action_id` and `transactional_message_id`. The other keywords
        narrow the export by time (`start`, `end`) or `metric`, add person `attributes` as columns,
        and include `drafts`.

        Args:
            newsletter_id: The newsletter whose deliveries to export (leave it out to export another
                source).
            campaign_id: The campaign whose deliveries to export, instead of a newsletter.
            action_id: The campaign or newsletter action whose deliveries to export, instead of a
                newsletter.
            transactional_message_id: The transactional message whose deliveries to export, instead
                of a newsletter.
            start: Only deliveries from this time on, Unix seconds.
            end: Only deliveries up to this time, Unix seconds.
            attributes: Person attributes to add to the export, one column each (for example those
                your message's liquid uses).
            metric: Only deliveries that reached this metric.
            drafts: True to include drafted deliveries besides active and sent ones.

        Returns:
            _rt.RawResponse[ExportResult]
        """
        from .api.exports import create_deliveries_export as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            campaign_id=campaign_id,
            action_id=action_id,
            transactional_message_id=transactional_message_id,
            start=start,
            end=end,
            attributes=attributes,
            metric=metric,
            drafts=drafts,
        )

    def get_attributes(
        self,
        id: str | int,
        id_type: Literal["id", "email", "cio_id"] = "id",
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerAttributes]:
        """Get a person's attributes and devices.

        The person's identifiers, every attribute (with when each was set) and their devices.
        `id_type` says whether the id is an `id`, an `email` or a `cio_id`.

        Args:
            id: The person, as a value of `id_type`.
            id_type: What the person identifier is; always sent, `id` by default.

        Returns:
            _rt.RawResponse[CustomerAttributes]
        """
        from .api.customers import get_attributes as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
            id_type,
        )

    def get_customer_activities(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerActivityList]:
        """List what a person did and what happened to them.

        Activities include events, page views, attribute changes and message deliveries. Only the
        last 30 days are guaranteed. Filter with `type` and, for events and attribute changes,
        `name`.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 10).
            type: Only activities of this type; object and relationship types carry the object type
                id, as in `_o:3:create`.
            name: The event or attribute name to match.

        Returns:
            _rt.RawResponse[CustomerActivityList]
        """
        from .api.customers import get_customer_activities as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            start=start,
            limit=limit,
            type=type,
            name=name,
        )

    def get_customer_messages(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerMessageList]:
        """List the deliveries sent to a person.

        Without `start_ts` and `end_ts` the most recent six months are returned; a longer range is
        cut to six months ending at its latest timestamp.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 50).
            start_ts: Earliest delivery creation time, Unix seconds.
            end_ts: Latest delivery creation time, Unix seconds.

        Returns:
            _rt.RawResponse[CustomerMessageList]
        """
        from .api.customers import get_customer_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            start=start,
            limit=limit,
            start_ts=start_ts,
            end_ts=end_ts,
        )

    def get_customer_relationships(
        self,
        customer_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerRelationshipList]:
        """List the objects a person is related to.

        Pages may repeat entries; use an export from the UI for a complete list.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page.

        Returns:
            _rt.RawResponse[CustomerRelationshipList]
        """
        from .api.customers import get_customer_relationships as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            start=start,
            limit=limit,
        )

    def get_customer_segments(
        self,
        customer_id: str | int,
        id_type: Literal["id", "email", "cio_id"] = "id",
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerSegmentList]:
        """List the segments a person belongs to.

        Both data-driven and manual segments are listed.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What the person identifier is; always sent, `id` by default.

        Returns:
            _rt.RawResponse[CustomerSegmentList]
        """
        from .api.customers import get_customer_segments as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type,
        )

    def get_customer_subscription_preferences(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        language: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerSubscriptionPreferences]:
        """Get a person's subscription-center preferences.

        Returns the topics with the person's choice for each, plus the page header. Pass `language`
        to get the texts translated.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            language: A language tag for the translated texts; the subscription center's default
                otherwise.

        Returns:
            _rt.RawResponse[CustomerSubscriptionPreferences]
        """
        from .api.customers import get_customer_subscription_preferences as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            language=language,
        )

    def get_customers_attributes(
        self,
        ids: Sequence[str | int],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerAttributesList]:
        """Get the attributes and devices of several people at once.

        Up to 100 ids per call; ids that match no one are left out of the answer.

        Args:
            ids: The people's ids.

        Returns:
            _rt.RawResponse[CustomerAttributesList]
        """
        from .api.customers import get_customers_attributes as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            ids,
        )

    def get_object_attributes(
        self,
        object_type_id: str | int,
        object_id: str | int,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ObjectAttributes]:
        """Get an object's attributes.

        The object's identifiers, attributes and when each attribute was set. `id_type` says whether
        `object_id` is your id or the `cio_object_id`.

        Args:
            object_type_id: The object type (an incrementing number, such as 1 for the first type
                created).
            object_id: The object, as a value of `id_type`.
            id_type: What `object_id` is; the API assumes `object_id` when omitted.

        Returns:
            _rt.RawResponse[ObjectAttributes]
        """
        from .api.objects import get_object_attributes as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            object_id,
            id_type,
        )

    def get_object_relationships(
        self,
        object_type_id: str | int,
        object_id: str | int,
        *,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ObjectRelationshipList]:
        """List the people related to an object.

        Pages may repeat entries; use an export from the UI for a complete list.

        Args:
            object_type_id: The object type (an incrementing number, such as 1 for the first type
                created).
            object_id: The object, as a value of `id_type`.
            id_type: What `object_id` is; the API assumes `object_id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page.

        Returns:
            _rt.RawResponse[ObjectRelationshipList]
        """
        from .api.objects import get_object_relationships as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            object_id,
            id_type=id_type,
            start=start,
            limit=limit,
        )

    def find_objects(
        self,
        object_type_id: str | int,
        filter: params.ObjectSearchFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ObjectSearchResult]:
        """Search objects of one type with a filter.

        Returns the ids of the objects of `object_type_id` that match `filter` (`and`, `or` and
        `not` groups of `object_attribute` conditions). Results are paged: pass the response's
        `next` as `start`. Pages may repeat an object.

        Args:
            object_type_id: The object type to search, e.g. 1.
            filter: The filter, sent as given: one of `and`/`or` (lists of filters), `not` (a
                filter) or `object_attribute` (`field`, `operator` `eq`/`exists`, `value`, `type_id`).
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of results per page.

        Returns:
            _rt.RawResponse[ObjectSearchResult]
        """
        from .api.objects import find_objects as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            filter,
            start=start,
            limit=limit,
        )

    def list_object_types(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ObjectTypeList]:
        """List the workspace's object types.

        Object type ids are small integers (as strings); use them to address objects.

        Returns:
            _rt.RawResponse[ObjectTypeList]
        """
        from .api.objects import list_object_types as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def list_activities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        deleted: bool | None = None,
        customer_id: str | int | None = None,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ActivityList]:
        """List recent activities across the workspace.

        Activity log entries (events, attribute changes, message deliveries …), optionally narrowed
        by type, name or person. Only about the last 30 days are guaranteed. Results are paged with
        `start`/`next`.

        Args:
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of results per page (the API allows up to 100); 10 when omitted.
            type: Only activities of this type; object and relationship types name the object type,
                e.g. `_o:2:create`.
            name: Only activities for this event or attribute name.
            deleted: True to return activities of deleted people; off when omitted.
            customer_id: Only activities of this person, addressed as `id_type` says.
            id_type: What `customer_id` is; the API assumes `id` when omitted.

        Returns:
            _rt.RawResponse[ActivityList]
        """
        from .api.activities import list_activities as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            type=type,
            name=name,
            deleted=deleted,
            customer_id=customer_id,
            id_type=id_type,
        )

    def list_segments(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentList]:
        """List all segments.

        Data-driven and manual segments, with their build `state` and `type`.

        Returns:
            _rt.RawResponse[SegmentList]
        """
        from .api.segments import list_segments as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def create_segment(
        self,
        segment: models.SegmentInput | params.SegmentInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentResponse]:
        """Create an empty manual segment.

        `segment` holds `name` (required) and an optional `description`; it is sent as given.

        Args:
            segment: The new segment's `name` and optional `description`.

        Returns:
            _rt.RawResponse[SegmentResponse]
        """
        from .api.segments import create_segment as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment,
        )

    def get_segment(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentResponse]:
        """Get one segment.

        Its name, description, build `state`, `type` and tags.

        Args:
            segment_id: The segment's id.

        Returns:
            _rt.RawResponse[SegmentResponse]
        """
        from .api.segments import get_segment as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    def delete_segment(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a manual segment.

        Only manual segments can be deleted; the people in it stay in the workspace.

        Args:
            segment_id: The segment's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.segments import delete_segment as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    def get_segment_customer_count(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentCustomerCount]:
        """Count the people in a segment.

        The number of people who are members now.

        Args:
            segment_id: The segment's id.

        Returns:
            _rt.RawResponse[SegmentCustomerCount]
        """
        from .api.segments import get_segment_customer_count as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    def get_segment_membership(
        self,
        segment_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentMembership]:
        """List the people in a segment.

        Returns a page of members, both as `identifiers` (id, email, cio_id) and as plain `ids`;
        prefer `identifiers`, since `ids` holds an empty string for members without an id. Pass the
        response's `next` as `start` for the following page.

        Args:
            segment_id: The segment's id.
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of members per page (the API defaults to 1000).

        Returns:
            _rt.RawResponse[SegmentMembership]
        """
        from .api.segments import get_segment_membership as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            start=start,
            limit=limit,
        )

    def get_segment_used_by(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentUsage]:
        """Find the campaigns and newsletters that use a segment.

        The ids of the campaigns and of the sent and draft newsletters that use the segment, for
        example before deleting it.

        Args:
            segment_id: The segment's id.

        Returns:
            _rt.RawResponse[SegmentUsage]
        """
        from .api.segments import get_segment_used_by as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    def list_subscription_topics(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SubscriptionTopicList]:
        """List the subscription center's topics.

        An empty list when the workspace has no topics.

        Returns:
            _rt.RawResponse[SubscriptionTopicList]
        """
        from .api.subscriptions import list_subscription_topics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def list_subscription_channels(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SubscriptionChannelList]:
        """List the subscription center's channels.

        An empty list when no channel options are configured.

        Returns:
            _rt.RawResponse[SubscriptionChannelList]
        """
        from .api.subscriptions import list_subscription_channels as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_subscription_center_token(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SubscriptionCenterToken]:
        """Get a signed link to a person's subscription center page.

        The token and URL stay valid for 24 hours. The person must already exist.

        Args:
            customer_id: The person's identifier (their id or email).

        Returns:
            _rt.RawResponse[SubscriptionCenterToken]
        """
        from .api.subscriptions import get_subscription_center_token as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    def list_transactional_messages(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalMessageList]:
        """List transactional message templates.

        The templates (transactional ids) you send from, not their deliveries.

        Returns:
            _rt.RawResponse[TransactionalMessageList]
        """
        from .api.transactional import list_transactional_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_transactional_message(
        self,
        transactional_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalMessageResponse]:
        """Get one transactional message template.

        Its name, description and sending and tracking settings; the content of each language is in
        `get_transactional_message_contents`.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).

        Returns:
            _rt.RawResponse[TransactionalMessageResponse]
        """
        from .api.transactional import get_transactional_message as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
        )

    def get_transactional_message_contents(
        self,
        transactional_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalContentList]:
        """List a transactional message's content variants.

        One variant per language (the default language has an empty `language`).

        Args:
            transactional_id: The transactional message's id (the first number in its URL).

        Returns:
            _rt.RawResponse[TransactionalContentList]
        """
        from .api.transactional import get_transactional_message_contents as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
        )

    def get_transactional_message_language(
        self,
        transactional_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalContentResponse]:
        """Get one language variant of a transactional message.

        The variant of `language` (such as `fr`); the default variant has an empty language.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            language: The variant's language tag, e.g. `fr`.

        Returns:
            _rt.RawResponse[TransactionalContentResponse]
        """
        from .api.transactional import get_transactional_message_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            language,
        )

    def update_transactional_message_language(
        self,
        transactional_id: str | int,
        language: str,
        data: params.TransactionalContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalContentResponse]:
        """Replace one language variant of a transactional message.

        Overwrites the variant with `data` (`body`, `subject`, `from_id`, `headers` …), sent as
        given. Content built in Design Studio cannot be changed here.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            language: The variant's language tag, e.g. `fr`.
            data: The variant's new fields, sent as given.

        Returns:
            _rt.RawResponse[TransactionalContentResponse]
        """
        from .api.transactional import update_transactional_message_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            language,
            data,
        )

    def get_transactional_message_deliveries(
        self,
        transactional_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalDeliveryList]:
        """List the deliveries sent from a transactional message.

        Each delivery is one message to one person. Without `start_ts`/`end_ts` the API covers the
        last 6 months; ranges are capped at 12 months. Paged with `start`/`next`.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of deliveries per page.
            metric: Only deliveries that reached this metric.
            start_ts: Earliest delivery creation time, Unix seconds.
            end_ts: Latest delivery creation time, Unix seconds.
            get_tracked_responses: True to include in-app survey `tracked_responses` on each
                delivery.
            state: Only deliveries in this state.

        Returns:
            _rt.RawResponse[TransactionalDeliveryList]
        """
        from .api.transactional import get_transactional_message_deliveries as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            start=start,
            limit=limit,
            metric=metric,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
            state=state,
        )

    def get_transactional_message_metrics(
        self,
        transactional_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalMetrics]:
        """Get a transactional message's delivery metrics over time.

        Each metric is a series of counts per `period`, oldest first. At least two steps are
        returned; maximums are 24 hours, 45 days, 12 weeks or 121 months.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            period: The length of each step; the API assumes `days` when omitted.
            steps: How many periods to return; the API returns the maximum when omitted.

        Returns:
            _rt.RawResponse[TransactionalMetrics]
        """
        from .api.transactional import get_transactional_message_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            period=period,
            steps=steps,
        )

    def get_transactional_message_link_metrics(
        self,
        transactional_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalLinkMetrics]:
        """Get click metrics for each link in a transactional message.

        One entry per tracked link with its click counts per period (`period`, `steps`); `unique`
        counts each person once.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            period: The length of each step; the API assumes `days` when omitted.
            steps: How many periods to return; the API returns the maximum when omitted.
            unique: True to count each person at most once per link.

        Returns:
            _rt.RawResponse[TransactionalLinkMetrics]
        """
        from .api.transactional import get_transactional_message_link_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    def update_transactional_message_content(
        self,
        transactional_id: str | int,
        content_id: str | int,
        data: params.TransactionalContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalContentResponse]:
        """Replace one content variant of a transactional message.

        Overwrites the variant with `data` (`body`, `subject`, `from_id`, `headers` …), sent as
        given; later sends use the new content. Design Studio content cannot be changed here.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            content_id: The content variant's id (the last number in the template's URL).
            data: The variant's new fields, sent as given.

        Returns:
            _rt.RawResponse[TransactionalContentResponse]
        """
        from .api.transactional import update_transactional_message_content as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            content_id,
            data,
        )

    def list_campaigns(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignList]:
        """List the workspace's campaigns.

        Returns:
            _rt.RawResponse[CampaignList]
        """
        from .api.campaigns import list_campaigns as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_campaign(
        self,
        campaign_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignResponse]:
        """Fetch one campaign.

        Args:
            campaign_id: The campaign's id.

        Returns:
            _rt.RawResponse[CampaignResponse]
        """
        from .api.campaigns import get_campaign as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
        )

    def get_campaign_actions(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignActionList]:
        """List the actions (workflow tiles) of a campaign.

        Returns a page of at most 10 actions; pass the response's `next` as `start` for the
        following page.

        Args:
            campaign_id: The campaign's id.
            start: Page cursor, taken from a previous response's `next`.

        Returns:
            _rt.RawResponse[CampaignActionList]
        """
        from .api.campaigns import get_campaign_actions as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
        )

    def get_campaign_action(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignActionResponse]:
        """Fetch one action of a campaign.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.

        Returns:
            _rt.RawResponse[CampaignActionResponse]
        """
        from .api.campaigns import get_campaign_action as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
        )

    def update_campaign_action(
        self,
        campaign_id: str | int,
        action_id: str | int,
        data: params.CampaignActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignActionResponse]:
        """Change the content or settings of a campaign action.

        `data` holds the fields to change (for example `body`, `subject`, `sending_state`,
        `from_id`); it is sent as given. Content built in Design Studio cannot be changed here.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            data: The action fields to change, sent as given.

        Returns:
            _rt.RawResponse[CampaignActionResponse]
        """
        from .api.campaigns import update_campaign_action as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            data,
        )

    def get_campaign_action_language(
        self,
        campaign_id: str | int,
        action_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignActionResponse]:
        """Fetch one language variant of a campaign action.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            language: Language tag of the translation, e.g. `fr`.

        Returns:
            _rt.RawResponse[CampaignActionResponse]
        """
        from .api.campaigns import get_campaign_action_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            language,
        )

    def update_campaign_action_language(
        self,
        campaign_id: str | int,
        action_id: str | int,
        language: str,
        data: params.CampaignActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignActionResponse]:
        """Change one language variant of a campaign action.

        `data` holds the fields to change in that translation; it is sent as given.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            language: Language tag of the translation, e.g. `fr`.
            data: The translation fields to change, sent as given.

        Returns:
            _rt.RawResponse[CampaignActionResponse]
        """
        from .api.campaigns import update_campaign_action_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            language,
            data,
        )

    def get_campaign_action_metrics(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        version: Literal["1", "2"] | None = None,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
        tz: str | None = None,
        start: int | None = None,
        end: int | None = None,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignMetrics]:
        """Delivery metrics of one campaign action over time.

        With `version="2"` the window is `start`/`end` (Unix seconds) split by `res`, in time zone
        `tz`. Version 1 (deprecated) uses `period` and `steps` instead.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            version: Metrics API version, "1" or "2" (recommended).
            res: Version 2 bucket size.
            tz: Version 2 time zone in region form, e.g. `America/New_York`.
            start: Version 2 window start, Unix seconds.
            end: Version 2 window end, Unix seconds.
            period: Version 1 bucket size; `days` when omitted.
            steps: Version 1 number of buckets.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[CampaignMetrics]
        """
        from .api.campaigns import get_campaign_action_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            version=version,
            res=res,
            tz=tz,
            start=start,
            end=end,
            period=period,
            steps=steps,
            type=type,
        )

    def get_campaign_action_metrics_links(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignLinkMetricsList]:
        """Click metrics for each link in one campaign action.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[CampaignLinkMetricsList]
        """
        from .api.campaigns import get_campaign_action_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    def get_campaign_metrics(
        self,
        campaign_id: str | int,
        *,
        version: Literal["1", "2"] | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
        tz: str | None = None,
        start: int | None = None,
        end: int | None = None,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignMetrics]:
        """Delivery metrics of a campaign over time.

        With `version="2"` the window is `start`/`end` (Unix seconds) split by `res`, in time zone
        `tz`. Version 1 (deprecated) uses `period` and `steps` instead. `type` limits the metrics to
        one channel.

        Args:
            campaign_id: The campaign's id.
            version: Metrics API version, "1" or "2" (recommended).
            type: Only metrics of this channel; all channels when omitted.
            res: Version 2 bucket size.
            tz: Version 2 time zone in region form, e.g. `America/New_York`.
            start: Version 2 window start, Unix seconds.
            end: Version 2 window end, Unix seconds.
            period: Version 1 bucket size; `days` when omitted.
            steps: Version 1 number of buckets.

        Returns:
            _rt.RawResponse[CampaignMetrics]
        """
        from .api.campaigns import get_campaign_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            version=version,
            type=type,
            res=res,
            tz=tz,
            start=start,
            end=end,
            period=period,
            steps=steps,
        )

    def get_campaign_metrics_links(
        self,
        campaign_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignLinkMetricsList]:
        """Click metrics for each link across a campaign.

        Args:
            campaign_id: The campaign's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            _rt.RawResponse[CampaignLinkMetricsList]
        """
        from .api.campaigns import get_campaign_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    def get_campaign_journey_metrics(
        self,
        campaign_id: str | int,
        *,
        start: int,
        end: int,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"],
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignJourneyMetrics]:
        """Journey metrics of a campaign (started, activated, converted, ...).

        `start`, `end` (Unix seconds) and `res` are all required. Each array holds one count per
        bucket: the journeys that began in that bucket and later reached the metric.

        Args:
            campaign_id: The campaign's id.
            start: Report start, Unix seconds.
            end: Report end, Unix seconds.
            res: Bucket size.

        Returns:
            _rt.RawResponse[CampaignJourneyMetrics]
        """
        from .api.campaigns import get_campaign_journey_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
            end=end,
            res=res,
        )

    def get_campaign_messages(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        drafts: bool | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignMessageList]:
        """List the deliveries a campaign produced.

        Filter by channel (`type`), by a reached `metric`, by creation time (`start_ts`, `end_ts`,
        Unix seconds) or ask for drafts. Without a time window the API returns recent deliveries
        only.

        Args:
            campaign_id: The campaign's id.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size (at most 1000; 50 when omitted).
            type: Only deliveries of this channel.
            metric: Only deliveries that reached this metric.
            drafts: Return drafts instead of sent messages.
            start_ts: Earliest creation time, Unix seconds.
            end_ts: Latest creation time, Unix seconds.
            get_tracked_responses: Include in-app survey answers (`tracked_responses`) on each
                delivery.

        Returns:
            _rt.RawResponse[CampaignMessageList]
        """
        from .api.campaigns import get_campaign_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
            limit=limit,
            type=type,
            metric=metric,
            drafts=drafts,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
        )

    def get_broadcast_trigger_status(
        self,
        broadcast_id: str | int,
        trigger_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastTrigger]:
        """Check whether a broadcast trigger has been processed.

        The trigger id comes from `trigger_broadcast` or `get_broadcast_triggers`.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            trigger_id: The trigger's id, as returned when the broadcast was triggered.

        Returns:
            _rt.RawResponse[BroadcastTrigger]
        """
        from .api.broadcasts import get_broadcast_trigger_status as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            trigger_id,
        )

    def get_broadcast_trigger_errors(
        self,
        broadcast_id: str | int,
        trigger_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastTriggerErrors]:
        """List the validation errors a broadcast trigger produced.

        Mostly problems with the audience or the per-user data file, one line of text each.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            trigger_id: The trigger's id, as returned when the broadcast was triggered.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size.

        Returns:
            _rt.RawResponse[BroadcastTriggerErrors]
        """
        from .api.broadcasts import get_broadcast_trigger_errors as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            trigger_id,
            start=start,
            limit=limit,
        )

    def list_broadcasts(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastList]:
        """List the workspace's API-triggered broadcasts.

        Returns:
            _rt.RawResponse[BroadcastList]
        """
        from .api.broadcasts import list_broadcasts as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_broadcast(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastResponse]:
        """Fetch one API-triggered broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            _rt.RawResponse[BroadcastResponse]
        """
        from .api.broadcasts import get_broadcast as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    def get_broadcast_actions(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastActionList]:
        """List the actions (message variants) of a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            _rt.RawResponse[BroadcastActionList]
        """
        from .api.broadcasts import get_broadcast_actions as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    def get_broadcast_action(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastActionResponse]:
        """Fetch one action of a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.

        Returns:
            _rt.RawResponse[BroadcastActionResponse]
        """
        from .api.broadcasts import get_broadcast_action as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
        )

    def update_broadcast_action(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        data: params.BroadcastActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastActionResponse]:
        """Change the content or settings of a broadcast action.

        `data` holds the fields to change (for example `body`, `subject`, `sending_state`,
        `from_id`); it is sent as given. Content built in Design Studio cannot be changed here.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            data: The action fields to change, sent as given.

        Returns:
            _rt.RawResponse[BroadcastActionResponse]
        """
        from .api.broadcasts import update_broadcast_action as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            data,
        )

    def get_broadcast_action_language(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastActionResponse]:
        """Fetch one language variant of a broadcast action.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            language: Language tag of the translation, e.g. `fr`.

        Returns:
            _rt.RawResponse[BroadcastActionResponse]
        """
        from .api.broadcasts import get_broadcast_action_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            language,
        )

    def update_broadcast_action_language(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        language: str,
        data: params.BroadcastActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastActionResponse]:
        """Change one language variant of a broadcast action.

        `data` holds the fields to change in that translation; it is sent as given.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            language: Language tag of the translation, e.g. `fr`.
            data: The translation fields to change, sent as given.

        Returns:
            _rt.RawResponse[BroadcastActionResponse]
        """
        from .api.broadcasts import update_broadcast_action_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            language,
            data,
        )

    def get_broadcast_action_metrics(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastMetrics]:
        """Delivery metrics of one broadcast action over time.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[BroadcastMetrics]
        """
        from .api.broadcasts import get_broadcast_action_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            period=period,
            steps=steps,
            type=type,
        )

    def get_broadcast_action_metrics_links(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastLinkMetricsList]:
        """Click metrics for each link in one broadcast action.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[BroadcastLinkMetricsList]
        """
        from .api.broadcasts import get_broadcast_action_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    def get_broadcast_metrics(
        self,
        broadcast_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastMetrics]:
        """Delivery metrics of a broadcast over time.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            type: Only metrics of this channel; all channels when omitted.

        Returns:
            _rt.RawResponse[BroadcastMetrics]
        """
        from .api.broadcasts import get_broadcast_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            period=period,
            steps=steps,
            type=type,
        )

    def get_broadcast_metrics_links(
        self,
        broadcast_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastLinkMetricsList]:
        """Click metrics for each link across a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            _rt.RawResponse[BroadcastLinkMetricsList]
        """
        from .api.broadcasts import get_broadcast_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    def get_broadcast_messages(
        self,
        broadcast_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastMessageList]:
        """List the deliveries a broadcast produced.

        Filter by a reached `metric`, by channel (`type`) or by creation time (`start_ts`, `end_ts`,
        Unix seconds).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size.
            metric: Only deliveries that reached this metric.
            type: Only deliveries of this channel.
            start_ts: Earliest creation time, Unix seconds.
            end_ts: Latest creation time, Unix seconds.
            get_tracked_responses: Include in-app survey answers (`tracked_responses`) on each
                delivery.
            state: Only deliveries in this state.

        Returns:
            _rt.RawResponse[BroadcastMessageList]
        """
        from .api.broadcasts import get_broadcast_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            start=start,
            limit=limit,
            metric=metric,
            type=type,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
            state=state,
        )

    def get_broadcast_triggers(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastTriggerList]:
        """List the times a broadcast was triggered.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            _rt.RawResponse[BroadcastTriggerList]
        """
        from .api.broadcasts import get_broadcast_triggers as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    def list_newsletters(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterList]:
        """List newsletters.

        Returns one page of newsletters with their metadata. Pass the response's `next` value as
        `start` to fetch the following page.

        Args:
            start: The cursor of the page to fetch, taken from a previous response's `next`.
            limit: The most results to return in one page.
            sort: `asc` for oldest first, `desc` for newest first.

        Returns:
            _rt.RawResponse[NewsletterList]
        """
        from .api.newsletters import list_newsletters as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            sort=sort,
        )

    def create_newsletter(
        self,
        data: params.NewsletterCreateRequestParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterResponse]:
        """Create a newsletter, optionally sending or scheduling it.

        `data` describes the newsletter: `name`, channel `type`, `recipients` and the channel's
        content fields. Set `send_now` to send right away or `scheduled_at` to send later; with
        neither, the newsletter stays a draft. `data` is sent as given.

        Args:
            data: The newsletter definition, sent as given.

        Returns:
            _rt.RawResponse[NewsletterResponse]
        """
        from .api.newsletters import create_newsletter as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    def get_newsletter(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterResponse]:
        """Get one newsletter's metadata.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            _rt.RawResponse[NewsletterResponse]
        """
        from .api.newsletters import get_newsletter as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    def delete_newsletter(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a newsletter.

        Removes the newsletter together with its content, settings and metrics; undelivered in-app
        messages from it are cancelled.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.newsletters import delete_newsletter as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    def get_newsletter_contents(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentList]:
        """List a newsletter's content variants.

        Each variant is a translation or an A/B test message, with its own content id.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            _rt.RawResponse[NewsletterContentList]
        """
        from .api.newsletters import get_newsletter_contents as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    def get_newsletter_content(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Get one content variant of a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import get_newsletter_content as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
        )

    def update_newsletter_content(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Update one content variant of a newsletter.

        Changes the variant's content and, for email, its envelope (sender, subject and so on).
        Drag-and-drop and Design Studio content, and in-app or inbox content, cannot be changed this
        way. `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            data: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import update_newsletter_content as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            data,
        )

    def get_newsletter_content_metrics(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterMetricsResponse]:
        """Get delivery metrics for one newsletter variant.

        Metric series per `period`, oldest step first. At least two steps are always returned.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[NewsletterMetricsResponse]
        """
        from .api.newsletters import get_newsletter_content_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            period=period,
            steps=steps,
            type=type,
        )

    def get_newsletter_content_metrics_links(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterLinkMetricsList]:
        """Get link click metrics for one newsletter variant.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            unique: Count each person at most once per link; off when omitted.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[NewsletterLinkMetricsList]
        """
        from .api.newsletters import get_newsletter_content_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    def get_newsletter_metrics(
        self,
        newsletter_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterMetricsResponse]:
        """Get delivery metrics for a newsletter.

        Metric series per `period`, oldest step first, across all of the newsletter's channels. At
        least two steps are always returned.

        Args:
            newsletter_id: The newsletter's id.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[NewsletterMetricsResponse]
        """
        from .api.newsletters import get_newsletter_metrics as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            period=period,
            steps=steps,
            type=type,
        )

    def get_newsletter_metrics_links(
        self,
        newsletter_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterLinkMetricsList]:
        """Get link click metrics for a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            _rt.RawResponse[NewsletterLinkMetricsList]
        """
        from .api.newsletters import get_newsletter_metrics_links as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    def get_newsletter_messages(
        self,
        newsletter_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "push", "in_app", "inbox"] | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterMessageList]:
        """List the deliveries a newsletter produced.

        One record per rendered message. Without `start_ts`/`end_ts` the API covers up to six months
        from the first delivery; longer windows are cut to twelve months. Timestamps are when
        deliveries were created, not sent.

        Args:
            newsletter_id: The newsletter's id.
            start: The cursor of the page to fetch, taken from a previous response's `next`.
            limit: The most results to return in one page.
            metric: Only deliveries that reached this metric.
            type: Only deliveries of this channel.
            start_ts: Start of the time window, Unix seconds.
            end_ts: End of the time window, Unix seconds.
            get_tracked_responses: Include in-app survey `tracked_responses` on each delivery.

        Returns:
            _rt.RawResponse[NewsletterMessageList]
        """
        from .api.newsletters import get_newsletter_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            start=start,
            limit=limit,
            metric=metric,
            type=type,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
        )

    def send_newsletter(
        self,
        newsletter_id: str | int,
        data: params.NewsletterSendRequestParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterResponse]:
        """Send a draft newsletter now.

        The newsletter must still be a draft. `data` may carry rate limits (`rate_limit_email_rate`,
        `rate_limit_time_period`, `rate_limit_spread`); it is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: Optional send settings, sent as given.

        Returns:
            _rt.RawResponse[NewsletterResponse]
        """
        from .api.newsletters import send_newsletter as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    def schedule_newsletter(
        self,
        newsletter_id: str | int,
        data: params.NewsletterScheduleRequestParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterResponse]:
        """Schedule a draft newsletter, or change its send time.

        `data` holds `scheduled_at` (Unix seconds in the future, or 0 to unschedule) with its
        `timezone`, and optionally `tz_match_enabled` and rate limits; it is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: The schedule settings, sent as given.

        Returns:
            _rt.RawResponse[NewsletterResponse]
        """
        from .api.newsletters import schedule_newsletter as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    def create_newsletter_language(
        self,
        newsletter_id: str | int,
        data: params.NewsletterLanguageCreateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Add a translation to a newsletter.

        `data` needs `language` plus the channel's content (for email, `subject` and `body`); fields
        left out are copied untranslated from the default variant. Not possible once the newsletter
        was sent, or when it has A/B tests (use the test group form). `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: The translation, sent as given.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import create_newsletter_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    def get_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Get one translation of a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import get_newsletter_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
        )

    def update_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Update one translation of a newsletter.

        Same fields as `update_newsletter_content`; `data` is sent as given. For newsletters with
        A/B tests use `update_newsletter_test_group_language`.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.
            data: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import update_newsletter_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
            data,
        )

    def delete_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete one translation of a newsletter.

        The default language cannot be deleted, nor any language once the newsletter was sent.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.newsletters import delete_newsletter_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
        )

    def get_newsletter_test_groups(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterTestGroupList]:
        """List a newsletter's A/B test groups.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            _rt.RawResponse[NewsletterTestGroupList]
        """
        from .api.newsletters import get_newsletter_test_groups as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    def create_newsletter_test_group(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterResponse]:
        """Add an A/B test group to a newsletter.

        The new group starts as a copy of the existing content. The API takes no input; the body is
        always `{}`. Not possible once the newsletter was sent.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            _rt.RawResponse[NewsletterResponse]
        """
        from .api.newsletters import create_newsletter_test_group as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    def create_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        data: params.NewsletterLanguageCreateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Add a translation to a newsletter's A/B test group.

        Same payload as `create_newsletter_language`; the variant starts as a copy of the group's
        default template. Note the singular `test_group` in the path. `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            data: The translation, sent as given.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import create_newsletter_test_group_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            data,
        )

    def get_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Get one translation in a newsletter's A/B test group.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import get_newsletter_test_group_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
        )

    def update_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Update one translation in a newsletter's A/B test group.

        Same fields as `update_newsletter_content`; `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.
            data: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import update_newsletter_test_group_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
            data,
        )

    def delete_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete one translation in a newsletter's A/B test group.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.newsletters import delete_newsletter_test_group_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
        )

    def list_design_studio_folders(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioFolderList]:
        """List Design Studio folders.

        Returns one page of folders (folders only, not the emails or components inside them),
        optionally limited to a parent folder and filtered by creation or update time. Paged with
        `page` and `limit`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            _rt.RawResponse[DesignStudioFolderList]
        """
        from .api.design_studio import list_design_studio_folders as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
        )

    def create_design_studio_folder(
        self,
        folder: models.DesignStudioFolderInput | params.DesignStudioFolderInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioFolderResult]:
        """Create a Design Studio folder.

        `folder` needs a `name`; add `parent_folder_id` (a folder UUID) to nest it, or leave it out
        / `None` for the root. Sent as given.

        Args:
            folder: The folder (`name`, optional `parent_folder_id`), sent as given.

        Returns:
            _rt.RawResponse[DesignStudioFolderResult]
        """
        from .api.design_studio import create_design_studio_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder,
        )

    def get_design_studio_folder(
        self,
        folder_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioFolderResult]:
        """Get a Design Studio folder.

        Args:
            folder_id: The folder's UUID.

        Returns:
            _rt.RawResponse[DesignStudioFolderResult]
        """
        from .api.design_studio import get_design_studio_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    def update_design_studio_folder(
        self,
        folder_id: str,
        updates: models.DesignStudioFolderUpdate | params.DesignStudioFolderUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Rename or move a Design Studio folder.

        Only the keys in `updates` change. `parent_folder_id: None` moves the folder to the root;
        its contents move with it.

        Args:
            folder_id: The folder's UUID.
            updates: The fields to change (`name`, `parent_folder_id`), sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import update_design_studio_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
            updates,
        )

    def delete_design_studio_folder(
        self,
        folder_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a Design Studio folder and everything in it.

        Subfolders, emails and components inside are deleted too. Refused when the folder holds an
        email that a workflow uses.

        Args:
            folder_id: The folder's UUID.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import delete_design_studio_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    def list_design_studio_emails(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        is_template: Literal["true", "false", "any"] | None = None,
        has_translations: Literal["true", "false", "any"] | None = None,
        is_linked: Literal["true", "false", "any"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailList]:
        """List Design Studio emails.

        Returns one page of emails plus the folders they sit in. Besides the folder and time
        filters, `is_template`, `has_translations` and `is_linked` take `"true"`, `"false"` or
        `"any"`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).
            is_template: Filter on whether the email is a template.
            has_translations: Filter on whether the email has translations.
            is_linked: Filter on whether the email is linked to a workflow.

        Returns:
            _rt.RawResponse[DesignStudioEmailList]
        """
        from .api.design_studio import list_design_studio_emails as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
            is_template=is_template,
            has_translations=has_translations,
            is_linked=is_linked,
        )

    def create_design_studio_email(
        self,
        email: models.DesignStudioEmailInput | params.DesignStudioEmailInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailResult]:
        """Create a Design Studio email.

        `email` needs a `name`; `content`, `envelope`, `transformers`, `is_template` and
        `parent_folder_id` are optional (sender details are only needed once the email is linked to
        a workflow). Sent as given.

        Args:
            email: The email (`name`, `content`, `envelope`, …), sent as given.

        Returns:
            _rt.RawResponse[DesignStudioEmailResult]
        """
        from .api.design_studio import create_design_studio_email as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    def get_design_studio_email(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailResult]:
        """Get a Design Studio email with its content, envelope and transformers.

        Returns the default-language email; translations have their own calls.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            _rt.RawResponse[DesignStudioEmailResult]
        """
        from .api.design_studio import get_design_studio_email as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    def update_design_studio_email(
        self,
        email_id: str,
        updates: models.DesignStudioEmailUpdate | params.DesignStudioEmailUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Change part of a Design Studio email.

        Only the keys in `updates` change. Saving does not publish: a linked workflow keeps the old
        version until the change is published.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            updates: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import update_design_studio_email as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            updates,
        )

    def delete_design_studio_email(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a Design Studio email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import delete_design_studio_email as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    def list_design_studio_email_languages(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailTranslationList]:
        """List an email's translations.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            _rt.RawResponse[DesignStudioEmailTranslationList]
        """
        from .api.design_studio import list_design_studio_email_languages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    def create_design_studio_email_language(
        self,
        email_id: str,
        translation: models.DesignStudioEmailTranslationInput | params.DesignStudioEmailTranslationInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailTranslationResult]:
        """Add a translation to an email.

        `translation` needs a `language` code (sent in the body). Whatever of `content`, `envelope`
        and `transformers` you leave out is copied from the default email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            translation: The translation (`language`, optional `content`, `envelope`,
                `transformers`), sent as given.

        Returns:
            _rt.RawResponse[DesignStudioEmailTranslationResult]
        """
        from .api.design_studio import create_design_studio_email_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            translation,
        )

    def get_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailTranslationResult]:
        """Get one translation of an email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.

        Returns:
            _rt.RawResponse[DesignStudioEmailTranslationResult]
        """
        from .api.design_studio import get_design_studio_email_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
        )

    def update_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        updates: models.DesignStudioEmailTranslationUpdate | params.DesignStudioEmailTranslationUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Change part of an email translation.

        Only the keys in `updates` (`content`, `envelope`, `transformers`) change. Nothing is
        published by this call.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.
            updates: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import update_design_studio_email_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
            updates,
        )

    def delete_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete one translation of an email.

        Refused while the email is linked to a workflow.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import delete_design_studio_email_language as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
        )

    def list_design_studio_components(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        tag: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioComponentList]:
        """List custom components.

        Returns one page of components plus the folders they sit in. Filters as for folders, plus
        `tag`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).
            tag: Only components with this tag name.

        Returns:
            _rt.RawResponse[DesignStudioComponentList]
        """
        from .api.design_studio import list_design_studio_components as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
            tag=tag,
        )

    def create_design_studio_component(
        self,
        component: models.DesignStudioComponentInput | params.DesignStudioComponentInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioComponentResult]:
        """Create a custom component.

        `component` needs a display `name` and the `tag` emails use to include it; add `content`
        (HTML) and optionally `parent_folder_id`. Sent as given.

        Args:
            component: The component (`name`, `tag`, `content`, `parent_folder_id`), sent as given.

        Returns:
            _rt.RawResponse[DesignStudioComponentResult]
        """
        from .api.design_studio import create_design_studio_component as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component,
        )

    def get_design_studio_component(
        self,
        component_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioComponentResult]:
        """Get a custom component with its content.

        Args:
            component_id: The component's UUID.

        Returns:
            _rt.RawResponse[DesignStudioComponentResult]
        """
        from .api.design_studio import get_design_studio_component as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
        )

    def update_design_studio_component(
        self,
        component_id: str,
        updates: models.DesignStudioComponentUpdate | params.DesignStudioComponentUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Change part of a custom component.

        Args:
            component_id: The component's UUID.
            updates: The fields to change (`name`, `tag`, `content`, `parent_folder_id`), sent as
                given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import update_design_studio_component as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
            updates,
        )

    def delete_design_studio_component(
        self,
        component_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a custom component.

        Emails that still include the component may then fail to send.

        Args:
            component_id: The component's UUID.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import delete_design_studio_component as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
        )

    def list_assets(
        self,
        *,
        parent_folder_id: int | None = None,
        direct_descendants_only: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetList]:
        """List file assets.

        Returns one page of uploaded files, optionally limited to an asset folder (and to its direct
        children only). Paged with `page` and `limit`.

        Args:
            parent_folder_id: Only items under this asset folder; 0 or omitted means the root.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            _rt.RawResponse[AssetList]
        """
        from .api.assets import list_assets as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            page=page,
            limit=limit,
        )

    def create_asset(
        self,
        file: params.AssetUploadInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetResult]:
        """Upload a file asset.

        Sent as `multipart/form-data`: a `file` part (named `filename`, typed by `contentType`, else
        by the file extension — bmp, jpg/jpeg, png, gif, pdf), then `name` and `parent_folder_id`
        parts when given. Images (bmp, jpeg, png, gif) and PDFs up to 2 MB are accepted.

        Args:
            file: The upload: `data` (bytes, str or a binary file object; required), `filename`
                (required), and optionally `content_type`, `name` and `parent_folder_id` (node's
                camelCase `contentType` / `parentFolderId` are accepted too). `file.data` and
                `file.filename` are checked, in that order, by the handwritten body builder.

        Returns:
            _rt.RawResponse[AssetResult]
        """
        from .api.assets import create_asset as _op

        return self._send(timeout, extra_headers, _op.prepare, file, bodies=self._bodies)

    def get_asset(
        self,
        asset_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetResult]:
        """Get a file asset.

        Args:
            asset_id: The file asset's id.

        Returns:
            _rt.RawResponse[AssetResult]
        """
        from .api.assets import get_asset as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
        )

    def update_asset(
        self,
        asset_id: str | int,
        updates: models.AssetUpdate | params.AssetUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Rename or move a file asset.

        `updates` holds `name` and/or `parent_folder_id` (`None` moves it to the root). The file
        itself cannot be replaced.

        Args:
            asset_id: The file asset's id.
            updates: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.assets import update_asset as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
            updates,
        )

    def delete_asset(
        self,
        asset_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a file asset.

        Args:
            asset_id: The file asset's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.assets import delete_asset as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
        )

    def list_asset_folders(
        self,
        *,
        parent_folder_id: int | None = None,
        direct_descendants_only: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetFolderList]:
        """List asset folders.

        Args:
            parent_folder_id: Only items under this asset folder; 0 or omitted means the root.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            _rt.RawResponse[AssetFolderList]
        """
        from .api.assets import list_asset_folders as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            page=page,
            limit=limit,
        )

    def create_asset_folder(
        self,
        folder: models.AssetFolderInput | params.AssetFolderInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetFolderResult]:
        """Create an asset folder.

        `folder` needs a `name` that is unique among its siblings; `parent_folder_id` nests it. Sent
        as given.

        Args:
            folder: The folder (`name`, optional `parent_folder_id`), sent as given.

        Returns:
            _rt.RawResponse[AssetFolderResult]
        """
        from .api.assets import create_asset_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder,
        )

    def get_asset_folder(
        self,
        folder_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetFolderResult]:
        """Get an asset folder.

        Args:
            folder_id: The asset folder's id.

        Returns:
            _rt.RawResponse[AssetFolderResult]
        """
        from .api.assets import get_asset_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    def update_asset_folder(
        self,
        folder_id: str | int,
        updates: models.AssetFolderUpdate | params.AssetFolderUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Rename or move an asset folder.

        A folder cannot be moved into itself or one of its own subfolders.

        Args:
            folder_id: The asset folder's id.
            updates: The fields to change (`name`, `parent_folder_id`), sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.assets import update_asset_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
            updates,
        )

    def delete_asset_folder(
        self,
        folder_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete an empty asset folder.

        The API refuses folders that still hold files or subfolders.

        Args:
            folder_id: The asset folder's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.assets import delete_asset_folder as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    def list_collections(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CollectionList]:
        """List collections.

        Every collection with its name, size and top-level keys (not its rows).

        Returns:
            _rt.RawResponse[CollectionList]
        """
        from .api.collections import list_collections as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def create_collection(
        self,
        collection: models.CollectionInput | params.CollectionInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CollectionResult]:
        """Create a collection.

        `collection` needs a `name` and either `data` (a list of row objects) or `url` (where to
        download CSV or JSON rows), not both. At most 10 MB, 10 KB per row. Sent as given.

        Args:
            collection: The collection (`name`, and `data` or `url`), sent as given.

        Returns:
            _rt.RawResponse[CollectionResult]
        """
        from .api.collections import create_collection as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection,
        )

    def get_collection(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CollectionResult]:
        """Get a collection's details (not its rows).

        Its name, id, row count, schema and timestamps; `get_collection_content` returns the rows.

        Args:
            collection_id: The collection's id.

        Returns:
            _rt.RawResponse[CollectionResult]
        """
        from .api.collections import get_collection as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    def update_collection(
        self,
        collection_id: str | int,
        updates: models.CollectionUpdate | params.CollectionUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CollectionResult]:
        """Rename a collection or replace its data.

        New `data` or `url` replaces all rows. Messages that refer to the collection by its old name
        get nothing after a rename.

        Args:
            collection_id: The collection's id.
            updates: The fields to change (`name`, `data`, `url`), sent as given.

        Returns:
            _rt.RawResponse[CollectionResult]
        """
        from .api.collections import update_collection as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
            updates,
        )

    def delete_collection(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a collection and its rows.

        Messages that still refer to it will see it as empty.

        Args:
            collection_id: The collection's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.collections import delete_collection as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    def get_collection_content(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[list[Any]]:
        """Get a collection's rows.

        The rows as uploaded, one object each.

        Args:
            collection_id: The collection's id.

        Returns:
            _rt.RawResponse[list[Any]]
        """
        from .api.collections import get_collection_content as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    def update_collection_content(
        self,
        collection_id: str | int,
        content: Sequence[Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CollectionResult]:
        """Replace a collection's rows.

        `content` is the complete new list of row objects, sent as a top-level JSON array; rows you
        leave out are gone. An empty list is allowed.

        Args:
            collection_id: The collection's id.
            content: Every row of the collection, sent as given.

        Returns:
            _rt.RawResponse[CollectionResult]
        """
        from .api.collections import update_collection_content as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
            content,
        )

    def search_suppression(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.EspSuppressionList]:
        """Check whether the email service provider suppressed an address.

        Looks the address up in the ESP's own suppression lists and tells you why it is suppressed,
        if it is. This is separate from suppressing a person in Customer.io.

        Args:
            email: The address to look up (URL-encoded into the path).

        Returns:
            _rt.RawResponse[EspSuppressionList]
        """
        from .api.suppressions import search_suppression as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    def get_suppressions(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        offset: int | None = None,
        email: str | None = None,
        domain: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.EspSuppressionList]:
        """List addresses the email service provider suppressed for one reason.

        Pages with `limit` (at most 1000) and `offset`; `email` and `domain` narrow the results. For
        large lists, `get_domain_suppressions` is faster.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            limit: Page size (the API defaults to 100).
            offset: How many records to skip.
            email: Only this address.
            domain: Only this sending domain.

        Returns:
            _rt.RawResponse[EspSuppressionList]
        """
        from .api.suppressions import get_suppressions as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            limit=limit,
            offset=offset,
            email=email,
            domain=domain,
        )

    def get_domain_suppressions(
        self,
        domain_name: str,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        email: str | None = None,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.EspSuppressionList]:
        """List a sending domain's ESP-suppressed addresses for one reason.

        Cursor-paged: pass the previous response's `next` as `start`. With `email`, at most one
        record comes back.

        Args:
            domain_name: The sending domain, e.g. `mail.example.com`.
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            limit: Page size (the API defaults to 100, at most 1000).
            email: Only this address.
            start: The cursor from a previous page's `next`.

        Returns:
            _rt.RawResponse[EspSuppressionList]
        """
        from .api.suppressions import get_domain_suppressions as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            domain_name,
            suppression_type,
            limit=limit,
            email=email,
            start=start,
        )

    def create_suppression(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Suppress an address at the email service provider.

        Only the ESP blocks mail to the address; the person stays in your workspace and is not
        suppressed in Customer.io.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            email: The address to suppress (URL-encoded into the path).

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.suppressions import create_suppression as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            email,
        )

    def delete_suppression(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Remove an address from one of the ESP's suppression lists.

        Customer.io may send to the address again; `suppression_type` names the list it is taken
        off.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            email: The address to un-suppress (URL-encoded into the path).

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.suppressions import delete_suppression as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            email,
        )

    def list_reporting_webhooks(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ReportingWebhookList]:
        """List the workspace's reporting webhooks.

        Returns:
            _rt.RawResponse[ReportingWebhookList]
        """
        from .api.reporting_webhooks import list_reporting_webhooks as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def create_reporting_webhook(
        self,
        webhook: models.ReportingWebhookInput | params.ReportingWebhookInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ReportingWebhook]:
        """Create a reporting webhook.

        `webhook` needs an `endpoint` URL and the `events` to report; `name`, `disabled`,
        `full_resolution` and `with_content` are optional. It is sent as given.

        Args:
            webhook: The webhook configuration (`endpoint`, `events`, `name` …), sent as given.

        Returns:
            _rt.RawResponse[ReportingWebhook]
        """
        from .api.reporting_webhooks import create_reporting_webhook as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook,
        )

    def get_reporting_webhook(
        self,
        webhook_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ReportingWebhook]:
        """Get one reporting webhook.

        Args:
            webhook_id: The webhook's id.

        Returns:
            _rt.RawResponse[ReportingWebhook]
        """
        from .api.reporting_webhooks import get_reporting_webhook as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
        )

    def update_reporting_webhook(
        self,
        webhook_id: str | int,
        updates: models.ReportingWebhookUpdate | params.ReportingWebhookUpdateParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ReportingWebhook]:
        """Change a reporting webhook.

        `updates` holds the fields to change and is sent as given.

        Args:
            webhook_id: The webhook's id.
            updates: The fields to change (`endpoint`, `events`, `disabled` …), sent as given.

        Returns:
            _rt.RawResponse[ReportingWebhook]
        """
        from .api.reporting_webhooks import update_reporting_webhook as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
            updates,
        )

    def delete_reporting_webhook(
        self,
        webhook_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a reporting webhook.

        Args:
            webhook_id: The webhook's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.reporting_webhooks import delete_reporting_webhook as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
        )

    def get_snippets(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SnippetList]:
        """List the workspace's snippets.

        Snippets are named pieces of content reused across messages.

        Returns:
            _rt.RawResponse[SnippetList]
        """
        from .api.snippets import get_snippets as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def update_snippet(
        self,
        snippet: models.SnippetInput | params.SnippetInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SnippetEnvelope]:
        """Create or replace a snippet by name.

        The snippet is matched by `name`: an existing one gets the new `value`, otherwise a new
        snippet is created.

        Args:
            snippet: `name` and `value`, sent as given.

        Returns:
            _rt.RawResponse[SnippetEnvelope]
        """
        from .api.snippets import update_snippet as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            snippet,
        )

    def create_snippet(
        self,
        snippet: models.SnippetInput | params.SnippetInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SnippetEnvelope]:
        """Create a snippet.

        `snippet` holds a unique `name` and its `value`. The API refuses a name that is already
        taken (422); use `update_snippet` to create or replace.

        Args:
            snippet: `name` and `value`, sent as given.

        Returns:
            _rt.RawResponse[SnippetEnvelope]
        """
        from .api.snippets import create_snippet as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            snippet,
        )

    def delete_snippet(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a snippet.

        Args:
            name: The snippet's name.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.snippets import delete_snippet as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            name,
        )

    def get_sender_identities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        hidden: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SenderIdentityList]:
        """List sender identities (the "from" addresses and numbers).

        Args:
            start: The cursor from a previous page's `next`.
            limit: Page size.
            sort: `asc` (oldest first) or `desc` (newest first).
            hidden: True to include senders hidden in the UI.

        Returns:
            _rt.RawResponse[SenderIdentityList]
        """
        from .api.sender_identities import get_sender_identities as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            sort=sort,
            hidden=hidden,
        )

    def get_sender_identity(
        self,
        sender_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SenderIdentityEnvelope]:
        """Get one sender identity.

        Args:
            sender_id: The sender's id.

        Returns:
            _rt.RawResponse[SenderIdentityEnvelope]
        """
        from .api.sender_identities import get_sender_identity as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            sender_id,
        )

    def get_sender_identity_used_by(
        self,
        sender_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SenderIdentityUsage]:
        """List the campaigns and newsletters that send as a sender.

        Args:
            sender_id: The sender's id.

        Returns:
            _rt.RawResponse[SenderIdentityUsage]
        """
        from .api.sender_identities import get_sender_identity_used_by as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            sender_id,
        )

    def get_messages(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        drafts: bool | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        campaign_id: str | int | None = None,
        action_id: str | int | None = None,
        newsletter_id: str | int | None = None,
        transactional_id: str | int | None = None,
        trigger_id: str | int | None = None,
        template_id: str | int | None = None,
        content_id: str | int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.MessageList]:
        """List message deliveries across the workspace.

        Each delivery is one message sent (or drafted) for one recipient, with its metric
        timestamps. Filter by channel, metric, parent (campaign, action, newsletter, transactional
        message, broadcast trigger, template, content) and creation time (`start_ts`/`end_ts`, Unix
        seconds; the API covers at most six months per request).

        Args:
            start: The cursor from a previous page's `next`.
            limit: Page size (the API defaults to 50).
            drafts: True to list drafts instead of sent deliveries.
            metric: Only deliveries that reached this metric.
            type: Only this channel (`twilio` is SMS).
            campaign_id: Only deliveries from this campaign.
            action_id: Only deliveries from this campaign action.
            newsletter_id: Only deliveries from this newsletter.
            transactional_id: Only deliveries from this transactional message.
            trigger_id: Only deliveries from this API-triggered broadcast trigger.
            template_id: Only deliveries built from this template.
            content_id: Only deliveries of this newsletter content (language or test variant).
            start_ts: Created at or after this time, Unix seconds.
            end_ts: Created at or before this time, Unix seconds.
            associations: True to include the delivery's associated objects.
            get_tracked_responses: True to include in-app survey `tracked_responses` on each
                delivery.

        Returns:
            _rt.RawResponse[MessageList]
        """
        from .api.messages import get_messages as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            drafts=drafts,
            metric=metric,
            type=type,
            campaign_id=campaign_id,
            action_id=action_id,
            newsletter_id=newsletter_id,
            transactional_id=transactional_id,
            trigger_id=trigger_id,
            template_id=template_id,
            content_id=content_id,
            start_ts=start_ts,
            end_ts=end_ts,
            associations=associations,
            get_tracked_responses=get_tracked_responses,
        )

    def get_message(
        self,
        message_id: str,
        *,
        archived_message: bool | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.MessageEnvelope]:
        """Get one message delivery.

        The delivery with its recipient, parents (campaign, action, newsletter, broadcast) and the
        time it reached each metric.

        Args:
            message_id: The delivery id.
            archived_message: True to include the archived copy of the message.
            associations: True to include the delivery's associated objects.
            get_tracked_responses: True to include in-app survey `tracked_responses`.

        Returns:
            _rt.RawResponse[MessageEnvelope]
        """
        from .api.messages import get_message as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            message_id,
            archived_message=archived_message,
            associations=associations,
            get_tracked_responses=get_tracked_responses,
        )

    def get_archived_message(
        self,
        message_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ArchivedMessageEnvelope]:
        """Get the archived copy of a delivery, body included.

        The API allows 100 of these requests per day.

        Args:
            message_id: The delivery id.

        Returns:
            _rt.RawResponse[ArchivedMessageEnvelope]
        """
        from .api.messages import get_archived_message as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            message_id,
        )

    def create_import(
        self,
        import_data: models.ImportInput | params.ImportInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ImportEnvelope]:
        """Start a bulk import from a CSV file.

        `import_data` needs the CSV's `data_file_url` and the import `type` (`people`, `event`,
        `object` or `relationship`); it is sent under `import`. The import runs in the background:
        poll `get_import` for its state.

        Args:
            import_data: The import parameters (`data_file_url`, `type`, `identifier`,
                `object_type_id`, `name`, `description`, `data_to_process` …), sent as given.

        Returns:
            _rt.RawResponse[ImportEnvelope]
        """
        from .api.imports import create_import as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            import_data,
        )

    def get_import(
        self,
        import_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ImportEnvelope]:
        """Get a bulk import's progress and outcome.

        Its state, the rows imported so far, and where to download the rows that failed or raised
        warnings.

        Args:
            import_id: The id returned when the import was created.

        Returns:
            _rt.RawResponse[ImportEnvelope]
        """
        from .api.imports import get_import as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            import_id,
        )

    def batch_update_attributes(
        self,
        attributes: Sequence[params.DataIndexAttributeParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Add or describe attributes in the workspace's data index.

        Each entry names an attribute and may give a `description` (which helps the AI features)
        and, on Premium plans, a `privacy_level` (1 = sensitive). The API takes at most 100 per
        request.

        Args:
            attributes: The attribute entries, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.data_index import batch_update_attributes as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            attributes,
        )

    def batch_update_events(
        self,
        events: Sequence[params.DataIndexEventParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Add or describe events in the workspace's data index.

        Each entry names an event and may give a `description`. The API takes at most 100 per
        request.

        Args:
            events: The event entries, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.data_index import batch_update_events as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            events,
        )

    def list_workspaces(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.WorkspaceList]:
        """List the account's workspaces with usage counts.

        The counts are cached and can be up to a couple of hours old.

        Returns:
            _rt.RawResponse[WorkspaceList]
        """
        from .api.workspaces import list_workspaces as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def get_ip_addresses(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.IpAddressList]:
        """List the IP addresses Customer.io sends from.

        Allowlist these if a firewall or your SMTP provider blocks unknown senders. Push
        notifications are not covered.

        Returns:
            _rt.RawResponse[IpAddressList]
        """
        from .api.info import get_ip_addresses as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )


class AsyncAppRawOperations(_rt.AsyncRawOperationsBase):
    """Customer.io App API: coroutine methods returning the raw response."""

    _bodies: AppBodies

    async def send_email(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional email.

        Sends one email to one person, either from a transactional template
        (`transactional_message_id`) or with the `from`, `subject` and `body` given inline. Build
        the message with `SendEmailRequest` (which also handles attachments).

        Args:
            request: The `SendEmailRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_email as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def send_push(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional push notification.

        Sends a push from a transactional template to one person; template fields such as the title,
        message, image, link and payloads can be overridden. Build the message with
        `SendPushRequest`.

        Args:
            request: The `SendPushRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_push as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def send_sms(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional SMS.

        Sends a text message from a transactional template to one person. Build the message with
        `SendSMSRequest`.

        Args:
            request: The `SendSMSRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_sms as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def send_whatsapp(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional WhatsApp message.

        Sends a WhatsApp message from a transactional template to one person. `to` and `from` are
        E.164 phone numbers and may be left out when the template sets them. Build the message with
        `SendWhatsAppRequest`.

        Args:
            request: The `SendWhatsAppRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_whatsapp as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def send_inbox_message(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional inbox message.

        Places a message from a transactional template in one person's in-app inbox. Build the
        message with `SendInboxMessageRequest`.

        Args:
            request: The `SendInboxMessageRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_inbox_message as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def send_in_app(
        self,
        request: _rt.MessageRequest,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SendMessageResult]:
        """Send a transactional in-app message.

        Shows a message from a transactional template to one person inside your app. Build the
        message with `SendInAppRequest`.

        Args:
            request: The `SendInAppRequest`; its message is sent as the body.

        Returns:
            _rt.RawResponse[SendMessageResult]
        """
        from .api.transactional import send_in_app as _op

        return await self._send(timeout, extra_headers, _op.prepare, request, bodies=self._bodies)

    async def get_customers_by_email(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerEmailMatches]:
        """Find the people who have an email address.

        Returns the identifiers of every person whose `email` matches. More than one person can
        share an address when email is not a unique identifier in the workspace.

        Args:
            email: The email address to look up; it is percent-encoded for you.

        Returns:
            _rt.RawResponse[CustomerEmailMatches]
        """
        from .api.customers import get_customers_by_email as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    async def search_customers(
        self,
        filter: params.AudienceFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerSearchResult]:
        """Search people with a segment and attribute filter.

        `filter` combines `segment` and `attribute` conditions with `and`, `or` and `not`. Returns
        up to `limit` people per page (at most 1000); pass `next` back as `start` for the following
        page.

        Args:
            filter: The audience filter, sent as given.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 50).

        Returns:
            _rt.RawResponse[CustomerSearchResult]
        """
        from .api.customers import search_customers as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            filter,
            start=start,
            limit=limit,
        )

    async def trigger_broadcast(
        self,
        broadcast_id: str | int,
        data: Mapping[str, Any] | None = None,
        recipients: params.BroadcastRecipientsParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TriggerBroadcastResult]:
        """Trigger an API-triggered broadcast.

        Starts the broadcast, optionally with `data` for its Liquid `trigger` variables and with
        `recipients` replacing the audience set in the UI. `recipients` may be an audience filter,
        or carry exactly one of `ids`, `emails`, `per_user_data` or `data_file_url` (plus the
        matching `*_ignore_missing` / `email_add_duplicates` flags), which are sent at the top level
        of the body. The API allows one trigger per broadcast every 10 seconds.

        Args:
            broadcast_id: The API-triggered broadcast to send.
            data: Values the broadcast's messages can reference; omitted when empty.
            recipients: Who receives the broadcast: an audience filter, or one of `ids`, `emails`,
                `per_user_data`, `data_file_url` with its flags.

        Returns:
            _rt.RawResponse[TriggerBroadcastResult]
        """
        from .api.broadcasts import trigger_broadcast as _op

        return await self._send(
            timeout, extra_headers, _op.prepare, broadcast_id, data, recipients, bodies=self._bodies
        )

    async def list_exports(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ExportList]:
        """List the workspace's exports.

        Every export of people or deliveries with its `status`; download a finished one with
        `download_export`.

        Returns:
            _rt.RawResponse[ExportList]
        """
        from .api.exports import list_exports as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_export(
        self,
        id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ExportResult]:
        """Get an export and its progress.

        Check `status` (`done` means it can be downloaded) before calling `download_export`.

        Args:
            id: The export's id.

        Returns:
            _rt.RawResponse[ExportResult]
        """
        from .api.exports import get_export as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
        )

    async def download_export(
        self,
        id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ExportDownload]:
        """Get a short-lived download link for a finished export.

        The returned URL stays valid for about 15 minutes.

        Args:
            id: The export's id.

        Returns:
            _rt.RawResponse[ExportDownload]
        """
        from .api.exports import download_export as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
        )

    async def create_customers_export(
        self,
        filters: params.AudienceFilterParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ExportResult]:
        """Export the people who match a filter.

        Starts an export of people and their attributes; poll `get_export` until it is done.
        `filters` uses the same shape as `search_customers`.

        Args:
            filters: The audience filter, sent as given.

        Returns:
            _rt.RawResponse[ExportResult]
        """
        from .api.exports import create_customers_export as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            filters,
        )

    async def create_deliveries_export(
        self,
        newsletter_id: int | None = None,
        *,
        campaign_id: int | None = None,
        action_id: int | None = None,
        transactional_message_id: int | None = None,
        start: int | None = None,
        end: int | None = None,
        attributes: Sequence[str] | None = None,
        metric: Literal[
            "created",
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        drafts: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ExportResult]:
        """Export the deliveries of a newsletter, campaign, action or transactional message.

        Starts an export of deliveries and their metrics; poll `get_export` until it is done. The
        deliveries come from exactly one source, `newsletter_id` (node's argument) or one of the
        keywords `campaign_id`, `action_id` and `transactional_message_id`. The other keywords
        narrow the export by time (`start`, `end`) or `metric`, add person `attributes` as columns,
        and include `drafts`.

        Args:
            newsletter_id: The newsletter whose deliveries to export (leave it out to export another
                source).
            campaign_id: The campaign whose deliveries to export, instead of a newsletter.
            action_id: The campaign or newsletter action whose deliveries to export, instead of a
                newsletter.
            transactional_message_id: The transactional message whose deliveries to export, instead
                of a newsletter.
            start: Only deliveries from this time on, Unix seconds.
            end: Only deliveries up to this time, Unix seconds.
            attributes: Person attributes to add to the export, one column each (for example those
                your message's liquid uses).
            metric: Only deliveries that reached this metric.
            drafts: True to include drafted deliveries besides active and sent ones.

        Returns:
            _rt.RawResponse[ExportResult]
        """
        from .api.exports import create_deliveries_export as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            campaign_id=campaign_id,
            action_id=action_id,
            transactional_message_id=transactional_message_id,
            start=start,
            end=end,
            attributes=attributes,
            metric=metric,
            drafts=drafts,
        )

    async def get_attributes(
        self,
        id: str | int,
        id_type: Literal["id", "email", "cio_id"] = "id",
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerAttributes]:
        """Get a person's attributes and devices.

        The person's identifiers, every attribute (with when each was set) and their devices.
        `id_type` says whether the id is an `id`, an `email` or a `cio_id`.

        Args:
            id: The person, as a value of `id_type`.
            id_type: What the person identifier is; always sent, `id` by default.

        Returns:
            _rt.RawResponse[CustomerAttributes]
        """
        from .api.customers import get_attributes as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            id,
            id_type,
        )

    async def get_customer_activities(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerActivityList]:
        """List what a person did and what happened to them.

        Activities include events, page views, attribute changes and message deliveries. Only the
        last 30 days are guaranteed. Filter with `type` and, for events and attribute changes,
        `name`.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 10).
            type: Only activities of this type; object and relationship types carry the object type
                id, as in `_o:3:create`.
            name: The event or attribute name to match.

        Returns:
            _rt.RawResponse[CustomerActivityList]
        """
        from .api.customers import get_customer_activities as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            start=start,
            limit=limit,
            type=type,
            name=name,
        )

    async def get_customer_messages(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerMessageList]:
        """List the deliveries sent to a person.

        Without `start_ts` and `end_ts` the most recent six months are returned; a longer range is
        cut to six months ending at its latest timestamp.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page (the API defaults to 50).
            start_ts: Earliest delivery creation time, Unix seconds.
            end_ts: Latest delivery creation time, Unix seconds.

        Returns:
            _rt.RawResponse[CustomerMessageList]
        """
        from .api.customers import get_customer_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            start=start,
            limit=limit,
            start_ts=start_ts,
            end_ts=end_ts,
        )

    async def get_customer_relationships(
        self,
        customer_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerRelationshipList]:
        """List the objects a person is related to.

        Pages may repeat entries; use an export from the UI for a complete list.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page.

        Returns:
            _rt.RawResponse[CustomerRelationshipList]
        """
        from .api.customers import get_customer_relationships as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            start=start,
            limit=limit,
        )

    async def get_customer_segments(
        self,
        customer_id: str | int,
        id_type: Literal["id", "email", "cio_id"] = "id",
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerSegmentList]:
        """List the segments a person belongs to.

        Both data-driven and manual segments are listed.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What the person identifier is; always sent, `id` by default.

        Returns:
            _rt.RawResponse[CustomerSegmentList]
        """
        from .api.customers import get_customer_segments as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type,
        )

    async def get_customer_subscription_preferences(
        self,
        customer_id: str | int,
        *,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        language: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerSubscriptionPreferences]:
        """Get a person's subscription-center preferences.

        Returns the topics with the person's choice for each, plus the page header. Pass `language`
        to get the texts translated.

        Args:
            customer_id: The person, as a value of `id_type` (their `id` unless told otherwise).
            id_type: What `customer_id` is; the API assumes `id` when omitted.
            language: A language tag for the translated texts; the subscription center's default
                otherwise.

        Returns:
            _rt.RawResponse[CustomerSubscriptionPreferences]
        """
        from .api.customers import get_customer_subscription_preferences as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            id_type=id_type,
            language=language,
        )

    async def get_customers_attributes(
        self,
        ids: Sequence[str | int],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CustomerAttributesList]:
        """Get the attributes and devices of several people at once.

        Up to 100 ids per call; ids that match no one are left out of the answer.

        Args:
            ids: The people's ids.

        Returns:
            _rt.RawResponse[CustomerAttributesList]
        """
        from .api.customers import get_customers_attributes as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            ids,
        )

    async def get_object_attributes(
        self,
        object_type_id: str | int,
        object_id: str | int,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ObjectAttributes]:
        """Get an object's attributes.

        The object's identifiers, attributes and when each attribute was set. `id_type` says whether
        `object_id` is your id or the `cio_object_id`.

        Args:
            object_type_id: The object type (an incrementing number, such as 1 for the first type
                created).
            object_id: The object, as a value of `id_type`.
            id_type: What `object_id` is; the API assumes `object_id` when omitted.

        Returns:
            _rt.RawResponse[ObjectAttributes]
        """
        from .api.objects import get_object_attributes as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            object_id,
            id_type,
        )

    async def get_object_relationships(
        self,
        object_type_id: str | int,
        object_id: str | int,
        *,
        id_type: Literal["object_id", "cio_object_id"] | None = None,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ObjectRelationshipList]:
        """List the people related to an object.

        Pages may repeat entries; use an export from the UI for a complete list.

        Args:
            object_type_id: The object type (an incrementing number, such as 1 for the first type
                created).
            object_id: The object, as a value of `id_type`.
            id_type: What `object_id` is; the API assumes `object_id` when omitted.
            start: The page cursor, taken from the previous page's `next`.
            limit: The most results to return in one page.

        Returns:
            _rt.RawResponse[ObjectRelationshipList]
        """
        from .api.objects import get_object_relationships as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            object_id,
            id_type=id_type,
            start=start,
            limit=limit,
        )

    async def find_objects(
        self,
        object_type_id: str | int,
        filter: params.ObjectSearchFilterParam,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ObjectSearchResult]:
        """Search objects of one type with a filter.

        Returns the ids of the objects of `object_type_id` that match `filter` (`and`, `or` and
        `not` groups of `object_attribute` conditions). Results are paged: pass the response's
        `next` as `start`. Pages may repeat an object.

        Args:
            object_type_id: The object type to search, e.g. 1.
            filter: The filter, sent as given: one of `and`/`or` (lists of filters), `not` (a
                filter) or `object_attribute` (`field`, `operator` `eq`/`exists`, `value`, `type_id`).
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of results per page.

        Returns:
            _rt.RawResponse[ObjectSearchResult]
        """
        from .api.objects import find_objects as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            object_type_id,
            filter,
            start=start,
            limit=limit,
        )

    async def list_object_types(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ObjectTypeList]:
        """List the workspace's object types.

        Object type ids are small integers (as strings); use them to address objects.

        Returns:
            _rt.RawResponse[ObjectTypeList]
        """
        from .api.objects import list_object_types as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def list_activities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal[
            "add_relationship",
            "anon_merge",
            "attempted_action",
            "attempted_email",
            "attempted_in_app",
            "attempted_push",
            "attempted_slack",
            "attempted_twilio",
            "attempted_webhook",
            "attribute_change",
            "bounced_action",
            "bounced_email",
            "bounced_push",
            "bounced_twilio",
            "clicked_action",
            "clicked_content",
            "clicked_email",
            "clicked_in_app",
            "clicked_push",
            "clicked_twilio",
            "clicked_webhook",
            "converted_action",
            "converted_content",
            "converted_email",
            "converted_in_app",
            "converted_slack",
            "converted_twilio",
            "converted_webhook",
            "deferred_action",
            "deferred_email",
            "deferred_in_app",
            "deferred_push",
            "deferred_slack",
            "deferred_twilio",
            "deferred_webhook",
            "delete_relationship",
            "delivered_action",
            "delivered_email",
            "delivered_push",
            "delivered_twilio",
            "device_change",
            "drafted_action",
            "drafted_email",
            "drafted_in_app",
            "drafted_push",
            "drafted_slack",
            "drafted_twilio",
            "drafted_webhook",
            "dropped_action",
            "dropped_email",
            "dropped_push",
            "dropped_twilio",
            "dropped_webhook",
            "event",
            "failed_action",
            "failed_attribute_change",
            "failed_batch_update",
            "failed_email",
            "failed_event",
            "failed_in_app",
            "failed_object_journeys",
            "failed_push",
            "failed_query_collection",
            "failed_slack",
            "failed_twilio",
            "failed_webhook",
            "opened_action",
            "opened_email",
            "opened_in_app",
            "opened_push",
            "page",
            "profile_create",
            "profile_delete",
            "profile_merge",
            "relationship_attribute_change",
            "relationship_failed_attribute_change",
            "screen",
            "sent_action",
            "sent_email",
            "sent_in_app",
            "sent_push",
            "sent_slack",
            "sent_twilio",
            "sent_webhook",
            "skipped_update",
            "spammed_email",
            "suppressed_twilio",
            "topic_unsubscribed_email",
            "undeliverable_action",
            "undeliverable_email",
            "undeliverable_in_app",
            "undeliverable_push",
            "undeliverable_slack",
            "undeliverable_twilio",
            "undeliverable_webhook",
            "unsubscribed_action",
            "unsubscribed_email",
            "viewed_content",
            "webhook_event",
        ]
        | str
        | None = None,
        name: str | None = None,
        deleted: bool | None = None,
        customer_id: str | int | None = None,
        id_type: Literal["id", "email", "cio_id"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ActivityList]:
        """List recent activities across the workspace.

        Activity log entries (events, attribute changes, message deliveries …), optionally narrowed
        by type, name or person. Only about the last 30 days are guaranteed. Results are paged with
        `start`/`next`.

        Args:
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of results per page (the API allows up to 100); 10 when omitted.
            type: Only activities of this type; object and relationship types name the object type,
                e.g. `_o:2:create`.
            name: Only activities for this event or attribute name.
            deleted: True to return activities of deleted people; off when omitted.
            customer_id: Only activities of this person, addressed as `id_type` says.
            id_type: What `customer_id` is; the API assumes `id` when omitted.

        Returns:
            _rt.RawResponse[ActivityList]
        """
        from .api.activities import list_activities as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            type=type,
            name=name,
            deleted=deleted,
            customer_id=customer_id,
            id_type=id_type,
        )

    async def list_segments(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentList]:
        """List all segments.

        Data-driven and manual segments, with their build `state` and `type`.

        Returns:
            _rt.RawResponse[SegmentList]
        """
        from .api.segments import list_segments as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def create_segment(
        self,
        segment: models.SegmentInput | params.SegmentInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentResponse]:
        """Create an empty manual segment.

        `segment` holds `name` (required) and an optional `description`; it is sent as given.

        Args:
            segment: The new segment's `name` and optional `description`.

        Returns:
            _rt.RawResponse[SegmentResponse]
        """
        from .api.segments import create_segment as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment,
        )

    async def get_segment(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentResponse]:
        """Get one segment.

        Its name, description, build `state`, `type` and tags.

        Args:
            segment_id: The segment's id.

        Returns:
            _rt.RawResponse[SegmentResponse]
        """
        from .api.segments import get_segment as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    async def delete_segment(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a manual segment.

        Only manual segments can be deleted; the people in it stay in the workspace.

        Args:
            segment_id: The segment's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.segments import delete_segment as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    async def get_segment_customer_count(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentCustomerCount]:
        """Count the people in a segment.

        The number of people who are members now.

        Args:
            segment_id: The segment's id.

        Returns:
            _rt.RawResponse[SegmentCustomerCount]
        """
        from .api.segments import get_segment_customer_count as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    async def get_segment_membership(
        self,
        segment_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentMembership]:
        """List the people in a segment.

        Returns a page of members, both as `identifiers` (id, email, cio_id) and as plain `ids`;
        prefer `identifiers`, since `ids` holds an empty string for members without an id. Pass the
        response's `next` as `start` for the following page.

        Args:
            segment_id: The segment's id.
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of members per page (the API defaults to 1000).

        Returns:
            _rt.RawResponse[SegmentMembership]
        """
        from .api.segments import get_segment_membership as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            start=start,
            limit=limit,
        )

    async def get_segment_used_by(
        self,
        segment_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SegmentUsage]:
        """Find the campaigns and newsletters that use a segment.

        The ids of the campaigns and of the sent and draft newsletters that use the segment, for
        example before deleting it.

        Args:
            segment_id: The segment's id.

        Returns:
            _rt.RawResponse[SegmentUsage]
        """
        from .api.segments import get_segment_used_by as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
        )

    async def list_subscription_topics(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SubscriptionTopicList]:
        """List the subscription center's topics.

        An empty list when the workspace has no topics.

        Returns:
            _rt.RawResponse[SubscriptionTopicList]
        """
        from .api.subscriptions import list_subscription_topics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def list_subscription_channels(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SubscriptionChannelList]:
        """List the subscription center's channels.

        An empty list when no channel options are configured.

        Returns:
            _rt.RawResponse[SubscriptionChannelList]
        """
        from .api.subscriptions import list_subscription_channels as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_subscription_center_token(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SubscriptionCenterToken]:
        """Get a signed link to a person's subscription center page.

        The token and URL stay valid for 24 hours. The person must already exist.

        Args:
            customer_id: The person's identifier (their id or email).

        Returns:
            _rt.RawResponse[SubscriptionCenterToken]
        """
        from .api.subscriptions import get_subscription_center_token as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    async def list_transactional_messages(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalMessageList]:
        """List transactional message templates.

        The templates (transactional ids) you send from, not their deliveries.

        Returns:
            _rt.RawResponse[TransactionalMessageList]
        """
        from .api.transactional import list_transactional_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_transactional_message(
        self,
        transactional_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalMessageResponse]:
        """Get one transactional message template.

        Its name, description and sending and tracking settings; the content of each language is in
        `get_transactional_message_contents`.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).

        Returns:
            _rt.RawResponse[TransactionalMessageResponse]
        """
        from .api.transactional import get_transactional_message as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
        )

    async def get_transactional_message_contents(
        self,
        transactional_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalContentList]:
        """List a transactional message's content variants.

        One variant per language (the default language has an empty `language`).

        Args:
            transactional_id: The transactional message's id (the first number in its URL).

        Returns:
            _rt.RawResponse[TransactionalContentList]
        """
        from .api.transactional import get_transactional_message_contents as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
        )

    async def get_transactional_message_language(
        self,
        transactional_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalContentResponse]:
        """Get one language variant of a transactional message.

        The variant of `language` (such as `fr`); the default variant has an empty language.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            language: The variant's language tag, e.g. `fr`.

        Returns:
            _rt.RawResponse[TransactionalContentResponse]
        """
        from .api.transactional import get_transactional_message_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            language,
        )

    async def update_transactional_message_language(
        self,
        transactional_id: str | int,
        language: str,
        data: params.TransactionalContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalContentResponse]:
        """Replace one language variant of a transactional message.

        Overwrites the variant with `data` (`body`, `subject`, `from_id`, `headers` …), sent as
        given. Content built in Design Studio cannot be changed here.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            language: The variant's language tag, e.g. `fr`.
            data: The variant's new fields, sent as given.

        Returns:
            _rt.RawResponse[TransactionalContentResponse]
        """
        from .api.transactional import update_transactional_message_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            language,
            data,
        )

    async def get_transactional_message_deliveries(
        self,
        transactional_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalDeliveryList]:
        """List the deliveries sent from a transactional message.

        Each delivery is one message to one person. Without `start_ts`/`end_ts` the API covers the
        last 6 months; ranges are capped at 12 months. Paged with `start`/`next`.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            start: Page cursor; the `next` value of the previous page.
            limit: Largest number of deliveries per page.
            metric: Only deliveries that reached this metric.
            start_ts: Earliest delivery creation time, Unix seconds.
            end_ts: Latest delivery creation time, Unix seconds.
            get_tracked_responses: True to include in-app survey `tracked_responses` on each
                delivery.
            state: Only deliveries in this state.

        Returns:
            _rt.RawResponse[TransactionalDeliveryList]
        """
        from .api.transactional import get_transactional_message_deliveries as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            start=start,
            limit=limit,
            metric=metric,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
            state=state,
        )

    async def get_transactional_message_metrics(
        self,
        transactional_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalMetrics]:
        """Get a transactional message's delivery metrics over time.

        Each metric is a series of counts per `period`, oldest first. At least two steps are
        returned; maximums are 24 hours, 45 days, 12 weeks or 121 months.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            period: The length of each step; the API assumes `days` when omitted.
            steps: How many periods to return; the API returns the maximum when omitted.

        Returns:
            _rt.RawResponse[TransactionalMetrics]
        """
        from .api.transactional import get_transactional_message_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            period=period,
            steps=steps,
        )

    async def get_transactional_message_link_metrics(
        self,
        transactional_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalLinkMetrics]:
        """Get click metrics for each link in a transactional message.

        One entry per tracked link with its click counts per period (`period`, `steps`); `unique`
        counts each person once.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            period: The length of each step; the API assumes `days` when omitted.
            steps: How many periods to return; the API returns the maximum when omitted.
            unique: True to count each person at most once per link.

        Returns:
            _rt.RawResponse[TransactionalLinkMetrics]
        """
        from .api.transactional import get_transactional_message_link_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    async def update_transactional_message_content(
        self,
        transactional_id: str | int,
        content_id: str | int,
        data: params.TransactionalContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TransactionalContentResponse]:
        """Replace one content variant of a transactional message.

        Overwrites the variant with `data` (`body`, `subject`, `from_id`, `headers` …), sent as
        given; later sends use the new content. Design Studio content cannot be changed here.

        Args:
            transactional_id: The transactional message's id (the first number in its URL).
            content_id: The content variant's id (the last number in the template's URL).
            data: The variant's new fields, sent as given.

        Returns:
            _rt.RawResponse[TransactionalContentResponse]
        """
        from .api.transactional import update_transactional_message_content as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            transactional_id,
            content_id,
            data,
        )

    async def list_campaigns(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignList]:
        """List the workspace's campaigns.

        Returns:
            _rt.RawResponse[CampaignList]
        """
        from .api.campaigns import list_campaigns as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_campaign(
        self,
        campaign_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignResponse]:
        """Fetch one campaign.

        Args:
            campaign_id: The campaign's id.

        Returns:
            _rt.RawResponse[CampaignResponse]
        """
        from .api.campaigns import get_campaign as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
        )

    async def get_campaign_actions(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignActionList]:
        """List the actions (workflow tiles) of a campaign.

        Returns a page of at most 10 actions; pass the response's `next` as `start` for the
        following page.

        Args:
            campaign_id: The campaign's id.
            start: Page cursor, taken from a previous response's `next`.

        Returns:
            _rt.RawResponse[CampaignActionList]
        """
        from .api.campaigns import get_campaign_actions as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
        )

    async def get_campaign_action(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignActionResponse]:
        """Fetch one action of a campaign.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.

        Returns:
            _rt.RawResponse[CampaignActionResponse]
        """
        from .api.campaigns import get_campaign_action as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
        )

    async def update_campaign_action(
        self,
        campaign_id: str | int,
        action_id: str | int,
        data: params.CampaignActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignActionResponse]:
        """Change the content or settings of a campaign action.

        `data` holds the fields to change (for example `body`, `subject`, `sending_state`,
        `from_id`); it is sent as given. Content built in Design Studio cannot be changed here.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            data: The action fields to change, sent as given.

        Returns:
            _rt.RawResponse[CampaignActionResponse]
        """
        from .api.campaigns import update_campaign_action as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            data,
        )

    async def get_campaign_action_language(
        self,
        campaign_id: str | int,
        action_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignActionResponse]:
        """Fetch one language variant of a campaign action.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            language: Language tag of the translation, e.g. `fr`.

        Returns:
            _rt.RawResponse[CampaignActionResponse]
        """
        from .api.campaigns import get_campaign_action_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            language,
        )

    async def update_campaign_action_language(
        self,
        campaign_id: str | int,
        action_id: str | int,
        language: str,
        data: params.CampaignActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignActionResponse]:
        """Change one language variant of a campaign action.

        `data` holds the fields to change in that translation; it is sent as given.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            language: Language tag of the translation, e.g. `fr`.
            data: The translation fields to change, sent as given.

        Returns:
            _rt.RawResponse[CampaignActionResponse]
        """
        from .api.campaigns import update_campaign_action_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            language,
            data,
        )

    async def get_campaign_action_metrics(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        version: Literal["1", "2"] | None = None,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
        tz: str | None = None,
        start: int | None = None,
        end: int | None = None,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignMetrics]:
        """Delivery metrics of one campaign action over time.

        With `version="2"` the window is `start`/`end` (Unix seconds) split by `res`, in time zone
        `tz`. Version 1 (deprecated) uses `period` and `steps` instead.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            version: Metrics API version, "1" or "2" (recommended).
            res: Version 2 bucket size.
            tz: Version 2 time zone in region form, e.g. `America/New_York`.
            start: Version 2 window start, Unix seconds.
            end: Version 2 window end, Unix seconds.
            period: Version 1 bucket size; `days` when omitted.
            steps: Version 1 number of buckets.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[CampaignMetrics]
        """
        from .api.campaigns import get_campaign_action_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            version=version,
            res=res,
            tz=tz,
            start=start,
            end=end,
            period=period,
            steps=steps,
            type=type,
        )

    async def get_campaign_action_metrics_links(
        self,
        campaign_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignLinkMetricsList]:
        """Click metrics for each link in one campaign action.

        Args:
            campaign_id: The campaign's id.
            action_id: The action's id within the campaign.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[CampaignLinkMetricsList]
        """
        from .api.campaigns import get_campaign_action_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            action_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    async def get_campaign_metrics(
        self,
        campaign_id: str | int,
        *,
        version: Literal["1", "2"] | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"] | None = None,
        tz: str | None = None,
        start: int | None = None,
        end: int | None = None,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignMetrics]:
        """Delivery metrics of a campaign over time.

        With `version="2"` the window is `start`/`end` (Unix seconds) split by `res`, in time zone
        `tz`. Version 1 (deprecated) uses `period` and `steps` instead. `type` limits the metrics to
        one channel.

        Args:
            campaign_id: The campaign's id.
            version: Metrics API version, "1" or "2" (recommended).
            type: Only metrics of this channel; all channels when omitted.
            res: Version 2 bucket size.
            tz: Version 2 time zone in region form, e.g. `America/New_York`.
            start: Version 2 window start, Unix seconds.
            end: Version 2 window end, Unix seconds.
            period: Version 1 bucket size; `days` when omitted.
            steps: Version 1 number of buckets.

        Returns:
            _rt.RawResponse[CampaignMetrics]
        """
        from .api.campaigns import get_campaign_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            version=version,
            type=type,
            res=res,
            tz=tz,
            start=start,
            end=end,
            period=period,
            steps=steps,
        )

    async def get_campaign_metrics_links(
        self,
        campaign_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignLinkMetricsList]:
        """Click metrics for each link across a campaign.

        Args:
            campaign_id: The campaign's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            _rt.RawResponse[CampaignLinkMetricsList]
        """
        from .api.campaigns import get_campaign_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    async def get_campaign_journey_metrics(
        self,
        campaign_id: str | int,
        *,
        start: int,
        end: int,
        res: Literal["hours", "hourly", "days", "daily", "weeks", "weekly", "months", "monthly"],
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignJourneyMetrics]:
        """Journey metrics of a campaign (started, activated, converted, ...).

        `start`, `end` (Unix seconds) and `res` are all required. Each array holds one count per
        bucket: the journeys that began in that bucket and later reached the metric.

        Args:
            campaign_id: The campaign's id.
            start: Report start, Unix seconds.
            end: Report end, Unix seconds.
            res: Bucket size.

        Returns:
            _rt.RawResponse[CampaignJourneyMetrics]
        """
        from .api.campaigns import get_campaign_journey_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
            end=end,
            res=res,
        )

    async def get_campaign_messages(
        self,
        campaign_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        drafts: bool | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CampaignMessageList]:
        """List the deliveries a campaign produced.

        Filter by channel (`type`), by a reached `metric`, by creation time (`start_ts`, `end_ts`,
        Unix seconds) or ask for drafts. Without a time window the API returns recent deliveries
        only.

        Args:
            campaign_id: The campaign's id.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size (at most 1000; 50 when omitted).
            type: Only deliveries of this channel.
            metric: Only deliveries that reached this metric.
            drafts: Return drafts instead of sent messages.
            start_ts: Earliest creation time, Unix seconds.
            end_ts: Latest creation time, Unix seconds.
            get_tracked_responses: Include in-app survey answers (`tracked_responses`) on each
                delivery.

        Returns:
            _rt.RawResponse[CampaignMessageList]
        """
        from .api.campaigns import get_campaign_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            campaign_id,
            start=start,
            limit=limit,
            type=type,
            metric=metric,
            drafts=drafts,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
        )

    async def get_broadcast_trigger_status(
        self,
        broadcast_id: str | int,
        trigger_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastTrigger]:
        """Check whether a broadcast trigger has been processed.

        The trigger id comes from `trigger_broadcast` or `get_broadcast_triggers`.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            trigger_id: The trigger's id, as returned when the broadcast was triggered.

        Returns:
            _rt.RawResponse[BroadcastTrigger]
        """
        from .api.broadcasts import get_broadcast_trigger_status as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            trigger_id,
        )

    async def get_broadcast_trigger_errors(
        self,
        broadcast_id: str | int,
        trigger_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastTriggerErrors]:
        """List the validation errors a broadcast trigger produced.

        Mostly problems with the audience or the per-user data file, one line of text each.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            trigger_id: The trigger's id, as returned when the broadcast was triggered.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size.

        Returns:
            _rt.RawResponse[BroadcastTriggerErrors]
        """
        from .api.broadcasts import get_broadcast_trigger_errors as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            trigger_id,
            start=start,
            limit=limit,
        )

    async def list_broadcasts(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastList]:
        """List the workspace's API-triggered broadcasts.

        Returns:
            _rt.RawResponse[BroadcastList]
        """
        from .api.broadcasts import list_broadcasts as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_broadcast(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastResponse]:
        """Fetch one API-triggered broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            _rt.RawResponse[BroadcastResponse]
        """
        from .api.broadcasts import get_broadcast as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    async def get_broadcast_actions(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastActionList]:
        """List the actions (message variants) of a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            _rt.RawResponse[BroadcastActionList]
        """
        from .api.broadcasts import get_broadcast_actions as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    async def get_broadcast_action(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastActionResponse]:
        """Fetch one action of a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.

        Returns:
            _rt.RawResponse[BroadcastActionResponse]
        """
        from .api.broadcasts import get_broadcast_action as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
        )

    async def update_broadcast_action(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        data: params.BroadcastActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastActionResponse]:
        """Change the content or settings of a broadcast action.

        `data` holds the fields to change (for example `body`, `subject`, `sending_state`,
        `from_id`); it is sent as given. Content built in Design Studio cannot be changed here.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            data: The action fields to change, sent as given.

        Returns:
            _rt.RawResponse[BroadcastActionResponse]
        """
        from .api.broadcasts import update_broadcast_action as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            data,
        )

    async def get_broadcast_action_language(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastActionResponse]:
        """Fetch one language variant of a broadcast action.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            language: Language tag of the translation, e.g. `fr`.

        Returns:
            _rt.RawResponse[BroadcastActionResponse]
        """
        from .api.broadcasts import get_broadcast_action_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            language,
        )

    async def update_broadcast_action_language(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        language: str,
        data: params.BroadcastActionUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastActionResponse]:
        """Change one language variant of a broadcast action.

        `data` holds the fields to change in that translation; it is sent as given.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            language: Language tag of the translation, e.g. `fr`.
            data: The translation fields to change, sent as given.

        Returns:
            _rt.RawResponse[BroadcastActionResponse]
        """
        from .api.broadcasts import update_broadcast_action_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            language,
            data,
        )

    async def get_broadcast_action_metrics(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastMetrics]:
        """Delivery metrics of one broadcast action over time.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[BroadcastMetrics]
        """
        from .api.broadcasts import get_broadcast_action_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            period=period,
            steps=steps,
            type=type,
        )

    async def get_broadcast_action_metrics_links(
        self,
        broadcast_id: str | int,
        action_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastLinkMetricsList]:
        """Click metrics for each link in one broadcast action.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            action_id: The action's id within the broadcast.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[BroadcastLinkMetricsList]
        """
        from .api.broadcasts import get_broadcast_action_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            action_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    async def get_broadcast_metrics(
        self,
        broadcast_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastMetrics]:
        """Delivery metrics of a broadcast over time.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            type: Only metrics of this channel; all channels when omitted.

        Returns:
            _rt.RawResponse[BroadcastMetrics]
        """
        from .api.broadcasts import get_broadcast_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            period=period,
            steps=steps,
            type=type,
        )

    async def get_broadcast_metrics_links(
        self,
        broadcast_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastLinkMetricsList]:
        """Click metrics for each link across a broadcast.

        Args:
            broadcast_id: The API-triggered broadcast's id.
            period: Bucket size; `days` when omitted.
            steps: Number of buckets (the API caps it per period).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            _rt.RawResponse[BroadcastLinkMetricsList]
        """
        from .api.broadcasts import get_broadcast_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    async def get_broadcast_messages(
        self,
        broadcast_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app", "live_notification"]
        | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        state: Literal["failed", "sent", "drafted", "attempted"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastMessageList]:
        """List the deliveries a broadcast produced.

        Filter by a reached `metric`, by channel (`type`) or by creation time (`start_ts`, `end_ts`,
        Unix seconds).

        Args:
            broadcast_id: The API-triggered broadcast's id.
            start: Page cursor, taken from a previous response's `next`.
            limit: Page size.
            metric: Only deliveries that reached this metric.
            type: Only deliveries of this channel.
            start_ts: Earliest creation time, Unix seconds.
            end_ts: Latest creation time, Unix seconds.
            get_tracked_responses: Include in-app survey answers (`tracked_responses`) on each
                delivery.
            state: Only deliveries in this state.

        Returns:
            _rt.RawResponse[BroadcastMessageList]
        """
        from .api.broadcasts import get_broadcast_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
            start=start,
            limit=limit,
            metric=metric,
            type=type,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
            state=state,
        )

    async def get_broadcast_triggers(
        self,
        broadcast_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.BroadcastTriggerList]:
        """List the times a broadcast was triggered.

        Args:
            broadcast_id: The API-triggered broadcast's id.

        Returns:
            _rt.RawResponse[BroadcastTriggerList]
        """
        from .api.broadcasts import get_broadcast_triggers as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            broadcast_id,
        )

    async def list_newsletters(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterList]:
        """List newsletters.

        Returns one page of newsletters with their metadata. Pass the response's `next` value as
        `start` to fetch the following page.

        Args:
            start: The cursor of the page to fetch, taken from a previous response's `next`.
            limit: The most results to return in one page.
            sort: `asc` for oldest first, `desc` for newest first.

        Returns:
            _rt.RawResponse[NewsletterList]
        """
        from .api.newsletters import list_newsletters as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            sort=sort,
        )

    async def create_newsletter(
        self,
        data: params.NewsletterCreateRequestParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterResponse]:
        """Create a newsletter, optionally sending or scheduling it.

        `data` describes the newsletter: `name`, channel `type`, `recipients` and the channel's
        content fields. Set `send_now` to send right away or `scheduled_at` to send later; with
        neither, the newsletter stays a draft. `data` is sent as given.

        Args:
            data: The newsletter definition, sent as given.

        Returns:
            _rt.RawResponse[NewsletterResponse]
        """
        from .api.newsletters import create_newsletter as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    async def get_newsletter(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterResponse]:
        """Get one newsletter's metadata.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            _rt.RawResponse[NewsletterResponse]
        """
        from .api.newsletters import get_newsletter as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    async def delete_newsletter(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a newsletter.

        Removes the newsletter together with its content, settings and metrics; undelivered in-app
        messages from it are cancelled.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.newsletters import delete_newsletter as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    async def get_newsletter_contents(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentList]:
        """List a newsletter's content variants.

        Each variant is a translation or an A/B test message, with its own content id.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            _rt.RawResponse[NewsletterContentList]
        """
        from .api.newsletters import get_newsletter_contents as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    async def get_newsletter_content(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Get one content variant of a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import get_newsletter_content as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
        )

    async def update_newsletter_content(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Update one content variant of a newsletter.

        Changes the variant's content and, for email, its envelope (sender, subject and so on).
        Drag-and-drop and Design Studio content, and in-app or inbox content, cannot be changed this
        way. `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            data: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import update_newsletter_content as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            data,
        )

    async def get_newsletter_content_metrics(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterMetricsResponse]:
        """Get delivery metrics for one newsletter variant.

        Metric series per `period`, oldest step first. At least two steps are always returned.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[NewsletterMetricsResponse]
        """
        from .api.newsletters import get_newsletter_content_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            period=period,
            steps=steps,
            type=type,
        )

    async def get_newsletter_content_metrics_links(
        self,
        newsletter_id: str | int,
        content_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterLinkMetricsList]:
        """Get link click metrics for one newsletter variant.

        Args:
            newsletter_id: The newsletter's id.
            content_id: The variant's content id (each translation or A/B test message has its own);
                see `get_newsletter_contents`.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            unique: Count each person at most once per link; off when omitted.
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[NewsletterLinkMetricsList]
        """
        from .api.newsletters import get_newsletter_content_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            content_id,
            period=period,
            steps=steps,
            unique=unique,
            type=type,
        )

    async def get_newsletter_metrics(
        self,
        newsletter_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        type: Literal["email", "webhook", "twilio", "slack", "push", "in_app"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterMetricsResponse]:
        """Get delivery metrics for a newsletter.

        Metric series per `period`, oldest step first, across all of the newsletter's channels. At
        least two steps are always returned.

        Args:
            newsletter_id: The newsletter's id.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            type: Only the metrics of this channel; every channel when omitted.

        Returns:
            _rt.RawResponse[NewsletterMetricsResponse]
        """
        from .api.newsletters import get_newsletter_metrics as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            period=period,
            steps=steps,
            type=type,
        )

    async def get_newsletter_metrics_links(
        self,
        newsletter_id: str | int,
        *,
        period: Literal["hours", "days", "weeks", "months"] | None = None,
        steps: int | None = None,
        unique: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterLinkMetricsList]:
        """Get link click metrics for a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            period: The size of one step; the API uses `days` when omitted.
            steps: How many periods to return. The maximums are 24 hours, 45 days, 12 weeks or 121
                months; omitted means the maximum (12 for months).
            unique: Count each person at most once per link; off when omitted.

        Returns:
            _rt.RawResponse[NewsletterLinkMetricsList]
        """
        from .api.newsletters import get_newsletter_metrics_links as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            period=period,
            steps=steps,
            unique=unique,
        )

    async def get_newsletter_messages(
        self,
        newsletter_id: str | int,
        *,
        start: str | None = None,
        limit: int | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "push", "in_app", "inbox"] | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterMessageList]:
        """List the deliveries a newsletter produced.

        One record per rendered message. Without `start_ts`/`end_ts` the API covers up to six months
        from the first delivery; longer windows are cut to twelve months. Timestamps are when
        deliveries were created, not sent.

        Args:
            newsletter_id: The newsletter's id.
            start: The cursor of the page to fetch, taken from a previous response's `next`.
            limit: The most results to return in one page.
            metric: Only deliveries that reached this metric.
            type: Only deliveries of this channel.
            start_ts: Start of the time window, Unix seconds.
            end_ts: End of the time window, Unix seconds.
            get_tracked_responses: Include in-app survey `tracked_responses` on each delivery.

        Returns:
            _rt.RawResponse[NewsletterMessageList]
        """
        from .api.newsletters import get_newsletter_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            start=start,
            limit=limit,
            metric=metric,
            type=type,
            start_ts=start_ts,
            end_ts=end_ts,
            get_tracked_responses=get_tracked_responses,
        )

    async def send_newsletter(
        self,
        newsletter_id: str | int,
        data: params.NewsletterSendRequestParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterResponse]:
        """Send a draft newsletter now.

        The newsletter must still be a draft. `data` may carry rate limits (`rate_limit_email_rate`,
        `rate_limit_time_period`, `rate_limit_spread`); it is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: Optional send settings, sent as given.

        Returns:
            _rt.RawResponse[NewsletterResponse]
        """
        from .api.newsletters import send_newsletter as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    async def schedule_newsletter(
        self,
        newsletter_id: str | int,
        data: params.NewsletterScheduleRequestParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterResponse]:
        """Schedule a draft newsletter, or change its send time.

        `data` holds `scheduled_at` (Unix seconds in the future, or 0 to unschedule) with its
        `timezone`, and optionally `tz_match_enabled` and rate limits; it is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: The schedule settings, sent as given.

        Returns:
            _rt.RawResponse[NewsletterResponse]
        """
        from .api.newsletters import schedule_newsletter as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    async def create_newsletter_language(
        self,
        newsletter_id: str | int,
        data: params.NewsletterLanguageCreateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Add a translation to a newsletter.

        `data` needs `language` plus the channel's content (for email, `subject` and `body`); fields
        left out are copied untranslated from the default variant. Not possible once the newsletter
        was sent, or when it has A/B tests (use the test group form). `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            data: The translation, sent as given.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import create_newsletter_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            data,
        )

    async def get_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Get one translation of a newsletter.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import get_newsletter_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
        )

    async def update_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Update one translation of a newsletter.

        Same fields as `update_newsletter_content`; `data` is sent as given. For newsletters with
        A/B tests use `update_newsletter_test_group_language`.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.
            data: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import update_newsletter_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
            data,
        )

    async def delete_newsletter_language(
        self,
        newsletter_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete one translation of a newsletter.

        The default language cannot be deleted, nor any language once the newsletter was sent.

        Args:
            newsletter_id: The newsletter's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.newsletters import delete_newsletter_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            language,
        )

    async def get_newsletter_test_groups(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterTestGroupList]:
        """List a newsletter's A/B test groups.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            _rt.RawResponse[NewsletterTestGroupList]
        """
        from .api.newsletters import get_newsletter_test_groups as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    async def create_newsletter_test_group(
        self,
        newsletter_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterResponse]:
        """Add an A/B test group to a newsletter.

        The new group starts as a copy of the existing content. The API takes no input; the body is
        always `{}`. Not possible once the newsletter was sent.

        Args:
            newsletter_id: The newsletter's id.

        Returns:
            _rt.RawResponse[NewsletterResponse]
        """
        from .api.newsletters import create_newsletter_test_group as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
        )

    async def create_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        data: params.NewsletterLanguageCreateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Add a translation to a newsletter's A/B test group.

        Same payload as `create_newsletter_language`; the variant starts as a copy of the group's
        default template. Note the singular `test_group` in the path. `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            data: The translation, sent as given.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import create_newsletter_test_group_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            data,
        )

    async def get_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Get one translation in a newsletter's A/B test group.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import get_newsletter_test_group_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
        )

    async def update_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        data: params.NewsletterContentUpdateParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.NewsletterContentResponse]:
        """Update one translation in a newsletter's A/B test group.

        Same fields as `update_newsletter_content`; `data` is sent as given.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.
            data: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[NewsletterContentResponse]
        """
        from .api.newsletters import update_newsletter_test_group_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
            data,
        )

    async def delete_newsletter_test_group_language(
        self,
        newsletter_id: str | int,
        test_group_id: str | int,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete one translation in a newsletter's A/B test group.

        Args:
            newsletter_id: The newsletter's id.
            test_group_id: The A/B test group's id.
            language: The variant's language tag, e.g. `fr`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.newsletters import delete_newsletter_test_group_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            newsletter_id,
            test_group_id,
            language,
        )

    async def list_design_studio_folders(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioFolderList]:
        """List Design Studio folders.

        Returns one page of folders (folders only, not the emails or components inside them),
        optionally limited to a parent folder and filtered by creation or update time. Paged with
        `page` and `limit`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            _rt.RawResponse[DesignStudioFolderList]
        """
        from .api.design_studio import list_design_studio_folders as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
        )

    async def create_design_studio_folder(
        self,
        folder: models.DesignStudioFolderInput | params.DesignStudioFolderInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioFolderResult]:
        """Create a Design Studio folder.

        `folder` needs a `name`; add `parent_folder_id` (a folder UUID) to nest it, or leave it out
        / `None` for the root. Sent as given.

        Args:
            folder: The folder (`name`, optional `parent_folder_id`), sent as given.

        Returns:
            _rt.RawResponse[DesignStudioFolderResult]
        """
        from .api.design_studio import create_design_studio_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder,
        )

    async def get_design_studio_folder(
        self,
        folder_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioFolderResult]:
        """Get a Design Studio folder.

        Args:
            folder_id: The folder's UUID.

        Returns:
            _rt.RawResponse[DesignStudioFolderResult]
        """
        from .api.design_studio import get_design_studio_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    async def update_design_studio_folder(
        self,
        folder_id: str,
        updates: models.DesignStudioFolderUpdate | params.DesignStudioFolderUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Rename or move a Design Studio folder.

        Only the keys in `updates` change. `parent_folder_id: None` moves the folder to the root;
        its contents move with it.

        Args:
            folder_id: The folder's UUID.
            updates: The fields to change (`name`, `parent_folder_id`), sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import update_design_studio_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
            updates,
        )

    async def delete_design_studio_folder(
        self,
        folder_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a Design Studio folder and everything in it.

        Subfolders, emails and components inside are deleted too. Refused when the folder holds an
        email that a workflow uses.

        Args:
            folder_id: The folder's UUID.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import delete_design_studio_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    async def list_design_studio_emails(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        is_template: Literal["true", "false", "any"] | None = None,
        has_translations: Literal["true", "false", "any"] | None = None,
        is_linked: Literal["true", "false", "any"] | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailList]:
        """List Design Studio emails.

        Returns one page of emails plus the folders they sit in. Besides the folder and time
        filters, `is_template`, `has_translations` and `is_linked` take `"true"`, `"false"` or
        `"any"`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).
            is_template: Filter on whether the email is a template.
            has_translations: Filter on whether the email has translations.
            is_linked: Filter on whether the email is linked to a workflow.

        Returns:
            _rt.RawResponse[DesignStudioEmailList]
        """
        from .api.design_studio import list_design_studio_emails as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
            is_template=is_template,
            has_translations=has_translations,
            is_linked=is_linked,
        )

    async def create_design_studio_email(
        self,
        email: models.DesignStudioEmailInput | params.DesignStudioEmailInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailResult]:
        """Create a Design Studio email.

        `email` needs a `name`; `content`, `envelope`, `transformers`, `is_template` and
        `parent_folder_id` are optional (sender details are only needed once the email is linked to
        a workflow). Sent as given.

        Args:
            email: The email (`name`, `content`, `envelope`, …), sent as given.

        Returns:
            _rt.RawResponse[DesignStudioEmailResult]
        """
        from .api.design_studio import create_design_studio_email as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    async def get_design_studio_email(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailResult]:
        """Get a Design Studio email with its content, envelope and transformers.

        Returns the default-language email; translations have their own calls.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            _rt.RawResponse[DesignStudioEmailResult]
        """
        from .api.design_studio import get_design_studio_email as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    async def update_design_studio_email(
        self,
        email_id: str,
        updates: models.DesignStudioEmailUpdate | params.DesignStudioEmailUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Change part of a Design Studio email.

        Only the keys in `updates` change. Saving does not publish: a linked workflow keeps the old
        version until the change is published.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            updates: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import update_design_studio_email as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            updates,
        )

    async def delete_design_studio_email(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a Design Studio email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import delete_design_studio_email as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    async def list_design_studio_email_languages(
        self,
        email_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailTranslationList]:
        """List an email's translations.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).

        Returns:
            _rt.RawResponse[DesignStudioEmailTranslationList]
        """
        from .api.design_studio import list_design_studio_email_languages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
        )

    async def create_design_studio_email_language(
        self,
        email_id: str,
        translation: models.DesignStudioEmailTranslationInput | params.DesignStudioEmailTranslationInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailTranslationResult]:
        """Add a translation to an email.

        `translation` needs a `language` code (sent in the body). Whatever of `content`, `envelope`
        and `transformers` you leave out is copied from the default email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            translation: The translation (`language`, optional `content`, `envelope`,
                `transformers`), sent as given.

        Returns:
            _rt.RawResponse[DesignStudioEmailTranslationResult]
        """
        from .api.design_studio import create_design_studio_email_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            translation,
        )

    async def get_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioEmailTranslationResult]:
        """Get one translation of an email.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.

        Returns:
            _rt.RawResponse[DesignStudioEmailTranslationResult]
        """
        from .api.design_studio import get_design_studio_email_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
        )

    async def update_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        updates: models.DesignStudioEmailTranslationUpdate | params.DesignStudioEmailTranslationUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Change part of an email translation.

        Only the keys in `updates` (`content`, `envelope`, `transformers`) change. Nothing is
        published by this call.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.
            updates: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import update_design_studio_email_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
            updates,
        )

    async def delete_design_studio_email_language(
        self,
        email_id: str,
        language: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete one translation of an email.

        Refused while the email is linked to a workflow.

        Args:
            email_id: The email's UUID (for a translated email, the default-language email).
            language: The translation's language code, e.g. `fr`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import delete_design_studio_email_language as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email_id,
            language,
        )

    async def list_design_studio_components(
        self,
        *,
        parent_folder_id: str | None = None,
        direct_descendants_only: bool | None = None,
        sort_by: Literal["created", "updated", "name"] | None = None,
        sort_order: Literal["asc", "desc"] | None = None,
        created_before: int | None = None,
        created_after: int | None = None,
        updated_before: int | None = None,
        updated_after: int | None = None,
        page: int | None = None,
        limit: int | None = None,
        tag: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioComponentList]:
        """List custom components.

        Returns one page of components plus the folders they sit in. Filters as for folders, plus
        `tag`.

        Args:
            parent_folder_id: Only items under this folder (UUID). Without it the root is used; pair
                with `direct_descendants_only=True` to get only the root's own items.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            sort_by: Sort key.
            sort_order: Sort direction.
            created_before: Only items created before this time (Unix seconds).
            created_after: Only items created after this time (Unix seconds).
            updated_before: Only items last updated before this time (Unix seconds).
            updated_after: Only items last updated after this time (Unix seconds).
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).
            tag: Only components with this tag name.

        Returns:
            _rt.RawResponse[DesignStudioComponentList]
        """
        from .api.design_studio import list_design_studio_components as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            sort_by=sort_by,
            sort_order=sort_order,
            created_before=created_before,
            created_after=created_after,
            updated_before=updated_before,
            updated_after=updated_after,
            page=page,
            limit=limit,
            tag=tag,
        )

    async def create_design_studio_component(
        self,
        component: models.DesignStudioComponentInput | params.DesignStudioComponentInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioComponentResult]:
        """Create a custom component.

        `component` needs a display `name` and the `tag` emails use to include it; add `content`
        (HTML) and optionally `parent_folder_id`. Sent as given.

        Args:
            component: The component (`name`, `tag`, `content`, `parent_folder_id`), sent as given.

        Returns:
            _rt.RawResponse[DesignStudioComponentResult]
        """
        from .api.design_studio import create_design_studio_component as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component,
        )

    async def get_design_studio_component(
        self,
        component_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.DesignStudioComponentResult]:
        """Get a custom component with its content.

        Args:
            component_id: The component's UUID.

        Returns:
            _rt.RawResponse[DesignStudioComponentResult]
        """
        from .api.design_studio import get_design_studio_component as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
        )

    async def update_design_studio_component(
        self,
        component_id: str,
        updates: models.DesignStudioComponentUpdate | params.DesignStudioComponentUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Change part of a custom component.

        Args:
            component_id: The component's UUID.
            updates: The fields to change (`name`, `tag`, `content`, `parent_folder_id`), sent as
                given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import update_design_studio_component as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
            updates,
        )

    async def delete_design_studio_component(
        self,
        component_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a custom component.

        Emails that still include the component may then fail to send.

        Args:
            component_id: The component's UUID.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.design_studio import delete_design_studio_component as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            component_id,
        )

    async def list_assets(
        self,
        *,
        parent_folder_id: int | None = None,
        direct_descendants_only: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetList]:
        """List file assets.

        Returns one page of uploaded files, optionally limited to an asset folder (and to its direct
        children only). Paged with `page` and `limit`.

        Args:
            parent_folder_id: Only items under this asset folder; 0 or omitted means the root.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            _rt.RawResponse[AssetList]
        """
        from .api.assets import list_assets as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            page=page,
            limit=limit,
        )

    async def create_asset(
        self,
        file: params.AssetUploadInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetResult]:
        """Upload a file asset.

        Sent as `multipart/form-data`: a `file` part (named `filename`, typed by `contentType`, else
        by the file extension — bmp, jpg/jpeg, png, gif, pdf), then `name` and `parent_folder_id`
        parts when given. Images (bmp, jpeg, png, gif) and PDFs up to 2 MB are accepted.

        Args:
            file: The upload: `data` (bytes, str or a binary file object; required), `filename`
                (required), and optionally `content_type`, `name` and `parent_folder_id` (node's
                camelCase `contentType` / `parentFolderId` are accepted too). `file.data` and
                `file.filename` are checked, in that order, by the handwritten body builder.

        Returns:
            _rt.RawResponse[AssetResult]
        """
        from .api.assets import create_asset as _op

        return await self._send(timeout, extra_headers, _op.prepare, file, bodies=self._bodies)

    async def get_asset(
        self,
        asset_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetResult]:
        """Get a file asset.

        Args:
            asset_id: The file asset's id.

        Returns:
            _rt.RawResponse[AssetResult]
        """
        from .api.assets import get_asset as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
        )

    async def update_asset(
        self,
        asset_id: str | int,
        updates: models.AssetUpdate | params.AssetUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Rename or move a file asset.

        `updates` holds `name` and/or `parent_folder_id` (`None` moves it to the root). The file
        itself cannot be replaced.

        Args:
            asset_id: The file asset's id.
            updates: The fields to change, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.assets import update_asset as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
            updates,
        )

    async def delete_asset(
        self,
        asset_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a file asset.

        Args:
            asset_id: The file asset's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.assets import delete_asset as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            asset_id,
        )

    async def list_asset_folders(
        self,
        *,
        parent_folder_id: int | None = None,
        direct_descendants_only: bool | None = None,
        page: int | None = None,
        limit: int | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetFolderList]:
        """List asset folders.

        Args:
            parent_folder_id: Only items under this asset folder; 0 or omitted means the root.
            direct_descendants_only: True for the folder's immediate children only, false for its
                whole subtree.
            page: The page to return, from 1.
            limit: Items per page (1 to 10000).

        Returns:
            _rt.RawResponse[AssetFolderList]
        """
        from .api.assets import list_asset_folders as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            parent_folder_id=parent_folder_id,
            direct_descendants_only=direct_descendants_only,
            page=page,
            limit=limit,
        )

    async def create_asset_folder(
        self,
        folder: models.AssetFolderInput | params.AssetFolderInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetFolderResult]:
        """Create an asset folder.

        `folder` needs a `name` that is unique among its siblings; `parent_folder_id` nests it. Sent
        as given.

        Args:
            folder: The folder (`name`, optional `parent_folder_id`), sent as given.

        Returns:
            _rt.RawResponse[AssetFolderResult]
        """
        from .api.assets import create_asset_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder,
        )

    async def get_asset_folder(
        self,
        folder_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.AssetFolderResult]:
        """Get an asset folder.

        Args:
            folder_id: The asset folder's id.

        Returns:
            _rt.RawResponse[AssetFolderResult]
        """
        from .api.assets import get_asset_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    async def update_asset_folder(
        self,
        folder_id: str | int,
        updates: models.AssetFolderUpdate | params.AssetFolderUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Rename or move an asset folder.

        A folder cannot be moved into itself or one of its own subfolders.

        Args:
            folder_id: The asset folder's id.
            updates: The fields to change (`name`, `parent_folder_id`), sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.assets import update_asset_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
            updates,
        )

    async def delete_asset_folder(
        self,
        folder_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete an empty asset folder.

        The API refuses folders that still hold files or subfolders.

        Args:
            folder_id: The asset folder's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.assets import delete_asset_folder as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            folder_id,
        )

    async def list_collections(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CollectionList]:
        """List collections.

        Every collection with its name, size and top-level keys (not its rows).

        Returns:
            _rt.RawResponse[CollectionList]
        """
        from .api.collections import list_collections as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def create_collection(
        self,
        collection: models.CollectionInput | params.CollectionInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CollectionResult]:
        """Create a collection.

        `collection` needs a `name` and either `data` (a list of row objects) or `url` (where to
        download CSV or JSON rows), not both. At most 10 MB, 10 KB per row. Sent as given.

        Args:
            collection: The collection (`name`, and `data` or `url`), sent as given.

        Returns:
            _rt.RawResponse[CollectionResult]
        """
        from .api.collections import create_collection as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection,
        )

    async def get_collection(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CollectionResult]:
        """Get a collection's details (not its rows).

        Its name, id, row count, schema and timestamps; `get_collection_content` returns the rows.

        Args:
            collection_id: The collection's id.

        Returns:
            _rt.RawResponse[CollectionResult]
        """
        from .api.collections import get_collection as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    async def update_collection(
        self,
        collection_id: str | int,
        updates: models.CollectionUpdate | params.CollectionUpdateParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CollectionResult]:
        """Rename a collection or replace its data.

        New `data` or `url` replaces all rows. Messages that refer to the collection by its old name
        get nothing after a rename.

        Args:
            collection_id: The collection's id.
            updates: The fields to change (`name`, `data`, `url`), sent as given.

        Returns:
            _rt.RawResponse[CollectionResult]
        """
        from .api.collections import update_collection as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
            updates,
        )

    async def delete_collection(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a collection and its rows.

        Messages that still refer to it will see it as empty.

        Args:
            collection_id: The collection's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.collections import delete_collection as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    async def get_collection_content(
        self,
        collection_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[list[Any]]:
        """Get a collection's rows.

        The rows as uploaded, one object each.

        Args:
            collection_id: The collection's id.

        Returns:
            _rt.RawResponse[list[Any]]
        """
        from .api.collections import get_collection_content as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
        )

    async def update_collection_content(
        self,
        collection_id: str | int,
        content: Sequence[Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.CollectionResult]:
        """Replace a collection's rows.

        `content` is the complete new list of row objects, sent as a top-level JSON array; rows you
        leave out are gone. An empty list is allowed.

        Args:
            collection_id: The collection's id.
            content: Every row of the collection, sent as given.

        Returns:
            _rt.RawResponse[CollectionResult]
        """
        from .api.collections import update_collection_content as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            collection_id,
            content,
        )

    async def search_suppression(
        self,
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.EspSuppressionList]:
        """Check whether the email service provider suppressed an address.

        Looks the address up in the ESP's own suppression lists and tells you why it is suppressed,
        if it is. This is separate from suppressing a person in Customer.io.

        Args:
            email: The address to look up (URL-encoded into the path).

        Returns:
            _rt.RawResponse[EspSuppressionList]
        """
        from .api.suppressions import search_suppression as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            email,
        )

    async def get_suppressions(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        offset: int | None = None,
        email: str | None = None,
        domain: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.EspSuppressionList]:
        """List addresses the email service provider suppressed for one reason.

        Pages with `limit` (at most 1000) and `offset`; `email` and `domain` narrow the results. For
        large lists, `get_domain_suppressions` is faster.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            limit: Page size (the API defaults to 100).
            offset: How many records to skip.
            email: Only this address.
            domain: Only this sending domain.

        Returns:
            _rt.RawResponse[EspSuppressionList]
        """
        from .api.suppressions import get_suppressions as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            limit=limit,
            offset=offset,
            email=email,
            domain=domain,
        )

    async def get_domain_suppressions(
        self,
        domain_name: str,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        *,
        limit: int | None = None,
        email: str | None = None,
        start: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.EspSuppressionList]:
        """List a sending domain's ESP-suppressed addresses for one reason.

        Cursor-paged: pass the previous response's `next` as `start`. With `email`, at most one
        record comes back.

        Args:
            domain_name: The sending domain, e.g. `mail.example.com`.
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            limit: Page size (the API defaults to 100, at most 1000).
            email: Only this address.
            start: The cursor from a previous page's `next`.

        Returns:
            _rt.RawResponse[EspSuppressionList]
        """
        from .api.suppressions import get_domain_suppressions as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            domain_name,
            suppression_type,
            limit=limit,
            email=email,
            start=start,
        )

    async def create_suppression(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Suppress an address at the email service provider.

        Only the ESP blocks mail to the address; the person stays in your workspace and is not
        suppressed in Customer.io.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            email: The address to suppress (URL-encoded into the path).

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.suppressions import create_suppression as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            email,
        )

    async def delete_suppression(
        self,
        suppression_type: Literal["blocks", "bounces", "spam_reports", "invalid_emails"],
        email: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Remove an address from one of the ESP's suppression lists.

        Customer.io may send to the address again; `suppression_type` names the list it is taken
        off.

        Args:
            suppression_type: `blocks`, `bounces`, `spam_reports` or `invalid_emails`.
            email: The address to un-suppress (URL-encoded into the path).

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.suppressions import delete_suppression as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            suppression_type,
            email,
        )

    async def list_reporting_webhooks(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ReportingWebhookList]:
        """List the workspace's reporting webhooks.

        Returns:
            _rt.RawResponse[ReportingWebhookList]
        """
        from .api.reporting_webhooks import list_reporting_webhooks as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def create_reporting_webhook(
        self,
        webhook: models.ReportingWebhookInput | params.ReportingWebhookInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ReportingWebhook]:
        """Create a reporting webhook.

        `webhook` needs an `endpoint` URL and the `events` to report; `name`, `disabled`,
        `full_resolution` and `with_content` are optional. It is sent as given.

        Args:
            webhook: The webhook configuration (`endpoint`, `events`, `name` …), sent as given.

        Returns:
            _rt.RawResponse[ReportingWebhook]
        """
        from .api.reporting_webhooks import create_reporting_webhook as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook,
        )

    async def get_reporting_webhook(
        self,
        webhook_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ReportingWebhook]:
        """Get one reporting webhook.

        Args:
            webhook_id: The webhook's id.

        Returns:
            _rt.RawResponse[ReportingWebhook]
        """
        from .api.reporting_webhooks import get_reporting_webhook as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
        )

    async def update_reporting_webhook(
        self,
        webhook_id: str | int,
        updates: models.ReportingWebhookUpdate | params.ReportingWebhookUpdateParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ReportingWebhook]:
        """Change a reporting webhook.

        `updates` holds the fields to change and is sent as given.

        Args:
            webhook_id: The webhook's id.
            updates: The fields to change (`endpoint`, `events`, `disabled` …), sent as given.

        Returns:
            _rt.RawResponse[ReportingWebhook]
        """
        from .api.reporting_webhooks import update_reporting_webhook as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
            updates,
        )

    async def delete_reporting_webhook(
        self,
        webhook_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a reporting webhook.

        Args:
            webhook_id: The webhook's id.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.reporting_webhooks import delete_reporting_webhook as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            webhook_id,
        )

    async def get_snippets(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SnippetList]:
        """List the workspace's snippets.

        Snippets are named pieces of content reused across messages.

        Returns:
            _rt.RawResponse[SnippetList]
        """
        from .api.snippets import get_snippets as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def update_snippet(
        self,
        snippet: models.SnippetInput | params.SnippetInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SnippetEnvelope]:
        """Create or replace a snippet by name.

        The snippet is matched by `name`: an existing one gets the new `value`, otherwise a new
        snippet is created.

        Args:
            snippet: `name` and `value`, sent as given.

        Returns:
            _rt.RawResponse[SnippetEnvelope]
        """
        from .api.snippets import update_snippet as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            snippet,
        )

    async def create_snippet(
        self,
        snippet: models.SnippetInput | params.SnippetInputParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SnippetEnvelope]:
        """Create a snippet.

        `snippet` holds a unique `name` and its `value`. The API refuses a name that is already
        taken (422); use `update_snippet` to create or replace.

        Args:
            snippet: `name` and `value`, sent as given.

        Returns:
            _rt.RawResponse[SnippetEnvelope]
        """
        from .api.snippets import create_snippet as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            snippet,
        )

    async def delete_snippet(
        self,
        name: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a snippet.

        Args:
            name: The snippet's name.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.snippets import delete_snippet as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            name,
        )

    async def get_sender_identities(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        sort: Literal["asc", "desc"] | None = None,
        hidden: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SenderIdentityList]:
        """List sender identities (the "from" addresses and numbers).

        Args:
            start: The cursor from a previous page's `next`.
            limit: Page size.
            sort: `asc` (oldest first) or `desc` (newest first).
            hidden: True to include senders hidden in the UI.

        Returns:
            _rt.RawResponse[SenderIdentityList]
        """
        from .api.sender_identities import get_sender_identities as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            sort=sort,
            hidden=hidden,
        )

    async def get_sender_identity(
        self,
        sender_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SenderIdentityEnvelope]:
        """Get one sender identity.

        Args:
            sender_id: The sender's id.

        Returns:
            _rt.RawResponse[SenderIdentityEnvelope]
        """
        from .api.sender_identities import get_sender_identity as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            sender_id,
        )

    async def get_sender_identity_used_by(
        self,
        sender_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.SenderIdentityUsage]:
        """List the campaigns and newsletters that send as a sender.

        Args:
            sender_id: The sender's id.

        Returns:
            _rt.RawResponse[SenderIdentityUsage]
        """
        from .api.sender_identities import get_sender_identity_used_by as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            sender_id,
        )

    async def get_messages(
        self,
        *,
        start: str | None = None,
        limit: int | None = None,
        drafts: bool | None = None,
        metric: Literal[
            "attempted",
            "sent",
            "delivered",
            "opened",
            "clicked",
            "converted",
            "bounced",
            "spammed",
            "unsubscribed",
            "dropped",
            "failed",
            "undeliverable",
        ]
        | None = None,
        type: Literal["email", "webhook", "twilio", "whatsapp", "slack", "push", "in_app"] | None = None,
        campaign_id: str | int | None = None,
        action_id: str | int | None = None,
        newsletter_id: str | int | None = None,
        transactional_id: str | int | None = None,
        trigger_id: str | int | None = None,
        template_id: str | int | None = None,
        content_id: str | int | None = None,
        start_ts: int | None = None,
        end_ts: int | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.MessageList]:
        """List message deliveries across the workspace.

        Each delivery is one message sent (or drafted) for one recipient, with its metric
        timestamps. Filter by channel, metric, parent (campaign, action, newsletter, transactional
        message, broadcast trigger, template, content) and creation time (`start_ts`/`end_ts`, Unix
        seconds; the API covers at most six months per request).

        Args:
            start: The cursor from a previous page's `next`.
            limit: Page size (the API defaults to 50).
            drafts: True to list drafts instead of sent deliveries.
            metric: Only deliveries that reached this metric.
            type: Only this channel (`twilio` is SMS).
            campaign_id: Only deliveries from this campaign.
            action_id: Only deliveries from this campaign action.
            newsletter_id: Only deliveries from this newsletter.
            transactional_id: Only deliveries from this transactional message.
            trigger_id: Only deliveries from this API-triggered broadcast trigger.
            template_id: Only deliveries built from this template.
            content_id: Only deliveries of this newsletter content (language or test variant).
            start_ts: Created at or after this time, Unix seconds.
            end_ts: Created at or before this time, Unix seconds.
            associations: True to include the delivery's associated objects.
            get_tracked_responses: True to include in-app survey `tracked_responses` on each
                delivery.

        Returns:
            _rt.RawResponse[MessageList]
        """
        from .api.messages import get_messages as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            start=start,
            limit=limit,
            drafts=drafts,
            metric=metric,
            type=type,
            campaign_id=campaign_id,
            action_id=action_id,
            newsletter_id=newsletter_id,
            transactional_id=transactional_id,
            trigger_id=trigger_id,
            template_id=template_id,
            content_id=content_id,
            start_ts=start_ts,
            end_ts=end_ts,
            associations=associations,
            get_tracked_responses=get_tracked_responses,
        )

    async def get_message(
        self,
        message_id: str,
        *,
        archived_message: bool | None = None,
        associations: bool | None = None,
        get_tracked_responses: bool | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.MessageEnvelope]:
        """Get one message delivery.

        The delivery with its recipient, parents (campaign, action, newsletter, broadcast) and the
        time it reached each metric.

        Args:
            message_id: The delivery id.
            archived_message: True to include the archived copy of the message.
            associations: True to include the delivery's associated objects.
            get_tracked_responses: True to include in-app survey `tracked_responses`.

        Returns:
            _rt.RawResponse[MessageEnvelope]
        """
        from .api.messages import get_message as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            message_id,
            archived_message=archived_message,
            associations=associations,
            get_tracked_responses=get_tracked_responses,
        )

    async def get_archived_message(
        self,
        message_id: str,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ArchivedMessageEnvelope]:
        """Get the archived copy of a delivery, body included.

        The API allows 100 of these requests per day.

        Args:
            message_id: The delivery id.

        Returns:
            _rt.RawResponse[ArchivedMessageEnvelope]
        """
        from .api.messages import get_archived_message as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            message_id,
        )

    async def create_import(
        self,
        import_data: models.ImportInput | params.ImportInputParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ImportEnvelope]:
        """Start a bulk import from a CSV file.

        `import_data` needs the CSV's `data_file_url` and the import `type` (`people`, `event`,
        `object` or `relationship`); it is sent under `import`. The import runs in the background:
        poll `get_import` for its state.

        Args:
            import_data: The import parameters (`data_file_url`, `type`, `identifier`,
                `object_type_id`, `name`, `description`, `data_to_process` …), sent as given.

        Returns:
            _rt.RawResponse[ImportEnvelope]
        """
        from .api.imports import create_import as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            import_data,
        )

    async def get_import(
        self,
        import_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.ImportEnvelope]:
        """Get a bulk import's progress and outcome.

        Its state, the rows imported so far, and where to download the rows that failed or raised
        warnings.

        Args:
            import_id: The id returned when the import was created.

        Returns:
            _rt.RawResponse[ImportEnvelope]
        """
        from .api.imports import get_import as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            import_id,
        )

    async def batch_update_attributes(
        self,
        attributes: Sequence[params.DataIndexAttributeParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Add or describe attributes in the workspace's data index.

        Each entry names an attribute and may give a `description` (which helps the AI features)
        and, on Premium plans, a `privacy_level` (1 = sensitive). The API takes at most 100 per
        request.

        Args:
            attributes: The attribute entries, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.data_index import batch_update_attributes as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            attributes,
        )

    async def batch_update_events(
        self,
        events: Sequence[params.DataIndexEventParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Add or describe events in the workspace's data index.

        Each entry names an event and may give a `description`. The API takes at most 100 per
        request.

        Args:
            events: The event entries, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.data_index import batch_update_events as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            events,
        )

    async def list_workspaces(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.WorkspaceList]:
        """List the account's workspaces with usage counts.

        The counts are cached and can be up to a couple of hours old.

        Returns:
            _rt.RawResponse[WorkspaceList]
        """
        from .api.workspaces import list_workspaces as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def get_ip_addresses(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.IpAddressList]:
        """List the IP addresses Customer.io sends from.

        Allowlist these if a firewall or your SMTP provider blocks unknown senders. Push
        notifications are not covered.

        Returns:
            _rt.RawResponse[IpAddressList]
        """
        from .api.info import get_ip_addresses as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )
