from typing import Literal

ObjectIdType = Literal["cio_object_id", "object_id"]

OBJECT_ID_TYPE_VALUES: set[ObjectIdType] = {
    "cio_object_id",
    "object_id",
}


def check_object_id_type(value: str) -> ObjectIdType:
    if value in OBJECT_ID_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OBJECT_ID_TYPE_VALUES!r}")
