from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionalLinkMetricMetricSeries")


@_attrs_define
class TransactionalLinkMetricMetricSeries:
    """Per kind of click, one count per period, oldest first.

    Attributes:
        clicked (list[int] | Unset):
        human_clicked (list[int] | Unset):
        machine_clicked (list[int] | Unset):
    """

    clicked: list[int] | Unset = UNSET
    human_clicked: list[int] | Unset = UNSET
    machine_clicked: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clicked: list[int] | Unset = UNSET
        if not isinstance(self.clicked, Unset):
            clicked = self.clicked

        human_clicked: list[int] | Unset = UNSET
        if not isinstance(self.human_clicked, Unset):
            human_clicked = self.human_clicked

        machine_clicked: list[int] | Unset = UNSET
        if not isinstance(self.machine_clicked, Unset):
            machine_clicked = self.machine_clicked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clicked is not UNSET:
            field_dict["clicked"] = clicked
        if human_clicked is not UNSET:
            field_dict["human_clicked"] = human_clicked
        if machine_clicked is not UNSET:
            field_dict["machine_clicked"] = machine_clicked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clicked = cast(list[int], d.pop("clicked", UNSET))

        human_clicked = cast(list[int], d.pop("human_clicked", UNSET))

        machine_clicked = cast(list[int], d.pop("machine_clicked", UNSET))

        transactional_link_metric_metric_series = cls(
            clicked=clicked,
            human_clicked=human_clicked,
            machine_clicked=machine_clicked,
        )

        transactional_link_metric_metric_series.additional_properties = d
        return transactional_link_metric_metric_series

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
