from typing import Literal

PipelinesTrackPropertiesMetric = Literal["clicked", "converted", "delivered", "opened"]

PIPELINES_TRACK_PROPERTIES_METRIC_VALUES: set[PipelinesTrackPropertiesMetric] = {
    "clicked",
    "converted",
    "delivered",
    "opened",
}


def check_pipelines_track_properties_metric(value: str) -> PipelinesTrackPropertiesMetric:
    if value in PIPELINES_TRACK_PROPERTIES_METRIC_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_TRACK_PROPERTIES_METRIC_VALUES!r}")
