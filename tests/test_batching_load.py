"""10 000 Pipelines calls through a batcher to a loopback server that fails one request in five.

The server (started here, on 127.0.0.1, in a thread) answers 503 to every fifth request; the
client's retry policy replays those batches (its sleeps are injected, so nothing waits). Every
messageId that was enqueued must be accepted exactly once: a 503'd batch is accepted later in
full, and nothing is accepted twice; each person's events are accepted in the order they were made.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from test_batching import BOUND, LoopbackServer

from customerio import PipelinesBatcher, PipelinesClient, RetryOptions
from customerio._redirects import RedirectTransport
from customerio._retry import RetryTransport

ITEMS = 10_000
PRODUCERS = 4


def test_ten_thousand_items_each_accepted_exactly_once() -> None:
    started = time.monotonic()
    sleeps: list[float] = []
    failures: list[tuple[Exception, list[Any]]] = []
    with LoopbackServer(lambda index, body: 503 if index % 5 == 4 else 200) as server:
        options = RetryOptions(max_retries=3)
        client = PipelinesClient("wk", url=server.url + "/v1", retry=options)
        client._transport = RetryTransport(RedirectTransport(client._pool), options, sleep=sleeps.append)
        batcher = PipelinesBatcher(client, on_error=lambda exc, items: failures.append((exc, items)))
        enqueued: list[list[str]] = [[] for _ in range(PRODUCERS)]

        def produce(slot: int) -> None:
            for i in range(ITEMS // PRODUCERS):
                enqueued[slot].append(batcher.track(user_id=f"user-{slot}", event="Load", properties={"i": i}))

        threads = [threading.Thread(target=produce, args=(slot,)) for slot in range(PRODUCERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(BOUND)
        batcher.close(timeout=30)
        client.close()
        answers = list(server.answers)
    elapsed = time.monotonic() - started

    sent = {message_id for ids in enqueued for message_id in ids}
    assert len(sent) == ITEMS
    accepted = [item["messageId"] for code, body in answers if code == 200 for item in body["batch"]]
    assert len(accepted) == len(set(accepted)) == ITEMS  # nothing accepted twice
    assert set(accepted) == sent  # nothing lost
    rejected = [body for code, body in answers if code == 503]
    assert len(rejected) >= ITEMS // 100 // 5  # the failures really happened ...
    assert len(sleeps) == len(rejected)  # ... and each was retried by the client's policy
    assert {item["messageId"] for body in rejected for item in body["batch"]} <= set(accepted)
    assert failures == []
    assert all(len(body["batch"]) <= 100 for _, body in answers)
    # several batches were on their way at once, yet each person's events were accepted in order
    for slot in range(PRODUCERS):
        steps = [
            item["properties"]["i"]
            for code, body in answers
            if code == 200
            for item in body["batch"]
            if item["userId"] == f"user-{slot}"
        ]
        assert steps == list(range(ITEMS // PRODUCERS))
    assert elapsed < 30, f"took {elapsed:.1f} s"
