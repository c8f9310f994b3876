from typing import Literal

ImportInputPeopleToProcess = Literal["all", "only_existing", "only_new"]

IMPORT_INPUT_PEOPLE_TO_PROCESS_VALUES: set[ImportInputPeopleToProcess] = {
    "all",
    "only_existing",
    "only_new",
}


def check_import_input_people_to_process(value: str) -> ImportInputPeopleToProcess:
    if value in IMPORT_INPUT_PEOPLE_TO_PROCESS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPORT_INPUT_PEOPLE_TO_PROCESS_VALUES!r}")
