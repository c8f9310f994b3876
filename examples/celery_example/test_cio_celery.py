"""Tests for cio_celery.py: the signal handlers around a task, in this process and in a forked child."""

from __future__ import annotations

import os
from collections.abc import Iterator

import cio_celery
import pytest
from celery.signals import worker_process_init, worker_process_shutdown

from customerio import PipelinesClient
from customerio.testing import FakeCustomerIO, serve


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeCustomerIO]:
    fake = FakeCustomerIO()
    monkeypatch.setattr(cio_celery, "client_factory", fake.pipelines_client)
    yield fake
    cio_celery.stop_customerio()


def sent_events(fake: FakeCustomerIO) -> list[tuple[str, str]]:
    return [
        (item["userId"], item["event"])
        for call in fake.calls
        if call.operation == "batch"
        for item in call.json["batch"]
    ]


def test_a_task_outside_a_worker_process_says_why() -> None:
    with pytest.raises(RuntimeError, match="worker_process_init"):
        cio_celery.order_completed.apply(args=("u1", 9.5)).get()


def test_the_worker_signals_start_and_flush_the_batcher(fake: FakeCustomerIO) -> None:
    worker_process_init.send(sender=None)
    message_ids = [cio_celery.order_completed.apply(args=(f"u{n}", 10.0 + n)).get() for n in range(3)]
    assert all(isinstance(m, str) and m for m in message_ids)
    worker_process_shutdown.send(sender=None, pid=os.getpid(), exitcode=0)
    # people travel in parallel lanes (each person's calls in order), so compare without the order
    assert sorted(sent_events(fake)) == [
        ("u0", "Order Completed"),
        ("u1", "Order Completed"),
        ("u2", "Order Completed"),
    ]
    assert all(call.valid for call in fake.calls)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_forked_child_that_exits_like_a_prefork_child_loses_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    server = serve()  # bound and listening, but not serving yet: no thread of ours exists at the fork
    monkeypatch.setattr(
        cio_celery, "client_factory", lambda: PipelinesClient("wk", url=server.url_for("pipelines"), timeout=5.0)
    )
    pid = os.fork()
    if pid == 0:  # the child: what Celery's prefork pool does around its tasks
        code = 1
        try:
            worker_process_init.send(sender=None)
            cio_celery.order_completed.apply(args=("u-child", 1.0)).get()
            worker_process_shutdown.send(sender=None, pid=os.getpid(), exitcode=0)
            code = 0
        finally:
            os._exit(code)  # skips atexit, as prefork children do
    server.start()  # the child's requests waited in the listen backlog until now
    try:
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        events = [(i["userId"], i["event"]) for c in server.calls if c.operation == "batch" for i in c.json["batch"]]
    finally:
        server.close()
    assert events == [("u-child", "Order Completed")]
