"""The opinion text editor's keys (a French table for help) and its context menu."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QTextEdit

from deliberation.records.i18n import QT_TRANSLATE_NOOP
from deliberation.ui.opinions.text import document as doc

KEYS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Entrée"),
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Nouveau paragraphe (dans une liste : nouvel élément ; "
            "sur un élément vide : fin de la liste)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Maj+Entrée"),
        QT_TRANSLATE_NOOP("Shortcuts", "Nouvelle ligne dans le même paragraphe"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Retour arrière en début de paragraphe"),
        QT_TRANSLATE_NOOP("Shortcuts", "Fusionner avec le paragraphe précédent"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Suppr en fin de paragraphe"),
        QT_TRANSLATE_NOOP("Shortcuts", "Fusionner avec le paragraphe suivant"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Alt+Haut / Alt+Bas"),
        QT_TRANSLATE_NOOP("Shortcuts", "Monter / descendre le paragraphe"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Alt+1 / 2 / 3"),
        QT_TRANSLATE_NOOP("Shortcuts", "Titre de niveau 1 / 2 / 3"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Alt+0"),
        QT_TRANSLATE_NOOP("Shortcuts", "Paragraphe numéroté"),
    ),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Alt+C"), QT_TRANSLATE_NOOP("Shortcuts", "Considérant")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Alt+R"),
        QT_TRANSLATE_NOOP("Shortcuts", "Recommandation"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab / Maj+Tab sur un titre"),
        QT_TRANSLATE_NOOP("Shortcuts", "Abaisser / relever le niveau du titre"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tab ailleurs"),
        QT_TRANSLATE_NOOP("Shortcuts", "Passer à la zone suivante de la fenêtre"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+B / Ctrl+I"),
        QT_TRANSLATE_NOOP("Shortcuts", "Gras / italique sur la sélection"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Maj+L"),
        QT_TRANSLATE_NOOP("Shortcuts", "Liste à puces (activer ou retirer)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Maj+N"),
        QT_TRANSLATE_NOOP("Shortcuts", "Liste numérotée (activer ou retirer)"),
    ),
    (QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Z"), QT_TRANSLATE_NOOP("Shortcuts", "Annuler")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+Maj+Z ou Ctrl+Y"),
        QT_TRANSLATE_NOOP("Shortcuts", "Rétablir"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+V"),
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Coller le texte seul, nettoyé (sauts de ligne de Word, tabulations…)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+molette, Ctrl++ / Ctrl+-"),
        QT_TRANSLATE_NOOP("Shortcuts", "Agrandir / réduire l'affichage du texte (zoom)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Ctrl+0"),
        QT_TRANSLATE_NOOP("Shortcuts", "Revenir à la taille habituelle du texte (100 %)"),
    ),
)
"""The editor's keys and what they do, in French, for a help menu (marked for translation in
the context « Shortcuts »: Aide › Raccourcis clavier translates them)."""

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
_K = Qt.Key
# Ctrl+Alt+digit also arrives as the unshifted character of French keyboards (& é " à).
_KIND_KEYS: dict[int, str] = {
    _K.Key_1: "heading:1", _K.Key_Ampersand: "heading:1",
    _K.Key_2: "heading:2", _K.Key_Eacute: "heading:2",
    _K.Key_3: "heading:3", _K.Key_QuoteDbl: "heading:3",
    _K.Key_0: "paragraph:1", _K.Key_Agrave: "paragraph:1",
    _K.Key_C: "recital:1", _K.Key_R: "recommendation:1",
}  # fmt: skip
_KIND_TEXTS = set('0123&é"àcrCR')


def command_for(event: QKeyEvent) -> str | None:
    """The editor command a key press stands for (see KEYS), if any."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    if event.matches(QKeySequence.StandardKey.Undo) or (mods == CTRL and key == _K.Key_Z):
        return "undo"
    if (
        event.matches(QKeySequence.StandardKey.Redo)
        or (mods == CTRL | SHIFT and key == _K.Key_Z)
        or (mods == CTRL and key == _K.Key_Y)
    ):
        return "redo"
    if mods == ALT and key in (_K.Key_Up, _K.Key_Down):
        return "up" if key == _K.Key_Up else "down"
    if mods == CTRL | ALT and key in _KIND_KEYS:
        text = event.text()
        if text and text.isprintable() and text not in _KIND_TEXTS:
            return None  # AltGr (reported as Ctrl+Alt) typing a character such as @ or #
        return "kind:" + _KIND_KEYS[key]
    if mods == CTRL and key in (_K.Key_B, _K.Key_I):
        return "bold" if key == _K.Key_B else "italic"
    if mods == CTRL | SHIFT and key in (_K.Key_L, _K.Key_N):
        return "list:bullet" if key == _K.Key_L else "list:number"
    return _zoom_command(mods, key)


