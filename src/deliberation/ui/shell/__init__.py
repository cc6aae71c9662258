"""The app's shell around the areas: the bases (Fichier), the guide and keys (Aide), preferences."""
