"""The marks an opinion's Word copy carries so that a returned file is read against it."""

# The writer (deliberation.exports) puts them in, the reader (deliberation.review) looks for them:
# keep these stable, files already sent out carry them.
BOOKMARK_PREFIX = "dlb_"
ANNEX_BOOKMARK = "dlb_annexes"
PROPERTY_OPINION = "DeliberationOpinion"
PROPERTY_EXPORT = "DeliberationExport"
PROPERTY_VERSION = "DeliberationVersion"
PROPERTY_AGAINST = "DeliberationAgainst"
