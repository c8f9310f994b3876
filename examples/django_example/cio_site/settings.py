"""Settings of the example project: only what Customer.io needs, credentials from the environment."""

from __future__ import annotations

import os

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "example-only-not-secret")
DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
INSTALLED_APPS = ["signups.apps.SignupsConfig"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "cio_site.urls"
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True

# Customer.io. `None` lets the SDK read CUSTOMERIO_SITE_ID / CUSTOMERIO_API_KEY / CUSTOMERIO_REGION.
CUSTOMERIO_SITE_ID = os.environ.get("CUSTOMERIO_SITE_ID")
CUSTOMERIO_API_KEY = os.environ.get("CUSTOMERIO_API_KEY")
CUSTOMERIO_REGION = os.environ.get("CUSTOMERIO_REGION", "us")
CUSTOMERIO_WEBHOOK_SIGNING_SECRET = os.environ.get("CUSTOMERIO_WEBHOOK_SIGNING_SECRET", "")
