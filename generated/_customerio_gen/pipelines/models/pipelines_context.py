from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipelines_context_channel import PipelinesContextChannel, check_pipelines_context_channel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pipelines_context_app import PipelinesContextApp
    from ..models.pipelines_context_campaign import PipelinesContextCampaign
    from ..models.pipelines_context_device import PipelinesContextDevice
    from ..models.pipelines_context_network import PipelinesContextNetwork
    from ..models.pipelines_context_os import PipelinesContextOs
    from ..models.pipelines_context_page import PipelinesContextPage
    from ..models.pipelines_library import PipelinesLibrary


T = TypeVar("T", bound="PipelinesContext")


@_attrs_define
class PipelinesContext:
    """What surrounds the call. Keys given per call win over the client's `default_context` (a shallow merge); `library`
    names this SDK unless the call sets it.

    Attributes:
        library (PipelinesLibrary | Unset): The library that sent the call.
        active (bool | Unset): False to update traits without marking the person as seen.
        ip (str | Unset):
        locale (str | Unset): For example `en-US`.
        user_agent (str | Unset):
        channel (PipelinesContextChannel | Unset): Where the call comes from.
        page (PipelinesContextPage | Unset): The web page the call came from.
        campaign (PipelinesContextCampaign | Unset): UTM parameters of the visit.
        app (PipelinesContextApp | Unset): The mobile app the call came from.
        device (PipelinesContextDevice | Unset): The device the call came from.
        network (PipelinesContextNetwork | Unset): The device's network connections.
        os (PipelinesContextOs | Unset): The device's operating system.
    """

    library: PipelinesLibrary | Unset = UNSET
    active: bool | Unset = UNSET
    ip: str | Unset = UNSET
    locale: str | Unset = UNSET
    user_agent: str | Unset = UNSET
    channel: PipelinesContextChannel | Unset = UNSET
    page: PipelinesContextPage | Unset = UNSET
    campaign: PipelinesContextCampaign | Unset = UNSET
    app: PipelinesContextApp | Unset = UNSET
    device: PipelinesContextDevice | Unset = UNSET
    network: PipelinesContextNetwork | Unset = UNSET
    os: PipelinesContextOs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        library: dict[str, Any] | Unset = UNSET
        if not isinstance(self.library, Unset):
            library = self.library.to_dict()

        active = self.active

        ip = self.ip

        locale = self.locale

        user_agent = self.user_agent

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        device: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device, Unset):
            device = self.device.to_dict()

        network: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network, Unset):
            network = self.network.to_dict()

        os: dict[str, Any] | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if library is not UNSET:
            field_dict["library"] = library
        if active is not UNSET:
            field_dict["active"] = active
        if ip is not UNSET:
            field_dict["ip"] = ip
        if locale is not UNSET:
            field_dict["locale"] = locale
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if channel is not UNSET:
            field_dict["channel"] = channel
        if page is not UNSET:
            field_dict["page"] = page
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if app is not UNSET:
            field_dict["app"] = app
        if device is not UNSET:
            field_dict["device"] = device
        if network is not UNSET:
            field_dict["network"] = network
        if os is not UNSET:
            field_dict["os"] = os

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pipelines_context_app import PipelinesContextApp  # noqa: PLC0415
        from ..models.pipelines_context_campaign import PipelinesContextCampaign  # noqa: PLC0415
        from ..models.pipelines_context_device import PipelinesContextDevice  # noqa: PLC0415
        from ..models.pipelines_context_network import PipelinesContextNetwork  # noqa: PLC0415
        from ..models.pipelines_context_os import PipelinesContextOs  # noqa: PLC0415
        from ..models.pipelines_context_page import PipelinesContextPage  # noqa: PLC0415
        from ..models.pipelines_library import PipelinesLibrary  # noqa: PLC0415

        d = dict(src_dict)
        _library = d.pop("library", UNSET)
        library: PipelinesLibrary | Unset
        if isinstance(_library, Unset) or _library is None:
            library = UNSET
        else:
            library = PipelinesLibrary.from_dict(_library if isinstance(_library, Mapping) else {})

        active = d.pop("active", UNSET)

        ip = d.pop("ip", UNSET)

        locale = d.pop("locale", UNSET)

        user_agent = d.pop("userAgent", UNSET)

        _channel = d.pop("channel", UNSET)
        channel: PipelinesContextChannel | Unset
        if isinstance(_channel, Unset) or _channel is None:
            channel = UNSET
        else:
            channel = check_pipelines_context_channel(_channel)

        _page = d.pop("page", UNSET)
        page: PipelinesContextPage | Unset
        if isinstance(_page, Unset) or _page is None:
            page = UNSET
        else:
            page = PipelinesContextPage.from_dict(_page if isinstance(_page, Mapping) else {})

        _campaign = d.pop("campaign", UNSET)
        campaign: PipelinesContextCampaign | Unset
        if isinstance(_campaign, Unset) or _campaign is None:
            campaign = UNSET
        else:
            campaign = PipelinesContextCampaign.from_dict(_campaign if isinstance(_campaign, Mapping) else {})

        _app = d.pop("app", UNSET)
        app: PipelinesContextApp | Unset
        if isinstance(_app, Unset) or _app is None:
            app = UNSET
        else:
            app = PipelinesContextApp.from_dict(_app if isinstance(_app, Mapping) else {})

        _device = d.pop("device", UNSET)
        device: PipelinesContextDevice | Unset
        if isinstance(_device, Unset) or _device is None:
            device = UNSET
        else:
            device = PipelinesContextDevice.from_dict(_device if isinstance(_device, Mapping) else {})

        _network = d.pop("network", UNSET)
        network: PipelinesContextNetwork | Unset
        if isinstance(_network, Unset) or _network is None:
            network = UNSET
        else:
            network = PipelinesContextNetwork.from_dict(_network if isinstance(_network, Mapping) else {})

        _os = d.pop("os", UNSET)
        os: PipelinesContextOs | Unset
        if isinstance(_os, Unset) or _os is None:
            os = UNSET
        else:
            os = PipelinesContextOs.from_dict(_os if isinstance(_os, Mapping) else {})

        pipelines_context = cls(
            library=library,
            active=active,
            ip=ip,
            locale=locale,
            user_agent=user_agent,
            channel=channel,
            page=page,
            campaign=campaign,
            app=app,
            device=device,
            network=network,
            os=os,
        )

        pipelines_context.additional_properties = d
        return pipelines_context

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
