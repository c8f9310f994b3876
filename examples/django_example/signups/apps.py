"""The app config owns the process's Customer.io client: built once from settings, closed at exit."""

from __future__ import annotations

import atexit

from django.apps import AppConfig, apps
from django.conf import settings

from customerio import TrackClient


class SignupsConfig(AppConfig):
    name = "signups"
    track: TrackClient

    def ready(self) -> None:
        # Settings are read once, at start-up, so a missing credential fails the deploy, not a request.
        # The SDK's pools are fork-safe: a client built here (before gunicorn or Celery forks) is fine.
        self.track = TrackClient(
            settings.CUSTOMERIO_SITE_ID,
            settings.CUSTOMERIO_API_KEY,
            region="eu" if settings.CUSTOMERIO_REGION == "eu" else "us",
            timeout=5.0,
        )
        atexit.register(self.track.close)


def track_client() -> TrackClient:
    """The client views use; tests replace `SignupsConfig.track` with the fake's."""
    config = apps.get_app_config("signups")
    assert isinstance(config, SignupsConfig)
    return config.track
