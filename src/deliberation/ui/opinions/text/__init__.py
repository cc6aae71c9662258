"""The opinion text editor: document, keys, formatting, margin, outline, find bar."""
