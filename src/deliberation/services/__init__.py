"""Use cases: what the window, the command line and the demo ask of the store."""
