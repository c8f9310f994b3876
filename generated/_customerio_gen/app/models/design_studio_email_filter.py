from typing import Literal

DesignStudioEmailFilter = Literal["any", "false", "true"]

DESIGN_STUDIO_EMAIL_FILTER_VALUES: set[DesignStudioEmailFilter] = {
    "any",
    "false",
    "true",
}


def check_design_studio_email_filter(value: str) -> DesignStudioEmailFilter:
    if value in DESIGN_STUDIO_EMAIL_FILTER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESIGN_STUDIO_EMAIL_FILTER_VALUES!r}")
