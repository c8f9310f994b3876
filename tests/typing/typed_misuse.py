"""Track API misuse that `mypy --strict` must REJECT: tests/test_typing.py expects an error on
every line marked `# E:` and on no other line. Excluded from `make lint`'s mypy run."""

from __future__ import annotations

from typing import Any

from customerio import APIClient, AsyncTrackClient, RegionUS, RetryOptions, SendPushRequest, TrackClient
from customerio.types import AudienceFilterParam, TrackEventParam

client = TrackClient("site", "key")
api = APIClient("app-key")

client.identify(customer_id=[1])  # E: a list is not an id
client.identify(None)  # E: None is not an id
client.identify("cust-1", data=5)  # E: data must be a mapping
client.identify("cust-1", ["email", "a@example.com"])  # E: data must be a mapping
client.identify("cust-1", timeout="x")  # E: timeout is a number of seconds
client.track("cust-1", {"name": "e"}, extra_headers={"X-A": 1})  # E: header values are str
client.track("cust-1", {"name": "e"}, "extra")  # E: no third positional argument
client.add_customers_to_segment(7, ["1"], id_type="phone")  # E: not an identifier type
client.merge_customers("phone", "p1", "email", "s@example.com")  # E: not an identifier type
client.unsubscribe("dlv-1", "no")  # E: unsubscribe is a bool
client.batch({"type": "person", "action": "identify"})  # E: batch takes a list of operations
client.entity([{"type": "person"}])  # E: entity takes one operation
client.track_page_view("cust-1")  # E: path is required
client.trackPageView("cust-1", "/home")  # E: the Python name is track_page_view

# request TypedDicts: dict literals are checked against the spec's request schemas
client.track("u1", {"nme": "signup"})  # E: misspelt event key (and `name` is missing)
client.track("u1", {"name": "signup", "timestamp": "yesterday"})  # E: timestamp is Unix seconds
client.track("u1")  # E: the event is required (node refuses without data.name)
event: TrackEventParam = {"name": "signup", "type": "click"}  # E: not an event type
client.batch([{"type": "person", "action": "identfy", "identifiers": {"id": "u1"}}])  # E: not a v2 action
client.entity({"type": "person", "action": "delete"})  # E: a v2 operation names its identifiers
api.search_customers({"attribute": {"field": "plan", "operator": "equals", "value": "pro"}})  # E: wrong filter operator
api.search_customers({"segment": {"id": 1}, "attribute": {"field": "a", "operator": "exists"}})  # E: one key each
nested: AudienceFilterParam = {"and": [{"segment": {"id": "seven"}}]}  # E: segment ids are integers
api.trigger_broadcast(1, None, {"ids": [1, 2], "id_ignore_missing": "yes"})  # E: the flag is a bool
api.get_customers_by_email()  # E: missing required argument: email
api.get_campaign_journey_metrics(4, start=1, end=2)  # E: missing required argument: res
someone = {"id": "u1"}
SendPushRequest(identifiers=someone, transactional_message_id=1, custom_payload={"ios": 3})  # E: push payload type
SendPushRequest(identifiers=someone, transactional_message_id=1, device={"token": "t", "platform": "tv"})  # E: platform

TrackClient("site", "key", region="au")  # E: region is a Region, "us" or "eu"
TrackClient("site", "key", timeout="10")  # E: timeout is a number
TrackClient(site_id=1)  # E: site_id is a str
TrackClient("site", "key", headers=[("X-A", "1")])  # E: headers is a mapping
TrackClient("site", "key", "eu")  # E: options are keyword-only
RetryOptions(max_retries="3")  # E: max_retries is an int
RetryOptions(retries=3)  # E: no such option
RegionUS.track_url = "https://evil.example/api/v1"  # E: regions are immutable

not_a_number: int = client.identify("cust-1")  # E: identify returns a dict, not Any
region_url: int = client.get_account_region().url  # E: url is str | Unset
status: str = client.with_raw_response.destroy("cust-1").status_code  # E: status_code is an int


async def misuse_async() -> None:
    async_client = AsyncTrackClient("site", "key")
    result: dict[str, Any] = async_client.identify("cust-1")  # E: a coroutine, not awaited
    await async_client.identify(None)  # E: None is not an id
    sync_result: int = await async_client.track("cust-1", {"name": "e"})  # E: the awaited value is a dict
    print(result, sync_result)


def webhook_match_misses_events(body: bytes) -> str:
    from typing import assert_never

    from customerio import webhooks as wh

    event = wh.parse_reporting_webhook(body)
    match event:
        case wh.EmailOpenedEvent():
            return str(event.data.href)  # E: an opened email has no href
        case wh.EmailClickedEvent() | wh.UnknownReportingWebhookEvent():
            return event.object_type
        case _:
            assert_never(event)  # E: every other event class is left unhandled


def webhook_envelope_is_not_optional(body: bytes) -> None:
    from customerio import webhooks as wh

    event = wh.construct_event(signing_secret="s", headers={"X-CIO-Timestamp": "1"}, body=body)
    missing: None = event.event_id  # E: event_id is a str, never None
    wh.construct_event(signing_secret="s", headers=[("X-CIO-Timestamp", "1")], body=body)  # E: headers is a mapping
    wh.construct_event(signing_secret="s", headers={}, body={"metric": "sent"})  # E: body is the raw bytes or text
    print(missing)
