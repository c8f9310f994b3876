"""customerio — typed sync and async clients for Customer.io's Track, App and Pipelines APIs.

    from customerio import TrackClient

    with TrackClient("site id", "api key") as cio:
        cio.identify("user-1", {"email": "a@example.com"})
"""

from __future__ import annotations

__version__ = "0.1.0"

from ._app import APIClient, AsyncAPIClient
from ._batching import (
    AsyncPipelinesBatcher,
    AsyncTrackBatcher,
    BatcherClosedError,
    PartialBatchError,
    PipelinesBatcher,
    TrackBatcher,
)
from ._enums import DeliveryExportMetric, IdentifierType
from ._errors import (
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
from ._logging import setup_from_env
from ._pipelines import AsyncPipelinesClient, PipelinesClient
from ._regions import Region, RegionEU, RegionUS
from ._requests import (
    SendEmailRequest,
    SendInAppRequest,
    SendInboxMessageRequest,
    SendPushRequest,
    SendSMSRequest,
    SendWhatsAppRequest,
)
from ._retry import RetryOptions
from ._signature import verify_request_signature
from ._track import AsyncTrackClient, TrackClient

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
    "RateLimitError",
    "RedirectError",
    "Region",
    "RegionEU",
    "RegionUS",
    "RetryOptions",
    "SendEmailRequest",
    "SendInAppRequest",
    "SendInboxMessageRequest",
    "SendPushRequest",
    "SendSMSRequest",
    "SendWhatsAppRequest",
    "ServerError",
    "TrackBatcher",
    "TrackClient",
    "__version__",
    "verify_request_signature",
]
