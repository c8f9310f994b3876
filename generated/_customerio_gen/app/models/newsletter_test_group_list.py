from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.newsletter_test_group import NewsletterTestGroup


T = TypeVar("T", bound="NewsletterTestGroupList")


@_attrs_define
class NewsletterTestGroupList:
    """A newsletter's A/B test groups.

    Attributes:
        test_groups (list[NewsletterTestGroup] | Unset):
    """

    test_groups: list[NewsletterTestGroup] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test_groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.test_groups, Unset):
            test_groups = []
            for test_groups_item_data in self.test_groups:
                test_groups_item = test_groups_item_data.to_dict()
                test_groups.append(test_groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test_groups is not UNSET:
            field_dict["test_groups"] = test_groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.newsletter_test_group import NewsletterTestGroup  # noqa: PLC0415

        d = dict(src_dict)
        _test_groups = d.pop("test_groups", UNSET)
        test_groups: list[NewsletterTestGroup] | Unset = UNSET
        if isinstance(_test_groups, list):
            test_groups = []
            for test_groups_item_data in _test_groups:
                test_groups_item = NewsletterTestGroup.from_dict(
                    test_groups_item_data if isinstance(test_groups_item_data, Mapping) else {}
                )

                test_groups.append(test_groups_item)

        newsletter_test_group_list = cls(
            test_groups=test_groups,
        )

        newsletter_test_group_list.additional_properties = d
        return newsletter_test_group_list

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
