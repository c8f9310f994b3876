from typing import Literal

ImportInputType = Literal["event", "object", "people", "relationship"]

IMPORT_INPUT_TYPE_VALUES: set[ImportInputType] = {
    "event",
    "object",
    "people",
    "relationship",
}


def check_import_input_type(value: str) -> ImportInputType:
    if value in IMPORT_INPUT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_INPUT_TYPE_VALUES!r}")
