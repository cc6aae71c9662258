"""The marks an opinion's Word copy carries so that a returned file is read against it."""

# The writer (deliberation.exports) puts them in, the reader (deliberation.review) looks for them:
# keep these stable, files already sent out carry them.
BOOKMARK_PREFIX = "dlb_"
ANNEX_BOOKMARK = "dlb_annexes"
PROPERTY_OPINION = "DeliberationOpinion"
PROPERTY_EXPORT = "DeliberationExport"
PROPERTY_VERSION = "DeliberationVersion"
PROPERTY_AGAINST = "DeliberationAgainst"

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
