from typing import Literal

PipelinesTrackPropertiesActionType = Literal["clicked_content", "viewed_content"]

PIPELINES_TRACK_PROPERTIES_ACTION_TYPE_VALUES: set[PipelinesTrackPropertiesActionType] = {
    "clicked_content",
    "viewed_content",
}


def check_pipelines_track_properties_action_type(value: str) -> PipelinesTrackPropertiesActionType:
    if value in PIPELINES_TRACK_PROPERTIES_ACTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_TRACK_PROPERTIES_ACTION_TYPE_VALUES!r}")
