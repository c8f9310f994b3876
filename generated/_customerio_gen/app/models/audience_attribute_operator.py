from typing import Literal

AudienceAttributeOperator = Literal["eq", "exists"]

AUDIENCE_ATTRIBUTE_OPERATOR_VALUES: set[AudienceAttributeOperator] = {
    "eq",
    "exists",
}


def check_audience_attribute_operator(value: str) -> AudienceAttributeOperator:
    if value in AUDIENCE_ATTRIBUTE_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIENCE_ATTRIBUTE_OPERATOR_VALUES!r}")
