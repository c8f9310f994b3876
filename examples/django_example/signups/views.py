"""A signup view that tells Customer.io, and a reporting-webhook receiver."""

from __future__ import annotations

import json
import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from customerio import CustomerIOError
from customerio.webhooks import (
    AnyReportingWebhookEvent,
    CustomerUnsubscribedEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    construct_event,
)

from .apps import track_client

log = logging.getLogger(__name__)
unsubscribed: list[str] = []  # stands in for your own storage


@csrf_exempt
@require_POST
def signup(request: HttpRequest) -> HttpResponse:
    try:
        body = json.loads(request.body)
        user_id, email = str(body["user_id"]), str(body["email"])
    except (ValueError, KeyError, TypeError):
        return JsonResponse({"error": "user_id and email are required"}, status=400)
    track = track_client()
    try:
        track.identify(user_id, {"email": email})
        track.track(user_id, {"name": "signed_up"})
    except CustomerIOError as error:  # after the client's retries; the message never holds the payload
        log.warning("Customer.io refused the signup of %s: %s", user_id, error)
        return JsonResponse({"error": f"Customer.io: {error}"}, status=502)
    return JsonResponse({"user_id": user_id}, status=201)


@csrf_exempt  # Customer.io signs its requests; there is no CSRF token to check
@require_POST
def customerio_webhook(request: HttpRequest) -> HttpResponse:
    try:
        event = construct_event(
            signing_secret=settings.CUSTOMERIO_WEBHOOK_SIGNING_SECRET,
            headers=request.headers,
            body=request.body,  # the raw bytes the signature covers
        )
    except WebhookVerificationError:
        return HttpResponse(status=401)
    except WebhookPayloadError:
        return HttpResponse(status=400)
    handle(event)
    return JsonResponse({"event_id": event.event_id})


def handle(event: AnyReportingWebhookEvent) -> None:
    match event:
        case CustomerUnsubscribedEvent() if event.data.customer_id:
            unsubscribed.append(event.data.customer_id)
        case _:
            log.info("%s.%s %s", event.object_type, event.metric, event.event_id)
