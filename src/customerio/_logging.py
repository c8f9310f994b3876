"""The `customerio` logger. `CUSTOMERIO_LOG=debug` turns on DEBUG output without code."""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("customerio")


def setup_from_env() -> None:
    if os.environ.get("CUSTOMERIO_LOG", "").strip().lower() != "debug":
        return
    logger.setLevel(logging.DEBUG)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
