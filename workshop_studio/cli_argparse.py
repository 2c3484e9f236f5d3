"""argparse's own words ("usage:", "options", its error messages) in the interface's language.

argparse looks its texts up through ``gettext`` at the moment it prints them; the command
line installs :func:`translate_argparse` so that they go through the same catalogue as ours.
Only the messages a user can meet are listed (and so extracted for translation); the others,
about mistakes in the parser's own definition, stay in English.
"""

from __future__ import annotations

import argparse

from workshop_studio.i18n import QT_TRANSLATE_NOOP, translate

MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _gettext(text: str) -> str:
    return translate("argparse", text)


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translate("argparse", singular if count == 1 else plural)


def translate_argparse() -> None:
    """Route argparse's texts through :func:`workshop_studio.i18n.translate` from now on."""
    argparse._ = _gettext  # type: ignore[attr-defined]  # argparse's own gettext names, not in its stubs
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]  # (see above)
