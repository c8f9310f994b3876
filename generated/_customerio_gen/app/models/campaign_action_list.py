from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_action import CampaignAction


T = TypeVar("T", bound="CampaignActionList")


@_attrs_define
class CampaignActionList:
    """
    Attributes:
        actions (list[CampaignAction] | Unset):
        next_ (str | Unset): Cursor for the next page; empty or absent on the last page.
    """

    actions: list[CampaignAction] | Unset = UNSET
    next_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item = actions_item_data.to_dict()
                actions.append(actions_item)

        next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actions is not UNSET:
            field_dict["actions"] = actions
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_action import CampaignAction  # noqa: PLC0415

        d = dict(src_dict)
        _actions = d.pop("actions", UNSET)
        actions: list[CampaignAction] | Unset = UNSET
        if isinstance(_actions, list):
            actions = []
            for actions_item_data in _actions:
                actions_item = CampaignAction.from_dict(
                    actions_item_data if isinstance(actions_item_data, Mapping) else {}
                )

                actions.append(actions_item)

        next_ = d.pop("next", UNSET)

        campaign_action_list = cls(
            actions=actions,
            next_=next_,
        )

        campaign_action_list.additional_properties = d
        return campaign_action_list

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
