from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendPushApsAlert")


@_attrs_define
class SendPushApsAlert:
    """An alert with a title, subtitle and text, each optionally localized by the app.

    Attributes:
        body (str | Unset): The text.
        title (str | Unset): The title.
        subtitle (str | Unset): A line under the title.
        launch_image (str | Unset): An image or storyboard file shown while the app launches from the notification.
        title_loc_key (str | Unset): The key of a localized title in the app's strings.
        title_loc_args (list[str] | Unset): Values for the placeholders of the localized title.
        subtitle_loc_key (str | Unset): The key of a localized subtitle in the app's strings.
        subtitle_loc_args (list[str] | Unset): Values for the placeholders of the localized subtitle.
        loc_key (str | Unset): The key of a localized text in the app's strings.
        loc_args (list[str] | Unset): Values for the placeholders of the localized text.
    """

    body: str | Unset = UNSET
    title: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    launch_image: str | Unset = UNSET
    title_loc_key: str | Unset = UNSET
    title_loc_args: list[str] | Unset = UNSET
    subtitle_loc_key: str | Unset = UNSET
    subtitle_loc_args: list[str] | Unset = UNSET
    loc_key: str | Unset = UNSET
    loc_args: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        title = self.title

        subtitle = self.subtitle

        launch_image = self.launch_image

        title_loc_key = self.title_loc_key

        title_loc_args: list[str] | Unset = UNSET
        if not isinstance(self.title_loc_args, Unset):
            title_loc_args = self.title_loc_args

        subtitle_loc_key = self.subtitle_loc_key

        subtitle_loc_args: list[str] | Unset = UNSET
        if not isinstance(self.subtitle_loc_args, Unset):
            subtitle_loc_args = self.subtitle_loc_args

        loc_key = self.loc_key

        loc_args: list[str] | Unset = UNSET
        if not isinstance(self.loc_args, Unset):
            loc_args = self.loc_args

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if title is not UNSET:
            field_dict["title"] = title
        if subtitle is not UNSET:
            field_dict["subtitle"] = subtitle
        if launch_image is not UNSET:
            field_dict["launch-image"] = launch_image
        if title_loc_key is not UNSET:
            field_dict["title-loc-key"] = title_loc_key
        if title_loc_args is not UNSET:
            field_dict["title-loc-args"] = title_loc_args
        if subtitle_loc_key is not UNSET:
            field_dict["subtitle-loc-key"] = subtitle_loc_key
        if subtitle_loc_args is not UNSET:
            field_dict["subtitle-loc-args"] = subtitle_loc_args
        if loc_key is not UNSET:
            field_dict["loc-key"] = loc_key
        if loc_args is not UNSET:
            field_dict["loc-args"] = loc_args

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        title = d.pop("title", UNSET)

        subtitle = d.pop("subtitle", UNSET)

        launch_image = d.pop("launch-image", UNSET)

        title_loc_key = d.pop("title-loc-key", UNSET)

        title_loc_args = cast(list[str], d.pop("title-loc-args", UNSET))

        subtitle_loc_key = d.pop("subtitle-loc-key", UNSET)

        subtitle_loc_args = cast(list[str], d.pop("subtitle-loc-args", UNSET))

        loc_key = d.pop("loc-key", UNSET)

        loc_args = cast(list[str], d.pop("loc-args", UNSET))

        send_push_aps_alert = cls(
            body=body,
            title=title,
            subtitle=subtitle,
            launch_image=launch_image,
            title_loc_key=title_loc_key,
            title_loc_args=title_loc_args,
            subtitle_loc_key=subtitle_loc_key,
            subtitle_loc_args=subtitle_loc_args,
            loc_key=loc_key,
            loc_args=loc_args,
        )

        send_push_aps_alert.additional_properties = d
        return send_push_aps_alert

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
