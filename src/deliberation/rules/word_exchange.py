"""The marks an opinion's Word copy carries so that a returned file is read against it."""

# The writer (deliberation.exports) puts them in, the reader (deliberation.review) looks for them:
# keep these stable, files already sent out carry them.
BOOKMARK_PREFIX = "dlb_"
ANNEX_BOOKMARK = "dlb_annexes"
PROPERTY_OPINION = "DeliberationOpinion"
PROPERTY_EXPORT = "DeliberationExport"
PROPERTY_VERSION = "DeliberationVersion"
PROPERTY_AGAINST = "DeliberationAgainst"

# A paragraph exported as several Word paragraphs (lines, list items) carries one bookmark in
# each: BOOKMARK_PREFIX + the paragraph's hex id in the first, the same + "_2", "_3"… in the
# next ones (Word keeps bookmark names of at most 40 characters: ranks up to 999).
LINE_RANK_MAX = 999
_HEX_LENGTH = 32


def line_bookmark(hex_id: str, rank: int) -> str:
    """The bookmark of the `rank`-th Word paragraph (from 2) of the paragraph `hex_id`."""
    return f"{BOOKMARK_PREFIX}{hex_id}_{min(rank, LINE_RANK_MAX)}"


def paragraph_bookmark(name: str) -> str:
    """The paragraph's own bookmark name for one of its line bookmarks (other names as they
    are)."""
    head, sep, rank = name.rpartition("_")
    if (
        sep
        and rank.isdigit()
        and rank.isascii()
        and head.startswith(BOOKMARK_PREFIX)
        and len(head) == len(BOOKMARK_PREFIX) + _HEX_LENGTH
    ):
        return head
    return name


# The paragraph style names (folded: lower case, no accents, no spaces; not ids, which
# LibreOffice rewrites) that make a Word paragraph a list item: the export's own, then Word's
# and LibreOffice's built-in ones.
LIST_STYLE_NAMES = {
    "listeatirets": "bullet",
    "listealettres": "number",
    "listbullet": "bullet",
    "listnumber": "number",
    "listeapuces": "bullet",
    "listenumerotee": "number",
}
# Styles Word and LibreOffice give a paragraph made a list item with the toolbar's buttons:
# the kind of list is then the numbering's format.
LIST_PARAGRAPH_NAMES = frozenset({"listparagraph", "paragraphedeliste"})
# LibreOffice writes the reviewer's local time marked « Z »; the committee sits in this zone.
REVIEWERS_ZONE = "Europe/Paris"
LIBREOFFICE_APPLICATION = "libreoffice"  # how docProps/app.xml's Application starts
# The names word processors put on a change when no user name is set (LibreOffice's, Word's in
# English and French), folded: a change so signed has no author.
UNNAMED_AUTHORS = frozenset({"unknown author", "auteur inconnu", "author", "auteur", "unknown"})


def named_author(name: str) -> str:
    """The author's name as written, or "" for none or a word processor's stand-in name."""
    name = name.strip()
    return "" if " ".join(name.casefold().split()) in UNNAMED_AUTHORS else name


# A response form's identity (custom properties of the .docx, hidden sheet of the .xlsx).
PROPERTY_CONSULTATION = "DeliberationConsultation"
PROPERTY_ORGANISATION = "DeliberationOrganisation"
PROPERTY_SUBJECTS = "DeliberationSubjects"  # "1=<uuid>;2=<uuid>…": the form's numbers
FORM_SUBJECT = "Sujet n°"  # first cell of each subject's table: « Sujet n° 3 »
FORM_ROWS = {  # the labels of a subject's rows, in order, and the answer's field each fills
    "Position": "stance",
    "Réserve": "reservation",
    "Motifs": "reasons",
    "Amendement proposé": "amendment",
}
FORM_SHEET = "Réponses"  # the spreadsheet's sheet to fill
FORM_ID_SHEET = "Identification"  # its hidden sheet: consultation, organisation, subjects
FORM_PLACEHOLDER = "Choisissez une position"
