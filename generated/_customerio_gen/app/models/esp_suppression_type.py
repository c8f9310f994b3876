from typing import Literal

EspSuppressionType = Literal["blocks", "bounces", "invalid_emails", "spam_reports"]

ESP_SUPPRESSION_TYPE_VALUES: set[EspSuppressionType] = {
    "blocks",
    "bounces",
    "invalid_emails",
    "spam_reports",
}


def check_esp_suppression_type(value: str) -> EspSuppressionType:
    if value in ESP_SUPPRESSION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ESP_SUPPRESSION_TYPE_VALUES!r}")
