"""Typed errors raised by the lower layers; the UI and the CLI word them for the user."""

import errno

from deliberation.records.i18n import QT_TRANSLATE_NOOP, Sentence

_OS_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("errors", "droits insuffisants"),
    errno.EPERM: QT_TRANSLATE_NOOP("errors", "droits insuffisants"),
    errno.EROFS: QT_TRANSLATE_NOOP("errors", "support en lecture seule"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("errors", "disque plein"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("errors", "quota disque dépassé"),
    errno.ENOENT: QT_TRANSLATE_NOOP("errors", "fichier ou dossier introuvable"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("errors", "un élément du chemin n'est pas un dossier"),
    errno.EISDIR: QT_TRANSLATE_NOOP("errors", "c'est un dossier"),
    errno.EEXIST: QT_TRANSLATE_NOOP("errors", "le fichier existe déjà"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("errors", "nom trop long"),
    errno.EIO: QT_TRANSLATE_NOOP("errors", "erreur d'entrée-sortie du disque"),
}

# SQLite's own messages (always in English) for the failures a user can meet.
_SQLITE_REASONS = (
    ("unable to open database file", QT_TRANSLATE_NOOP("errors", "fichier ou dossier "
     "inaccessible (droits, support en lecture seule ou dossier absent)")),
    ("readonly", QT_TRANSLATE_NOOP("errors", "support ou fichier en lecture seule")),
    ("disk i/o error", QT_TRANSLATE_NOOP("errors", "erreur d'entrée-sortie du disque")),
    ("database or disk is full", QT_TRANSLATE_NOOP("errors", "disque plein")),
    ("locked", QT_TRANSLATE_NOOP("errors", "verrouillé par un autre programme")),
    ("busy", QT_TRANSLATE_NOOP("errors", "verrouillé par un autre programme")),
    ("malformed", QT_TRANSLATE_NOOP("errors", "fichier endommagé")),
    ("not a database", QT_TRANSLATE_NOOP("errors", "fichier endommagé")),
)  # fmt: skip


def os_reason(error: OSError) -> str:
    """A short French reason for an operating-system error (its strerror is in English)."""
    if error.errno in _OS_REASONS:
        return _OS_REASONS[error.errno]
    if not error.errno:
        return QT_TRANSLATE_NOOP("errors", "erreur système")
    return Sentence(QT_TRANSLATE_NOOP("errors", "erreur système n° {errno}"), errno=error.errno)


def sqlite_reason(message: str) -> str:
    """A short French reason for an SQLite error message."""
    lowered = message.lower()
    for fragment, reason in _SQLITE_REASONS:
        if fragment in lowered:
            return reason
    return Sentence(QT_TRANSLATE_NOOP("errors", "erreur SQLite « {message} »"), message=message)


class DeliberationError(Exception):
    """Base of every error meant to be shown to a user as one sentence (its str())."""


class StoreError(DeliberationError):
    """The store cannot be opened or used."""


class NotAStoreError(StoreError):
    """The file exists but is not a Délibération store."""


class StoreTooNewError(StoreError):
    """The store was written by a newer version of the application."""


class StoreOutdatedError(StoreError):
    """The store needs a schema upgrade that the caller did not allow."""


class BackupRequiredError(StoreOutdatedError):
    """A shared database needs a schema upgrade, and no backup was taken or confirmed.

    Attributes:
        revision: the schema revision the database is at.
    """

    def __init__(self, message: str, revision: str) -> None:
        super().__init__(message)
        self.revision = revision


class StoreLockedError(StoreError):
    """Another process holds a lock on the store."""


class StoreCorruptError(StoreError):
    """The store's file is damaged."""


class StoreUnavailableError(StoreError):
    """The store's location cannot be read or written."""


class LoginRefusedError(StoreUnavailableError):
    """A shared store's server refused the login: a wrong password, or none where one is needed."""


class ValidationError(DeliberationError):
    """User input breaks a rule; carries one French message per offending field."""

    def __init__(self, messages: dict[str, str]) -> None:
        self.messages = dict(messages)
        super().__init__(" ".join(self.messages.values()))


class NotFoundError(DeliberationError):
    """A record asked for by id does not exist."""


class ResourceError(DeliberationError):
    """A data file shipped with the application is missing or malformed."""


class ExportError(DeliberationError):
    """A document could not be written where the user asked (the previous file is untouched)."""


class ConflictError(DeliberationError):
    """A save was made from a copy that someone else changed since it was read."""


class IntegrityConflictError(DeliberationError):
    """A write breaks a rule the store keeps: a duplicate, or a record others still refer to."""


class ReviewFileError(DeliberationError):
    """A returned Word file cannot be read back (not a document, encrypted, too big, foreign)."""


class PackageError(DeliberationError):
    """An offline package cannot be read, or belongs to another body, store or opinion."""


class MailError(DeliberationError):
    """A message cannot be built, sent or written as a draft, or the server refuses the login."""


class MailConnectionError(MailError):
    """The mail server cannot be reached, or the connection broke: the run stops there."""


class MailRefusedError(MailError):
    """The server refused one message (a recipient, the sender or its content); `permanent`
    for a 5xx answer, false for a 4xx one that a later run may retry."""

    def __init__(self, message: str, *, permanent: bool = True) -> None:
        self.permanent = permanent
        super().__init__(message)


class MailUncertainError(MailError):
    """The message reached the server but its answer never came back: it may have been
    accepted, so it is not sent again without the user's say."""


class KeyringUnavailableError(MailError):
    """No system keyring can keep the SMTP password: it is asked for at each sending."""


class AccessRefusedError(StoreError):
    """The shared store's server refused a write the connected login has no right to make."""
