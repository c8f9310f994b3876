"""The Customer.io Track API operations as client methods: 18 operations.

Rendered by `make generate` from spec/track.yaml; do not edit. `TrackOperations`
(sync), `AsyncTrackOperations` and their `…RawOperations` twins carry one method per
operation; the handwritten clients in `customerio` supply `_send` (the transport) and the body
builders of the operations marked `x-cio-handwritten`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, Protocol, TypeVar

import httpx

from _customerio_gen import _runtime as _rt
from _customerio_gen._runtime import USE_CLIENT_DEFAULT, UseClientDefault

if TYPE_CHECKING:
    from _customerio_gen.params import track as params

    from . import models
else:
    # annotations name `models.<Model>` and `params.<TypedDict>`: `typing.get_type_hints()`
    # resolves them on demand, and importing the client imports neither module
    models = _rt.LazyModule("_customerio_gen.track.models")
    params = _rt.LazyModule("_customerio_gen.params.track")

P = ParamSpec("P")
T = TypeVar("T")


class TrackBodies(Protocol):
    """Builders of the bodies the spec cannot express, one per `x-cio-handwritten` operation."""

    def add_device(
        self,
        customer_id: str | int,
        device_id: str,
        platform: str,
        data: params.AddDeviceDataParam | Mapping[str, Any] | None = None,
    ) -> Any: ...

    def merge_customers(
        self,
        primary_id_type: Literal["id", "email", "cio_id"],
        primary_id: str | int,
        secondary_id_type: Literal["id", "email", "cio_id"],
        secondary_id: str | int,
    ) -> Any: ...


class TrackOperations(_rt.SyncOperationsBase):
    """Customer.io Track API: blocking methods."""

    _bodies: TrackBodies

    def identify(
        self,
        customer_id: str | int,
        data: params.TrackAttributesParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Create or update a person.

        Adds the person if no one has this identifier yet, otherwise updates the attributes you
        send. To change an existing person's identifier, address them as `cio_<cio_id>`.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            data: Attributes to set on the person, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.customers import identify as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            data,
        )

    def destroy(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a person.

        Removes the person and their data. They can be added again later; use `suppress` to keep
        them out.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            dict[str, Any]
        """
        from .api.customers import destroy as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    def suppress(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a person and refuse to add them again.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            dict[str, Any]
        """
        from .api.customers import suppress as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    def unsuppress(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Allow a suppressed person to be added again.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            dict[str, Any]
        """
        from .api.customers import unsuppress as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    def track(
        self,
        customer_id: str | int,
        data: params.TrackEventParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Record an event for a person.

        `data` carries the event: `name` (required), and optionally `data` (event properties),
        `type`, `timestamp` and `id` (a deduplication id). Everything is sent as given.
        `track_page_view` posts a page event to the same endpoint.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            data: The event (`name`, `data`, `timestamp`, `id`, `type` …), sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.events import track as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            data,
        )

    def track_anonymous(
        self,
        anonymous_id: str | int,
        data: params.TrackEventParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Record an event for someone you have not identified yet.

        With an `anonymous_id`, the event is kept and attributed to the person who is later
        identified with it. With an empty `anonymous_id` the event is an invite: `data.data` must
        carry a `recipient`.

        Args:
            anonymous_id: The anonymous id; empty or None sends an invite event.
            data: The event (`name`, `data`, `timestamp`, `id` …), sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.events import track_anonymous as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            anonymous_id,
            data,
        )

    def track_push(
        self,
        data: params.TrackPushMetricParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Report a push notification metric (legacy endpoint).

        `data` holds `delivery_id`, `event` (`opened`, `converted` or `delivered`), `device_id` and
        `timestamp`; it is sent as given. `report_metric` is the general form.

        Args:
            data: The push metric, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.metrics import track_push as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    def add_device(
        self,
        customer_id: str | int,
        device_id: str,
        platform: str,
        data: params.AddDeviceDataParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add or update a person's device.

        `data` may hold `last_used` (Unix seconds); every other key becomes a device attribute (for
        example `primary`, `app_version`).

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            device_id: The device token.
            platform: `ios` or `android`.
            data: `last_used` and device attributes.

        Returns:
            dict[str, Any]
        """
        from .api.devices import add_device as _op

        return self._send(
            timeout, extra_headers, _op.prepare, customer_id, device_id, platform, data, bodies=self._bodies
        )

    def delete_device(
        self,
        customer_id: str | int,
        device_token: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Remove a device from a person.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            device_token: The device token to remove.

        Returns:
            dict[str, Any]
        """
        from .api.devices import delete_device as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            device_token,
        )

    def batch(
        self,
        operations: Sequence[params.TrackEntityOperationParam],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TrackBatchResult:
        """Send many v2 operations in one request.

        Each operation is a v2 entity operation (`type`, `identifiers`, `action`, and the action's
        fields). The whole request must stay under 500 KB.

        Args:
            operations: The operations, sent as given.

        Returns:
            TrackBatchResult
        """
        from .api.entities import batch as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            operations,
        )

    def entity(
        self,
        operation: params.TrackEntityOperationParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Send one v2 operation.

        Args:
            operation: One v2 operation (`type`, `identifiers`, `action`, …), sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.entities import entity as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            operation,
        )

    def merge_customers(
        self,
        primary_id_type: Literal["id", "email", "cio_id"],
        primary_id: str | int,
        secondary_id_type: Literal["id", "email", "cio_id"],
        secondary_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Merge a secondary person into a primary person.

        The secondary person's data moves to the primary person and the secondary person is deleted.
        Each side is addressed by an identifier type (`id`, `email` or `cio_id`) and a value.

        Args:
            primary_id_type: How `primary_id` identifies the person.
            primary_id: The person who remains.
            secondary_id_type: How `secondary_id` identifies the person.
            secondary_id: The person merged away and deleted.

        Returns:
            dict[str, Any]
        """
        from .api.customers import merge_customers as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            primary_id_type,
            primary_id,
            secondary_id_type,
            secondary_id,
            bodies=self._bodies,
        )

    def get_account_region(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TrackAccountRegion:
        """Find which region the credentials belong to.

        Works against either region's host; answers with the URL to use.

        Returns:
            TrackAccountRegion
        """
        from .api.account import get_account_region as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def add_customers_to_segment(
        self,
        segment_id: str | int,
        customer_ids: Sequence[str | int],
        id_type: Literal["id", "email", "cio_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add people to a manual segment.

        Args:
            segment_id: The manual segment's id.
            customer_ids: The people to add, as values of `id_type`.
            id_type: What the values in `customer_ids` are; the API assumes `id` when omitted.

        Returns:
            dict[str, Any]
        """
        from .api.segments import add_customers_to_segment as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            customer_ids,
            id_type,
        )

    def remove_customers_from_segment(
        self,
        segment_id: str | int,
        customer_ids: Sequence[str | int],
        id_type: Literal["id", "email", "cio_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Remove people from a manual segment.

        Args:
            segment_id: The manual segment's id.
            customer_ids: The people to remove, as values of `id_type`.
            id_type: What the values in `customer_ids` are; the API assumes `id` when omitted.

        Returns:
            dict[str, Any]
        """
        from .api.segments import remove_customers_from_segment as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            customer_ids,
            id_type,
        )

    def submit_form(
        self,
        form_id: str | int,
        data: params.SubmitFormDataParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Submit a form on a person's behalf.

        `data` holds the form's fields and exactly one identifier (`email` or `id`); the person is
        created or updated from it.

        Args:
            form_id: Your form's identifier; a new id creates the form.
            data: The form fields.

        Returns:
            dict[str, Any]
        """
        from .api.forms import submit_form as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            form_id,
            data,
        )

    def report_metric(
        self,
        data: params.TrackMetricParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Report a delivery metric from your own systems.

        `data` holds `delivery_id` (required), `metric`, and optionally `timestamp`, `recipient`,
        `reason` and `href`; it is sent as given.

        Args:
            data: The metric, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.metrics import report_metric as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    def unsubscribe(
        self,
        delivery_id: str | int,
        unsubscribe: bool = True,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Unsubscribe (or resubscribe) the person a delivery went to.

        Pass `unsubscribe=False` to resubscribe them.

        Args:
            delivery_id: The delivery the person unsubscribed from.
            unsubscribe: True to unsubscribe, False to resubscribe.

        Returns:
            dict[str, Any]
        """
        from .api.customers import unsubscribe as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            delivery_id,
            unsubscribe,
        )


class AsyncTrackOperations(_rt.AsyncOperationsBase):
    """Customer.io Track API: coroutine methods."""

    _bodies: TrackBodies

    async def identify(
        self,
        customer_id: str | int,
        data: params.TrackAttributesParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Create or update a person.

        Adds the person if no one has this identifier yet, otherwise updates the attributes you
        send. To change an existing person's identifier, address them as `cio_<cio_id>`.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            data: Attributes to set on the person, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.customers import identify as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            data,
        )

    async def destroy(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a person.

        Removes the person and their data. They can be added again later; use `suppress` to keep
        them out.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            dict[str, Any]
        """
        from .api.customers import destroy as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    async def suppress(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Delete a person and refuse to add them again.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            dict[str, Any]
        """
        from .api.customers import suppress as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    async def unsuppress(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Allow a suppressed person to be added again.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            dict[str, Any]
        """
        from .api.customers import unsuppress as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    async def track(
        self,
        customer_id: str | int,
        data: params.TrackEventParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Record an event for a person.

        `data` carries the event: `name` (required), and optionally `data` (event properties),
        `type`, `timestamp` and `id` (a deduplication id). Everything is sent as given.
        `track_page_view` posts a page event to the same endpoint.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            data: The event (`name`, `data`, `timestamp`, `id`, `type` …), sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.events import track as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            data,
        )

    async def track_anonymous(
        self,
        anonymous_id: str | int,
        data: params.TrackEventParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Record an event for someone you have not identified yet.

        With an `anonymous_id`, the event is kept and attributed to the person who is later
        identified with it. With an empty `anonymous_id` the event is an invite: `data.data` must
        carry a `recipient`.

        Args:
            anonymous_id: The anonymous id; empty or None sends an invite event.
            data: The event (`name`, `data`, `timestamp`, `id` …), sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.events import track_anonymous as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            anonymous_id,
            data,
        )

    async def track_push(
        self,
        data: params.TrackPushMetricParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Report a push notification metric (legacy endpoint).

        `data` holds `delivery_id`, `event` (`opened`, `converted` or `delivered`), `device_id` and
        `timestamp`; it is sent as given. `report_metric` is the general form.

        Args:
            data: The push metric, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.metrics import track_push as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    async def add_device(
        self,
        customer_id: str | int,
        device_id: str,
        platform: str,
        data: params.AddDeviceDataParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add or update a person's device.

        `data` may hold `last_used` (Unix seconds); every other key becomes a device attribute (for
        example `primary`, `app_version`).

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            device_id: The device token.
            platform: `ios` or `android`.
            data: `last_used` and device attributes.

        Returns:
            dict[str, Any]
        """
        from .api.devices import add_device as _op

        return await self._send(
            timeout, extra_headers, _op.prepare, customer_id, device_id, platform, data, bodies=self._bodies
        )

    async def delete_device(
        self,
        customer_id: str | int,
        device_token: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Remove a device from a person.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            device_token: The device token to remove.

        Returns:
            dict[str, Any]
        """
        from .api.devices import delete_device as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            device_token,
        )

    async def batch(
        self,
        operations: Sequence[params.TrackEntityOperationParam],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TrackBatchResult:
        """Send many v2 operations in one request.

        Each operation is a v2 entity operation (`type`, `identifiers`, `action`, and the action's
        fields). The whole request must stay under 500 KB.

        Args:
            operations: The operations, sent as given.

        Returns:
            TrackBatchResult
        """
        from .api.entities import batch as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            operations,
        )

    async def entity(
        self,
        operation: params.TrackEntityOperationParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Send one v2 operation.

        Args:
            operation: One v2 operation (`type`, `identifiers`, `action`, …), sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.entities import entity as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            operation,
        )

    async def merge_customers(
        self,
        primary_id_type: Literal["id", "email", "cio_id"],
        primary_id: str | int,
        secondary_id_type: Literal["id", "email", "cio_id"],
        secondary_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Merge a secondary person into a primary person.

        The secondary person's data moves to the primary person and the secondary person is deleted.
        Each side is addressed by an identifier type (`id`, `email` or `cio_id`) and a value.

        Args:
            primary_id_type: How `primary_id` identifies the person.
            primary_id: The person who remains.
            secondary_id_type: How `secondary_id` identifies the person.
            secondary_id: The person merged away and deleted.

        Returns:
            dict[str, Any]
        """
        from .api.customers import merge_customers as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            primary_id_type,
            primary_id,
            secondary_id_type,
            secondary_id,
            bodies=self._bodies,
        )

    async def get_account_region(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.TrackAccountRegion:
        """Find which region the credentials belong to.

        Works against either region's host; answers with the URL to use.

        Returns:
            TrackAccountRegion
        """
        from .api.account import get_account_region as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def add_customers_to_segment(
        self,
        segment_id: str | int,
        customer_ids: Sequence[str | int],
        id_type: Literal["id", "email", "cio_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add people to a manual segment.

        Args:
            segment_id: The manual segment's id.
            customer_ids: The people to add, as values of `id_type`.
            id_type: What the values in `customer_ids` are; the API assumes `id` when omitted.

        Returns:
            dict[str, Any]
        """
        from .api.segments import add_customers_to_segment as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            customer_ids,
            id_type,
        )

    async def remove_customers_from_segment(
        self,
        segment_id: str | int,
        customer_ids: Sequence[str | int],
        id_type: Literal["id", "email", "cio_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Remove people from a manual segment.

        Args:
            segment_id: The manual segment's id.
            customer_ids: The people to remove, as values of `id_type`.
            id_type: What the values in `customer_ids` are; the API assumes `id` when omitted.

        Returns:
            dict[str, Any]
        """
        from .api.segments import remove_customers_from_segment as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            customer_ids,
            id_type,
        )

    async def submit_form(
        self,
        form_id: str | int,
        data: params.SubmitFormDataParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Submit a form on a person's behalf.

        `data` holds the form's fields and exactly one identifier (`email` or `id`); the person is
        created or updated from it.

        Args:
            form_id: Your form's identifier; a new id creates the form.
            data: The form fields.

        Returns:
            dict[str, Any]
        """
        from .api.forms import submit_form as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            form_id,
            data,
        )

    async def report_metric(
        self,
        data: params.TrackMetricParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Report a delivery metric from your own systems.

        `data` holds `delivery_id` (required), `metric`, and optionally `timestamp`, `recipient`,
        `reason` and `href`; it is sent as given.

        Args:
            data: The metric, sent as given.

        Returns:
            dict[str, Any]
        """
        from .api.metrics import report_metric as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    async def unsubscribe(
        self,
        delivery_id: str | int,
        unsubscribe: bool = True,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Unsubscribe (or resubscribe) the person a delivery went to.

        Pass `unsubscribe=False` to resubscribe them.

        Args:
            delivery_id: The delivery the person unsubscribed from.
            unsubscribe: True to unsubscribe, False to resubscribe.

        Returns:
            dict[str, Any]
        """
        from .api.customers import unsubscribe as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            delivery_id,
            unsubscribe,
        )


class TrackRawOperations(_rt.SyncRawOperationsBase):
    """Customer.io Track API: blocking methods returning the raw response."""

    _bodies: TrackBodies

    def identify(
        self,
        customer_id: str | int,
        data: params.TrackAttributesParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Create or update a person.

        Adds the person if no one has this identifier yet, otherwise updates the attributes you
        send. To change an existing person's identifier, address them as `cio_<cio_id>`.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            data: Attributes to set on the person, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import identify as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            data,
        )

    def destroy(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a person.

        Removes the person and their data. They can be added again later; use `suppress` to keep
        them out.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import destroy as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    def suppress(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a person and refuse to add them again.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import suppress as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    def unsuppress(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Allow a suppressed person to be added again.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import unsuppress as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    def track(
        self,
        customer_id: str | int,
        data: params.TrackEventParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Record an event for a person.

        `data` carries the event: `name` (required), and optionally `data` (event properties),
        `type`, `timestamp` and `id` (a deduplication id). Everything is sent as given.
        `track_page_view` posts a page event to the same endpoint.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            data: The event (`name`, `data`, `timestamp`, `id`, `type` …), sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.events import track as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            data,
        )

    def track_anonymous(
        self,
        anonymous_id: str | int,
        data: params.TrackEventParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Record an event for someone you have not identified yet.

        With an `anonymous_id`, the event is kept and attributed to the person who is later
        identified with it. With an empty `anonymous_id` the event is an invite: `data.data` must
        carry a `recipient`.

        Args:
            anonymous_id: The anonymous id; empty or None sends an invite event.
            data: The event (`name`, `data`, `timestamp`, `id` …), sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.events import track_anonymous as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            anonymous_id,
            data,
        )

    def track_push(
        self,
        data: params.TrackPushMetricParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Report a push notification metric (legacy endpoint).

        `data` holds `delivery_id`, `event` (`opened`, `converted` or `delivered`), `device_id` and
        `timestamp`; it is sent as given. `report_metric` is the general form.

        Args:
            data: The push metric, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.metrics import track_push as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    def add_device(
        self,
        customer_id: str | int,
        device_id: str,
        platform: str,
        data: params.AddDeviceDataParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Add or update a person's device.

        `data` may hold `last_used` (Unix seconds); every other key becomes a device attribute (for
        example `primary`, `app_version`).

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            device_id: The device token.
            platform: `ios` or `android`.
            data: `last_used` and device attributes.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.devices import add_device as _op

        return self._send(
            timeout, extra_headers, _op.prepare, customer_id, device_id, platform, data, bodies=self._bodies
        )

    def delete_device(
        self,
        customer_id: str | int,
        device_token: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Remove a device from a person.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            device_token: The device token to remove.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.devices import delete_device as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            device_token,
        )

    def batch(
        self,
        operations: Sequence[params.TrackEntityOperationParam],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TrackBatchResult]:
        """Send many v2 operations in one request.

        Each operation is a v2 entity operation (`type`, `identifiers`, `action`, and the action's
        fields). The whole request must stay under 500 KB.

        Args:
            operations: The operations, sent as given.

        Returns:
            _rt.RawResponse[TrackBatchResult]
        """
        from .api.entities import batch as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            operations,
        )

    def entity(
        self,
        operation: params.TrackEntityOperationParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Send one v2 operation.

        Args:
            operation: One v2 operation (`type`, `identifiers`, `action`, …), sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.entities import entity as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            operation,
        )

    def merge_customers(
        self,
        primary_id_type: Literal["id", "email", "cio_id"],
        primary_id: str | int,
        secondary_id_type: Literal["id", "email", "cio_id"],
        secondary_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Merge a secondary person into a primary person.

        The secondary person's data moves to the primary person and the secondary person is deleted.
        Each side is addressed by an identifier type (`id`, `email` or `cio_id`) and a value.

        Args:
            primary_id_type: How `primary_id` identifies the person.
            primary_id: The person who remains.
            secondary_id_type: How `secondary_id` identifies the person.
            secondary_id: The person merged away and deleted.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import merge_customers as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            primary_id_type,
            primary_id,
            secondary_id_type,
            secondary_id,
            bodies=self._bodies,
        )

    def get_account_region(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TrackAccountRegion]:
        """Find which region the credentials belong to.

        Works against either region's host; answers with the URL to use.

        Returns:
            _rt.RawResponse[TrackAccountRegion]
        """
        from .api.account import get_account_region as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    def add_customers_to_segment(
        self,
        segment_id: str | int,
        customer_ids: Sequence[str | int],
        id_type: Literal["id", "email", "cio_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Add people to a manual segment.

        Args:
            segment_id: The manual segment's id.
            customer_ids: The people to add, as values of `id_type`.
            id_type: What the values in `customer_ids` are; the API assumes `id` when omitted.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.segments import add_customers_to_segment as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            customer_ids,
            id_type,
        )

    def remove_customers_from_segment(
        self,
        segment_id: str | int,
        customer_ids: Sequence[str | int],
        id_type: Literal["id", "email", "cio_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Remove people from a manual segment.

        Args:
            segment_id: The manual segment's id.
            customer_ids: The people to remove, as values of `id_type`.
            id_type: What the values in `customer_ids` are; the API assumes `id` when omitted.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.segments import remove_customers_from_segment as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            customer_ids,
            id_type,
        )

    def submit_form(
        self,
        form_id: str | int,
        data: params.SubmitFormDataParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Submit a form on a person's behalf.

        `data` holds the form's fields and exactly one identifier (`email` or `id`); the person is
        created or updated from it.

        Args:
            form_id: Your form's identifier; a new id creates the form.
            data: The form fields.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.forms import submit_form as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            form_id,
            data,
        )

    def report_metric(
        self,
        data: params.TrackMetricParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Report a delivery metric from your own systems.

        `data` holds `delivery_id` (required), `metric`, and optionally `timestamp`, `recipient`,
        `reason` and `href`; it is sent as given.

        Args:
            data: The metric, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.metrics import report_metric as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    def unsubscribe(
        self,
        delivery_id: str | int,
        unsubscribe: bool = True,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Unsubscribe (or resubscribe) the person a delivery went to.

        Pass `unsubscribe=False` to resubscribe them.

        Args:
            delivery_id: The delivery the person unsubscribed from.
            unsubscribe: True to unsubscribe, False to resubscribe.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import unsubscribe as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            delivery_id,
            unsubscribe,
        )


class AsyncTrackRawOperations(_rt.AsyncRawOperationsBase):
    """Customer.io Track API: coroutine methods returning the raw response."""

    _bodies: TrackBodies

    async def identify(
        self,
        customer_id: str | int,
        data: params.TrackAttributesParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Create or update a person.

        Adds the person if no one has this identifier yet, otherwise updates the attributes you
        send. To change an existing person's identifier, address them as `cio_<cio_id>`.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            data: Attributes to set on the person, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import identify as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            data,
        )

    async def destroy(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a person.

        Removes the person and their data. They can be added again later; use `suppress` to keep
        them out.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import destroy as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    async def suppress(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Delete a person and refuse to add them again.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import suppress as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    async def unsuppress(
        self,
        customer_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Allow a suppressed person to be added again.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import unsuppress as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
        )

    async def track(
        self,
        customer_id: str | int,
        data: params.TrackEventParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Record an event for a person.

        `data` carries the event: `name` (required), and optionally `data` (event properties),
        `type`, `timestamp` and `id` (a deduplication id). Everything is sent as given.
        `track_page_view` posts a page event to the same endpoint.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            data: The event (`name`, `data`, `timestamp`, `id`, `type` …), sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.events import track as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            data,
        )

    async def track_anonymous(
        self,
        anonymous_id: str | int,
        data: params.TrackEventParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Record an event for someone you have not identified yet.

        With an `anonymous_id`, the event is kept and attributed to the person who is later
        identified with it. With an empty `anonymous_id` the event is an invite: `data.data` must
        carry a `recipient`.

        Args:
            anonymous_id: The anonymous id; empty or None sends an invite event.
            data: The event (`name`, `data`, `timestamp`, `id` …), sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.events import track_anonymous as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            anonymous_id,
            data,
        )

    async def track_push(
        self,
        data: params.TrackPushMetricParam | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Report a push notification metric (legacy endpoint).

        `data` holds `delivery_id`, `event` (`opened`, `converted` or `delivered`), `device_id` and
        `timestamp`; it is sent as given. `report_metric` is the general form.

        Args:
            data: The push metric, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.metrics import track_push as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    async def add_device(
        self,
        customer_id: str | int,
        device_id: str,
        platform: str,
        data: params.AddDeviceDataParam | Mapping[str, Any] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Add or update a person's device.

        `data` may hold `last_used` (Unix seconds); every other key becomes a device attribute (for
        example `primary`, `app_version`).

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            device_id: The device token.
            platform: `ios` or `android`.
            data: `last_used` and device attributes.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.devices import add_device as _op

        return await self._send(
            timeout, extra_headers, _op.prepare, customer_id, device_id, platform, data, bodies=self._bodies
        )

    async def delete_device(
        self,
        customer_id: str | int,
        device_token: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Remove a device from a person.

        Args:
            customer_id: The person's identifier: the workspace's primary identifier (id or email),
                or `cio_<cio_id>`.
            device_token: The device token to remove.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.devices import delete_device as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            customer_id,
            device_token,
        )

    async def batch(
        self,
        operations: Sequence[params.TrackEntityOperationParam],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TrackBatchResult]:
        """Send many v2 operations in one request.

        Each operation is a v2 entity operation (`type`, `identifiers`, `action`, and the action's
        fields). The whole request must stay under 500 KB.

        Args:
            operations: The operations, sent as given.

        Returns:
            _rt.RawResponse[TrackBatchResult]
        """
        from .api.entities import batch as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            operations,
        )

    async def entity(
        self,
        operation: params.TrackEntityOperationParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Send one v2 operation.

        Args:
            operation: One v2 operation (`type`, `identifiers`, `action`, …), sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.entities import entity as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            operation,
        )

    async def merge_customers(
        self,
        primary_id_type: Literal["id", "email", "cio_id"],
        primary_id: str | int,
        secondary_id_type: Literal["id", "email", "cio_id"],
        secondary_id: str | int,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Merge a secondary person into a primary person.

        The secondary person's data moves to the primary person and the secondary person is deleted.
        Each side is addressed by an identifier type (`id`, `email` or `cio_id`) and a value.

        Args:
            primary_id_type: How `primary_id` identifies the person.
            primary_id: The person who remains.
            secondary_id_type: How `secondary_id` identifies the person.
            secondary_id: The person merged away and deleted.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import merge_customers as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            primary_id_type,
            primary_id,
            secondary_id_type,
            secondary_id,
            bodies=self._bodies,
        )

    async def get_account_region(
        self,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.TrackAccountRegion]:
        """Find which region the credentials belong to.

        Works against either region's host; answers with the URL to use.

        Returns:
            _rt.RawResponse[TrackAccountRegion]
        """
        from .api.account import get_account_region as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
        )

    async def add_customers_to_segment(
        self,
        segment_id: str | int,
        customer_ids: Sequence[str | int],
        id_type: Literal["id", "email", "cio_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Add people to a manual segment.

        Args:
            segment_id: The manual segment's id.
            customer_ids: The people to add, as values of `id_type`.
            id_type: What the values in `customer_ids` are; the API assumes `id` when omitted.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.segments import add_customers_to_segment as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            customer_ids,
            id_type,
        )

    async def remove_customers_from_segment(
        self,
        segment_id: str | int,
        customer_ids: Sequence[str | int],
        id_type: Literal["id", "email", "cio_id"] | None = None,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Remove people from a manual segment.

        Args:
            segment_id: The manual segment's id.
            customer_ids: The people to remove, as values of `id_type`.
            id_type: What the values in `customer_ids` are; the API assumes `id` when omitted.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.segments import remove_customers_from_segment as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            segment_id,
            customer_ids,
            id_type,
        )

    async def submit_form(
        self,
        form_id: str | int,
        data: params.SubmitFormDataParam | Mapping[str, Any],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Submit a form on a person's behalf.

        `data` holds the form's fields and exactly one identifier (`email` or `id`); the person is
        created or updated from it.

        Args:
            form_id: Your form's identifier; a new id creates the form.
            data: The form fields.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.forms import submit_form as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            form_id,
            data,
        )

    async def report_metric(
        self,
        data: params.TrackMetricParam,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Report a delivery metric from your own systems.

        `data` holds `delivery_id` (required), `metric`, and optionally `timestamp`, `recipient`,
        `reason` and `href`; it is sent as given.

        Args:
            data: The metric, sent as given.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.metrics import report_metric as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            data,
        )

    async def unsubscribe(
        self,
        delivery_id: str | int,
        unsubscribe: bool = True,
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[dict[str, Any]]:
        """Unsubscribe (or resubscribe) the person a delivery went to.

        Pass `unsubscribe=False` to resubscribe them.

        Args:
            delivery_id: The delivery the person unsubscribed from.
            unsubscribe: True to unsubscribe, False to resubscribe.

        Returns:
            _rt.RawResponse[dict[str, Any]]
        """
        from .api.customers import unsubscribe as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            delivery_id,
            unsubscribe,
        )
