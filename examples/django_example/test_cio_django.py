"""Tests for the Django example: the fake Customer.io in place of the app config's client."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterator

import django
import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cio_site.settings")
os.environ.setdefault("CUSTOMERIO_SITE_ID", "site")
os.environ.setdefault("CUSTOMERIO_API_KEY", "key")
django.setup()

from django.apps import apps  # noqa: E402  (after django.setup())
from django.core.management import call_command  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from signups import views  # noqa: E402
from signups.apps import SignupsConfig  # noqa: E402

from customerio.testing import FakeCustomerIO, sample_webhook, sign_webhook  # noqa: E402

SECRET = "whsec-test"


@pytest.fixture
def fake() -> Iterator[FakeCustomerIO]:
    config = apps.get_app_config("signups")
    assert isinstance(config, SignupsConfig)
    real = config.track
    fake = FakeCustomerIO()
    config.track = fake.track_client(retry={"max_retries": 0})
    try:
        yield fake
    finally:
        config.track.close()
        config.track = real


def test_the_app_config_builds_the_client_from_settings() -> None:
    config = apps.get_app_config("signups")
    assert isinstance(config, SignupsConfig)
    assert "key" not in repr(config.track)


def test_a_signup_identifies_then_tracks(fake: FakeCustomerIO) -> None:
    answer = Client().post("/signups", {"user_id": "u1", "email": "ada@example.com"}, content_type="application/json")
    assert answer.status_code == 201, answer.content
    assert [(c.operation, c.json) for c in fake.calls] == [
        ("identify", {"email": "ada@example.com"}),
        ("track", {"name": "signed_up"}),
    ]
    assert all(call.valid for call in fake.calls)


def test_a_customerio_failure_is_a_502(fake: FakeCustomerIO) -> None:
    fake.fail_next("identify", status=401, body={"meta": {"error": "bad credentials"}})
    answer = Client().post("/signups", {"user_id": "u1", "email": "ada@example.com"}, content_type="application/json")
    assert answer.status_code == 502
    assert json.loads(answer.content) == {"error": "Customer.io: 401: bad credentials"}


@override_settings(CUSTOMERIO_WEBHOOK_SIGNING_SECRET=SECRET)
def test_the_webhook_view_verifies_then_handles() -> None:
    body = sample_webhook("customer", "unsubscribed", data={"customer_id": "u7"})
    answer = Client().post(
        "/webhooks/customerio", body, content_type="application/json", headers=sign_webhook(SECRET, body)
    )
    assert answer.status_code == 200
    assert json.loads(answer.content) == {"event_id": json.loads(body)["event_id"]}
    assert views.unsubscribed[-1] == "u7"
    forged = sign_webhook("not-the-secret", body)
    assert (
        Client().post("/webhooks/customerio", body, content_type="application/json", headers=forged).status_code == 401
    )
    not_an_event = b"[]"
    signed = sign_webhook(SECRET, not_an_event)
    assert (
        Client().post("/webhooks/customerio", not_an_event, content_type="application/json", headers=signed).status_code
        == 400
    )


def test_the_management_command_identifies(fake: FakeCustomerIO) -> None:
    out = io.StringIO()
    call_command("customerio_identify", "u2", "bo@example.com", stdout=out)
    assert out.getvalue().strip() == "identified u2"
    assert (fake.last_call.operation, fake.last_call.json) == ("identify", {"email": "bo@example.com"})
