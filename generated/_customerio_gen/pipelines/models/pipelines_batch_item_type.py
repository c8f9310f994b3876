from typing import Literal

PipelinesBatchItemType = Literal["alias", "group", "identify", "page", "screen", "track"]

PIPELINES_BATCH_ITEM_TYPE_VALUES: set[PipelinesBatchItemType] = {
    "alias",
    "group",
    "identify",
    "page",
    "screen",
    "track",
}


def check_pipelines_batch_item_type(value: str) -> PipelinesBatchItemType:
    if value in PIPELINES_BATCH_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PIPELINES_BATCH_ITEM_TYPE_VALUES!r}")
