"""Request code a user would write with dict literals: `mypy --strict` must accept all of it, with
no `cast` anywhere (tests/test_typing.py checks both). Every literal is checked against the
TypedDicts of `customerio.types`; nothing here is run against the network."""

from __future__ import annotations

import datetime as dt

from customerio import APIClient, AsyncTrackClient, SendPushRequest, TrackClient
from customerio.types import (
    AudienceFilterParam,
    BroadcastRecipientsParam,
    SendPushCustomPayloadParam,
    TrackEntityOperationParam,
    TrackEventParam,
)


def signup(track: TrackClient, user_id: str, plan: str) -> None:
    # person attributes: the reserved keys are typed, custom ones are welcome
    track.identify(user_id, {"email": f"{user_id}@example.com", "created_at": 1_700_000_000, "plan": plan})
    track.track(user_id, {"name": "signed_up", "data": {"plan": plan, "trial": True}})
    track.track(user_id, {"name": "purchase", "type": "event", "timestamp": 1_700_000_100, "id": "01HF0000000000"})
    track.track_anonymous("anon-7", {"name": "viewed_pricing", "data": {"referrer": "ad"}})
    track.add_device(user_id, "device-token", "ios", {"last_used": 1_700_000_000, "app_version": "2.1"})
    track.report_metric({"delivery_id": "dlv-1", "metric": "opened", "timestamp": 1_700_000_200})
    track.track_push({"delivery_id": "dlv-1", "event": "opened", "device_id": "device-token"})


def an_event_built_step_by_step(track: TrackClient, user_id: str, coupon: str | None) -> None:
    event: TrackEventParam = {"name": "checkout"}
    if coupon is not None:
        event["data"] = {"coupon": coupon}
    track.track(user_id, event)


def v2_operations(track: TrackClient) -> None:
    operations: list[TrackEntityOperationParam] = [
        {"type": "person", "action": "identify", "identifiers": {"id": "u1"}, "attributes": {"plan": "pro"}},
        {"type": "person", "action": "event", "identifiers": {"email": "a@example.com"}, "name": "upgraded"},
        {"type": "person", "action": "delete", "identifiers": {"cio_id": "a3000001"}},
        {"type": "object", "action": "identify", "identifiers": {"object_type_id": "1", "object_id": "acme"}},
    ]
    track.batch(operations)
    track.entity({"type": "person", "action": "suppress", "identifiers": {"id": "u2"}})


async def async_track(track: AsyncTrackClient) -> None:
    await track.track("u1", {"name": "opened_app", "timestamp": int(dt.datetime.now(dt.UTC).timestamp())})


def audiences(api: APIClient, segment_id: int) -> None:
    pro_members: AudienceFilterParam = {
        "and": [
            {"segment": {"id": segment_id}},
            {"attribute": {"field": "plan", "operator": "eq", "value": "pro"}},
            {"not": {"attribute": {"field": "unsubscribed", "operator": "exists"}}},
        ]
    }
    page = api.search_customers(pro_members, limit=50)
    print(page.identifiers)
    api.create_customers_export({"or": [{"segment": {"id": 1}}, {"segment": {"id": 2}}]})


def broadcasts(api: APIClient, broadcast_id: int, emails: list[str]) -> None:
    api.trigger_broadcast(broadcast_id, {"headline": "Spring sale"}, {"emails": emails, "email_ignore_missing": True})
    api.trigger_broadcast(broadcast_id, None, {"ids": ["u1", 2]})
    everyone_on_pro: BroadcastRecipientsParam = {"attribute": {"field": "plan", "operator": "eq", "value": "pro"}}
    api.trigger_broadcast(broadcast_id, recipients=everyone_on_pro)


def push(api: APIClient) -> None:
    payload: SendPushCustomPayloadParam = {
        "android": {"message": {"notification": {"title": "Hi", "body": "Your order shipped"}}},
    }
    request = SendPushRequest(
        identifiers={"id": "u1"},
        transactional_message_id=7,
        device={"token": "device-token", "platform": "android", "last_used": 1_700_000_000},
        custom_payload=payload,
    )
    api.send_push(request)


def required_arguments(api: APIClient) -> None:
    api.get_customers_by_email("a@example.com")
    api.get_campaign_journey_metrics(4, start=1_700_000_000, end=1_700_086_400, res="days")
