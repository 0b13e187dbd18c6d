"""Closing the window while the team's answers could not be saved: never drop them
without asking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.i18n import tr
from app.ui.worksheet.session_controller import SessionController


def may_close(parent: QWidget, sessions: SessionController, save_as: Callable[[], object]) -> bool:
    """True when everything is saved, or the user chose to close without it."""
    return sessions.flush() or close_unsaved_anyway(parent, sessions, save_as)


def close_unsaved_anyway(
    parent: QWidget, sessions: SessionController, save_as: Callable[[], object]
) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Niet alles is opgeslagen"))
    box.setText(sessions.message + "\n" + str(sessions.file_path))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(tr("Sla de werksessie op een andere plek op, of probeer het opnieuw."))
    save_button = box.addButton(tr("Opslaan als bestand…"), QMessageBox.ButtonRole.AcceptRole)
    retry = box.addButton(tr("Opnieuw proberen"), QMessageBox.ButtonRole.ActionRole)
    discard = box.addButton(tr("Afsluiten zonder opslaan"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save_button:
        save_as()
        return False
    if clicked is retry:
        return sessions.flush()
    return clicked is discard


__all__ = ["close_unsaved_anyway", "may_close"]
