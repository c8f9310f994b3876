from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_action import CampaignAction


T = TypeVar("T", bound="CampaignActionResponse")


@_attrs_define
class CampaignActionResponse:
    """
    Attributes:
        action (CampaignAction | Unset): One action of a campaign: a message (email, SMS, push, in-app, Slack, WhatsApp) or a webhook. Only the fields that apply to its `type` are present.
    """

    action: CampaignAction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.campaign_action import CampaignAction  # noqa: PLC0415

        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: CampaignAction | Unset
        if isinstance(_action, Unset) or _action is None:
            action = UNSET
        else:
            action = CampaignAction.from_dict(_action if isinstance(_action, Mapping) else {})

        campaign_action_response = cls(
            action=action,
        )

        campaign_action_response.additional_properties = d
        return campaign_action_response

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
