from typing import Literal

PipelinesContextChannel = Literal["browser", "mobile", "server"]

PIPELINES_CONTEXT_CHANNEL_VALUES: set[PipelinesContextChannel] = {
    "browser",
    "mobile",
    "server",
}


def check_pipelines_context_channel(value: str) -> PipelinesContextChannel:
    if value in PIPELINES_CONTEXT_CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_CONTEXT_CHANNEL_VALUES!r}")
