from typing import Literal

DesignStudioSortBy = Literal["created", "name", "updated"]

DESIGN_STUDIO_SORT_BY_VALUES: set[DesignStudioSortBy] = {
    "created",
    "name",
    "updated",
}


def check_design_studio_sort_by(value: str) -> DesignStudioSortBy:
    if value in DESIGN_STUDIO_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DESIGN_STUDIO_SORT_BY_VALUES!r}")
