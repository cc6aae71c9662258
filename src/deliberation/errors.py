"""Typed errors raised by the lower layers; the UI and the CLI word them for the user."""


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


class StoreLockedError(StoreError):
    """Another process holds a lock on the store."""


class StoreCorruptError(StoreError):
    """The store's file is damaged."""


class StoreUnavailableError(StoreError):
    """The store's location cannot be read or written."""


class ValidationError(DeliberationError):
    """User input breaks a rule; carries one French message per offending field."""

    def __init__(self, messages: dict[str, str]) -> None:
        self.messages = dict(messages)
        super().__init__(" ".join(self.messages.values()))


class NotFoundError(DeliberationError):
    """A record asked for by id does not exist."""


class ResourceError(DeliberationError):
    """A data file shipped with the application is missing or malformed."""
