from typing import Literal

ObjectSearchConditionOperator = Literal["eq", "exists"]

OBJECT_SEARCH_CONDITION_OPERATOR_VALUES: set[ObjectSearchConditionOperator] = {
    "eq",
    "exists",
}


def check_object_search_condition_operator(value: str) -> ObjectSearchConditionOperator:
    if value in OBJECT_SEARCH_CONDITION_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OBJECT_SEARCH_CONDITION_OPERATOR_VALUES!r}")
