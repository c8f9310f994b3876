"""The Customer.io Pipelines API operations as client methods: 7 operations.

Rendered by `make generate` from spec/pipelines.yaml; do not edit. `PipelinesOperations`
(sync), `AsyncPipelinesOperations` and their `…RawOperations` twins carry one method per
operation; the handwritten clients in `customerio` supply `_send` (the transport) and the body
builders of the operations marked `x-cio-handwritten`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, Protocol, TypeVar

import httpx

from _customerio_gen import _runtime as _rt
from _customerio_gen._runtime import USE_CLIENT_DEFAULT, UseClientDefault

if TYPE_CHECKING:
    from _customerio_gen.params import pipelines as params

    from . import models
else:
    # annotations name `models.<Model>` and `params.<TypedDict>`: `typing.get_type_hints()`
    # resolves them on demand, and importing the client imports neither module
    models = _rt.LazyModule("_customerio_gen.pipelines.models")
    params = _rt.LazyModule("_customerio_gen.params.pipelines")

P = ParamSpec("P")
T = TypeVar("T")


class PipelinesBodies(Protocol):
    """Builders of the bodies the spec cannot express, one per `x-cio-handwritten` operation."""

    def identify(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> Any: ...

    def track(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        event: Literal[
            "Device Created or Updated",
            "Device Deleted",
            "User Deleted",
            "Relationship Deleted",
            "Object Deleted",
            "User Suppressed",
            "User Unsuppressed",
            "Report Delivery Event",
            "Report Content Event",
        ]
        | str,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> Any: ...

    def page(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> Any: ...

    def screen(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> Any: ...

    def group(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        group_id: str,
        traits: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> Any: ...

    def alias(
        self,
        *,
        user_id: str,
        previous_id: str,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
    ) -> Any: ...

    def batch(self, items: Sequence[params.PipelinesBatchItemParam | Mapping[str, Any]]) -> Any: ...


class PipelinesOperations(_rt.SyncOperationsBase):
    """Customer.io Pipelines API: blocking methods."""

    _bodies: PipelinesBodies

    def identify(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Identify a person and set their traits.

        Creates or updates the person named by `user_id` (or `anonymous_id` before you know who they
        are); one of the two is required. The client adds `messageId`, `timestamp` and
        `context.library` when they are not given.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            traits: Attributes of the person.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import identify as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            traits=traits,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def track(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        event: Literal[
            "Device Created or Updated",
            "Device Deleted",
            "User Deleted",
            "Relationship Deleted",
            "Object Deleted",
            "User Suppressed",
            "User Unsuppressed",
            "Report Delivery Event",
            "Report Content Event",
        ]
        | str,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Record an event a person performed.

        Records `event` with its `properties` for `user_id` or `anonymous_id`. Some event names are
        semantic and act on the profile (for example `Device Created or Updated`). `user_id` or
        `anonymous_id` is required, then `event` (checked in that order).

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            event: The event name.
            properties: The event's properties.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import track as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            event=event,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def page(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Record a page view.

        Records that `user_id` or `anonymous_id` (one is required) viewed the page `name`.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            name: The page's name.
            category: The page's category.
            properties: Page properties (url, title, referrer, path …).
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import page as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            name=name,
            category=category,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def screen(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Record a mobile screen view.

        Records that `user_id` or `anonymous_id` (one is required) viewed the screen `name`.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            name: The screen's name.
            category: The screen's category.
            properties: Screen properties.
            context: Context of the call (app, device, os …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import screen as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            name=name,
            category=category,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def group(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        group_id: str,
        traits: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Add a person to a group (an object) and set the group's traits.

        `traits.object_type_id` selects the object type (default `1`);
        `traits.relationshipAttributes` describe the person's relationship to the group. `user_id`
        or `anonymous_id` is required, then `group_id` (checked in that order).

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            group_id: The group's identifier.
            traits: Attributes of the group.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import group as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            group_id=group_id,
            traits=traits,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def alias(
        self,
        *,
        user_id: str,
        previous_id: str,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Merge a previous identifier into a person's profile.

        Links `previous_id` (an earlier anonymous id or user id) to `user_id`, the identifier that
        is kept.

        Args:
            user_id: The identifier to keep.
            previous_id: The identifier merged into `user_id`.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import alias as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            previous_id=previous_id,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def batch(
        self,
        items: Sequence[params.PipelinesBatchItemParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Send several calls in one request.

        Each item is one call: `type` (`identify`, `track`, `page`, `screen`, `group` or `alias`)
        and that call's fields. Every item gets its own `messageId`, `timestamp` and `context`.
        Items are not validated one by one.

        Args:
            items: The calls, as mappings with snake_case keys plus `type`, or typed items.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import batch as _op

        return self._send(timeout, extra_headers, _op.prepare, items, bodies=self._bodies)


class AsyncPipelinesOperations(_rt.AsyncOperationsBase):
    """Customer.io Pipelines API: coroutine methods."""

    _bodies: PipelinesBodies

    async def identify(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Identify a person and set their traits.

        Creates or updates the person named by `user_id` (or `anonymous_id` before you know who they
        are); one of the two is required. The client adds `messageId`, `timestamp` and
        `context.library` when they are not given.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            traits: Attributes of the person.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import identify as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            traits=traits,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def track(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        event: Literal[
            "Device Created or Updated",
            "Device Deleted",
            "User Deleted",
            "Relationship Deleted",
            "Object Deleted",
            "User Suppressed",
            "User Unsuppressed",
            "Report Delivery Event",
            "Report Content Event",
        ]
        | str,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Record an event a person performed.

        Records `event` with its `properties` for `user_id` or `anonymous_id`. Some event names are
        semantic and act on the profile (for example `Device Created or Updated`). `user_id` or
        `anonymous_id` is required, then `event` (checked in that order).

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            event: The event name.
            properties: The event's properties.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import track as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            event=event,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def page(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Record a page view.

        Records that `user_id` or `anonymous_id` (one is required) viewed the page `name`.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            name: The page's name.
            category: The page's category.
            properties: Page properties (url, title, referrer, path …).
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import page as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            name=name,
            category=category,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def screen(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Record a mobile screen view.

        Records that `user_id` or `anonymous_id` (one is required) viewed the screen `name`.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            name: The screen's name.
            category: The screen's category.
            properties: Screen properties.
            context: Context of the call (app, device, os …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import screen as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            name=name,
            category=category,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def group(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        group_id: str,
        traits: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Add a person to a group (an object) and set the group's traits.

        `traits.object_type_id` selects the object type (default `1`);
        `traits.relationshipAttributes` describe the person's relationship to the group. `user_id`
        or `anonymous_id` is required, then `group_id` (checked in that order).

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            group_id: The group's identifier.
            traits: Attributes of the group.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import group as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            group_id=group_id,
            traits=traits,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def alias(
        self,
        *,
        user_id: str,
        previous_id: str,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Merge a previous identifier into a person's profile.

        Links `previous_id` (an earlier anonymous id or user id) to `user_id`, the identifier that
        is kept.

        Args:
            user_id: The identifier to keep.
            previous_id: The identifier merged into `user_id`.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import alias as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            previous_id=previous_id,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def batch(
        self,
        items: Sequence[params.PipelinesBatchItemParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> models.PipelinesResponse:
        """Send several calls in one request.

        Each item is one call: `type` (`identify`, `track`, `page`, `screen`, `group` or `alias`)
        and that call's fields. Every item gets its own `messageId`, `timestamp` and `context`.
        Items are not validated one by one.

        Args:
            items: The calls, as mappings with snake_case keys plus `type`, or typed items.

        Returns:
            PipelinesResponse
        """
        from .api.pipelines import batch as _op

        return await self._send(timeout, extra_headers, _op.prepare, items, bodies=self._bodies)


class PipelinesRawOperations(_rt.SyncRawOperationsBase):
    """Customer.io Pipelines API: blocking methods returning the raw response."""

    _bodies: PipelinesBodies

    def identify(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Identify a person and set their traits.

        Creates or updates the person named by `user_id` (or `anonymous_id` before you know who they
        are); one of the two is required. The client adds `messageId`, `timestamp` and
        `context.library` when they are not given.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            traits: Attributes of the person.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import identify as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            traits=traits,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def track(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        event: Literal[
            "Device Created or Updated",
            "Device Deleted",
            "User Deleted",
            "Relationship Deleted",
            "Object Deleted",
            "User Suppressed",
            "User Unsuppressed",
            "Report Delivery Event",
            "Report Content Event",
        ]
        | str,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Record an event a person performed.

        Records `event` with its `properties` for `user_id` or `anonymous_id`. Some event names are
        semantic and act on the profile (for example `Device Created or Updated`). `user_id` or
        `anonymous_id` is required, then `event` (checked in that order).

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            event: The event name.
            properties: The event's properties.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import track as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            event=event,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def page(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Record a page view.

        Records that `user_id` or `anonymous_id` (one is required) viewed the page `name`.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            name: The page's name.
            category: The page's category.
            properties: Page properties (url, title, referrer, path …).
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import page as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            name=name,
            category=category,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def screen(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Record a mobile screen view.

        Records that `user_id` or `anonymous_id` (one is required) viewed the screen `name`.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            name: The screen's name.
            category: The screen's category.
            properties: Screen properties.
            context: Context of the call (app, device, os …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import screen as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            name=name,
            category=category,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def group(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        group_id: str,
        traits: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Add a person to a group (an object) and set the group's traits.

        `traits.object_type_id` selects the object type (default `1`);
        `traits.relationshipAttributes` describe the person's relationship to the group. `user_id`
        or `anonymous_id` is required, then `group_id` (checked in that order).

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            group_id: The group's identifier.
            traits: Attributes of the group.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import group as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            group_id=group_id,
            traits=traits,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def alias(
        self,
        *,
        user_id: str,
        previous_id: str,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Merge a previous identifier into a person's profile.

        Links `previous_id` (an earlier anonymous id or user id) to `user_id`, the identifier that
        is kept.

        Args:
            user_id: The identifier to keep.
            previous_id: The identifier merged into `user_id`.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import alias as _op

        return self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            previous_id=previous_id,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    def batch(
        self,
        items: Sequence[params.PipelinesBatchItemParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Send several calls in one request.

        Each item is one call: `type` (`identify`, `track`, `page`, `screen`, `group` or `alias`)
        and that call's fields. Every item gets its own `messageId`, `timestamp` and `context`.
        Items are not validated one by one.

        Args:
            items: The calls, as mappings with snake_case keys plus `type`, or typed items.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import batch as _op

        return self._send(timeout, extra_headers, _op.prepare, items, bodies=self._bodies)


class AsyncPipelinesRawOperations(_rt.AsyncRawOperationsBase):
    """Customer.io Pipelines API: coroutine methods returning the raw response."""

    _bodies: PipelinesBodies

    async def identify(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        traits: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Identify a person and set their traits.

        Creates or updates the person named by `user_id` (or `anonymous_id` before you know who they
        are); one of the two is required. The client adds `messageId`, `timestamp` and
        `context.library` when they are not given.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            traits: Attributes of the person.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import identify as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            traits=traits,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def track(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        event: Literal[
            "Device Created or Updated",
            "Device Deleted",
            "User Deleted",
            "Relationship Deleted",
            "Object Deleted",
            "User Suppressed",
            "User Unsuppressed",
            "Report Delivery Event",
            "Report Content Event",
        ]
        | str,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Record an event a person performed.

        Records `event` with its `properties` for `user_id` or `anonymous_id`. Some event names are
        semantic and act on the profile (for example `Device Created or Updated`). `user_id` or
        `anonymous_id` is required, then `event` (checked in that order).

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            event: The event name.
            properties: The event's properties.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import track as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            event=event,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def page(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Record a page view.

        Records that `user_id` or `anonymous_id` (one is required) viewed the page `name`.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            name: The page's name.
            category: The page's category.
            properties: Page properties (url, title, referrer, path …).
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import page as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            name=name,
            category=category,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def screen(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        name: str | None = None,
        category: str | None = None,
        properties: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Record a mobile screen view.

        Records that `user_id` or `anonymous_id` (one is required) viewed the screen `name`.

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            name: The screen's name.
            category: The screen's category.
            properties: Screen properties.
            context: Context of the call (app, device, os …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import screen as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            name=name,
            category=category,
            properties=properties,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def group(
        self,
        *,
        user_id: str | None = None,
        anonymous_id: str | None = None,
        group_id: str,
        traits: Mapping[str, Any] | None = None,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Add a person to a group (an object) and set the group's traits.

        `traits.object_type_id` selects the object type (default `1`);
        `traits.relationshipAttributes` describe the person's relationship to the group. `user_id`
        or `anonymous_id` is required, then `group_id` (checked in that order).

        Args:
            user_id: Your identifier for the person.
            anonymous_id: A stand-in identifier for someone not yet known.
            group_id: The group's identifier.
            traits: Attributes of the group.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import group as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            anonymous_id=anonymous_id,
            group_id=group_id,
            traits=traits,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def alias(
        self,
        *,
        user_id: str,
        previous_id: str,
        context: params.PipelinesContextParam | Mapping[str, Any] | None = None,
        integrations: Mapping[str, bool] | None = None,
        timestamp: str | _dt.datetime | None = None,
        message_id: str | None = None,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Merge a previous identifier into a person's profile.

        Links `previous_id` (an earlier anonymous id or user id) to `user_id`, the identifier that
        is kept.

        Args:
            user_id: The identifier to keep.
            previous_id: The identifier merged into `user_id`.
            context: Context of the call (ip, locale, page …); merged over the client's
                default_context.
            integrations: Destinations to turn on or off for this call.
            timestamp: When it happened: an ISO 8601 string sent as given, or a datetime (sent as
                UTC with milliseconds); now when omitted.
            message_id: A unique id for the call; a new UUID when omitted.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import alias as _op

        return await self._send(
            timeout,
            extra_headers,
            _op.prepare,
            user_id=user_id,
            previous_id=previous_id,
            context=context,
            integrations=integrations,
            timestamp=timestamp,
            message_id=message_id,
            bodies=self._bodies,
        )

    async def batch(
        self,
        items: Sequence[params.PipelinesBatchItemParam | Mapping[str, Any]],
        *,
        timeout: float | httpx.Timeout | None | UseClientDefault = USE_CLIENT_DEFAULT,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[models.PipelinesResponse]:
        """Send several calls in one request.

        Each item is one call: `type` (`identify`, `track`, `page`, `screen`, `group` or `alias`)
        and that call's fields. Every item gets its own `messageId`, `timestamp` and `context`.
        Items are not validated one by one.

        Args:
            items: The calls, as mappings with snake_case keys plus `type`, or typed items.

        Returns:
            _rt.RawResponse[PipelinesResponse]
        """
        from .api.pipelines import batch as _op

        return await self._send(timeout, extra_headers, _op.prepare, items, bodies=self._bodies)
