from typing import Literal

DataIndexAttributePrivacyLevel = Literal[0, 1]

DATA_INDEX_ATTRIBUTE_PRIVACY_LEVEL_VALUES: set[DataIndexAttributePrivacyLevel] = {
    0,
    1,
}


def check_data_index_attribute_privacy_level(value: int) -> DataIndexAttributePrivacyLevel:
    if value in DATA_INDEX_ATTRIBUTE_PRIVACY_LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_INDEX_ATTRIBUTE_PRIVACY_LEVEL_VALUES!r}")
