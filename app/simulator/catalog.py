"""The demo warehouse: products, bundle pairings and the sender address.

The app seeds its local warehouse from these so that the simulated marketplace's
SKUs pair on first sight (all but the bundle listing and the legacy SKU).
"""

from __future__ import annotations

from typing import Final

# (warehouse SKU, product name, EAN-13 barcode, weight in grams)
PRODUCTS: Final[list[tuple[str, str, str, int]]] = [
    ("MUG-BLU", "Ceramic mug 350 ml, blue", "6951234501075", 380),
    ("MUG-RED", "Ceramic mug 350 ml, red", "6951234501143", 380),
    ("MUG-WHT", "Ceramic mug 350 ml, white", "6951234501211", 380),
    ("COASTER-4", "Cork coasters, set of 4", "6951234501280", 60),
    ("TEA-GRN-100", "Sencha green tea, 100 g tin", "6951234501358", 140),
    ("NOTEBOOK-A5", "Dot-grid notebook A5", "6951234501426", 290),
    ("PEN-GEL-BLK", "Gel pen 0.5 mm, black", "6951234501495", 12),
    ("LAMP-USB", "USB desk lamp, foldable", "6951234501563", 420),
    ("CABLE-USBC-1M", "USB-C cable, 1 m braided", "6951234501631", 45),
    ("TSHIRT-M-BLK", "Cotton T-shirt, size M, black", "6951234501709", 180),
]

# marketplace listing SKU -> warehouse products it is packed from
BUNDLES: Final[dict[str, list[tuple[str, int]]]] = {
    "BUNDLE-MUG-SET": [("MUG-BLU", 1), ("MUG-RED", 1), ("MUG-WHT", 1), ("COASTER-4", 1)],
}

# A marketplace SKU the warehouse never heard of: the order stays in Review, unpaired.
LEGACY_SKU: Final = "LEGACY-SKU-9"

# Same shape as the carrier API's address object.
SENDER: Final[dict[str, object]] = {
    "name": "Shipbench Demo Warehouse",
    "company": "Shenzhen Bench Trading Co., Ltd.",
    "lines": ["Building 7, Xinghe Industrial Park", "88 Minzhi Avenue, Longhua District"],
    "city": "Shenzhen",
    "region": "Guangdong",
    "postcode": "518131",
    "country": "CN",
    "phone": "+86 755 2345 6789",
}
