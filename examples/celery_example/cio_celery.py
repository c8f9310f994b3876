"""A Celery worker that sends Pipelines calls through one batcher per worker process.

    CUSTOMERIO_WRITE_KEY=... celery -A cio_celery worker --pool prefork      # from examples/celery_example/

Celery's prefork pool forks its children from the main worker process. Each child builds its own
client and batcher when it starts (`worker_process_init`) and sends what is queued when it stops
(`worker_process_shutdown`): children end with `os._exit()`, which skips `atexit`, so without that
handler the last calls of a recycled child would be lost. With the solo, threads or gevent pools,
connect the same two functions to `worker_init` / `worker_shutdown` instead.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from typing import Any

from celery import Celery
from celery.signals import worker_process_init, worker_process_shutdown

from customerio import PipelinesBatcher, PipelinesClient

log = logging.getLogger(__name__)

app = Celery("cio_celery", broker=os.environ.get("CELERY_BROKER_URL", "memory://"))

client_factory: Callable[[], PipelinesClient] = PipelinesClient  # CUSTOMERIO_WRITE_KEY; tests swap it
_client: PipelinesClient | None = None
_batcher: PipelinesBatcher | None = None


def on_error(error: Exception, items: Sequence[Any]) -> None:
    # Called from the batcher's worker with what could not be delivered after retries: keep it.
    log.error("Customer.io did not take %d calls: %s", len(items), error)


@worker_process_init.connect
def start_customerio(**_: Any) -> None:
    global _client, _batcher
    _client = client_factory()
    _batcher = PipelinesBatcher(_client, flush_interval=0.5, on_error=on_error)


@worker_process_shutdown.connect
def stop_customerio(**_: Any) -> None:
    global _client, _batcher
    if _batcher is not None:
        _batcher.close(timeout=10)  # sends everything queued, then stops the worker thread
    if _client is not None:
        _client.close()
    _client = _batcher = None


def batcher() -> PipelinesBatcher:
    if _batcher is None:
        raise RuntimeError("Customer.io is not set up in this process (worker_process_init did not run)")
    return _batcher


@app.task
def order_completed(user_id: str, total: float) -> str:
    """Queue the event and return its messageId; the batcher sends it with others."""
    return batcher().track(user_id=user_id, event="Order Completed", properties={"total": total})
