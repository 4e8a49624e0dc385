"""The search box, the rules editor with its dry run, and the Review filter bar, on screen."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.workstation import Workstation
from ui.models import SHIP_BY_COLUMN

SHOTS = os.environ.get("SHIPBENCH_SCREENSHOTS")  # a folder: write screenshots there to look at


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _first_order(ws: Workstation, queue: str = "review") -> dict[str, Any]:
    return ws.queues.orders_summary(queue)[3]


def test_search_box_finds_an_order_and_shows_it_in_its_queue(qtbot: Any, window: Any, ws: Workstation) -> None:
    area = window.rules_area
    order = _first_order(ws)
    window.tabs.setCurrentIndex(2)  # somewhere else
    area.search.edit.setText(order["recipient"]["name"][:5])
    area.search.search_now()
    qtbot.waitUntil(lambda: area.search.results.isVisible() and bool(area.search.hits), timeout=5000)
    _shot(window, "search-results-window")
    _shot(area.search.results, "search-results")
    results = area.search.results
    row = next(i for i in range(results.topLevelItemCount()) if results.topLevelItem(i).text(0) == order["number"])
    item = results.topLevelItem(row)
    assert "recipient: " in item.text(3)
    results.itemClicked.emit(item, 0)
    assert not results.isVisible() and window.current_queue() == "review"
    assert window.selected_order_ids() == [order["id"]]


def test_search_says_when_nothing_is_found(qtbot: Any, window: Any) -> None:
    box = window.rules_area.search
    box.edit.setText("nothing like this")
    box.search_now()
    qtbot.waitUntil(lambda: box.results.isVisible(), timeout=5000)
    assert box.results.topLevelItem(0).text(0) == "Nothing found for “nothing like this”"


def test_rules_editor_adds_orders_and_toggles_rules_without_json(qtbot: Any, window: Any, ws: Workstation) -> None:
    dialog = window.rules_area.show_rules()
    qtbot.waitExposed(dialog)
    dialog.name.setText("EU small parcels")
    (country,) = dialog.conditions.rows
    assert country.kind.currentData() == "country"
    country.fields["in"].setText("EU")  # type: ignore[attr-defined]
    weight = dialog.conditions.add({"kind": "weight"})
    weight.fields["max"].setText("500")  # type: ignore[attr-defined]
    (method,) = dialog.actions.rows
    combo = method.fields["method"]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("EXP"))
    tag = dialog.actions.add({"kind": "add_tag"})
    tag.fields["tag"].setText("eu-small")  # type: ignore[attr-defined]
    first = dialog.save()
    assert first is not None
    qtbot.wait(50)  # rows added to a shown dialog appear on the next event loop turn
    _shot(dialog, "rules-editor")

    dialog.new_rule()
    dialog.name.setText("Everything standard")
    dialog.conditions.set_values([])
    dialog.actions.rows[0].fields["method"].setCurrentIndex(0)  # type: ignore[attr-defined]
    second = dialog.save()
    assert [r.name for r in ws.rules.all()] == ["EU small parcels", "Everything standard"]
    stored = ws.rules.all()[0]
    assert stored.conditions == [{"kind": "country", "in": ["EU"]}, {"kind": "weight", "max": "500"}]
    assert stored.actions == [{"kind": "set_method", "method": "EXP"}, {"kind": "add_tag", "tag": "eu-small"}]

    dialog._move(-1)  # the second rule goes up
    assert [r.id for r in ws.rules.all()] == [second, first]
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert [r.enabled for r in ws.rules.all()] == [False, True]

    dialog.new_rule()
    dialog.name.setText("Broken")
    dialog.conditions.set_values([{"kind": "weight"}])
    assert dialog.save() is None and dialog.message.text() == "the weight condition needs a minimum or a maximum"
    dialog.accept()


def test_dry_run_shows_each_condition_and_the_conflict(qtbot: Any, window: Any, ws: Workstation) -> None:
    ws.rules.save(
        "EU small parcels",
        [{"kind": "country", "in": ["EU"]}, {"kind": "weight", "max": 500}],
        [{"kind": "set_method", "method": "EXP"}],
    )
    ws.rules.save("EU standard", [{"kind": "country", "in": ["EU"]}], [{"kind": "set_method", "method": "STD"}])
    window.select_all("review")
    dialog = window.rules_area.dry_run_selected()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() > 0, timeout=10_000)
    _shot(dialog, "dry-run")
    texts = []
    for i in range(dialog.tree.topLevelItemCount()):
        top = dialog.tree.topLevelItem(i)
        for j in range(top.childCount()):
            child = top.child(j)
            texts += [(child.child(k).text(0), child.child(k).text(1)) for k in range(child.childCount())]
    assert ("shipping method: none → Standard (STD)", "overruled by “EU small parcels”") not in texts
    assert any(
        t == "shipping method: Express (EXP) → Standard (STD)" and v == "overruled by “EU small parcels”"
        for t, v in texts
    )
    assert any(t.startswith("weight ") and t.endswith("not in ≤ 500 g") and v == "✗" for t, v in texts)
    assert "Nothing has been changed." in dialog.summary.text()
    dialog.accept()
    window.views["review"].selectRow(0)
    few = window.rules_area.dry_run_selected()
    qtbot.waitUntil(lambda: few.tree.topLevelItemCount() == 1, timeout=10_000)
    _shot(few, "dry-run-one-order")
    few.accept()


def test_review_filter_bar_filters_and_sorts_by_urgency(qtbot: Any, window: Any, ws: Workstation) -> None:
    bar = window.review_filters
    model = window.models["review"]
    everything = model.rowCount()
    _shot(window, "review-filters")
    country: QLineEdit = bar.country.lineEdit()
    country.setText("DE")
    bar.apply()
    de = [o for o in ws.queues.orders_summary("review") if o["recipient"]["country"] == "DE"]
    assert model.rowCount() == len(de) and 0 < len(de) < everything
    assert {model.index(r, 3).data() for r in range(model.rowCount())} == {"DE"}
    assert bar.count.text() == f"{len(de)} shown"
    window.select_all("review")
    assert sorted(window.selected_order_ids()) == sorted(o["id"] for o in de)

    bar.clear()
    assert model.rowCount() == everything
    bar.reason.setCurrentIndex(bar.reason.findData("unpaired SKU"))
    unpaired = [
        o for o in ws.queues.orders_summary("review") if any(r.startswith("unpaired SKU") for r in o["reasons"])
    ]
    assert unpaired and model.rowCount() == len(unpaired)

    bar.clear()
    bar.urgent.setChecked(True)
    ship_by = [model.index(r, SHIP_BY_COLUMN).data() for r in range(model.rowCount())]
    dated = [s for s in ship_by if s]
    assert dated == sorted(dated) and ship_by[: len(dated)] == dated  # nearest first, undated last
    _shot(window, "review-urgent")
