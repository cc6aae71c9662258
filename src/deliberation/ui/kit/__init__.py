"""What every screen shares: forms, widgets, table models, labels, messages, background work."""
