"""Per-country address rules: postcode patterns, which region a carrier needs, examples.

Data only; ``app.addresses`` applies it. Patterns are checked against the postcode
upper-cased with runs of spaces collapsed, so "sw1a  2aa" is tested as "SW1A 2AA".
A country missing here gets the generic checks only (fields present, a known country
code, a phone that parses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class CountryRule:
    postcode: str | None  # regex; None: the country has no postcodes
    example: str = ""
    postcode_optional: bool = False  # many buyers leave it out: check it only when present
    region: str = ""  # "state" / "province" / "prefecture": the carrier needs it
    regions: frozenset[str] = frozenset()  # accepted codes (names are accepted too) when known

    def postcode_re(self) -> re.Pattern[str] | None:
        return _compiled(self.postcode) if self.postcode else None


_CACHE: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    found = _CACHE.get(pattern)
    if found is None:
        found = _CACHE[pattern] = re.compile(f"^(?:{pattern})$")
    return found


US_STATES: Final = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
        "PR",
        "VI",
        "GU",
        "AS",
        "MP",
        "AA",
        "AE",
        "AP",
    ]
)
US_STATE_NAMES: Final = frozenset(
    n.upper()
    for n in [
        "Alabama",
        "Alaska",
        "Arizona",
        "Arkansas",
        "California",
        "Colorado",
        "Connecticut",
        "Delaware",
        "Florida",
        "Georgia",
        "Hawaii",
        "Idaho",
        "Illinois",
        "Indiana",
        "Iowa",
        "Kansas",
        "Kentucky",
        "Louisiana",
        "Maine",
        "Maryland",
        "Massachusetts",
        "Michigan",
        "Minnesota",
        "Mississippi",
        "Missouri",
        "Montana",
        "Nebraska",
        "Nevada",
        "Ohio",
        "Oklahoma",
        "Oregon",
        "Pennsylvania",
        "Tennessee",
        "Texas",
        "Utah",
        "Vermont",
        "Virginia",
        "Washington",
        "Wisconsin",
        "Wyoming",
    ]
) | frozenset(
    {
        "NEW HAMPSHIRE",
        "NEW JERSEY",
        "NEW MEXICO",
        "NEW YORK",
        "NORTH CAROLINA",
        "NORTH DAKOTA",
        "RHODE ISLAND",
        "SOUTH CAROLINA",
        "SOUTH DAKOTA",
        "WEST VIRGINIA",
        "DISTRICT OF COLUMBIA",
        "PUERTO RICO",
    }
)
CA_PROVINCES: Final = frozenset(["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"])
AU_STATES: Final = frozenset(["ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA"])
BR_STATES: Final = frozenset(
    [
        "AC",
        "AL",
        "AP",
        "AM",
        "BA",
        "CE",
        "DF",
        "ES",
        "GO",
        "MA",
        "MT",
        "MS",
        "MG",
        "PA",
        "PB",
        "PR",
        "PE",
        "PI",
        "RJ",
        "RN",
        "RS",
        "RO",
        "RR",
        "SC",
        "SP",
        "SE",
        "TO",
    ]
)
MX_STATES: Final = frozenset(
    [
        "AGU",
        "BCN",
        "BCS",
        "CAM",
        "CHP",
        "CHH",
        "CMX",
        "COA",
        "COL",
        "DUR",
        "GUA",
        "GRO",
        "HID",
        "JAL",
        "MEX",
        "MIC",
        "MOR",
        "NAY",
        "NLE",
        "OAX",
        "PUE",
        "QUE",
        "ROO",
        "SLP",
        "SIN",
        "SON",
        "TAB",
        "TAM",
        "TLA",
        "VER",
        "YUC",
        "ZAC",
    ]
)

_D5 = r"\d{5}"
_D4 = r"\d{4}"
_D6 = r"\d{6}"

RULES: Final[dict[str, CountryRule]] = {
    "US": CountryRule(r"\d{5}(-\d{4})?", "10118", region="state", regions=US_STATES | US_STATE_NAMES),
    "CN": CountryRule(_D6, "200120", region="province"),
    "GB": CountryRule(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|GIR ?0AA", "SW1A 2AA"),
    "DE": CountryRule(_D5, "10115"),
    "FR": CountryRule(_D5, "75011"),
    "JP": CountryRule(r"\d{3}-?\d{4}", "150-8510"),
    "KR": CountryRule(_D5, "04524"),
    "CA": CountryRule(
        r"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d",
        "K1A 0B1",
        region="province",
        regions=CA_PROVINCES,
    ),
    "AU": CountryRule(_D4, "2000", region="state", regions=AU_STATES),
    "IT": CountryRule(_D5, "00186"),
    "ES": CountryRule(r"(0[1-9]|[1-4]\d|5[0-2])\d{3}", "28014"),
    "NL": CountryRule(r"[1-9]\d{3} ?[A-Z]{2}", "1012 AB"),
    "BR": CountryRule(r"\d{5}-?\d{3}", "01310-100", region="state", regions=BR_STATES),
    "MX": CountryRule(_D5, "06600", region="state", regions=MX_STATES),
    "RU": CountryRule(_D6, "101000"),
    "IN": CountryRule(r"[1-9]\d{2} ?\d{3}", "110001"),
    "PL": CountryRule(r"\d{2}-?\d{3}", "00-017"),
    "SE": CountryRule(r"\d{3} ?\d{2}", "111 22"),
    "BE": CountryRule(r"[1-9]\d{3}", "1000"),
    "CH": CountryRule(r"[1-9]\d{3}", "8001"),
    "AT": CountryRule(r"[1-9]\d{3}", "1010"),
    "DK": CountryRule(_D4, "1050"),
    "NO": CountryRule(_D4, "0150"),
    "FI": CountryRule(_D5, "00100"),
    "IE": CountryRule(r"([AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}", "D02 X285", postcode_optional=True),
    "PT": CountryRule(r"\d{4}-?\d{3}", "1100-148"),
    "CZ": CountryRule(r"\d{3} ?\d{2}", "110 00"),
    "SK": CountryRule(r"\d{3} ?\d{2}", "811 01"),
    "TR": CountryRule(_D5, "34000"),
    "SA": CountryRule(r"\d{5}(-\d{4})?", "11564"),
    "AE": CountryRule(None),
    "QA": CountryRule(None),
    "IL": CountryRule(r"\d{5}(\d{2})?", "6100000"),
    "SG": CountryRule(_D6, "018956"),
    "MY": CountryRule(_D5, "50450"),
    "TH": CountryRule(_D5, "10110"),
    "ID": CountryRule(_D5, "10110"),
    "PH": CountryRule(_D4, "1000"),
    "VN": CountryRule(_D6, "100000", postcode_optional=True),
    "NZ": CountryRule(_D4, "6011"),
    "ZA": CountryRule(_D4, "8001"),
    "CL": CountryRule(r"\d{3}-?\d{4}", "8320000"),
    "AR": CountryRule(r"([A-HJ-NP-Z])?\d{4}([A-Z]{3})?", "C1002AAP"),
    "CO": CountryRule(_D6, "110111"),
    "PE": CountryRule(_D5, "15001", postcode_optional=True),
    "HK": CountryRule(None),
    "MO": CountryRule(None),
    "TW": CountryRule(r"\d{3}(\d{2,3})?", "100"),
    "UA": CountryRule(_D5, "01001"),
    "RO": CountryRule(_D6, "010011"),
    "HU": CountryRule(_D4, "1051"),
    "GR": CountryRule(r"\d{3} ?\d{2}", "105 57"),
    "BG": CountryRule(_D4, "1000"),
    "HR": CountryRule(_D5, "10000"),
    "SI": CountryRule(_D4, "1000"),
    "LT": CountryRule(r"(LT-)?\d{5}", "01100"),
    "LV": CountryRule(r"(LV-)?\d{4}", "LV-1050"),
    "EE": CountryRule(_D5, "10111"),
    "LU": CountryRule(r"(L-)?\d{4}", "1009"),
    "CY": CountryRule(_D4, "1010"),
    "MT": CountryRule(r"[A-Z]{3} ?\d{2,4}", "VLT 1117"),
    "IS": CountryRule(r"\d{3}", "101"),
    "KW": CountryRule(_D5, "13001", postcode_optional=True),
    "EG": CountryRule(_D5, "11511", postcode_optional=True),
    "PK": CountryRule(_D5, "44000"),
    "KZ": CountryRule(r"\d{6}|[A-Z]\d{2}[A-Z]\d[A-Z]\d", "050000"),
    "NG": CountryRule(_D6, "100001", postcode_optional=True),
}

# EU member states: one customs territory (parcels between them need no declaration).
EU: Final = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
    ]
)
