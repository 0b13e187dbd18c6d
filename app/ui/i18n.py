"""Translation of the window's texts (Dutch source, English .qm in resources/translations).

`tr()` outside a class: pyside6-lupdate files such calls under the empty
context, so that is the context they are looked up in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


DATE_FORMAT = "d MMMM yyyy"  # "2 december 2026": the one way a date is shown


def long_date(iso: str) -> str:
    """A session's date ("2026-12-02") as the window shows dates everywhere, in the
    window's language; a date that does not parse is shown as it is."""
    from PySide6.QtCore import QDate, QLocale

    day = QDate.fromString(iso, "yyyy-MM-dd")
    return QLocale().toString(day, DATE_FORMAT) if day.isValid() else iso
