"""A fake Customer.io for your own tests, checked against the API descriptions the SDK is built from.

In process, as an httpx transport::

    from customerio.testing import FakeCustomerIO

    fake = FakeCustomerIO()
    cio = fake.track_client()                      # a real TrackClient wired to the fake
    cio.identify("u1", {"email": "a@example.com"})
    assert fake.last_call.operation == "identify"
    assert fake.last_call.json == {"email": "a@example.com"}

    fake.fail_next("identify", status=503, retry_after=2)   # the client retries, without sleeping
    fake.respond("get_customers_by_email", json={"results": [{"id": "u1"}]})

    # or with your own client configuration
    TrackClient("site", "key", http_client=httpx.Client(transport=fake))

Over loopback HTTP (`python -m customerio.testing serve --port 8080`, or in a test)::

    with serve_in_thread() as server:
        cio = TrackClient("site", "key", url=server.url_for("track"))
        ...
        server.calls                               # the same Call records

Like the network, in simulated time::

    clock = VirtualClock()
    fake = FakeCustomerIO(latency=0.02, rate_limits=True, clock=clock.now, sleep=clock.sleep)
    api = fake.api_client(rate_limit=True)         # paced within the published limits: no 429
    # python -m customerio.testing serve --latency-ms 20 --rate-limits

Reporting webhooks for your receiver's tests::

    body = sample_webhook("email", "clicked")       # a payload valid against spec/webhooks.yaml
    headers = sign_webhook(SECRET, body)            # X-CIO-Timestamp, X-CIO-Signature, Content-Type
    # or from a shell: python -m customerio.testing send-webhook URL --secret S --event email.clicked

Requests are validated with openapi-schema-validator when it is installed
(`pip install 'customerio-sdk[testing]'`), else with built-in checks; see `FakeCustomerIO`.
"""

from __future__ import annotations

from ._clock import VirtualClock
from ._fake import Answer, Call, FakeCustomerIO
from ._server import PREFIXES, FakeServer, serve, serve_in_thread
from ._webhooks import new_event_id, sample_webhook, sign_webhook

__all__ = [
    "PREFIXES",
    "Answer",
    "Call",
    "FakeCustomerIO",
    "FakeServer",
    "VirtualClock",
    "new_event_id",
    "sample_webhook",
    "serve",
    "serve_in_thread",
    "sign_webhook",
]
