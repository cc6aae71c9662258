"""The few colours every screen shares, chosen to stay readable on white."""

WARNING_TEXT = "#9c2a00"
"""Text colour of what needs attention (an item past the end, an overdue action)."""
WARNING_BACKGROUND = "#fdeee6"
MUTED_TEXT = "#6b6b6b"
"""Secondary text that must stay readable (greyed-out widgets are too pale on white)."""
FOCUS_COLOUR = "#1d5fb4"
"""The outline of the field or list that has the keyboard (≥ 3:1 against white and grey)."""