def _zoom_command(mods: Qt.KeyboardModifier, key: int) -> str | None:
    """Ctrl++ (also Ctrl+= and Ctrl+Maj+=), Ctrl+- and Ctrl+0 (on French keyboards Ctrl+à)."""
    if mods in (CTRL, CTRL | SHIFT) and key in (_K.Key_Plus, _K.Key_Equal):
        return "zoom:in"
    if mods == CTRL and key in (_K.Key_Minus, _K.Key_Underscore):
        return "zoom:out"
    if (mods == CTRL and key in (_K.Key_0, _K.Key_Agrave)) or (
        mods == CTRL | SHIFT and key == _K.Key_0
    ):
        return "zoom:reset"
    return None


def context_menu(
    edit: QTextEdit, stack: QUndoStack | None, run_command: Callable[[str], object]
) -> QMenu:
    """The French context menu of a text edit.

    Undo and redo go through the session's `stack` (None without a session: nothing is then
    editable); the editor's commands (see command_for) go through `run_command`.
    """
    menu = QMenu(edit)
    editable = stack is not None and not edit.isReadOnly()

    def add(text: str, keys: str, slot: Callable[[], object], enabled: bool = True) -> QAction:
        action = menu.addAction(text)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setEnabled(enabled)
        action.triggered.connect(slot)
        return action

    undo = edit.tr("Annuler")
    redo = edit.tr("Rétablir")
    if stack is not None and stack.canUndo():
        undo = edit.tr("Annuler %1").replace("%1", stack.undoText())
    if stack is not None and stack.canRedo():
        redo = edit.tr("Rétablir %1").replace("%1", stack.redoText())
    add(undo, "Ctrl+Z", lambda: run_command("undo"),
        editable and stack is not None and stack.canUndo())  # fmt: skip
    add(redo, "Ctrl+Shift+Z", lambda: run_command("redo"),
        editable and stack is not None and stack.canRedo())  # fmt: skip
    menu.addSeparator()
    selected = edit.textCursor().hasSelection()
    add(edit.tr("Couper"), "Ctrl+X", edit.cut, editable and selected)
    add(edit.tr("Copier"), "Ctrl+C", edit.copy, selected)
    add(edit.tr("Coller"), "Ctrl+V", edit.paste, editable and edit.canPaste())
    add(edit.tr("Tout sélectionner"), "Ctrl+A", edit.selectAll)
    menu.addSeparator()
    kinds = menu.addMenu(edit.tr("Type du paragraphe"))
    kinds.setEnabled(editable)
    kind, level = doc.block_kind(edit.textCursor().block())
    current = f"{kind}:{level if kind == 'heading' else 1}"
    for text, keys, code in (
        (edit.tr("Titre de niveau 1"), "Ctrl+Alt+1", "heading:1"),
        (edit.tr("Titre de niveau 2"), "Ctrl+Alt+2", "heading:2"),
        (edit.tr("Titre de niveau 3"), "Ctrl+Alt+3", "heading:3"),
        (edit.tr("Paragraphe numéroté"), "Ctrl+Alt+0", "paragraph:1"),
        (edit.tr("Considérant"), "Ctrl+Alt+C", "recital:1"),
        (edit.tr("Recommandation"), "Ctrl+Alt+R", "recommendation:1"),
    ):
        action = kinds.addAction(text)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _=False, c=code: run_command("kind:" + c))
    add(edit.tr("Gras"), "Ctrl+B", lambda: run_command("bold"), editable)
    add(edit.tr("Italique"), "Ctrl+I", lambda: run_command("italic"), editable)
    add(edit.tr("Liste à puces"), "Ctrl+Shift+L", lambda: run_command("list:bullet"),
        editable)  # fmt: skip
    add(edit.tr("Liste numérotée"), "Ctrl+Shift+N", lambda: run_command("list:number"),
        editable)  # fmt: skip
    menu.addSeparator()
    add(edit.tr("Monter le paragraphe"), "Alt+Up", lambda: run_command("up"), editable)
    add(edit.tr("Descendre le paragraphe"), "Alt+Down", lambda: run_command("down"),
        editable)  # fmt: skip
    return menu
