"""Bestand > Exporteren > HTML: one page, with the open session's answers when asked."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from app.model.worksheet import Session
from app.ui.export_dialog import ExportDialog


@pytest.fixture
def told(monkeypatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append("FOUT " + a[2]))
    return messages


def test_all_plates_with_the_sessions_answers_become_one_page(qtbot, library, tmp_path, told):
    session = Session("Teamdag <b>", participants=["Anna"])
    session.answers("strategie").texts["optimalisatie"] = "Wij <script>x()</script> beginnen klein"
    dialog = ExportDialog(library, {}, "strategie", None, session=session)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    assert dialog.answers_box.isEnabled() and dialog.answers_box.currentData() is True
    assert not dialog.width_box.isEnabled() and not dialog.page_box.isEnabled()
    dialog.plate_box.setCurrentIndex(dialog.plate_box.findData("all"))
    dialog.folder_edit.setText(str(tmp_path / "uit"))
    dialog._export()
    written = list((tmp_path / "uit").iterdir())
    assert [p.name for p in written] == ["overzichtsplaten.html"]
    assert told and "overzichtsplaten.html" in told[0]
    page = written[0].read_text(encoding="utf-8")
    assert "Teamdag &lt;b&gt;" in page and "Anna" in page
    assert "Wij &lt;script&gt;x()&lt;/script&gt; beginnen klein" in page
    assert page.count('data-plate="') >= 4 and 'id="chapter-voorwoord"' in page


def test_without_answers_when_chosen(qtbot, library, tmp_path, told):
    session = Session("Teamdag")
    session.answers("strategie").notes = "geheim van het team"
    dialog = ExportDialog(library, {}, "strategie", None, session=session)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    dialog.answers_box.setCurrentIndex(dialog.answers_box.findData(False))
    dialog.folder_edit.setText(str(tmp_path))
    dialog._export()
    page = (tmp_path / "02-strategie.html").read_text(encoding="utf-8")
    assert "geheim van het team" not in page and "Teamdag" not in page
