from typing import Literal

NewsletterRateLimitRateLimitTimePeriod = Literal[60, 3600, 86400]

NEWSLETTER_RATE_LIMIT_RATE_LIMIT_TIME_PERIOD_VALUES: set[NewsletterRateLimitRateLimitTimePeriod] = {
    60,
    3600,
    86400,
}


def check_newsletter_rate_limit_rate_limit_time_period(value: int) -> NewsletterRateLimitRateLimitTimePeriod:
    if value in NEWSLETTER_RATE_LIMIT_RATE_LIMIT_TIME_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEWSLETTER_RATE_LIMIT_RATE_LIMIT_TIME_PERIOD_VALUES!r}"
    )
