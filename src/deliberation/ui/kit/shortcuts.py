"""The keyboard shortcuts of every page, declared once: Aide › Raccourcis clavier lists them."""

from __future__ import annotations

from dataclasses import dataclass

from deliberation.records.i18n import QT_TRANSLATE_NOOP

EVERYWHERE = QT_TRANSLATE_NOOP("Shortcuts", "Partout")
HOME_AREA = QT_TRANSLATE_NOOP("Shortcuts", "Accueil")
REFERENTIAL_AREA = QT_TRANSLATE_NOOP("Shortcuts", "Référentiel")
GROUPS_AREA = QT_TRANSLATE_NOOP("Shortcuts", "Groupes de travail")
MEETINGS_AREA = QT_TRANSLATE_NOOP("Shortcuts", "Séances")
POSITIONS_AREA = QT_TRANSLATE_NOOP("Shortcuts", "Positions")
OPINIONS_AREA = QT_TRANSLATE_NOOP("Shortcuts", "Avis")
OPINION_TEXT_AREA = QT_TRANSLATE_NOOP("Shortcuts", "Texte d'un avis")
DIALOGS_AREA = QT_TRANSLATE_NOOP("Shortcuts", "Fenêtres de saisie")
SEARCH_AREA = QT_TRANSLATE_NOOP("Shortcuts", "Recherche (Ctrl+K)")
GUIDE_AREA = QT_TRANSLATE_NOOP("Shortcuts", "Guide de l'utilisateur")

GUIDE_KEYS = "F1"
PRINT_KEYS = "Ctrl+P"
FIND_KEYS = "Ctrl+F"


