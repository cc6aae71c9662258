"""The store: SQLAlchemy models, sessions, migrations and every SQL query of the application."""
