"""Marks a text for translation without importing Qt into the model.

pyside6-lupdate finds `QT_TRANSLATE_NOOP("Context", "tekst")` by its name and files
the text under that context; the window translates it when it shows it
(`QCoreApplication.translate(context, text)`)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
