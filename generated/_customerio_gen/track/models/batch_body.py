from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.track_v2_delivery_event import TrackV2DeliveryEvent
    from ..models.track_v2_object_add_relationships import TrackV2ObjectAddRelationships
    from ..models.track_v2_object_delete import TrackV2ObjectDelete
    from ..models.track_v2_object_delete_relationships import TrackV2ObjectDeleteRelationships
    from ..models.track_v2_object_identify import TrackV2ObjectIdentify
    from ..models.track_v2_object_identify_anonymous import TrackV2ObjectIdentifyAnonymous
    from ..models.track_v2_person_add_device import TrackV2PersonAddDevice
    from ..models.track_v2_person_add_relationships import TrackV2PersonAddRelationships
    from ..models.track_v2_person_delete import TrackV2PersonDelete
    from ..models.track_v2_person_delete_device import TrackV2PersonDeleteDevice
    from ..models.track_v2_person_delete_relationships import TrackV2PersonDeleteRelationships
    from ..models.track_v2_person_event import TrackV2PersonEvent
    from ..models.track_v2_person_identify import TrackV2PersonIdentify
    from ..models.track_v2_person_merge import TrackV2PersonMerge
    from ..models.track_v2_person_page import TrackV2PersonPage
    from ..models.track_v2_person_screen import TrackV2PersonScreen
    from ..models.track_v2_person_suppress import TrackV2PersonSuppress
    from ..models.track_v2_person_unsuppress import TrackV2PersonUnsuppress


T = TypeVar("T", bound="BatchBody")


