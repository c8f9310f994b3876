"""customerio — typed sync and async clients for Customer.io's Track, App and Pipelines APIs.

from customerio import TrackClient

with TrackClient("site id", "api key") as cio:
    cio.identify("user-1", {"email": "a@example.com"})
    cio.track("user-1", {"name": "signed_up"})   # checked by mypy against customerio.types

`customerio.types` holds the request TypedDicts, `customerio.models` the response models,
`customerio.webhooks` the webhook helpers and event classes.
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING, Any

from _customerio_gen._runtime import USE_CLIENT_DEFAULT, UseClientDefault

from . import _compat_check  # noqa: F401  (first: ImportError next to the older `customerio` packages)
from ._enums import DeliveryExportMetric, IdentifierType
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    CustomerIOError,
    CustomerIORequestError,
    EventLoopError,
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
from ._logging import setup_from_env
from ._regions import Region, RegionArg, RegionEU, RegionUS
from ._signature import verify_request_signature

if TYPE_CHECKING:
    from ._app import APIClient, AsyncAPIClient
    from ._batching import (
        AsyncPipelinesBatcher,
        AsyncTrackBatcher,
        BatcherClosedError,
        PartialBatchError,
        PipelinesBatcher,
        TrackBatcher,
    )
    from ._pipelines import AsyncPipelinesClient, PipelinesClient
    from ._rate_limit import RateLimit, RateLimiter
    from ._redirects import SecretHeader
    from ._requests import (
        SendEmailRequest,
        SendInAppRequest,
        SendInboxMessageRequest,
        SendPushRequest,
        SendSMSRequest,
        SendWhatsAppRequest,
    )
    from ._retry import RetryOptions
    from ._track import AsyncTrackClient, TrackClient

# The clients, their options and the batchers load on first use: `import customerio` stays close
# to the cost of importing httpx (see README, "Import cost"), whichever API a program uses.
_LAZY = {
    "TrackClient": "._track",
    "AsyncTrackClient": "._track",
    "RetryOptions": "._retry",
    "RateLimit": "._rate_limit",
    "RateLimiter": "._rate_limit",
    "SecretHeader": "._redirects",
    "SendEmailRequest": "._requests",
    "SendInAppRequest": "._requests",
    "SendInboxMessageRequest": "._requests",
    "SendPushRequest": "._requests",
    "SendSMSRequest": "._requests",
    "SendWhatsAppRequest": "._requests",
    "APIClient": "._app",
    "AsyncAPIClient": "._app",
    "PipelinesClient": "._pipelines",
    "AsyncPipelinesClient": "._pipelines",
    "PipelinesBatcher": "._batching",
    "AsyncPipelinesBatcher": "._batching",
    "TrackBatcher": "._batching",
    "AsyncTrackBatcher": "._batching",
    "BatcherClosedError": "._batching",
    "PartialBatchError": "._batching",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'customerio' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


setup_from_env()

__all__ = [
    "APIClient",
    "APIConnectionError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncPipelinesBatcher",
    "AsyncPipelinesClient",
    "AsyncTrackBatcher",
    "AsyncTrackClient",
    "AuthenticationError",
    "BatcherClosedError",
    "CustomerIOError",
    "CustomerIORequestError",
    "DeliveryExportMetric",
    "EventLoopError",
    "IdentifierType",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "InvalidResponseError",
    "MissingParamError",
    "NotFoundError",
    "PartialBatchError",
    "PipelinesBatcher",
    "PipelinesClient",
    "QueueFullError",
    "RateLimit",
    "RateLimitError",
    "RateLimiter",
    "RedirectError",
    "Region",
    "RegionArg",
    "RegionEU",
    "RegionUS",
    "RetryOptions",
    "SecretHeader",
    "SendEmailRequest",
    "SendInAppRequest",
    "SendInboxMessageRequest",
    "SendPushRequest",
    "SendSMSRequest",
    "SendWhatsAppRequest",
    "ServerError",
    "TrackBatcher",
    "TrackClient",
    "USE_CLIENT_DEFAULT",
    "UseClientDefault",
    "__version__",
    "verify_request_signature",
]