@dataclass(frozen=True)
class Shortcut:
    """One key of one area and what it does.

    `keys` is Qt's portable text (« Ctrl+Shift+K », « Del »); `action` is True where the key is
    an action's shortcut set on the window or a page (the test checks them against the window),
    False where a view reads the key itself (a letter in a table, Entrée in a list).
    """

    area: str
    keys: str
    what: str
    action: bool = True


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(EVERYWHERE, "Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "Aller à l'Accueil")),
    Shortcut(EVERYWHERE, "Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "Aller au Référentiel")),
    Shortcut(EVERYWHERE, "Ctrl+3", QT_TRANSLATE_NOOP("Shortcuts", "Aller aux Groupes de travail")),
    Shortcut(EVERYWHERE, "Ctrl+4", QT_TRANSLATE_NOOP("Shortcuts", "Aller aux Séances")),
    Shortcut(EVERYWHERE, "Ctrl+5", QT_TRANSLATE_NOOP("Shortcuts", "Aller aux Positions")),
    Shortcut(EVERYWHERE, "Ctrl+6", QT_TRANSLATE_NOOP("Shortcuts", "Aller aux Avis")),
    Shortcut(EVERYWHERE, "Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Rechercher dans toute la base")),
    Shortcut(EVERYWHERE, "Ctrl+O", QT_TRANSLATE_NOOP("Shortcuts", "Ouvrir une base")),
    Shortcut(
        EVERYWHERE, PRINT_KEYS, QT_TRANSLATE_NOOP("Shortcuts", "Imprimer le document affiché")
    ),
    Shortcut(EVERYWHERE, "Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Annuler")),
    Shortcut(EVERYWHERE, "Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Rétablir (aussi Ctrl+Y)")),
    Shortcut(EVERYWHERE, "Ctrl+Y", QT_TRANSLATE_NOOP("Shortcuts", "Rétablir")),
    Shortcut(EVERYWHERE, "Ctrl+,", QT_TRANSLATE_NOOP("Shortcuts", "Préférences")),
    Shortcut(EVERYWHERE, GUIDE_KEYS, QT_TRANSLATE_NOOP("Shortcuts", "Guide de l'utilisateur")),
    Shortcut(EVERYWHERE, "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quitter")),
    Shortcut(SEARCH_AREA, "Up", QT_TRANSLATE_NOOP("Shortcuts", "Résultat précédent"), action=False),
    Shortcut(SEARCH_AREA, "Down", QT_TRANSLATE_NOOP("Shortcuts", "Résultat suivant"), action=False),
    Shortcut(
        SEARCH_AREA,
        "Return",
        QT_TRANSLATE_NOOP("Shortcuts", "Ouvrir le résultat choisi, à son paragraphe ou sa ligne"),
        action=False,
    ),
    Shortcut(REFERENTIAL_AREA, "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Nouvelle organisation")),
    Shortcut(
        REFERENTIAL_AREA,
        FIND_KEYS,
        QT_TRANSLATE_NOOP("Shortcuts", "Filtrer la liste des organisations"),
    ),
    Shortcut(GROUPS_AREA, "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Nouveau groupe de travail")),
    Shortcut(MEETINGS_AREA, "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Nouvelle séance")),
    Shortcut(
        MEETINGS_AREA, FIND_KEYS, QT_TRANSLATE_NOOP("Shortcuts", "Filtrer la liste des séances")
    ),
    Shortcut(
        MEETINGS_AREA,
        "Del",
        QT_TRANSLATE_NOOP("Shortcuts", "Supprimer la séance choisie (dans la liste)"),
    ),
    Shortcut(
        MEETINGS_AREA,
        "Ctrl+Up",
        QT_TRANSLATE_NOOP("Shortcuts", "Monter le point de l'ordre du jour (aussi Alt+Haut)"),
        action=False,
    ),
    Shortcut(
        MEETINGS_AREA,
        "Ctrl+Down",
        QT_TRANSLATE_NOOP("Shortcuts", "Descendre le point de l'ordre du jour (aussi Alt+Bas)"),
        action=False,
    ),
    Shortcut(
        MEETINGS_AREA, "P", QT_TRANSLATE_NOOP("Shortcuts", "Présence : présent"), action=False
    ),
    Shortcut(MEETINGS_AREA, "E", QT_TRANSLATE_NOOP("Shortcuts", "Présence : excusé"), action=False),
    Shortcut(MEETINGS_AREA, "A", QT_TRANSLATE_NOOP("Shortcuts", "Présence : absent"), action=False),
    Shortcut(
        MEETINGS_AREA, "R", QT_TRANSLATE_NOOP("Shortcuts", "Présence : représenté"), action=False
    ),
    Shortcut(
        MEETINGS_AREA,
        "N",
        QT_TRANSLATE_NOOP("Shortcuts", "Présence : non renseignée"),
        action=False,
    ),
    Shortcut(POSITIONS_AREA, "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Nouvelle consultation")),
    Shortcut(
        POSITIONS_AREA,
        FIND_KEYS,
        QT_TRANSLATE_NOOP("Shortcuts", "Filtrer les organisations du tableau"),
    ),
    Shortcut(
        POSITIONS_AREA,
        "Del",
        QT_TRANSLATE_NOOP("Shortcuts", "Supprimer la consultation choisie (dans la liste)"),
    ),
    Shortcut(
        POSITIONS_AREA,
        "F",
        QT_TRANSLATE_NOOP("Shortcuts", "Position favorable sur la case choisie"),
        action=False,
    ),
    Shortcut(
        POSITIONS_AREA,
        "R",
        QT_TRANSLATE_NOOP("Shortcuts", "Favorable sous réserve (la réserve est demandée)"),
        action=False,
    ),
    Shortcut(
        POSITIONS_AREA, "D", QT_TRANSLATE_NOOP("Shortcuts", "Position défavorable"), action=False
    ),
    Shortcut(POSITIONS_AREA, "A", QT_TRANSLATE_NOOP("Shortcuts", "Abstention"), action=False),
    Shortcut(
        POSITIONS_AREA, "N", QT_TRANSLATE_NOOP("Shortcuts", "Position non exprimée"), action=False
    ),
    Shortcut(
        POSITIONS_AREA,
        "Return",
        QT_TRANSLATE_NOOP("Shortcuts", "Détails de la position (aussi F2)"),
        action=False,
    ),
    Shortcut(
        POSITIONS_AREA,
        "Backspace",
        QT_TRANSLATE_NOOP("Shortcuts", "Retirer la position (aussi Suppr)"),
        action=False,
    ),
    Shortcut(OPINIONS_AREA, "Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Nouvel avis")),
    Shortcut(
        OPINIONS_AREA,
        "Del",
        QT_TRANSLATE_NOOP("Shortcuts", "Supprimer l'avis choisi (dans la liste)"),
    ),
    Shortcut(
        OPINIONS_AREA,
        "Ctrl+Shift+K",
        QT_TRANSLATE_NOOP("Shortcuts", "Montrer ou masquer la liste des avis"),
    ),
    Shortcut(
        OPINIONS_AREA, "Ctrl+Shift+L", QT_TRANSLATE_NOOP("Shortcuts", "Montrer ou masquer le plan")
    ),
    Shortcut(OPINIONS_AREA, "Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Figer une version")),
    Shortcut(
        OPINIONS_AREA,
        "Ctrl+Shift+V",
        QT_TRANSLATE_NOOP("Shortcuts", "Versions : parcourir, comparer, restaurer"),
    ),
    Shortcut(OPINIONS_AREA, "Ctrl+Shift+D", QT_TRANSLATE_NOOP("Shortcuts", "Points en discussion")),
    Shortcut(OPINIONS_AREA, "Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "Exporter l'avis en Word")),
    Shortcut(
        OPINIONS_AREA, "Ctrl+Shift+I", QT_TRANSLATE_NOOP("Shortcuts", "Importer un retour Word")
    ),
    Shortcut(OPINIONS_AREA, FIND_KEYS, QT_TRANSLATE_NOOP("Shortcuts", "Rechercher dans le texte")),
    Shortcut(OPINIONS_AREA, "Ctrl+H", QT_TRANSLATE_NOOP("Shortcuts", "Remplacer dans le texte")),
    Shortcut(OPINIONS_AREA, "F3", QT_TRANSLATE_NOOP("Shortcuts", "Occurrence suivante")),
    Shortcut(OPINIONS_AREA, "Shift+F3", QT_TRANSLATE_NOOP("Shortcuts", "Occurrence précédente")),
    Shortcut(
        OPINIONS_AREA, "Ctrl++", QT_TRANSLATE_NOOP("Shortcuts", "Agrandir le texte (aussi Ctrl+=)")
    ),
    Shortcut(OPINIONS_AREA, "Ctrl+=", QT_TRANSLATE_NOOP("Shortcuts", "Agrandir le texte")),
    Shortcut(OPINIONS_AREA, "Ctrl+-", QT_TRANSLATE_NOOP("Shortcuts", "Réduire le texte")),
    Shortcut(
        OPINIONS_AREA,
        "Ctrl+0",
        QT_TRANSLATE_NOOP("Shortcuts", "Taille habituelle du texte (100 %)"),
    ),
    Shortcut(
        OPINIONS_AREA,
        "Ctrl+Alt+A",
        QT_TRANSLATE_NOOP("Shortcuts", "Nouvel amendement sur le paragraphe"),
    ),
    Shortcut(
        OPINIONS_AREA,
        "Ctrl+Alt+T",
        QT_TRANSLATE_NOOP("Shortcuts", "Traitement proposé pour l'amendement"),
    ),
    Shortcut(
        DIALOGS_AREA,
        "Ctrl+Return",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Valider la fenêtre (avis, amendement, consultation, "
            "position) ou envoyer le commentaire",
        ),
        action=False,
    ),
    Shortcut(
        DIALOGS_AREA,
        "Esc",
        QT_TRANSLATE_NOOP("Shortcuts", "Fermer la fenêtre sans enregistrer"),
        action=False,
    ),
    Shortcut(
        GUIDE_AREA,
        FIND_KEYS,
        QT_TRANSLATE_NOOP("Shortcuts", "Chercher dans le guide"),
        action=False,
    ),
    Shortcut(
        GUIDE_AREA,
        "F3",
        QT_TRANSLATE_NOOP("Shortcuts", "Occurrence suivante (aussi Entrée)"),
        action=False,
    ),
    Shortcut(
        GUIDE_AREA,
        "Shift+F3",
        QT_TRANSLATE_NOOP("Shortcuts", "Occurrence précédente"),
        action=False,
    ),
)
"""Every page's keys; the keys of the opinion's text editor are listed beside it (KEYS of
ui/opinions/text/keys.py)."""

_FRENCH = (
    ("Shift", "Maj"), ("Del", "Suppr"), ("Return", "Entrée"), ("Backspace", "Retour arrière"),
    ("Esc", "Échap"), ("Up", "Haut"), ("Down", "Bas"),
)  # fmt: skip


def shown_keys(keys: str, language: str) -> str:
    """The keys as the keyboard of the interface's language names them (French: `french_keys`)."""
    return french_keys(keys) if language == "fr" else keys


def french_keys(keys: str) -> str:
    """The keys as a French keyboard names them (« Ctrl+Maj+K », « Suppr »)."""
    parts = keys.split("+") if keys != "Ctrl++" else ["Ctrl", "+"]
    named = dict(_FRENCH)
    return "+".join(named.get(part, part) for part in parts)
