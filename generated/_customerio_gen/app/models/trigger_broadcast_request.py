from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_filter import AudienceFilter
    from ..models.broadcast_per_user_data import BroadcastPerUserData
    from ..models.broadcast_trigger_data import BroadcastTriggerData


T = TypeVar("T", bound="TriggerBroadcastRequest")


@_attrs_define
class TriggerBroadcastRequest:
    """The trigger body: `data` for the messages, and at most one way of choosing the audience (an audience filter under
    `recipients`, or `ids`, `emails`, `per_user_data` or `data_file_url` at the top level, each with its flags). With
    none of them the audience set in the UI is used.

    Attributes:
        data (BroadcastTriggerData | Unset): Values the broadcast's messages can use as Liquid `trigger` variables.
        recipients (AudienceFilter | Unset): Who to select, as exactly one key: `and` or `or` (a list of filters, all or any of which must match), `not` (one filter that must not match), `segment` (members of a segment) or `attribute` (a condition on a profile attribute). Filters nest to any depth.
        ids (list[int | str] | Unset): People chosen by id (at most 10000).
        emails (list[str] | Unset): People chosen by email address.
        per_user_data (list[BroadcastPerUserData] | Unset): People chosen one by one, each with message data of its own (at most 10000).
        data_file_url (str | Unset): A file of people, one JSON object per line shaped like a `per_user_data` entry.
        id_ignore_missing (bool | Unset): Skip ids that match no one instead of rejecting the trigger; off when omitted.
        email_ignore_missing (bool | Unset): Skip addresses that match no one instead of rejecting the trigger; off when omitted.
        email_add_duplicates (bool | Unset): Send to every person sharing an address instead of treating it as an error; off when omitted.
    """

    data: BroadcastTriggerData | Unset = UNSET
    recipients: AudienceFilter | Unset = UNSET
    ids: list[int | str] | Unset = UNSET
    emails: list[str] | Unset = UNSET
    per_user_data: list[BroadcastPerUserData] | Unset = UNSET
    data_file_url: str | Unset = UNSET
    id_ignore_missing: bool | Unset = UNSET
    email_ignore_missing: bool | Unset = UNSET
    email_add_duplicates: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        recipients: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = self.recipients.to_dict()

        ids: list[int | str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = []
            for ids_item_data in self.ids:
                ids_item: int | str
                ids_item = ids_item_data
                ids.append(ids_item)

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        per_user_data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.per_user_data, Unset):
            per_user_data = []
            for per_user_data_item_data in self.per_user_data:
                per_user_data_item = per_user_data_item_data.to_dict()
                per_user_data.append(per_user_data_item)

        data_file_url = self.data_file_url

        id_ignore_missing = self.id_ignore_missing

        email_ignore_missing = self.email_ignore_missing

        email_add_duplicates = self.email_add_duplicates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if ids is not UNSET:
            field_dict["ids"] = ids
        if emails is not UNSET:
            field_dict["emails"] = emails
        if per_user_data is not UNSET:
            field_dict["per_user_data"] = per_user_data
        if data_file_url is not UNSET:
            field_dict["data_file_url"] = data_file_url
        if id_ignore_missing is not UNSET:
            field_dict["id_ignore_missing"] = id_ignore_missing
        if email_ignore_missing is not UNSET:
            field_dict["email_ignore_missing"] = email_ignore_missing
        if email_add_duplicates is not UNSET:
            field_dict["email_add_duplicates"] = email_add_duplicates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_filter import AudienceFilter  # noqa: PLC0415
        from ..models.broadcast_per_user_data import BroadcastPerUserData  # noqa: PLC0415
        from ..models.broadcast_trigger_data import BroadcastTriggerData  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: BroadcastTriggerData | Unset
        if isinstance(_data, Unset) or _data is None:
            data = UNSET
        else:
            data = BroadcastTriggerData.from_dict(_data if isinstance(_data, Mapping) else {})

        _recipients = d.pop("recipients", UNSET)
        recipients: AudienceFilter | Unset
        if isinstance(_recipients, Unset) or _recipients is None:
            recipients = UNSET
        else:
            recipients = AudienceFilter.from_dict(_recipients if isinstance(_recipients, Mapping) else {})

        _ids = d.pop("ids", UNSET)
        ids: list[int | str] | Unset = UNSET
        if isinstance(_ids, list):
            ids = []
            for ids_item_data in _ids:

                def _parse_ids_item(data: object) -> int | str:
                    return cast(int | str, data)

                ids_item = _parse_ids_item(ids_item_data)

                ids.append(ids_item)

        emails = cast(list[str], d.pop("emails", UNSET))

        _per_user_data = d.pop("per_user_data", UNSET)
        per_user_data: list[BroadcastPerUserData] | Unset = UNSET
        if isinstance(_per_user_data, list):
            per_user_data = []
            for per_user_data_item_data in _per_user_data:
                per_user_data_item = BroadcastPerUserData.from_dict(
                    per_user_data_item_data if isinstance(per_user_data_item_data, Mapping) else {}
                )

                per_user_data.append(per_user_data_item)

        data_file_url = d.pop("data_file_url", UNSET)

        id_ignore_missing = d.pop("id_ignore_missing", UNSET)

        email_ignore_missing = d.pop("email_ignore_missing", UNSET)

        email_add_duplicates = d.pop("email_add_duplicates", UNSET)

        trigger_broadcast_request = cls(
            data=data,
            recipients=recipients,
            ids=ids,
            emails=emails,
            per_user_data=per_user_data,
            data_file_url=data_file_url,
            id_ignore_missing=id_ignore_missing,
            email_ignore_missing=email_ignore_missing,
            email_add_duplicates=email_add_duplicates,
        )

        trigger_broadcast_request.additional_properties = d
        return trigger_broadcast_request

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
