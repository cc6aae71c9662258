"""Tests of kit/screen.py: windows and dialogs that fit their screen, at the common sizes.

The screen sizes are driven offscreen. The installed Qt's offscreen platform ignores a
`size=` option (its screen is 800×800), but reads a JSON file naming its screens:
QT_QPA_PLATFORM="offscreen:configfile=FILE" with {"screens": [{"width": …, "height": …}]}.
The screen, like QT_SCALE_FACTOR (200 %: a 2560×1440 screen seen as 1280×720), is read when the
QApplication is made, so each size runs screen_probe.py in a fresh interpreter, which prints
its measures as JSON; the asserts are here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from deliberation.ui.kit.screen import (
    SCROLLED,
    FittedDialog,
    available_area,
    first_size,
    fit_to_screen,
)

PROBE = Path(__file__).with_name("screen_probe.py")
REPOSITORY = Path(__file__).parents[3]  # the probe writes its Word draft with bench/
SIZES = [
    (1280, 800, 1),
    (1366, 768, 1),
    (1920, 1080, 1),
    (2560, 1440, 1),
    (2560, 1440, 2),  # 200 %
    (1920, 1080, 2),  # 200 %: a 960×540 screen
    (1366, 768, 1.5),  # 150 %: a 911×512 screen
]


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(
    ("width", "height", "scale"), SIZES, ids=[f"{w}x{h}@{int(s * 100)}%" for w, h, s in SIZES]
)
def test_at_every_screen_size(
    width: int, height: int, scale: float, demo_copy: Path, tmp_path: Path
) -> None:
    """One run of the probe per size (a fresh interpreter each: a few seconds), every check."""
    probed = probe(width, height, scale, demo_copy, tmp_path)
    check_the_window_and_every_dialog_fit_the_screen(probed)
    check_the_text_wraps_and_every_tab_is_in_sight(probed)
    check_the_list_and_outline_stay_readable_or_fold_away(probed)
    check_the_text_column_is_comfortable_on_a_first_start(probed, round(width / scale))
    check_no_page_draws_widgets_over_each_other(probed)


def probe(width: int, height: int, scale: float, demo_copy: Path, tmp_path: Path) -> dict:
    """What screen_probe.py measured on a screen of that size and scale."""
    config = tmp_path / "screen.json"
    screen = {"name": "écran", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}))
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = str(scale)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # a first start: no saved geometry
    paths = [str(REPOSITORY), *sys.path, env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    files = tmp_path / "files"
    files.mkdir()
    run = subprocess.run(
        [sys.executable, str(PROBE), str(demo_copy), str(files)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    x, y, seen_width, seen_height = result["screen"]
    assert (x, y) == (0, 0)
    assert abs(seen_width - width / scale) <= 1 and abs(seen_height - height / scale) <= 1
    return result


def check_the_window_and_every_dialog_fit_the_screen(probed: dict) -> None:
    available = probed["available"]
    assert inside(probed["first_frame"], available)  # a first start
    assert inside(probed["typed"], available)  # after a long text in a recommendation
    assert probed["window_minimum"] <= available[2]
    assert "recommandation n° 1" in probed["word_count"]  # the long footer, now elided
    assert inside(probed["second_frame"], available)  # the geometry saved, restored
    names = {d["name"] for d in probed["dialogs"]}
    assert {"versions", "disputed", "export", "new opinion", "opinion", "status"} <= names
    assert {"amendment", "new meeting", "series", "consultation", "organisation"} <= names
    assert {"review import", "draft import", "position"} <= names
    for dialog in probed["dialogs"]:
        assert inside(dialog["frame"], dialog["available"]), dialog
    assert probed["errors"] == []


def check_the_text_wraps_and_every_tab_is_in_sight(probed: dict) -> None:
    visible, maximum = probed["text_bar"]
    assert not visible and maximum == 0
    viewport, laid_out = probed["text_width"]
    assert laid_out == viewport  # the text is laid out to the view's width
    window = probed["window_rect"]
    assert [t["text"].split(" (")[0] for t in probed["tabs"]] in (
        ["Positions", "Amendements", "Commentaires"],
        ["Positions", "Amend.", "Comm."],
    )
    for tab in probed["tabs"]:
        assert not tab["elided"], tab  # its whole or short title, never cut to « … »
        assert inside(tab["rect"], window), tab
    title, lines = probed["amendments_title"]
    assert title == "Amendements — Recommandation n° 1"
    assert lines <= 2  # not one word per line


def check_no_page_draws_widgets_over_each_other(probed: dict) -> None:
    # each of the five pages, maximized: too low for the window, it scrolls or gives way
    assert set(probed["crowded"]) == {
        "referential",
        "groups",
        "meetings",
        "positions",
        "opinions",
    }
    for page, found in probed["crowded"].items():
        assert found == [], (page, found)


def check_the_text_column_is_comfortable_on_a_first_start(probed: dict, screen: int) -> None:
    # below 1600 px the list starts folded away (the user may show it), above it is shown
    assert probed["list_shown_at_start"] == (screen >= 1600)
    if screen >= 1280:
        assert probed["text_edit_width"] >= 560  # the text, not a narrow column


def check_the_list_and_outline_stay_readable_or_fold_away(probed: dict) -> None:
    assert probed["outline_width"] >= 150
    assert probed["list_width"] >= 220
    assert probed["folded"] == [False, False]
    assert probed["folded_text_width"] > probed["text_edit_width"]  # the text took the room
    # a new window remembers them folded; shown again on request
    assert probed["second_folded"] == [False, False, False, False]
    assert probed["unfolded"] == [True, True]


# -- the helpers, on the offscreen platform's own screen ----------------------------------------


def test_a_first_size_is_bounded_by_the_screen_and_centred(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    area = available_area(window)
    first_size(window, QSize(area.width() * 2, 300))
    assert window.width() < area.width()
    assert window.height() == 300
    first_size(window, QSize(400, 300))
    assert window.size() == QSize(400, 300)
    assert abs(window.x() - (area.width() - 400 - 16) // 2) <= 1


def test_a_dialog_taller_than_the_screen_scrolls_inside_and_keeps_its_buttons(
    qtbot: QtBot,
) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    tall = QLabel("Une longue liste")
    tall.setMinimumSize(300, 3000)
    layout.addWidget(QLabel("En tête"))
    layout.addWidget(tall, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout.addWidget(buttons)
    dialog.show()  # the application's filter is not installed here: fit it by hand
    fit_to_screen(dialog)
    qtbot.waitExposed(dialog)
    area = available_area(dialog)
    assert dialog.property(SCROLLED)
    assert dialog.height() < area.height()
    assert area.contains(QRect(dialog.pos(), dialog.size()))
    scroll = dialog.findChild(QScrollArea)
    assert scroll is not None and scroll.widget().isAncestorOf(tall)
    assert not scroll.widget().isAncestorOf(buttons)  # the buttons stay in sight
    assert buttons.isVisible() and tall.isVisible()  # shown at once, not later
    assert scroll.verticalScrollBar().maximum() > 0


def test_a_dialog_that_fits_is_left_as_it_is(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel("Court"))
    dialog.resize(300, 200)
    dialog.show()
    fit_to_screen(dialog)
    assert not dialog.property(SCROLLED)
    assert dialog.findChild(QScrollArea) is None
    assert dialog.size() == QSize(300, 200)


def test_a_fitted_dialog_bounds_itself_as_it_is_shown(qtbot: QtBot) -> None:
    """The application's dialogs derive from FittedDialog: no event filter is needed (none runs
    a Python call for every event of the application)."""
    dialog = FittedDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    tall = QLabel("Une longue liste")
    tall.setMinimumSize(300, 3000)
    layout.addWidget(tall, 1)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout.addWidget(buttons)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = available_area(dialog)
    assert dialog.property(SCROLLED)
    assert area.contains(QRect(dialog.pos(), dialog.size()))
    assert buttons.isVisible() and tall.isVisible()
