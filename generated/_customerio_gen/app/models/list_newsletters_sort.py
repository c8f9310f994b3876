from typing import Literal

ListNewslettersSort = Literal["asc", "desc"]

LIST_NEWSLETTERS_SORT_VALUES: set[ListNewslettersSort] = {
    "asc",
    "desc",
}


def check_list_newsletters_sort(value: str) -> ListNewslettersSort:
    if value in LIST_NEWSLETTERS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_NEWSLETTERS_SORT_VALUES!r}")
