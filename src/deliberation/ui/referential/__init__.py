"""Screens of the referential: organisations, delegates, working groups."""
