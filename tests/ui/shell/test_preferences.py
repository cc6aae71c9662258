"""Préférences: what they change in the exports (author, signatory, logo) and in the positions."""

from __future__ import annotations

import io
from datetime import date, time
from pathlib import Path

import docx
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from deliberation.records.meetings import MeetingInput
from deliberation.services.root import Root
from deliberation.ui.kit.editor import Editor
from deliberation.ui.kit.settings import (
    CONVOCATION_LOGO,
    OPINION_AUTHOR,
    SIGNATORY_NAME,
    SIGNATORY_TITLE,
    USER_NAME,
)
from deliberation.ui.meetings.meeting_page import MeetingPage
from deliberation.ui.shell.preferences import PreferencesDialog


def _reset() -> None:
    for setting in (USER_NAME, OPINION_AUTHOR, SIGNATORY_NAME, SIGNATORY_TITLE, CONVOCATION_LOGO):
        setting.remove()


def _export_agenda(qtbot: QtBot, editor: Editor, messages, target: Path) -> docx.Document:
    meetings = editor.meetings
    snap = meetings.apply_meeting(
        meetings.new_meeting(MeetingInput("plenary", date(2027, 4, 6), time(14, 0), time(16, 0)))
    )
    page = MeetingPage(editor, messages)
    qtbot.addWidget(page)
    page.show_meeting(snap.id)
    messages.save_to = target
    assert page.export_agenda() == target
    return docx.Document(str(target))


def test_preferences_change_the_convocation(qtbot, editor, messages, tmp_path: Path) -> None:
    _reset()
    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F3A68"))
    assert image.save(str(logo))
    dialog = PreferencesDialog(messages)
    qtbot.addWidget(dialog)
    dialog.user_name.setText("Anne Martin")
    dialog.author.setText("Secrétariat général du comité")
    dialog.signatory_name.setText("Claire Dubois")
    dialog.signatory_title.setText("La présidente du comité")
    dialog.logo.setText(str(logo))
    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert USER_NAME.get() == "Anne Martin"

    document = _export_agenda(qtbot, editor, messages, tmp_path / "odj.docx")
    assert document.core_properties.author == "Secrétariat général du comité"
    texts = [p.text for p in document.paragraphs]
    assert texts[-2:] == ["La présidente du comité", "Claire Dubois"]
    header = document.sections[0].header
    assert header.part.related_parts, "the logo is an image part of the header"
    assert any(part.content_type == "image/png" for part in header.part.related_parts.values())
    _reset()


def test_without_preferences_the_committee_is_the_author(
    qtbot, editor, messages, tmp_path: Path
) -> None:
    _reset()
    document = _export_agenda(qtbot, editor, messages, tmp_path / "odj.docx")
    assert document.core_properties.author.startswith("Comité des partenaires")
    assert "Claire Dubois" not in [p.text for p in document.paragraphs]


def test_a_missing_logo_is_refused_and_nothing_is_saved(qtbot, messages, tmp_path: Path) -> None:
    _reset()
    dialog = PreferencesDialog(messages)
    qtbot.addWidget(dialog)
    dialog.signatory_name.setText("Claire Dubois")
    dialog.logo.setText(str(tmp_path / "absent.png"))
    dialog.accept()
    assert messages.errors == [f"Le logo « {tmp_path / 'absent.png'} » est introuvable."]
    assert SIGNATORY_NAME.get() == "" and CONVOCATION_LOGO.get() == ""


def test_ctrl_comma_opens_the_preferences(qtbot, window) -> None:
    assert any(s.toString() == "Ctrl+," for s in window.preferences_action.shortcuts())
    window.preferences_action.trigger()
    assert isinstance(window.preferences_dialog, PreferencesDialog)
    assert window.preferences_dialog.isVisible()
    window.preferences_dialog.reject()


def _set_author_and_signatory(qtbot: QtBot, messages, logo: Path | None = None) -> None:
    _reset()
    dialog = PreferencesDialog(messages)
    qtbot.addWidget(dialog)
    dialog.author.setText("Secrétariat général du comité")
    dialog.signatory_name.setText("Claire Dubois")
    dialog.signatory_title.setText("La présidente du comité")
    if logo is not None:
        dialog.logo.setText(str(logo))
    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted


def test_the_export_author_is_in_the_synthesis_files(
    qtbot, demo_root: Root, messages, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from deliberation.ui.main_window import POSITIONS, MainWindow
    from deliberation.ui.positions.positions_page import PositionsPage

    _set_author_and_signatory(qtbot, messages)
    window = MainWindow(Editor(demo_root), demo_root.store.location, messages)
    qtbot.addWidget(window)
    consultation = next(iter(demo_root.positions.consultations()))
    window.show_consultation(consultation.id)
    page = window.page(POSITIONS)
    assert isinstance(page, PositionsPage)
    messages.save_to = tmp_path / "synthese.docx"
    page.word_action.trigger()
    messages.save_to = tmp_path / "synthese.xlsx"
    page.sheet_action.trigger()
    assert messages.errors == []
    assert docx.Document(str(tmp_path / "synthese.docx")).core_properties.author == (
        "Secrétariat général du comité"
    )
    properties = load_workbook(tmp_path / "synthese.xlsx").properties
    assert properties.creator == "Secrétariat général du comité"
    _reset()


def test_the_convocation_sent_by_mail_carries_the_signatory_and_logo(
    qtbot, demo_root: Root, messages, tmp_path: Path
) -> None:
    from deliberation.records.mail import MailSettings
    from deliberation.ui.mail.send_dialog import SendDialog

    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1F3A68"))
    assert image.save(str(logo))
    _set_author_and_signatory(qtbot, messages, logo)
    demo_root.outbox.save_settings(
        MailSettings(host="127.0.0.1", port=2525, security="none", sender="sec@comite.example")
    )
    today = demo_root.today()
    meeting_id = next(
        m.id for m in demo_root.meetings.meetings() if m.day >= today and m.status == "planned"
    )
    dialog = SendDialog(
        demo_root, "Convocation", lambda m: m.convocation_mails(meeting_id), messages
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.batch is not None, timeout=60000)
    assert dialog.batch is not None
    (agenda,) = [a for a in dialog.batch.mails[0].attachments if a.file_name.endswith(".docx")]
    document = docx.Document(io.BytesIO(agenda.data))
    assert document.core_properties.author == "Secrétariat général du comité"
    signature = [p.text for p in document.paragraphs][-2:]
    assert signature == ["La présidente du comité", "Claire Dubois"]
    header = document.sections[0].header
    assert any(part.content_type == "image/png" for part in header.part.related_parts.values())
    dialog.close()
    _reset()
