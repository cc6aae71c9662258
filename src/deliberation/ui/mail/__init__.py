"""The e-mail screens: sending settings, the shared send dialog, the outbox."""
