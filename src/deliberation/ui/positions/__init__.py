"""Screens of the Positions area: consultations, positions and their synthesis."""
