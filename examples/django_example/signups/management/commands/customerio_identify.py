"""`python manage.py customerio_identify USER_ID EMAIL`: update one person from the command line."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from customerio import CustomerIOError
from signups.apps import track_client


class Command(BaseCommand):
    help = "Create or update a person in Customer.io with an email address."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("user_id")
        parser.add_argument("email")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            track_client().identify(options["user_id"], {"email": options["email"]})
        except CustomerIOError as error:
            raise CommandError(f"Customer.io: {error}") from error
        self.stdout.write(f"identified {options['user_id']}")
