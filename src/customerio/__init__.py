"""customerio — typed sync and async clients for Customer.io's Track, App and Pipelines APIs.

    from customerio import TrackClient

    with TrackClient("site id", "api key") as cio:
        cio.identify("user-1", {"email": "a@example.com"})
"""

from __future__ import annotations

__version__ = "0.1.0"

from ._errors import (  # noqa: E402
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    CustomerIOError,
    CustomerIORequestError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    InvalidResponseError,
    MissingParamError,
    NotFoundError,
    QueueFullError,
    RateLimitError,
    RedirectError,
    ServerError,
)
from ._logging import setup_from_env  # noqa: E402
from ._regions import Region, RegionEU, RegionUS  # noqa: E402
from ._retry import RetryOptions  # noqa: E402
from ._track import AsyncTrackClient, TrackClient  # noqa: E402

setup_from_env()

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AsyncTrackClient",
    "AuthenticationError",
    "CustomerIOError",
    "CustomerIORequestError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "InvalidResponseError",
    "MissingParamError",
    "NotFoundError",
    "QueueFullError",
    "RateLimitError",
    "RedirectError",
    "Region",
    "RegionEU",
    "RegionUS",
    "RetryOptions",
    "ServerError",
    "TrackClient",
    "__version__",
]
