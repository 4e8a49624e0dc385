"""The shop itself: its profile (name, phone, tax ids) and its warehouses' addresses.

The default warehouse is the ship-from address: the FROM block of every label Shipbench
draws, the shipper sent to carriers, and the origin country customs checks compare with.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app.errors import InvalidInput
from db.models import Warehouse
from db.repositories.settings import SettingsRepository
from db.repositories.warehouses import WarehousesRepository

PROFILE_KEY = "shop"  # the settings row holding ShopProfile
SETUP_KEY = "setup"  # {"done": true} once the setup assistant was finished or skipped
PROFILE_FIELDS = ("name", "phone", "email", "ioss", "vat", "eori")


@dataclass(frozen=True)
class ShopProfile:
    """Who the shop is: the name on documents, a phone, and its own tax ids."""

    name: str = ""
    phone: str = ""
    email: str = ""
    ioss: str = ""  # EU Import One-Stop Shop number (IM…)
    vat: str = ""
    eori: str = ""

    @classmethod
    def from_value(cls, value: dict[str, Any] | None) -> ShopProfile:
        value = value or {}
        return cls(**{k: str(value.get(k) or "").strip() for k in PROFILE_FIELDS})


@dataclass(frozen=True)
class WarehouseAddress:
    """One warehouse: a name to tell it apart, and the address parcels leave from."""

    name: str
    contact: str = ""
    company: str = ""
    lines: tuple[str, ...] = ()
    city: str = ""
    region: str = ""
    postcode: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""
    return_address: dict[str, Any] = field(default_factory=dict)
    is_default: bool = False
    id: int | None = None

    def sender(self) -> dict[str, object]:
        """The address as labels and carrier requests take it (the old "sender" setting's shape)."""
        return {
            "name": self.contact or self.company or self.name,
            "company": self.company,
            "lines": list(self.lines),
            "city": self.city,
            "region": self.region,
            "postcode": self.postcode,
            "country": self.country,
            "phone": self.phone,
            "email": self.email,
        }

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["lines"] = list(self.lines)
        return data


def checked(address: WarehouseAddress) -> WarehouseAddress:
    """The address tidied, or ``InvalidInput`` naming what a carrier would refuse."""
    lines = tuple(x.strip() for x in address.lines if x and x.strip())
    country = address.country.strip().upper()
    name = address.name.strip()
    missing = [
        what
        for what, value in (
            ("warehouse name", name),
            ("street", " ".join(lines)),
            ("city", address.city.strip()),
            ("country", country),
        )
        if not value
    ]
    if missing:
        raise InvalidInput("the ship-from address needs " + ", ".join(missing))
    if len(country) != 2 or not country.isalpha() or not country.isascii():
        raise InvalidInput(f"country must be a two-letter code (CN, DE, US), not {address.country!r}")
    for text in (name, address.contact, address.company, *lines, address.city, address.postcode, address.phone):
        if any(ord(ch) < 32 for ch in text):
            raise InvalidInput("an address cannot hold control characters")
    return WarehouseAddress(
        name=name,
        contact=address.contact.strip(),
        company=address.company.strip(),
        lines=lines,
        city=address.city.strip(),
        region=address.region.strip(),
        postcode=address.postcode.strip(),
        country=country,
        phone=address.phone.strip(),
        email=address.email.strip(),
        return_address=dict(address.return_address),
        is_default=address.is_default,
        id=address.id,
    )


def from_row(row: Warehouse) -> WarehouseAddress:
    return WarehouseAddress(
        id=row.id,
        name=row.name,
        contact=row.contact,
        company=row.company,
        lines=tuple(row.lines or ()),
        city=row.city,
        region=row.region,
        postcode=row.postcode,
        country=row.country,
        phone=row.phone,
        email=row.email,
        return_address=dict(row.return_address or {}),
        is_default=row.is_default,
    )


def fill_row(row: Warehouse, address: WarehouseAddress) -> None:
    row.name = address.name
    row.contact = address.contact
    row.company = address.company
    row.lines = list(address.lines)
    row.city = address.city
    row.region = address.region
    row.postcode = address.postcode
    row.country = address.country
    row.phone = address.phone
    row.email = address.email
    row.return_address = dict(address.return_address)


def profile(session: Session) -> ShopProfile:
    return ShopProfile.from_value(SettingsRepository(session).get(PROFILE_KEY))


def ship_from(session: Session) -> dict[str, object]:
    """The default warehouse as a sender address; ``{}`` while none is set up."""
    row = WarehousesRepository(session).default()
    return from_row(row).sender() if row is not None else {}
