"""Screens of the Avis area: opinions, their text, versions, amendments and comments."""
