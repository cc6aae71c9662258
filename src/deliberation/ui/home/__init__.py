"""The Accueil area: the page the window opens on."""
