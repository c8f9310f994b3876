from typing import Literal

ListDesignStudioFoldersSortOrder = Literal["asc", "desc"]

LIST_DESIGN_STUDIO_FOLDERS_SORT_ORDER_VALUES: set[ListDesignStudioFoldersSortOrder] = {
    "asc",
    "desc",
}


def check_list_design_studio_folders_sort_order(value: str) -> ListDesignStudioFoldersSortOrder:
    if value in LIST_DESIGN_STUDIO_FOLDERS_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DESIGN_STUDIO_FOLDERS_SORT_ORDER_VALUES!r}")
