from typing import Literal

ImportInputIdentifier = Literal["cio_id", "email", "id"]

IMPORT_INPUT_IDENTIFIER_VALUES: set[ImportInputIdentifier] = {
    "cio_id",
    "email",
    "id",
}


def check_import_input_identifier(value: str) -> ImportInputIdentifier:
    if value in IMPORT_INPUT_IDENTIFIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_INPUT_IDENTIFIER_VALUES!r}")
