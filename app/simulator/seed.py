"""Deterministic demo orders for the simulated marketplace.

Orders are spread over the two days before a fixed base time, so a given seed gives
the same orders on every run; later changes are stamped with the real clock and so
always sort after the seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from app.simulator.catalog import BUNDLES, LEGACY_SKU, PRODUCTS

SEED_BASE = datetime(2025, 3, 14, 9, 0, 0, tzinfo=UTC)

# marketplace listing prices (EUR)
LIST_PRICES: dict[str, Decimal] = {
    "MUG-BLU": Decimal("12.50"),
    "MUG-RED": Decimal("12.50"),
    "MUG-WHT": Decimal("11.90"),
    "COASTER-4": Decimal("6.95"),
    "TEA-GRN-100": Decimal("9.80"),
    "NOTEBOOK-A5": Decimal("14.00"),
    "PEN-GEL-BLK": Decimal("2.40"),
    "LAMP-USB": Decimal("24.99"),
    "CABLE-USBC-1M": Decimal("7.49"),
    "TSHIRT-M-BLK": Decimal("19.90"),
    "BUNDLE-MUG-SET": Decimal("39.90"),
    LEGACY_SKU: Decimal("18.00"),
}
TITLES: dict[str, str] = {sku: name for sku, name, _ean, _w in PRODUCTS}
TITLES["BUNDLE-MUG-SET"] = "Mug trio with cork coasters (gift set)"
TITLES[LEGACY_SKU] = "Bamboo tea tray (discontinued listing)"
assert set(BUNDLES) == {"BUNDLE-MUG-SET"}

# country -> (names, [(address1, address2, city, region, postcode, phone)])
_PLACES: dict[str, tuple[list[str], list[tuple[str, str, str, str, str, str]]]] = {
    "DE": (
        ["Zoë Müller", "Jürgen Weiß", "Anna Schröder", "Lukas Becker"],
        [
            ("Schönhauser Allee 36", "Hinterhaus, 3. OG", "Berlin", "Berlin", "10435", "+49 30 1234567"),
            ("Leopoldstraße 12", "", "München", "Bayern", "80802", "+49 89 7654321"),
            ("Große Bergstraße 154", "", "Hamburg", "Hamburg", "22767", "+49 40 555123"),
            ("Ehrenstraße 8", "c/o Büro Köhler", "Köln", "Nordrhein-Westfalen", "50672", ""),
        ],
    ),
    "FR": (
        ["François Lefèvre", "Hélène Dubois", "Chloé Martin", "Amélie Girard"],
        [
            ("12 rue de la Roquette", "Bâtiment B", "Paris", "Île-de-France", "75011", "+33 1 43 55 12 34"),
            ("5 place Bellecour", "", "Lyon", "Auvergne-Rhône-Alpes", "69002", "+33 4 78 12 34 56"),
            ("27 quai du Port", "", "Marseille", "Provence-Alpes-Côte d'Azur", "13002", ""),
        ],
    ),
    "US": (
        ["Emily Johnson", "Michael O'Brien", "Sarah Kim", "David Nguyen"],
        [
            ("350 5th Ave", "Suite 4200", "New York", "NY", "10118", "+1 212 555 0147"),
            ("1100 Congress Ave", "", "Austin", "TX", "78701", "+1 512 555 0199"),
            ("400 Broad St", "Apt 12B", "Seattle", "WA", "98109", "+1 206 555 0123"),
            ("1 Dr Carlton B Goodlett Pl", "", "San Francisco", "CA", "94102", ""),
        ],
    ),
    "GB": (
        ["Oliver Brown", "Siobhán O'Connor", "Amelia Clarke"],
        [
            ("10 Downing Street", "", "London", "", "SW1A 2AA", "+44 20 7946 0958"),
            ("Flat 3, 21 Oldham Street", "", "Manchester", "", "M1 1JN", "+44 161 496 0000"),
            ("5 Rose Street", "", "Edinburgh", "", "EH2 2PR", ""),
        ],
    ),
    "JP": (
        ["山田太郎", "佐藤花子", "鈴木一郎", "高橋さくら"],
        [
            ("渋谷2丁目21-1", "渋谷ヒカリエ 11F", "渋谷区", "東京都", "150-8510", "+81 3 1234 5678"),
            ("梅田3丁目1-3", "", "大阪市北区", "大阪府", "530-0001", "+81 6 2345 6789"),
            ("烏丸通七条下ル東塩小路町721-1", "", "京都市下京区", "京都府", "600-8216", ""),
        ],
    ),
    "CN": (
        ["王小明", "李娜", "张伟", "陈静"],
        [
            ("浦东新区世纪大道100号", "环球金融中心 25楼", "上海市", "上海市", "200120", "+86 21 5555 0101"),
            ("朝阳区建国路88号", "SOHO现代城 A座 1203", "北京市", "北京市", "100022", "+86 10 6555 0102"),
            ("天河区天河路208号", "", "广州市", "广东省", "510620", "+86 20 3888 0103"),
        ],
    ),
    "ES": (
        ["José Martínez", "María García Núñez", "Iñaki Etxeberria"],
        [
            ("Calle de Alcalá 45", "3º izquierda", "Madrid", "Madrid", "28014", "+34 91 555 0123"),
            ("Carrer de Mallorca 401", "", "Barcelona", "Cataluña", "08013", "+34 93 555 0145"),
        ],
    ),
    "IT": (
        ["Giulia Rossi", "Niccolò Bianchi", "Lucia Ferrari"],
        [
            ("Via dei Fori Imperiali 1", "", "Roma", "RM", "00186", "+39 06 5555 0101"),
            ("Corso Buenos Aires 33", "Scala C", "Milano", "MI", "20124", ""),
        ],
    ),
    "PL": (
        ["Łukasz Nowak", "Małgorzata Wójcik", "Paweł Kamiński"],
        [
            ("ul. Marszałkowska 104/122", "lok. 7", "Warszawa", "mazowieckie", "00-017", "+48 22 555 01 23"),
            ("ul. Floriańska 15", "", "Kraków", "małopolskie", "31-019", ""),
        ],
    ),
    "AU": (
        ["Charlotte Wilson", "Jack Thompson"],
        [
            ("Level 5, 1 Martin Place", "", "Sydney", "NSW", "2000", "+61 2 5550 1234"),
            ("200 Bourke St", "", "Melbourne", "VIC", "3000", ""),
        ],
    ),
}
# Weighted towards the EU, with a fair share of CJK addresses.
_COUNTRY_WEIGHTS = {"DE": 6, "FR": 4, "GB": 3, "US": 4, "JP": 3, "CN": 3, "ES": 2, "IT": 2, "PL": 2, "AU": 1}
_COMPANIES = {
    "DE": "Atelier Nord GmbH",
    "FR": "Maison Lumière SARL",
    "GB": "Blue Harbour Ltd",
    "US": "Acme Outfitters Inc.",
    "JP": "株式会社サンプル商事",
    "CN": "深圳示例科技有限公司",
}
_NOTES = [
    "Please leave the parcel with the neighbour.",
    "Gift: no invoice in the box please.",
    "Ring twice ^XA~JA — thanks!",  # untrusted text that looks like printer commands
]
_LOCAL_NOTES = {"DE": "Bitte nicht klingeln, Baby schläft.", "CN": "请放在门卫处", "JP": "置き配希望です"}
_PLAIN_SKUS = [sku for sku, _n, _e, _w in PRODUCTS]


@dataclass(frozen=True)
class SeededOrders:
    orders: list[dict]
    # Marketplace order id the scripted interception cancels once a label exists.
    cancel_after_label: str | None


def iso(moment: datetime) -> str:
    """ISO-8601 UTC with milliseconds and "Z" (the simulator's one time format)."""
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def make_orders(count: int = 60, seed: int = 0, base: datetime = SEED_BASE) -> SeededOrders:
    """Build `count` orders; the scripted special cases sit at fixed positions."""
    rng = random.Random(seed)
    countries = list(_COUNTRY_WEIGHTS)
    weights = list(_COUNTRY_WEIGHTS.values())
    window = timedelta(hours=48)
    orders: list[dict] = []
    special = {1: "bundle", 2: "legacy", 3: "cancel_after_label", 4: "cancelled", 5: "unpaid"}
    cancel_after_label: str | None = None
    for index in range(count):
        order_id = f"MP-{10001 + index}"
        # one country of each of the first few orders keeps small seeds varied
        country = countries[index] if index < len(countries) else rng.choices(countries, weights)[0]
        names, places = _PLACES[country]
        name = rng.choice(names)
        address1, address2, city, region, postcode, phone = rng.choice(places)
        created = base - window + window * (index + rng.random() * 0.5) / max(count, 1)
        created = created.replace(microsecond=0)
        role = special.get(index)
        paid = None if role == "unpaid" else created + timedelta(minutes=rng.randint(1, 90))
        updated = (paid or created) + timedelta(minutes=rng.randint(0, 20))
        if index == 7:
            # a tie on updated_at: pages must order by (updated_at, id)
            updated = max(updated, orders[6]["_updated"])
            orders[6]["_updated"] = updated
            orders[6]["updated_at"] = iso(updated)
        lines = _make_lines(rng, order_id, role)
        total = sum((Decimal(line["unit_price"]) * line["quantity"] for line in lines), Decimal("0"))
        note_roll = rng.random()
        note = ""
        if note_roll < 0.12:
            note = rng.choice(_NOTES)
        elif note_roll < 0.2:
            note = _LOCAL_NOTES.get(country, "")
        order = {
            "id": order_id,
            "number": f"113-{rng.randrange(10**7):07d}-{rng.randrange(10**7):07d}",
            "status": "cancelled" if role == "cancelled" else "unshipped",
            "created_at": iso(created),
            "updated_at": iso(updated),
            "paid_at": iso(paid) if paid else None,
            "currency": "EUR",
            "total": f"{total:.2f}",
            "shipping_service": "Expedited" if rng.random() < 0.15 else "Standard",
            "buyer": {"name": name, "email": f"{rng.getrandbits(40):010x}@marketplace.example"},
            "buyer_note": note,
            "ship_to": {
                "name": name,
                "company": _COMPANIES.get(country, "") if rng.random() < 0.15 else "",
                "address1": address1,
                "address2": address2,
                "city": city,
                "region": region,
                "postcode": postcode,
                "country": country,
                "phone": phone,
            },
            "lines": lines,
            "_updated": updated,
        }
        if role == "cancel_after_label":
            cancel_after_label = order_id
        orders.append(order)
    for order in orders:
        del order["_updated"]
    return SeededOrders(orders=orders, cancel_after_label=cancel_after_label)


def _make_lines(rng: random.Random, order_id: str, role: str | None) -> list[dict]:
    if role == "bundle":
        skus = ["BUNDLE-MUG-SET"]
    elif role == "legacy":
        skus = [LEGACY_SKU, rng.choice(_PLAIN_SKUS)]
    else:
        skus = rng.sample(_PLAIN_SKUS, k=rng.choices([1, 2, 3], [6, 3, 1])[0])
    lines = []
    for number, sku in enumerate(skus, start=1):
        quantity = rng.choice([2, 3]) if number == 1 and rng.random() < 0.25 else 1
        lines.append(
            {
                "line_id": f"{order_id}-{number}",
                "sku": sku,
                "title": TITLES[sku],
                "quantity": quantity,
                "unit_price": f"{LIST_PRICES[sku]:.2f}",
            }
        )
    return lines
