"""The references Shipbench sends: unique across every database in the world.

Parcel numbers are ``P`` + the database id, so every database starts at ``P00000001``.
A second database on the same carrier account (another SQLite station, a reinstall, a
test database) would send the same references and be told "duplicate reference" for
another customer's parcel. So every database gets an **installation identity** once, a
random code kept in its own data (``settings``: it moves with the database when the
file is copied or the server migrated), and the shipper reference is
``<installation><parcel number>``, e.g. ``7K3QZP00000042``. The parcel number itself is
unchanged: labels and scans use it.

Why 5 characters of Crockford base32: 32⁵ ≈ 33.5 million codes. References only have to
be unique per carrier account; with n databases ever sharing one account the chance that
any two draw the same code is about n²/(2·32⁵): 1 in 750,000 for 10 databases, 1 in
6,700 for 100. A collision is then still caught by the adoption check (``app.adoption``:
a record is adopted only when it is this parcel's recipient). And 5 + 9 = 14 characters
fits the tightest carrier limit we send to (30: FedEx through karrio, USPS) with room for
parcel numbers far beyond ten digits. The alphabet (digits and capitals without I, L, O,
U) is accepted by every carrier's reference field and cannot be misread on a label.

A parcel whose waybill was already requested keeps the reference it was sent with (the
outbox job's payload holds it): a booked or in-flight shipment is never orphaned.

**Marketplace package references** (the id a marketplace keeps a confirmed package by:
Amazon's ``packageReferenceId``, a Shopify fulfilment's metafield, a WooCommerce meta key,
the simulator's ledger) are the same ``<installation><parcel number>`` (`package_reference`).
Two databases confirming their own ``P00000001`` on one marketplace account no longer name
the same package. Amazon takes a number only (``[1-9][0-9]{0,18}``): there the reference is
written as digits, ``1`` + the installation code as an 8-digit number + the parcel's number
(`amazon_package_id`): 19 digits at most for a parcel id below 10¹⁰, exactly one number
per (installation, parcel), and at least 10⁹, so never the bare parcel id older references
were sent as (a database would need a billion parcels to reach it). A parcel confirmed
before keeps its reference: it is in its ``confirm_shipment`` job's payload, and a
tracking correction or a confirmation file reads it from there.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from typing import TYPE_CHECKING

from app.errors import InvalidInput

if TYPE_CHECKING:  # the scan's quick path imports this module without SQLAlchemy
    from sqlalchemy.orm import Session

    from db.models import OutboxJob, Parcel

INSTALLATION_KEY = "installation"
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
INSTALLATION_LENGTH = 5
DEFAULT_MAX_LENGTH = 35
_PARCEL_NUMBER = re.compile(r"([A-Z]+)0*(\d+)")


def new_installation_id() -> str:
    return "".join(secrets.choice(CROCKFORD) for _ in range(INSTALLATION_LENGTH))


def new_installation() -> dict[str, str]:
    return {"id": new_installation_id(), "created_at": dt.datetime.now(dt.UTC).isoformat()}


def installation(session: Session) -> dict[str, str]:
    """This database's identity (``id``, ``created_at``), created on first use."""
    from db.repositories.settings import SettingsRepository

    return {k: str(v) for k, v in SettingsRepository(session).add_once(INSTALLATION_KEY, new_installation()).items()}


def installation_id(session: Session) -> str:
    return installation(session)["id"]


def shipper_reference(
    installation_code: str, parcel_number: str, max_length: int = DEFAULT_MAX_LENGTH, *, suffix: str = ""
) -> str:
    """``<installation><parcel number><suffix>``, within the carrier's length.

    ``suffix`` (``R1``, ``R2`` …) tells apart a parcel's new reference from one the carrier
    turned out to hold for someone else (a database copied, a code drawn twice).

    Too long for the carrier, the number loses its zero padding (``P00000042`` → ``P42``):
    still unique, since the padding carries nothing. Never cut off: a cut reference could
    equal another parcel's.
    """
    reference = installation_code + parcel_number + suffix
    if len(reference) <= max_length:
        return reference
    match = _PARCEL_NUMBER.fullmatch(parcel_number)
    if match is not None:
        compact = installation_code + match.group(1) + match.group(2) + suffix
        if len(compact) <= max_length:
            return compact
    raise InvalidInput(
        f"the reference {reference} for parcel {parcel_number} is longer than the carrier takes ({max_length})"
    )


_AMAZON_NEW = re.compile(rf"([{CROCKFORD}]{{{INSTALLATION_LENGTH}}})[A-Z]+0*([0-9]{{1,10}})")


def package_reference(installation_code: str, parcel_number: str) -> str:
    """The package reference a marketplace keeps this parcel's confirmation by:
    ``<installation><parcel number>``, 14 characters of A-Z and 0-9 (every marketplace's key
    takes them; Amazon's numeric id is `amazon_package_id`)."""
    return shipper_reference(installation_code, parcel_number)


def amazon_package_id(reference: str) -> str | None:
    """``7K3QZP00000042`` → ``1`` + ``07K3QZ`` as an 8-digit number + ``42``; None when
    `reference` is not a package reference with an installation code."""
    match = _AMAZON_NEW.fullmatch(reference)
    if match is None:
        return None
    code = 0
    for ch in match.group(1):
        code = code * 32 + CROCKFORD.index(ch)
    return f"1{code:08d}{int(match.group(2))}"


def package_reference_of(session: Session, parcel: Parcel, confirm: OutboxJob | None) -> str:
    """The package reference the marketplace knows (or will know) this parcel by: the one its
    confirmation was sent with (``confirm``, its ``confirm_shipment`` job), else a new one."""
    sent = confirm.payload.get("package_reference") if confirm is not None else None
    if sent:
        return str(sent)
    return package_reference(installation_id(session), parcel.number)
