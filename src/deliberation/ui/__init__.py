"""The desktop interface (PySide6): the only package that imports QtWidgets."""
