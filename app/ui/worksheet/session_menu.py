"""The Werksessie menu: create, edit, duplicate, delete (to the bin), switch, files, reports.

Everything that can go wrong with a file ends in a message naming the file
and the reason; nothing here ever writes over a file it could not read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from app.io.atomic_write import SaveError
from app.io.session_format import SessionFormatError
from app.io.session_store import CorruptSessionError, SessionStore
from app.model.library import PlateLibrary
from app.model.problems import Problem
from app.model.worksheet import Session
from app.scene.plate_scene import PlateScene
from app.ui import safe_text
from app.ui.i18n import long_date, tr
from app.ui.problem_text import problem_text, reason_text, undo_text
from app.ui.settings import WindowSettings
from app.ui.worksheet.session_controller import SessionController

# Sessions travel as .werksessie files (JSON inside; Windows opens them in the app on a
# double-click); .json files from earlier versions keep opening.
SESSION_SUFFIX = ".werksessie"
SESSIONS, REPORTS = "werksessie", "verslag"  # file dialogs remember a folder per kind


class SessionMenu:
    def __init__(
        self,
        window: QMainWindow,
        controller: SessionController,
        library: PlateLibrary,
        scenes: dict[str, PlateScene],
        settings: WindowSettings,
    ) -> None:
        self.window = window
        self.controller = controller
        self.store: SessionStore = controller.store
        self.library = library
        self.scenes = scenes
        self.settings = settings
        self.menu = QMenu(tr("&Werksessie"), window)
        self.switch_menu = QMenu(tr("&Wisselen naar"), window)
        self.switch_menu.aboutToShow.connect(self._fill_switch_menu)

        def action(text: str, slot, keys: str | None = None, tip: str = "") -> QAction:  # type: ignore[no-untyped-def]
            made = QAction(text, window)
            if keys:
                made.setShortcut(QKeySequence(keys))
                made.setToolTip(f"{tip or text.replace('&', '').rstrip('.…')} ({keys})")
            made.triggered.connect(slot)
            return made

        self.new = action(tr("&Nieuwe werksessie…"), self.new_session, "Ctrl+Shift+N")
        self.edit = action(tr("Naam, datum en &deelnemers…"), self.edit_details, "Ctrl+Shift+E")
        self.duplicate = action(tr("&Dupliceren"), self.duplicate_session, "Ctrl+Shift+D")
        self.delete = action(
            tr("&Verwijderen (naar prullenbak)"), self.delete_session, "Ctrl+Shift+Del"
        )
        self.bin = action(tr("&Prullenbak…"), self.show_bin, "Ctrl+Shift+B")
        self.empty_bin_action = action(tr("Prullenbak &legen…"), self.empty_bin, "Ctrl+Alt+Shift+B")
        self.open_file = action(tr("&Openen uit bestand…"), self.import_file, "Ctrl+O")
        self.save_file = action(tr("Opslaan &als bestand…"), self.export_file, "Ctrl+Shift+S")
        self.export_md_action = action(
            tr("Verslag als &Markdown…"), self.export_markdown, "Ctrl+Shift+M"
        )
        self.export_pdf_action = action(tr("Verslag als P&DF…"), self.export_pdf, "Ctrl+Shift+P")
        self.undo = action(tr("&Ongedaan maken"), controller_undo(controller), "Ctrl+Z")
        self.redo = action(tr("Opnie&uw"), controller_redo(controller), "Ctrl+Shift+Z")
        self.save_now = action(tr("Nu &opslaan"), controller.save_now, "Ctrl+S")
        for item in (self.new, self.edit, self.duplicate, self.delete):
            self.menu.addAction(item)
        self.menu.addMenu(self.switch_menu)
        self.menu.addAction(self.bin)
        self.menu.addAction(self.empty_bin_action)
        self.menu.addSeparator()
        for item in (self.open_file, self.save_file, self.export_md_action, self.export_pdf_action):
            self.menu.addAction(item)
        self.menu.addSeparator()
        for item in (self.undo, self.redo, self.save_now):
            self.menu.addAction(item)
        self.menu.aboutToShow.connect(self._update)
        # a shortcut works without the menu ever opening: follow the session's state too
        controller.state_changed.connect(lambda _state, _message: self._update())
        self._update()

    def actions(self) -> list[QAction]:
        return [
            self.new,
            self.edit,
            self.duplicate,
            self.delete,
            self.bin,
            self.empty_bin_action,
            self.open_file,
            self.save_file,
            self.export_md_action,
            self.export_pdf_action,
            self.undo,
            self.redo,
            self.save_now,
        ]

    def _update(self) -> None:
        editor = self.controller.editor
        self.undo.setEnabled(editor.can_undo() and not self.controller.read_only)
        self.redo.setEnabled(editor.can_redo() and not self.controller.read_only)
        self.undo.setText(
            tr("&Ongedaan maken")
            + (f": {undo_text(editor.undo_text())}" if editor.can_undo() else "")
        )
        self.edit.setEnabled(not self.controller.read_only)
        self.delete.setEnabled(not self.controller.read_only)

    # --- opening ------------------------------------------------------------------
    def open_initial(self) -> None:
        """At start: the last session, else the newest, else a fresh one. Report bad files."""
        infos, unreadable = self.store.scan()
        for path in unreadable:
            self._recover(path.stem)
        if unreadable:  # a restored backup is a session again
            infos = self.store.sessions()
        last = self.settings.text("session/last")
        chosen = next((i.id for i in infos if i.id == last), infos[0].id if infos else None)
        if chosen is None or not self.open_id(chosen):
            self._start_fresh()

    def leave_current(self, discard_text: str) -> bool:
        """Whether the current session may be left: saved, or the user chose to let its
        unsaved edits go. Never drops them without asking."""
        if self.controller.can_leave():
            return True
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Niet alles is opgeslagen"))
        box.setText(self.controller.message + "\n" + str(self.controller.file_path))
        box.setTextFormat(Qt.TextFormat.PlainText)  # a path may hold anything
        box.setInformativeText(
            tr("Sla de werksessie op een andere plek op, of probeer het opnieuw.")
        )
        save_as = box.addButton(tr("Opslaan als bestand…"), QMessageBox.ButtonRole.AcceptRole)
        retry = box.addButton(tr("Opnieuw proberen"), QMessageBox.ButtonRole.ActionRole)
        discard = box.addButton(discard_text, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save_as)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save_as:
            self.export_file()
            return False
        if clicked is retry:
            return self.controller.can_leave()
        return clicked is discard

    def switch_to(self, session_id: str) -> bool:
        if session_id == self.controller.session.id:
            return True
        if not self.leave_current(tr("Toch wisselen (wijzigingen kwijt)")):
            return False
        return self.open_id(session_id)

    def open_id(self, session_id: str) -> bool:
        try:
            session = self.store.load(session_id)
        except CorruptSessionError as error:
            restored = self._offer_backup(error)
            if restored is None:
                return False
            session = restored
        self._open(session)
        return True

    def _recover(self, session_id: str) -> None:
        try:
            self.store.load(session_id)
        except CorruptSessionError as error:
            self._offer_backup(error)

    def _offer_backup(self, error: CorruptSessionError) -> Session | None:
        kept_as = tr("Het bestand is bewaard als:")
        kept = f"\n\n{kept_as}\n{error.moved_to}" if error.moved_to else ""
        text = (
            tr("Deze werksessie kon niet worden gelezen:")
            + f"\n{error.path}\n({problem_text(error.reason)}){kept}"
        )
        if error.backup is None:
            safe_text.warning(
                self.window,
                tr("Werksessie beschadigd"),
                text + "\n\n" + tr("Er is geen reservekopie."),
            )
            return None
        answer = safe_text.question(
            self.window,
            tr("Werksessie beschadigd"),
            text + "\n\n" + tr("De laatste reservekopie terugzetten?") + f"\n{error.backup.name}",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return self.store.restore_backup(error.backup, error.path.stem)
        except SessionFormatError as problem:
            shown = f"{error.backup}:\n{problem_text(problem.problem)}"
            safe_text.warning(self.window, tr("Niet teruggezet"), shown)
            return None
        except OSError as problem:
            shown = f"{error.backup}:\n{reason_text(problem)}"
            safe_text.warning(self.window, tr("Niet teruggezet"), shown)
            return None

    def _open(self, session: Session) -> None:
        self.controller.open(session)
        self.settings.set_text("session/last", session.id)

    def _start_fresh(self) -> None:
        session = Session(tr("Werksessie"))
        try:
            self.store.save(session)
        except SaveError as error:
            self._save_failed(error)
        self._open(session)

    def _save_failed(self, error: SaveError) -> None:
        self.window.statusBar().showMessage(
            tr("Niet opgeslagen: ") + problem_text(error.reason), 10000
        )

    # --- the commands --------------------------------------------------------------
    def new_session(self) -> None:
        # not before the first paint: the dialogs are imported when first asked for
        from app.ui.worksheet.session_dialogs import SessionDetailsDialog

        dialog = SessionDetailsDialog(tr("Nieuwe werksessie"), parent=self.window)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        if not self.leave_current(tr("Toch nieuwe beginnen (wijzigingen kwijt)")):
            return
        name, day, participants = dialog.values()
        self._save_and_open(Session(name, day, participants), tr("Niet opgeslagen"))

    def edit_details(self) -> None:
        if self.controller.read_only:
            return
        s = self.controller.session
        from app.ui.worksheet.session_dialogs import SessionDetailsDialog

        dialog = SessionDetailsDialog(tr("Werksessie"), s.name, s.date, s.participants, self.window)
        if dialog.exec() == dialog.DialogCode.Accepted:
            self.controller.editor.set_details(*dialog.values())

    def duplicate_session(self) -> None:
        if not self.leave_current(tr("Toch dupliceren (wijzigingen alleen in de kopie)")):
            return
        twin = self.controller.session.copy(self.controller.session.name + tr(" (kopie)"))
        self._save_and_open(twin, tr("Niet gedupliceerd"))

    def _save_and_open(self, session: Session, failure_title: str) -> None:
        """A new session is on disk before it is worked in; if it cannot be, say why."""
        try:
            self.store.save(session)
        except SaveError as error:
            shown = f"{error.path}: {problem_text(error.reason)}"
            safe_text.warning(self.window, failure_title, shown)
            return
        self._open(session)

    def delete_session(self) -> None:
        session = self.controller.session
        if self.controller.read_only:  # another window works in it (or nothing can be written)
            self.window.statusBar().showMessage(
                tr("Alleen-lezen: deze werksessie kan hier niet worden verwijderd."), 8000
            )
            return
        answer = safe_text.question(
            self.window,
            tr("Werksessie verwijderen"),
            tr("'%1' naar de prullenbak verplaatsen? Je kunt hem daar terugzetten.").replace(
                "%1", session.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self.leave_current(tr("Toch verwijderen (wijzigingen kwijt)")):
            return
        try:
            self.store.delete(session.id)
        except OSError as error:
            safe_text.warning(
                self.window,
                tr("Niet verwijderd"),
                f"{self.store.path_of(session.id)}: {reason_text(error)}",
            )
            return
        remaining = self.store.sessions()
        if not remaining or not self.open_id(remaining[0].id):
            self._start_fresh()
        self.window.statusBar().showMessage(
            tr("'%1' staat in de prullenbak (Werksessie > Prullenbak).").replace(
                "%1", session.name
            ),
            8000,
        )

    def show_bin(self) -> None:
        from app.ui.worksheet.session_dialogs import BinDialog

        dialog = BinDialog(self.store.in_bin(), self.window)
        if dialog.exec() == dialog.DialogCode.Accepted and dialog.chosen_id():
            session_id = dialog.chosen_id()
            assert session_id
            if not self.leave_current(tr("Toch terugzetten (wijzigingen kwijt)")):
                return
            try:
                restored = self.store.undelete(session_id)
            except OSError as error:
                safe_text.warning(
                    self.window, tr("Niet teruggezet"), f"{session_id}: {reason_text(error)}"
                )
                return
            if not self.open_id(restored):
                return
            if restored == session_id:  # the "in the bin" message is no longer true
                self.window.statusBar().showMessage(
                    tr("'%1' is teruggezet.").replace("%1", self.controller.session.name), 8000
                )
            else:
                self.window.statusBar().showMessage(
                    tr(
                        "Teruggezet als aparte werksessie: de werksessie bestond weer "
                        "(opgeslagen vanuit een ander venster) en is niet overschreven."
                    ),
                    10000,
                )

    def empty_bin(self) -> None:
        count = len(self.store.in_bin())
        if count == 0:
            self.window.statusBar().showMessage(tr("De prullenbak is leeg."), 5000)
            return
        answer = safe_text.question(
            self.window,
            tr("Prullenbak legen"),
            tr(
                "%1 werksessie(s) in de prullenbak en hun reservekopieën definitief "
                "verwijderen? Dit kan niet ongedaan worden gemaakt."
            ).replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.store.empty_bin()
        except OSError as error:
            safe_text.warning(self.window, tr("Niet geleegd"), reason_text(error))
            return
        self.window.statusBar().showMessage(tr("De prullenbak is geleegd."), 5000)

    def _fill_switch_menu(self) -> None:
        self.switch_menu.clear()
        for info in self.store.sessions():
            item = self.switch_menu.addAction(
                f"{info.name}  ·  {long_date(info.date)}".replace("&", "&&")
            )
            item.setCheckable(True)
            item.setChecked(info.id == self.controller.session.id)
            item.triggered.connect(lambda _=False, sid=info.id: self.switch_to(sid))

    # --- files -----------------------------------------------------------------------
    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            tr("Werksessie openen"),
            self.settings.dialog_folder(SESSIONS),
            file_filter(),
        )
        if not path:
            return
        self.settings.remember_dialog_folder(SESSIONS, path)
        if not self.leave_current(tr("Toch openen (wijzigingen kwijt)")):
            return
        self.import_path(Path(path))

    def import_path(self, path: Path) -> None:
        """Open a session file (from the menu, or named on the command line)."""
        try:
            session = self.store.import_from(path)
        except CorruptSessionError as error:
            shown = f"{error.path}:\n{problem_text(error.reason)}"
            safe_text.warning(self.window, tr("Niet geopend"), shown)
            return
        except SaveError as error:
            shown = f"{error.path}: {problem_text(error.reason)}"
            safe_text.warning(self.window, tr("Niet opgeslagen"), shown)
            return
        self._open(session)

    def _ask_target(
        self, title: str, suffix: str, file_filter: str, also: tuple[str, ...] = ()
    ) -> Path | None:
        from app.ui.worksheet.session_report import (
            default_file_name,  # reports: imported when asked
        )

        kind = SESSIONS if suffix in (SESSION_SUFFIX, ".json") else REPORTS
        folder = Path(self.settings.dialog_folder(kind))
        start = str(folder / default_file_name(self.controller.session, suffix))
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, file_filter)
        if not path:
            return None
        self.settings.remember_dialog_folder(kind, path)
        return Path(path) if path.lower().endswith((suffix, *also)) else Path(path + suffix)

    def export_file(self) -> None:
        target = self._ask_target(
            tr("Werksessie opslaan als bestand"), SESSION_SUFFIX, file_filter(), also=(".json",)
        )
        if target:
            self._report(lambda: self.store.export_to(self.controller.session, target), target)

    def export_markdown(self) -> None:
        target = self._ask_target(tr("Verslag als Markdown"), ".md", "Markdown (*.md)")
        if target:
            from app.ui.worksheet.session_report import export_markdown

            self._report(
                lambda: export_markdown(self.controller.session, self.library, self.scenes, target),
                target,
            )

    def export_pdf(self) -> None:
        target = self._ask_target(tr("Verslag als PDF"), ".pdf", "PDF (*.pdf)")
        if target:
            from app.ui.worksheet.session_report import export_pdf

            self._report(
                lambda: export_pdf(self.controller.session, self.library, self.scenes, target),
                target,
            )

    def _report(self, job, target: Path) -> None:  # type: ignore[no-untyped-def]
        try:
            job()
        except OSError as error:
            reason = reason_text(error)
            # a report's plate picture that failed names itself (PictureNotWrittenError)
            ours = bool(error.args) and isinstance(error.args[0], Problem)
            shown = error.filename if ours and error.filename else target
            safe_text.warning(self.window, tr("Niet opgeslagen"), f"{shown}:\n{reason}")
            return
        self.window.statusBar().showMessage(tr("Opgeslagen: ") + str(target), 8000)


def file_filter() -> str:
    return tr("Werksessie (*.werksessie *.json)")


def controller_undo(controller: SessionController):  # type: ignore[no-untyped-def]
    return lambda: None if controller.read_only else controller.editor.undo()


def controller_redo(controller: SessionController):  # type: ignore[no-untyped-def]
    return lambda: None if controller.read_only else controller.editor.redo()
