"""Headless sub-commands of ``workshop-studio``. None of them imports PySide6.

Each module exposes ``register(subparsers)``, adding parsers whose ``run`` default takes
``(args, db_target)`` and returns an exit code.
"""
