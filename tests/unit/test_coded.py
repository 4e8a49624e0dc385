"""A message kept beside its English text (app/coded.py): what is written is what is read back."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from app import coded
from app.messages import Message


class Row:
    """A row's columns as the models have them: a text, its code and its params."""

    def __init__(self) -> None:
        self.hold_reason: str | None = None
        self.hold_reason_code: str | None = None
        self.hold_reason_params: dict[str, Any] | None = None
        self.review_reasons = ""
        self.review_reason_codes: list[dict[str, Any]] | None = None


def test_a_message_is_stored_as_its_english_text_and_read_back_as_the_same_message() -> None:
    row = Row()
    nested = Message(
        "carrier_refused_void",
        {
            "reason": Message(
                "remote_could_not", {"name": "YunExpress", "what": "void", "reference": "P-1", "text": "x"}
            )
        },
    )
    coded.store(row, "hold_reason", nested)
    assert row.hold_reason == str(nested)
    assert row.hold_reason_code == "carrier_refused_void"
    json.dumps(row.hold_reason_params)  # plain JSON: a database column keeps it
    assert coded.read(row, "hold_reason") == nested


def test_params_keep_their_shape_a_list_of_words_a_tuple_of_reasons_a_number() -> None:
    message = Message("address_incomplete", {"fields": ["street", "postcode"]})  # a list of words joined with ", "
    reasons = Message("order_cannot_be_approved", {"number": "7", "reasons": ("no shipping method", message)})
    row = Row()
    coded.store(row, "hold_reason", reasons)
    params = json.loads(json.dumps(row.hold_reason_params))  # as a database gives it back
    back = coded.load(row.hold_reason, row.hold_reason_code, params)
    assert back == reasons and str(back) == str(reasons)
    assert isinstance(back, Message) and isinstance(back.params["reasons"], tuple)
    priced = Message("print_job_cancelled_left", {"left": Decimal("3")})  # not JSON: kept as its text
    coded.store(row, "hold_reason", priced)
    assert coded.read(row, "hold_reason") == Message("print_job_cancelled_left", {"left": "3"})


def test_a_plain_text_or_an_older_row_has_no_code_and_reads_as_its_text() -> None:
    row = Row()
    coded.store(row, "hold_reason", "buyer asked")  # the user's own words
    assert (row.hold_reason, row.hold_reason_code, row.hold_reason_params) == ("buyer asked", None, None)
    assert coded.read(row, "hold_reason") == "buyer asked"
    coded.store(row, "hold_reason", None)
    assert coded.read(row, "hold_reason") is None and row.hold_reason is None
    # a code a later version wrote, unknown to this one: its English text
    assert coded.load("from the future", "no_such_code_yet", {}) == "from the future"


def test_a_list_keeps_each_message_in_step_with_its_line() -> None:
    row = Row()
    reasons = [Message("label_not_ready"), "changed on marketplace: address", Message("parcel_no_shipping_method")]
    coded.store_lines(row, "review_reasons", "review_reason_codes", reasons)
    assert row.review_reasons == "label not ready yet\nchanged on marketplace: address\nno shipping method"
    assert coded.read_lines(row, "review_reasons", "review_reason_codes") == reasons
    coded.store_lines(row, "review_reasons", "review_reason_codes", ["only words"])
    assert row.review_reason_codes is None
    row.review_reasons, row.review_reason_codes = "a\nb", [{"code": "label_not_ready"}]  # out of step: the texts
    assert coded.read_lines(row, "review_reasons", "review_reason_codes") == ["a", "b"]


def test_a_credential_in_a_message_is_masked_in_its_params_too() -> None:
    leaky = Message("text", {"text": "GET /x?access_token=abc123secret failed"})
    clean = coded.scrubbed(leaky)
    assert isinstance(clean, Message) and "abc123secret" not in str(clean)


def test_a_said_reason_is_its_english_text_and_keeps_its_message_when_stored() -> None:
    message = Message("unpaired_sku", {"missing": "MUG-9"})
    said = coded.Said(message)
    assert said == "unpaired SKU MUG-9" and said.startswith("unpaired SKU")  # compared and searched as text
    assert list(dict.fromkeys([said, "unpaired SKU MUG-9"])) == [said]
    row = Row()
    coded.store_lines(row, "review_reasons", "review_reason_codes", [said, "changed on marketplace: lines"])
    assert coded.read_lines(row, "review_reasons", "review_reason_codes") == [message, "changed on marketplace: lines"]
    assert coded.as_said(message) == said and coded.as_said("words") == "words"
