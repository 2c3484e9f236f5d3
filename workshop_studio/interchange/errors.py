"""An import refused, with where: the file, and the row and column when there are some."""

from __future__ import annotations

from pathlib import Path

from workshop_studio.i18n import translate


class ImportRefused(Exception):
    """A file that cannot be imported. Nothing was written."""

    def __init__(self, file: str | Path, reason: str, *, row: int | None = None, column: str | None = None) -> None:
        self.file = str(file)
        self.reason = reason
        self.row = row
        self.column = column
        super().__init__(self.message())

    def message(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(translate("ImportRefused", "row {row}").format(row=self.row))
        if self.column is not None:
            where.append(translate("ImportRefused", "column “{column}”").format(column=self.column))
        reason = " ".join(self.reason.split())  # one line, whatever a library's detail held
        return f"{', '.join(where)}: {reason}"


class UnknownColumns(ImportRefused):
    """A table whose header names columns the import does not know; it may be imported
    ignoring them (``ignore_unknown_columns``)."""

    def __init__(self, file: str | Path, reason: str, names: tuple[str, ...], *, row: int | None = None) -> None:
        self.names = names
        super().__init__(file, reason, row=row, column=names[0] if names else None)
