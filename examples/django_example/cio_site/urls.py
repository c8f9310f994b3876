from __future__ import annotations

from django.urls import path
from signups import views

urlpatterns = [
    path("signups", views.signup),
    path("webhooks/customerio", views.customerio_webhook),
]
