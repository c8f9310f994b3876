"""Tests for cio_fastapi.py: the fake Customer.io behind the app's dependency, FastAPI's TestClient in front."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from cio_fastapi import app, track_client, webhook_secret
from fastapi.testclient import TestClient

from customerio.testing import FakeCustomerIO, sample_webhook, sign_webhook

SECRET = "whsec-test"


@pytest.fixture
def fake() -> FakeCustomerIO:
    return FakeCustomerIO()


@pytest.fixture
def client(fake: FakeCustomerIO, monkeypatch: pytest.MonkeyPatch) -> Iterator[TestClient]:
    # The lifespan still builds the app's own client; it is never used while the override is in place.
    monkeypatch.setenv("CUSTOMERIO_SITE_ID", "site")
    monkeypatch.setenv("CUSTOMERIO_API_KEY", "key")
    app.dependency_overrides[track_client] = lambda: fake.async_track_client(retry={"max_retries": 0})
    app.dependency_overrides[webhook_secret] = lambda: SECRET
    try:
        with TestClient(app) as test_client:
            yield test_client
    finally:
        app.dependency_overrides.clear()


def test_a_signup_identifies_the_person_then_tracks_the_event(client: TestClient, fake: FakeCustomerIO) -> None:
    answer = client.post("/signups", json={"user_id": "u1", "email": "ada@example.com", "plan": "pro"})
    assert answer.status_code == 201, answer.text
    identify, event = fake.calls
    assert (identify.operation, identify.path_params, identify.json) == (
        "identify",
        {"customer_id": "u1"},
        {"email": "ada@example.com", "plan": "pro"},
    )
    assert (event.operation, event.json) == ("track", {"name": "signed_up", "data": {"plan": "pro"}})
    assert all(call.valid for call in fake.calls)


def test_a_customerio_failure_is_a_502_without_the_payload(client: TestClient, fake: FakeCustomerIO) -> None:
    fake.fail_next("identify", status=500, body={"meta": {"error": "boom"}})
    answer = client.post("/signups", json={"user_id": "u1", "email": "ada@example.com"})
    assert answer.status_code == 502
    assert answer.json() == {"error": "Customer.io: 500: boom"}
    assert "ada@example.com" not in answer.text


def test_a_signed_webhook_is_handled_once(client: TestClient) -> None:
    body = sample_webhook("email", "bounced", data={"recipient": "ada@example.com"})
    headers = sign_webhook(SECRET, body)
    first = client.post("/webhooks/customerio", content=body, headers=headers)
    again = client.post("/webhooks/customerio", content=body, headers=headers)
    event_id = json.loads(body)["event_id"]
    assert (first.status_code, first.json()) == (200, {"event_id": event_id, "duplicate": False})
    assert (again.status_code, again.json()) == (200, {"event_id": event_id, "duplicate": True})
    assert app.state.bounced == ["ada@example.com"]


def test_a_forged_webhook_is_refused_with_401(client: TestClient) -> None:
    body = sample_webhook("email", "clicked")
    headers = sign_webhook("another-secret", body)
    assert client.post("/webhooks/customerio", content=body, headers=headers).status_code == 401
    assert client.post("/webhooks/customerio", content=body).status_code == 401


def test_a_signed_body_that_is_not_an_event_is_a_400(client: TestClient) -> None:
    body = b'{"hello": "world"}'
    answer = client.post("/webhooks/customerio", content=body, headers=sign_webhook(SECRET, body))
    assert answer.status_code == 400
