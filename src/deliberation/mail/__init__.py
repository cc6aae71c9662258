"""E-mail: a Mail's MIME message, the SMTP transport, draft files and the password's keyring."""
