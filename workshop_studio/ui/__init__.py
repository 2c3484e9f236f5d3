"""The only package that imports PySide6: the console, the stage, and their views."""
