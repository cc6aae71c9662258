"""Screens of the Séances area: meetings, agendas, attendance, decisions and actions."""
