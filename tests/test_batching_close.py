"""`close()` returns only once every accepted item was sent, including by workers started while draining."""

from __future__ import annotations

from customerio import TrackBatcher
from customerio.testing import FakeCustomerIO


def test_close_waits_for_every_worker_it_started_while_draining() -> None:
    for _ in range(20):  # the workers grow while the queue drains; each round is one chance to race
        fake = FakeCustomerIO()
        batcher = TrackBatcher(fake.track_client(), block=True)
        for n in range(250):
            batcher.identify(f"u{n}", {"n": n})
        batcher.close()
        delivered = [item for call in fake.calls if call.operation == "batch" for item in call.json["batch"]]
        assert batcher.settled_count() == 250
        assert len(delivered) == 250
