"""Registers written to Word and to a workbook, read back as their readers see them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import mammoth
import openpyxl

from deliberation.exports.register import (
    Register,
    RegisterColumn,
    RegisterGroup,
    shown,
    write_register_docx,
    write_register_xlsx,
)

TODAY = date(2027, 4, 6)


def register(groups: tuple[RegisterGroup, ...], grouped: bool = True) -> Register:
    return Register(
        document="Annuaire des membres",
        committee="Comité des partenaires",
        today=TODAY,
        facts=(("Membres", "2 organisations"),),
        columns=(
            RegisterColumn("Délégué", 5, 26),
            RegisterColumn("Depuis", 3, 12, kind="date"),
            RegisterColumn("Séances", 2, 10, kind="number"),
            RegisterColumn("Taux", 2, 10, kind="rate"),
        ),
        groups=groups,
        empty="Aucune organisation membre.",
        group_column=RegisterColumn("Organisation", 0, 40) if grouped else None,
    )


GROUPS = (
    RegisterGroup("AMF – Association des Maires de France", (
        ("Élise Garnier", date(2026, 1, 6), 12, 0.917),
        ("=1+1 n'est pas une formule", None, 0, None),
    )),
    RegisterGroup("MEN – Ministère", (("Marc Bernard\nDNE", date(2025, 9, 1), 3, 1.0),)),
)  # fmt: skip


def test_word_groups_rows_under_full_width_headings(tmp_path: Path) -> None:
    path = write_register_docx(register(GROUPS), tmp_path / "annuaire.docx")
    document = docx.Document(str(path))
    (table,) = document.tables
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Délégué", "Depuis", "Séances", "Taux"]
    assert rows[1] == ["AMF – Association des Maires de France"] * 4  # merged across
    assert rows[2] == ["Élise Garnier", "06/01/2026", "12", "92\u00a0%"]
    assert rows[3] == ["=1+1 n'est pas une formule", "", "0", ""]
    assert rows[5] == ["Marc Bernard\nDNE", "01/09/2025", "3", "100\u00a0%"]
    texts = [p.text for p in document.paragraphs]
    assert "Annuaire des membres" in texts
    assert "Membres\t2 organisations" in texts
    assert document.core_properties.author == "Comité des partenaires"
    html = mammoth.convert_to_html(str(path)).value
    assert "Élise Garnier" in html and "Annuaire des membres" in html


def test_a_workbook_repeats_the_group_on_every_row_to_filter(tmp_path: Path) -> None:
    path = write_register_xlsx(register(GROUPS), tmp_path / "annuaire.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "Annuaire des membres"
    assert sheet["A1"].value == "Annuaire des membres"
    assert (sheet["A2"].value, sheet["B2"].value) == ("Membres", "2 organisations")
    header = 5
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=header, max_row=header + 3)]
    assert values[0] == ["Organisation", "Délégué", "Depuis", "Séances", "Taux"]
    assert values[1][0] == values[2][0] == "AMF – Association des Maires de France"
    assert values[1][1] == "Élise Garnier" and values[1][3] == 12
    assert values[1][2].date() == date(2026, 1, 6)  # a real date, shown « 06/01/2026 »
    assert sheet.cell(header + 1, 3).number_format == "dd/mm/yyyy"
    assert sheet.cell(header + 1, 5).number_format == "0 %"
    assert sheet.cell(header + 2, 2).data_type == "s"  # « =1+1 » stays text
    assert values[3][0] == "MEN – Ministère"
    assert sheet.auto_filter.ref == f"A{header}:E{header + 3}"
    assert sheet.freeze_panes == f"A{header + 1}"


def test_an_empty_register_says_so(tmp_path: Path) -> None:
    empty = register((RegisterGroup("", ()),), grouped=False)
    document = docx.Document(str(write_register_docx(empty, tmp_path / "vide.docx")))
    assert document.tables == []
    assert "Aucune organisation membre." in [p.text for p in document.paragraphs]
    sheet = openpyxl.load_workbook(write_register_xlsx(empty, tmp_path / "vide.xlsx")).active
    assert sheet.cell(6, 1).value == "Aucune organisation membre."


def test_values_are_written_the_french_way() -> None:
    assert shown(date(2027, 4, 6), "date") == "06/04/2027"
    assert shown(0.5, "rate") == "50\u00a0%"
    assert shown(None, "rate") == ""
    assert shown(7, "number") == "7"
