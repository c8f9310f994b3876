"""Customer.io in a FastAPI app: one client for the app's lifetime, handed to routes as a dependency.

    CUSTOMERIO_SITE_ID=... CUSTOMERIO_API_KEY=... CUSTOMERIO_WEBHOOK_SIGNING_SECRET=... \
        uvicorn cio_fastapi:app          # from examples/fastapi_example/

- The lifespan creates one `AsyncTrackClient` (credentials from the environment) and closes it at
  shutdown, so every request shares one connection pool.
- Routes receive it through `Depends(track_client)`; tests swap it for the fake's client with
  `app.dependency_overrides` (see test_cio_fastapi.py).
- `/webhooks/customerio` verifies and parses reporting webhooks with `construct_event` on the raw
  body: 401 for a bad or stale signature, 400 for a body that is not an event, 200 otherwise.
- A Customer.io failure (after the client's retries) becomes a 502 for the caller.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from customerio import AsyncTrackClient, CustomerIOError
from customerio.webhooks import (
    AnyReportingWebhookEvent,
    EmailBouncedEvent,
    WebhookPayloadError,
    WebhookVerificationError,
    construct_event,
)

SECRET_VARIABLE = "CUSTOMERIO_WEBHOOK_SIGNING_SECRET"


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    async with AsyncTrackClient() as track:  # CUSTOMERIO_SITE_ID / CUSTOMERIO_API_KEY / CUSTOMERIO_REGION
        app.state.track = track
        app.state.seen_event_ids = set()
        app.state.bounced = []
        yield


app = FastAPI(lifespan=lifespan)


def track_client(request: Request) -> AsyncTrackClient:
    """The app's client; override this dependency in tests."""
    client: AsyncTrackClient = request.app.state.track
    return client


def webhook_secret() -> str:
    """The reporting webhook's signing secret; override this dependency in tests."""
    secret = os.environ.get(SECRET_VARIABLE)
    if not secret:
        raise HTTPException(status_code=500, detail=f"{SECRET_VARIABLE} is not set")
    return secret


Track = Annotated[AsyncTrackClient, Depends(track_client)]


class Signup(BaseModel):
    user_id: str
    email: str
    plan: str = "free"


@app.exception_handler(CustomerIOError)
async def customerio_failed(request: Request, error: CustomerIOError) -> JSONResponse:
    # The message names the problem (a status, a timeout), never the payload or a credential.
    return JSONResponse(status_code=502, content={"error": f"Customer.io: {error}"})


@app.post("/signups", status_code=201)
async def signup(body: Signup, track: Track) -> dict[str, str]:
    await track.identify(body.user_id, {"email": body.email, "plan": body.plan})
    await track.track(body.user_id, {"name": "signed_up", "data": {"plan": body.plan}})
    return {"user_id": body.user_id}


@app.post("/webhooks/customerio")
async def customerio_webhook(request: Request, secret: Annotated[str, Depends(webhook_secret)]) -> dict[str, object]:
    body = await request.body()  # the raw bytes: the signature covers them exactly
    try:
        event = construct_event(signing_secret=secret, headers=request.headers, body=body)
    except WebhookVerificationError:
        raise HTTPException(status_code=401, detail="bad signature") from None
    except WebhookPayloadError:
        raise HTTPException(status_code=400, detail="not a reporting-webhook event") from None
    seen: set[str] = request.app.state.seen_event_ids
    if event.event_id in seen:  # Customer.io retries deliveries: act once per event_id
        return {"event_id": event.event_id, "duplicate": True}
    seen.add(event.event_id)
    handle(request.app, event)
    return {"event_id": event.event_id, "duplicate": False}


def handle(app: FastAPI, event: AnyReportingWebhookEvent) -> None:
    match event:
        case EmailBouncedEvent() if event.data.recipient:
            app.state.bounced.append(event.data.recipient)
        case _:
            pass
