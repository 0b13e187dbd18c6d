"""Text is text, everywhere: plate and session text never becomes markup that loads or grows.

An own plate (and a session) carry the hostile corpus in every kind of text; every
place the app shows them is checked as a user would see it: the characters typed
(or, for Markdown, its words), no image, no link other than http(s) or the app's
own, nothing asked of the disk, and no widget that grows to 30,000 pixels.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, Qt, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QLabel, QMessageBox

from app.model.answers_view import notes_beside_elements
from app.model.safe_markup import markdown_to_html
from app.model.worksheet import field_key
from app.ui.application import build_window
from app.ui.explore.search_panel import HTML_ROLE
from app.ui.main_window import MainWindow
from app.ui.safe_text import SafeBrowser, SafeDocument, markdown_label, tooltip
from tests.hostile.hostile_text import hostile_plate, hostile_texts

# a real 1x1 PNG: if anything read it, a picture would appear
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
LARGEST_WIDGET = 4000  # pixels: a 30,000-pixel picture must not make anything this big


def images_and_links(document: QTextDocument) -> tuple[int, list[str]]:
    images, links = 0, []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                images += 1
                QTextImageFormat(fragment.charFormat())
            if fragment.charFormat().anchorHref():
                links.append(fragment.charFormat().anchorHref())
            it += 1
        block = block.next()
    return images, links


def shown(text: str) -> tuple[str, int]:
    """What a user sees of a tooltip or message text Qt interprets: the words and any images."""
    document = SafeDocument()
    if Qt.mightBeRichText(text):
        document.setHtml(text)
    else:
        document.setPlainText(text)
    images, _ = images_and_links(document)
    return document.toPlainText(), images


def assert_plain(text_or_html: str, expected: str) -> None:
    words, images = shown(text_or_html)
    assert images == 0, text_or_html
    assert words == expected.replace("\n", "\u2029") or words == expected, (words, expected)


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    path = tmp_path / "marker-tekst-123"
    path.write_bytes(PNG)
    path.with_suffix(".png").write_bytes(PNG)
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, marker: Path) -> MainWindow:
    plates = tmp_path / "eigen"
    plates.mkdir()
    (plates / "vijandig.yaml").write_text(hostile_plate(marker), encoding="utf-8")
    made = build_window(str(tmp_path / "data"), str(plates))
    assert made is not None
    qtbot.addWidget(made)
    assert made.library.is_own("vijandig"), "the hostile plate must be accepted"
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.sessions.close()


def test_the_corpus_reaches_every_kind_of_text(window: MainWindow, marker: Path) -> None:
    plate = window.library.plate("vijandig")
    texts = hostile_texts(marker)
    assert [e.label for e in plate.elements[: len(texts)]] == texts
    assert plate.tips and plate.worksheet and plate.tour


def test_labels_and_tooltips_on_the_plate_show_the_text_as_typed(
    window: MainWindow, marker: Path
) -> None:
    window.open_plate("vijandig")
    scene = window.scenes["vijandig"]
    plate = scene.plate
    for element in plate.elements:
        assert_plain(scene.items_by_id[element.id].toolTip(), element.label)
    for item in scene.relation_items:
        assert_plain(item.toolTip(), plate.relations[0].label)
    # the flip button's tooltip is the plate's first tip
    assert_plain(window.commands.flip.toolTip(), plate.tips[0] + " (Ctrl+R)")
    # outline entries
    outline = window.outline
    window.library.graphs["vijandig"]  # the outline lists a plate once its graph exists
    outline.show_plate("vijandig")
    for element in plate.elements:
        item = outline.items[element.id]
        assert item.text(0) == element.label  # an item's own text is plain
        assert_plain(item.toolTip(0), element.text or element.label)
    # the own plate's entry in the Ga naar menu
    action = window.commands.plates[-1]
    assert_plain(action.toolTip(), f"7  {plate.title} (Ctrl+7)")
    # the own plate's card on the start page
    card = window.start_view.own_cards["vijandig"]
    assert_plain(card.toolTip(), "Eigen plaat openen: " + plate.title)
    # search results
    window.search.field.setText("img")
    results = window.search.results
    assert results.topLevelItemCount() > 0
    for g in range(results.topLevelItemCount()):
        group = results.topLevelItem(g)
        for i in range(group.childCount()):
            words, images = shown(group.child(i).data(0, HTML_ROLE))
            assert images == 0 and "<img" in words  # the plate's "<img ...>" as typed


def test_the_side_panel_and_the_beamer_notes_load_nothing_and_show_raw_html_as_text(
    window: MainWindow, qtbot, marker: Path
) -> None:
    window.open_plate("vijandig")
    plate = window.library.plate("vijandig")
    panel = window.panel
    for element in plate.elements[:4]:
        window.go_to_element(element.id)
        qtbot.waitUntil(lambda e=element: panel.markdown().startswith("# "))
        panel.browser.document().adjustSize()  # lay out: where Qt would ask for pictures
        images, links = images_and_links(panel.browser.document())
        assert images == 0
        assert all(link.startswith(("http://", "https://", "overzicht:")) for link in links)
        text = panel.plain_text()
        assert "<script>alert(1)</script>" in text and "<img src=x width=30000" in text
        assert panel.browser.refused_resources == []  # nothing was even asked for
    # the beamer notes (presenting) render with the same renderer into a safe browser
    notes = SafeBrowser()
    qtbot.addWidget(notes)
    notes.show_markdown(plate.elements[0].guide)
    images, links = images_and_links(notes.document())
    assert images == 0 and links == []


def test_worksheet_labels_and_hints_stay_text_and_small(
    window: MainWindow, qtbot, marker: Path
) -> None:
    window.open_plate("vijandig")
    window.show_worksheet()  # as the user opens it (Ctrl+Shift+W): its fields are made now
    labels = window.worksheet.findChildren(QLabel)
    texts = hostile_texts(marker)
    seen = set()
    for label in labels:
        if label.textFormat() == Qt.TextFormat.PlainText:
            seen.add(label.text())
            continue
        assert label.textFormat() == Qt.TextFormat.RichText, label.text()
        words, images = shown(label.text())
        assert images == 0
        seen.add(words)
        assert label.sizeHint().width() < LARGEST_WIDGET
        assert label.sizeHint().height() < LARGEST_WIDGET
    assert texts[2] in seen  # "<img src=x width=30000 height=30000>" shown as typed
    assert "<script>alert(1)</script>" in seen


def test_a_team_answer_on_the_plate_is_shown_as_typed(window: MainWindow, marker: Path) -> None:
    window.open_plate("vijandig")
    editor = window.sessions.editor
    text = hostile_texts(marker)[2]
    editor.add_item("vijandig", field_key("q1", "f0"), text)
    answers = window.sessions.session.plates["vijandig"]
    scene = window.scenes["vijandig"]
    scene.set_answers(notes_beside_elements(scene.plate, answers))
    assert scene.answer_items
    for item in scene.answer_items.values():
        words, images = shown(item.toolTip())
        assert images == 0 and text in words


def test_a_session_name_is_shown_as_typed_in_the_delete_question(
    window: MainWindow, monkeypatch, marker: Path
) -> None:
    name = hostile_texts(marker)[0]
    window.sessions.editor.set_details(name, "2026-01-01", ["<b>Piet</b>"])
    asked: list[str] = []

    def answer(parent, title, text, *rest):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.session_menu.delete_session()
    assert len(asked) == 1
    words, images = shown(asked[0])  # as Qt shows it, whichever way it guesses
    assert images == 0 and f"'{name}' naar de prullenbak" in words
    # the worksheet panel's heading names the session and its people as typed
    assert name in window.worksheet.session_label.text()
    assert window.worksheet.session_label.textFormat() == Qt.TextFormat.PlainText


def test_a_browser_never_reads_a_named_file_even_from_raw_html(qtbot, marker: Path) -> None:
    """The last line of defence: HTML that does name a picture gets nothing back."""
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    png = marker.with_suffix(".png")
    browser.setHtml(
        f'<p>a<img src="file://{png}" width=30000 height=30000>'
        f'<img src="{png}"><img src="file://host/share/x.png"></p>'
    )
    browser.resize(400, 300)
    browser.show()
    qtbot.waitExposed(browser)
    document = browser.document()
    document.adjustSize()
    for url in (f"file://{png}", str(png)):
        resource = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
        assert isinstance(resource, QImage) and resource.isNull(), "the file was read"
    assert any("host/share" in asked for asked in browser.refused_resources)


def test_tooltips_and_markdown_labels_stay_small(qtbot) -> None:
    huge = "<img src=x width=30000 height=30000>"
    assert_plain(tooltip(huge), huge)
    label = markdown_label(huge)
    qtbot.addWidget(label)
    assert label.sizeHint().width() < LARGEST_WIDGET
    assert label.sizeHint().height() < LARGEST_WIDGET
    assert "<img" not in markdown_to_html(huge)
