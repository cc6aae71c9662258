"""The keyboard shortcuts of every page, declared once: Aide › Raccourcis clavier lists them."""

from __future__ import annotations

from dataclasses import dataclass

EVERYWHERE = "Partout"
HOME_AREA = "Accueil"
REFERENTIAL_AREA = "Référentiel"
GROUPS_AREA = "Groupes de travail"
MEETINGS_AREA = "Séances"
POSITIONS_AREA = "Positions"
OPINIONS_AREA = "Avis"
OPINION_TEXT_AREA = "Texte d'un avis"
DIALOGS_AREA = "Fenêtres de saisie"
SEARCH_AREA = "Recherche (Ctrl+K)"
GUIDE_AREA = "Guide de l'utilisateur"

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
    Shortcut(EVERYWHERE, "Ctrl+1", "Aller à l'Accueil"),
    Shortcut(EVERYWHERE, "Ctrl+2", "Aller au Référentiel"),
    Shortcut(EVERYWHERE, "Ctrl+3", "Aller aux Groupes de travail"),
    Shortcut(EVERYWHERE, "Ctrl+4", "Aller aux Séances"),
    Shortcut(EVERYWHERE, "Ctrl+5", "Aller aux Positions"),
    Shortcut(EVERYWHERE, "Ctrl+6", "Aller aux Avis"),
    Shortcut(EVERYWHERE, "Ctrl+K", "Rechercher dans toute la base"),
    Shortcut(EVERYWHERE, "Ctrl+O", "Ouvrir une base"),
    Shortcut(EVERYWHERE, PRINT_KEYS, "Imprimer le document affiché"),
    Shortcut(EVERYWHERE, "Ctrl+Z", "Annuler"),
    Shortcut(EVERYWHERE, "Ctrl+Shift+Z", "Rétablir (aussi Ctrl+Y)"),
    Shortcut(EVERYWHERE, "Ctrl+Y", "Rétablir"),
    Shortcut(EVERYWHERE, "Ctrl+,", "Préférences"),
    Shortcut(EVERYWHERE, GUIDE_KEYS, "Guide de l'utilisateur"),
    Shortcut(EVERYWHERE, "Ctrl+Q", "Quitter"),
    Shortcut(SEARCH_AREA, "Up", "Résultat précédent", action=False),
    Shortcut(SEARCH_AREA, "Down", "Résultat suivant", action=False),
    Shortcut(SEARCH_AREA, "Return", "Ouvrir le résultat choisi, à son paragraphe ou sa ligne",
             action=False),
    Shortcut(REFERENTIAL_AREA, "Ctrl+N", "Nouvelle organisation"),
    Shortcut(REFERENTIAL_AREA, FIND_KEYS, "Filtrer la liste des organisations"),
    Shortcut(GROUPS_AREA, "Ctrl+N", "Nouveau groupe de travail"),
    Shortcut(MEETINGS_AREA, "Ctrl+N", "Nouvelle séance"),
    Shortcut(MEETINGS_AREA, FIND_KEYS, "Filtrer la liste des séances"),
    Shortcut(MEETINGS_AREA, "Del", "Supprimer la séance choisie (dans la liste)"),
    Shortcut(MEETINGS_AREA, "Ctrl+Up", "Monter le point de l'ordre du jour (aussi Alt+Haut)",
             action=False),
    Shortcut(MEETINGS_AREA, "Ctrl+Down", "Descendre le point de l'ordre du jour (aussi Alt+Bas)",
             action=False),
    Shortcut(MEETINGS_AREA, "P", "Présence : présent", action=False),
    Shortcut(MEETINGS_AREA, "E", "Présence : excusé", action=False),
    Shortcut(MEETINGS_AREA, "A", "Présence : absent", action=False),
    Shortcut(MEETINGS_AREA, "R", "Présence : représenté", action=False),
    Shortcut(MEETINGS_AREA, "N", "Présence : non renseignée", action=False),
    Shortcut(POSITIONS_AREA, "Ctrl+N", "Nouvelle consultation"),
    Shortcut(POSITIONS_AREA, FIND_KEYS, "Filtrer les organisations du tableau"),
    Shortcut(POSITIONS_AREA, "Del", "Supprimer la consultation choisie (dans la liste)"),
    Shortcut(POSITIONS_AREA, "F", "Position favorable sur la case choisie", action=False),
    Shortcut(POSITIONS_AREA, "R", "Favorable sous réserve (la réserve est demandée)",
             action=False),
    Shortcut(POSITIONS_AREA, "D", "Position défavorable", action=False),
    Shortcut(POSITIONS_AREA, "A", "Abstention", action=False),
    Shortcut(POSITIONS_AREA, "N", "Position non exprimée", action=False),
    Shortcut(POSITIONS_AREA, "Return", "Détails de la position (aussi F2)", action=False),
    Shortcut(POSITIONS_AREA, "Backspace", "Retirer la position (aussi Suppr)", action=False),
    Shortcut(OPINIONS_AREA, "Ctrl+N", "Nouvel avis"),
    Shortcut(OPINIONS_AREA, "Del", "Supprimer l'avis choisi (dans la liste)"),
    Shortcut(OPINIONS_AREA, "Ctrl+Shift+K", "Montrer ou masquer la liste des avis"),
    Shortcut(OPINIONS_AREA, "Ctrl+Shift+L", "Montrer ou masquer le plan"),
    Shortcut(OPINIONS_AREA, "Ctrl+Shift+S", "Figer une version"),
    Shortcut(OPINIONS_AREA, "Ctrl+Shift+V", "Versions : parcourir, comparer, restaurer"),
    Shortcut(OPINIONS_AREA, "Ctrl+Shift+D", "Points en discussion"),
    Shortcut(OPINIONS_AREA, "Ctrl+E", "Exporter l'avis en Word"),
    Shortcut(OPINIONS_AREA, "Ctrl+Shift+I", "Importer un retour Word"),
    Shortcut(OPINIONS_AREA, FIND_KEYS, "Rechercher dans le texte"),
    Shortcut(OPINIONS_AREA, "Ctrl+H", "Remplacer dans le texte"),
    Shortcut(OPINIONS_AREA, "F3", "Occurrence suivante"),
    Shortcut(OPINIONS_AREA, "Shift+F3", "Occurrence précédente"),
    Shortcut(OPINIONS_AREA, "Ctrl++", "Agrandir le texte (aussi Ctrl+=)"),
    Shortcut(OPINIONS_AREA, "Ctrl+=", "Agrandir le texte"),
    Shortcut(OPINIONS_AREA, "Ctrl+-", "Réduire le texte"),
    Shortcut(OPINIONS_AREA, "Ctrl+0", "Taille habituelle du texte (100 %)"),
    Shortcut(OPINIONS_AREA, "Ctrl+Alt+A", "Nouvel amendement sur le paragraphe"),
    Shortcut(OPINIONS_AREA, "Ctrl+Alt+T", "Traitement proposé pour l'amendement"),
    Shortcut(DIALOGS_AREA, "Ctrl+Return", "Valider la fenêtre (avis, amendement, consultation, "
             "position) ou envoyer le commentaire", action=False),
    Shortcut(DIALOGS_AREA, "Esc", "Fermer la fenêtre sans enregistrer", action=False),
    Shortcut(GUIDE_AREA, FIND_KEYS, "Chercher dans le guide", action=False),
    Shortcut(GUIDE_AREA, "F3", "Occurrence suivante (aussi Entrée)", action=False),
    Shortcut(GUIDE_AREA, "Shift+F3", "Occurrence précédente", action=False),
)  # fmt: skip
"""Every page's keys; the keys of the opinion's text editor are listed beside it (KEYS of
ui/opinions/text/keys.py)."""

_FRENCH = (
    ("Shift", "Maj"), ("Del", "Suppr"), ("Return", "Entrée"), ("Backspace", "Retour arrière"),
    ("Esc", "Échap"), ("Up", "Haut"), ("Down", "Bas"),
)  # fmt: skip


def french_keys(keys: str) -> str:
    """The keys as a French keyboard names them (« Ctrl+Maj+K », « Suppr »)."""
    parts = keys.split("+") if keys != "Ctrl++" else ["Ctrl", "+"]
    named = dict(_FRENCH)
    return "+".join(named.get(part, part) for part in parts)