@_attrs_define
class BatchBody:
    """
    Attributes:
        batch (list[TrackV2DeliveryEvent | TrackV2ObjectAddRelationships | TrackV2ObjectDelete | TrackV2ObjectDeleteRelationships | TrackV2ObjectIdentify | TrackV2ObjectIdentifyAnonymous | TrackV2PersonAddDevice | TrackV2PersonAddRelationships | TrackV2PersonDelete | TrackV2PersonDeleteDevice | TrackV2PersonDeleteRelationships | TrackV2PersonEvent | TrackV2PersonIdentify | TrackV2PersonMerge | TrackV2PersonPage | TrackV2PersonScreen | TrackV2PersonSuppress | TrackV2PersonUnsuppress] | Unset):
    """

    batch: (
        list[
            TrackV2DeliveryEvent
            | TrackV2ObjectAddRelationships
            | TrackV2ObjectDelete
            | TrackV2ObjectDeleteRelationships
            | TrackV2ObjectIdentify
            | TrackV2ObjectIdentifyAnonymous
            | TrackV2PersonAddDevice
            | TrackV2PersonAddRelationships
            | TrackV2PersonDelete
            | TrackV2PersonDeleteDevice
            | TrackV2PersonDeleteRelationships
            | TrackV2PersonEvent
            | TrackV2PersonIdentify
            | TrackV2PersonMerge
            | TrackV2PersonPage
            | TrackV2PersonScreen
            | TrackV2PersonSuppress
            | TrackV2PersonUnsuppress
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.track_v2_object_add_relationships import TrackV2ObjectAddRelationships  # noqa: PLC0415
        from ..models.track_v2_object_delete import TrackV2ObjectDelete  # noqa: PLC0415
        from ..models.track_v2_object_delete_relationships import TrackV2ObjectDeleteRelationships  # noqa: PLC0415
        from ..models.track_v2_object_identify import TrackV2ObjectIdentify  # noqa: PLC0415
        from ..models.track_v2_object_identify_anonymous import TrackV2ObjectIdentifyAnonymous  # noqa: PLC0415
        from ..models.track_v2_person_add_device import TrackV2PersonAddDevice  # noqa: PLC0415
        from ..models.track_v2_person_add_relationships import TrackV2PersonAddRelationships  # noqa: PLC0415
        from ..models.track_v2_person_delete import TrackV2PersonDelete  # noqa: PLC0415
        from ..models.track_v2_person_delete_device import TrackV2PersonDeleteDevice  # noqa: PLC0415
        from ..models.track_v2_person_delete_relationships import TrackV2PersonDeleteRelationships  # noqa: PLC0415
        from ..models.track_v2_person_event import TrackV2PersonEvent  # noqa: PLC0415
        from ..models.track_v2_person_identify import TrackV2PersonIdentify  # noqa: PLC0415
        from ..models.track_v2_person_merge import TrackV2PersonMerge  # noqa: PLC0415
        from ..models.track_v2_person_page import TrackV2PersonPage  # noqa: PLC0415
        from ..models.track_v2_person_screen import TrackV2PersonScreen  # noqa: PLC0415
        from ..models.track_v2_person_suppress import TrackV2PersonSuppress  # noqa: PLC0415
        from ..models.track_v2_person_unsuppress import TrackV2PersonUnsuppress  # noqa: PLC0415

        batch: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batch, Unset):
            batch = []
            for batch_item_data in self.batch:
                batch_item: dict[str, Any]
                if isinstance(batch_item_data, TrackV2PersonIdentify):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonDelete):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonEvent):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonScreen):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonPage):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonAddRelationships):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonDeleteRelationships):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonAddDevice):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonDeleteDevice):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonMerge):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonSuppress):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2PersonUnsuppress):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2ObjectIdentify):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2ObjectIdentifyAnonymous):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2ObjectDelete):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2ObjectAddRelationships):
                    batch_item = batch_item_data.to_dict()
                elif isinstance(batch_item_data, TrackV2ObjectDeleteRelationships):
                    batch_item = batch_item_data.to_dict()
                else:
                    batch_item = batch_item_data.to_dict()

                batch.append(batch_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch is not UNSET:
            field_dict["batch"] = batch

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.track_v2_delivery_event import TrackV2DeliveryEvent  # noqa: PLC0415
        from ..models.track_v2_object_add_relationships import TrackV2ObjectAddRelationships  # noqa: PLC0415
        from ..models.track_v2_object_delete import TrackV2ObjectDelete  # noqa: PLC0415
        from ..models.track_v2_object_delete_relationships import TrackV2ObjectDeleteRelationships  # noqa: PLC0415
        from ..models.track_v2_object_identify import TrackV2ObjectIdentify  # noqa: PLC0415
        from ..models.track_v2_object_identify_anonymous import TrackV2ObjectIdentifyAnonymous  # noqa: PLC0415
        from ..models.track_v2_person_add_device import TrackV2PersonAddDevice  # noqa: PLC0415
        from ..models.track_v2_person_add_relationships import TrackV2PersonAddRelationships  # noqa: PLC0415
        from ..models.track_v2_person_delete import TrackV2PersonDelete  # noqa: PLC0415
        from ..models.track_v2_person_delete_device import TrackV2PersonDeleteDevice  # noqa: PLC0415
        from ..models.track_v2_person_delete_relationships import TrackV2PersonDeleteRelationships  # noqa: PLC0415
        from ..models.track_v2_person_event import TrackV2PersonEvent  # noqa: PLC0415
        from ..models.track_v2_person_identify import TrackV2PersonIdentify  # noqa: PLC0415
        from ..models.track_v2_person_merge import TrackV2PersonMerge  # noqa: PLC0415
        from ..models.track_v2_person_page import TrackV2PersonPage  # noqa: PLC0415
        from ..models.track_v2_person_screen import TrackV2PersonScreen  # noqa: PLC0415
        from ..models.track_v2_person_suppress import TrackV2PersonSuppress  # noqa: PLC0415
        from ..models.track_v2_person_unsuppress import TrackV2PersonUnsuppress  # noqa: PLC0415

        d = dict(src_dict)
        _batch = d.pop("batch", UNSET)
        batch: (
            list[
                TrackV2DeliveryEvent
                | TrackV2ObjectAddRelationships
                | TrackV2ObjectDelete
                | TrackV2ObjectDeleteRelationships
                | TrackV2ObjectIdentify
                | TrackV2ObjectIdentifyAnonymous
                | TrackV2PersonAddDevice
                | TrackV2PersonAddRelationships
                | TrackV2PersonDelete
                | TrackV2PersonDeleteDevice
                | TrackV2PersonDeleteRelationships
                | TrackV2PersonEvent
                | TrackV2PersonIdentify
                | TrackV2PersonMerge
                | TrackV2PersonPage
                | TrackV2PersonScreen
                | TrackV2PersonSuppress
                | TrackV2PersonUnsuppress
            ]
            | Unset
        ) = UNSET
        if isinstance(_batch, list):
            batch = []
            for batch_item_data in _batch:

                def _parse_batch_item(
                    data: object,
                ) -> (
                    TrackV2DeliveryEvent
                    | TrackV2ObjectAddRelationships
                    | TrackV2ObjectDelete
                    | TrackV2ObjectDeleteRelationships
                    | TrackV2ObjectIdentify
                    | TrackV2ObjectIdentifyAnonymous
                    | TrackV2PersonAddDevice
                    | TrackV2PersonAddRelationships
                    | TrackV2PersonDelete
                    | TrackV2PersonDeleteDevice
                    | TrackV2PersonDeleteRelationships
                    | TrackV2PersonEvent
                    | TrackV2PersonIdentify
                    | TrackV2PersonMerge
                    | TrackV2PersonPage
                    | TrackV2PersonScreen
                    | TrackV2PersonSuppress
                    | TrackV2PersonUnsuppress
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_0 = TrackV2PersonIdentify.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_1 = TrackV2PersonDelete.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_2 = TrackV2PersonEvent.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_3 = TrackV2PersonScreen.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_4 = TrackV2PersonPage.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_5 = TrackV2PersonAddRelationships.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_6 = TrackV2PersonDeleteRelationships.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_7 = TrackV2PersonAddDevice.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_8 = TrackV2PersonDeleteDevice.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_9 = TrackV2PersonMerge.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_10 = TrackV2PersonSuppress.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_person_operation_type_11 = TrackV2PersonUnsuppress.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_person_operation_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_object_operation_type_0 = TrackV2ObjectIdentify.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_object_operation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_object_operation_type_1 = TrackV2ObjectIdentifyAnonymous.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_object_operation_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_object_operation_type_2 = TrackV2ObjectDelete.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_object_operation_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_object_operation_type_3 = TrackV2ObjectAddRelationships.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_object_operation_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_track_v2_object_operation_type_4 = TrackV2ObjectDeleteRelationships.from_dict(
                            data if isinstance(data, Mapping) else {}
                        )

                        return componentsschemas_track_v2_object_operation_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_track_entity_operation_type_2 = TrackV2DeliveryEvent.from_dict(
                        data if isinstance(data, Mapping) else {}
                    )

                    return componentsschemas_track_entity_operation_type_2

                batch_item = _parse_batch_item(batch_item_data)

                batch.append(batch_item)

        batch_body = cls(
            batch=batch,
        )

        batch_body.additional_properties = d
        return batch_body

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
