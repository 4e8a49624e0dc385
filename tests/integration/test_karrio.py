"""UPS and DHL Express through karrio, offline the way karrio's own tests run.

karrio's proxies make every HTTP call through ``karrio.mappers.<carrier>.proxy.lib.request``;
patching it with answers of the carriers' recorded shapes (tests/data/carriers) exercises
the whole of karrio's request building and response parsing plus our mapping, without a
network. The labels inside the answers are drawn by Shipbench's renderer, so the tests
can prove the label that comes out scans as the tracking number.
"""

from __future__ import annotations

import base64
import builtins
import json
import string
import sys
import time
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest

pytest.importorskip("karrio")

from app.connectors import registry
from app.connectors.karrio_carriers import KarrioCarrier
from app.errors import InvalidInput, RemoteRejected, RemoteUnreachable
from app.simulator.platforms._carrier_common import pdf_label
from tests.integration.test_carrier_labels import (
    RECIPIENT,
    SENDER,
    label_barcodes,
    sample_request,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "carriers"
UPS_TRACKING = "1Z999AA10123456784"
DHL_AWB = "1234567890"


def recorded(name: str, **values: str) -> str:
    return string.Template((DATA / name).read_text(encoding="utf-8")).substitute(values)


def png_label(tracking: str) -> bytes:
    from printers.label import Address, ShippingLabel
    from printers.render_png import render_png
    from printers.templates import bind, load_template, shipping_label_data

    def address(d: dict[str, Any]) -> Address:
        return Address(
            d["name"], tuple(d["lines"]), d["city"], d["postcode"], d["country"], d["region"], d["company"], d["phone"]
        )

    label = ShippingLabel(
        tracking, "P-000401", "SO-1001", "UPS", "UPS Saver", address(SENDER), address(RECIPIENT), "2× MUG", 740
    )
    return render_png(bind(load_template("shipping-4x6"), shipping_label_data(label)))


def pdf(tracking: str, carrier: str) -> bytes:
    return pdf_label(
        carrier=carrier,
        tracking_number=tracking,
        reference="P-000402",
        order_reference="SO-1001",
        service="Express",
        sender=SENDER,
        recipient=RECIPIENT,
        sku_summary="2× MUG",
        weight_grams=740,
    )


class UpsApi:
    """The UPS endpoints karrio calls, answering with recorded shapes; remembers what it was sent."""

    def __init__(self, answers: dict[str, str]) -> None:
        self.answers = answers
        self.calls: list[dict[str, Any]] = []

    def __call__(self, **kwargs: Any) -> str:
        self.calls.append(kwargs)
        url = kwargs["url"]
        if url.endswith("/security/v1/oauth/token"):  # karrio decodes this one itself
            return kwargs["decoder"](recorded("ups_oauth.json", issued_at=str(int(time.time() * 1000))))
        for fragment, answer in self.answers.items():
            if fragment in url:
                return answer
        raise AssertionError(f"unexpected UPS call {url}")

    def sent(self, fragment: str) -> dict[str, Any]:
        return json.loads(next(c for c in self.calls if fragment in c["url"])["data"])


@pytest.fixture
def ups() -> KarrioCarrier:
    return registry.carrier(  # type: ignore[return-value]
        "ups",
        "sandbox",
        {"account_number": "A1B2C3"},
        {"client_id": "shipbench-test-client", "client_secret": "s3cret"},
    )


@pytest.fixture
def dhl() -> KarrioCarrier:
    return registry.carrier(  # type: ignore[return-value]
        "dhl_express", "", {"account_number": "950000000"}, {"site_id": "shipbench", "password": "pw"}
    )


def test_ups_books_a_parcel_and_its_label_scans_as_the_tracking_number(ups: KarrioCarrier) -> None:
    label = base64.b64encode(png_label(UPS_TRACKING)).decode()
    api = UpsApi(
        {
            "/api/shipments/v2409/ship": recorded(
                "ups_ship.json", tracking=UPS_TRACKING, label=label, reference="P-000401"
            )
        }
    )

    with patch("karrio.mappers.ups.proxy.lib.request", side_effect=api):
        shipment = ups.create_shipment(sample_request("P-000401", "ups_worldwide_saver"))

    assert (shipment.shipment_id, shipment.tracking_number) == (UPS_TRACKING, UPS_TRACKING)
    assert shipment.label_format == "pdf"
    assert UPS_TRACKING in label_barcodes(shipment.label_format, shipment.label_data)
    sent = api.sent("/ship")["ShipmentRequest"]
    assert sent["Request"]["TransactionReference"]["CustomerContext"] == "P-000401"
    assert sent["Shipment"]["ShipTo"]["Address"]["PostalCode"] == "10115"
    assert sent["Shipment"]["Service"]["Code"] == "65"
    assert "s3cret" not in json.dumps(sent)


def test_ups_refusal_reaches_the_seller_in_words(ups: KarrioCarrier) -> None:
    api = UpsApi({"/api/shipments/v2409/ship": recorded("ups_error.json")})

    with patch("karrio.mappers.ups.proxy.lib.request", side_effect=api), pytest.raises(RemoteRejected) as caught:
        ups.create_shipment(sample_request("P-000403", "ups_worldwide_saver"))

    text = str(caught.value)
    assert text.startswith("UPS refused parcel P-000403: check the postcode")
    assert "postal code 1011X is invalid" in text and "120802" in text


def test_ups_rates_and_void(ups: KarrioCarrier) -> None:
    api = UpsApi(
        {
            "/api/rating/": recorded("ups_rate.json"),
            "/void/cancel/": recorded("ups_void.json", tracking=UPS_TRACKING),
        }
    )
    with patch("karrio.mappers.ups.proxy.lib.request", side_effect=api):
        rates = ups.rates(sample_request("P-000404", ""))
        ups.cancel_shipment(UPS_TRACKING)

    assert sorted((r.service, str(r.amount), r.currency) for r in rates) == [
        ("ups_worldwide_expedited", "29.95", "EUR"),
        ("ups_worldwide_saver", "38.4", "EUR"),
    ]
    void = next(c for c in api.calls if "/void/cancel/" in c["url"])
    assert void["url"].endswith(f"/void/cancel/{UPS_TRACKING}") and void["method"] == "DELETE"


def test_ups_unreachable_is_reported_as_such(ups: KarrioCarrier) -> None:
    refused = ConnectionRefusedError(111, "Connection refused")
    with (
        patch("karrio.mappers.ups.proxy.lib.request", side_effect=refused),
        pytest.raises(RemoteUnreachable, match="UPS cannot be reached"),
    ):
        ups.rates(sample_request("P-000405", ""))


def test_dhl_express_books_a_parcel_with_customs_and_its_pdf_label_scans(dhl: KarrioCarrier) -> None:
    answer = recorded(
        "dhl_express_ship.xml", tracking=DHL_AWB, label=base64.b64encode(pdf(DHL_AWB, "DHL Express")).decode()
    )

    with patch("karrio.mappers.dhl_express.proxy.lib.request", return_value=answer) as http:
        shipment = dhl.create_shipment(sample_request("P-000402", "dhl_express_worldwide_nondoc"))

    assert shipment.tracking_number == DHL_AWB
    assert shipment.label_format == "pdf"
    assert DHL_AWB in label_barcodes("pdf", shipment.label_data)
    sent = http.call_args.kwargs["data"]
    assert "<PostalCode>10115</PostalCode>" in sent
    assert "P-000402" in sent
    assert "691200" in sent  # the customs lines' HS codes reach DHL


def test_dhl_express_refusal_reaches_the_seller_in_words(dhl: KarrioCarrier) -> None:
    with (
        patch("karrio.mappers.dhl_express.proxy.lib.request", return_value=recorded("dhl_express_error.xml")),
        pytest.raises(RemoteRejected) as caught,
    ):
        dhl.create_shipment(sample_request("P-000406", "dhl_express_worldwide_nondoc"))

    assert str(caught.value).startswith("DHL Express refused parcel P-000406: check the postcode")
    assert "99999 is not valid" in str(caught.value)


def test_dhl_express_void_is_a_logged_no_op_and_lookup_is_not_possible(dhl: KarrioCarrier) -> None:
    with patch("karrio.mappers.dhl_express.proxy.lib.request") as http:
        dhl.cancel_shipment(DHL_AWB)
        assert dhl.find_shipment("P-000402") is None
    http.assert_not_called()
    with pytest.raises(RemoteRejected, match="only when the shipment is booked"):
        dhl.get_label(DHL_AWB)


def test_the_registry_builds_each_karrio_carrier_and_names_missing_keys() -> None:
    built = {
        "ups": registry.carrier("ups", "", {}, {"client_id": "a", "client_secret": "b"}),
        "fedex": registry.carrier("fedex", "", {}, {"api_key": "a", "secret_key": "b"}),
        "dhl_express": registry.carrier("dhl_express", "", {}, {"site_id": "a", "password": "b"}),
        "usps": registry.carrier("usps", "", {}, {"client_id": "a", "client_secret": "b"}),
    }
    assert {k: c.name for k, c in built.items()} == {
        "ups": "UPS",
        "fedex": "FedEx",
        "dhl_express": "DHL Express",
        "usps": "USPS",
    }
    with pytest.raises(InvalidInput, match="client_secret"):
        registry.carrier("ups", "", {}, {"client_id": "a"})


def test_without_karrio_the_registry_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_karrio(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "karrio" or name.startswith("karrio."):
            raise ModuleNotFoundError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    import app.connectors

    monkeypatch.delitem(sys.modules, "app.connectors.karrio_carriers", raising=False)
    monkeypatch.delattr(app.connectors, "karrio_carriers", raising=False)
    monkeypatch.setattr(builtins, "__import__", no_karrio)
    with pytest.raises(InvalidInput, match=r"install the carriers extra: uv sync --extra carriers"):
        registry.carrier("ups", "", {}, {"client_id": "a", "client_secret": "b"})
