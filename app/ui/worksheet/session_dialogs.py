"""Small dialogs for work sessions: details (name, date, participants) and the bin."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.io.session_store import SessionInfo
from app.typing_compat import override
from app.ui.i18n import DATE_FORMAT, long_date


class DateField(QDateEdit):
    """A date that Tab leaves as one field: day, month and year are changed with the
    arrow keys, typing or the calendar, not stepped through with Tab (names typed after
    two Tabs went into the year)."""

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class SessionDetailsDialog(QDialog):
    def __init__(
        self,
        title: str,
        name: str = "",
        day: str = "",
        participants: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("bijv. de school of het team"))
        self.date_edit = DateField()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        parsed = QDate.fromString(day or date.today().isoformat(), "yyyy-MM-dd")
        self.date_edit.setDate(parsed if parsed.isValid() else QDate.currentDate())
        self.participants_edit = QLineEdit(", ".join(participants or []))
        self.participants_edit.setPlaceholderText(
            self.tr("namen, gescheiden door komma's (mag leeg)")
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Naam:"), self.name_edit)
        form.addRow(self.tr("Datum:"), self.date_edit)
        form.addRow(self.tr("Deelnemers:"), self.participants_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setTabOrder(self.name_edit, self.date_edit)
        self.setTabOrder(self.date_edit, self.participants_edit)
        self.resize(460, self.sizeHint().height())

    def _accept(self) -> None:
        if self.name_edit.text().strip():
            self.accept()
        else:
            self.name_edit.setFocus()

    def values(self) -> tuple[str, str, list[str]]:
        participants = [p.strip() for p in self.participants_edit.text().split(",") if p.strip()]
        return (
            self.name_edit.text().strip(),
            self.date_edit.date().toString("yyyy-MM-dd"),
            participants,
        )


class BinDialog(QDialog):
    """Deleted sessions, to put back."""

    def __init__(self, sessions: list[SessionInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verwijderde werksessies"))
        self.list = QListWidget()
        for info in sessions:
            item = QListWidgetItem(f"{info.name}  ·  {long_date(info.date)}")
            item.setData(256, info.id)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Terugzetten"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        # room for a name and a long date without cutting them off
        widest = self.list.sizeHintForColumn(0) if sessions else 0
        self.resize(max(520, min(900, widest + 60)), 360)

    def chosen_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(256) if item else None
