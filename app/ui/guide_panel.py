"""The side panel: the guide's text about the selection, rendered from Markdown.

It loads nothing by itself: no remote files, no local files, no images.
Links are handled here: the app's own element links become a signal; http(s)
links open in the system browser on a click; anything else is refused with
a message and the panel stays as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit, QVBoxLayout, QWidget

from app.model.guide_text import parse_element_link
from app.model.library import ElementRef
from app.scene.style import load_fonts
from app.typing_compat import override
from app.ui.links import open_outside
from app.ui.safe_text import SafeBrowser
from app.ui.theme import current_theme, window_colours

SAFE_SCHEMES = frozenset({"http", "https"})
MIN_POINT, MAX_POINT = 9.0, 28.0
SPOKEN_CHARS = 4000  # the text said on focus; the rest is read with the reader's own keys


class GuideBrowser(SafeBrowser):
    """Fetches nothing (not from the web, not from disk) and follows no link by itself."""

    link_focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # only the text reports focus: through this proxy its viewport said so as well
        self.viewport().setFocusProxy(None)  # type: ignore[arg-type]  # None: no proxy

    @override
    def focusNextPrevChild(self, next: bool) -> bool:
        moved = super().focusNextPrevChild(next)
        if moved and self.hasFocus() and self.textCursor().hasSelection():
            self.link_focused.emit()  # Tab went to a link in the text
        return moved


class GuidePanel(QWidget):
    element_link_clicked = Signal(ElementRef)
    refused_link = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePanel")
        self.browser = GuideBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.link_focused.connect(self._link_focused)
        self.browser.setAccessibleName(self.tr("Toelichting uit de handreiking"))
        # the browser's title as a (hidden) label for it: a text with a label is not read
        # again by Orca among the panel's loose labels when focus enters the panel
        self.title_label = QLabel(self.tr("Toelichting uit de handreiking"), self)
        self.title_label.setBuddy(self.browser)
        self.title_label.hide()
        self.browser.document().setDocumentMargin(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.point_size = 11.0
        self._markdown = ""
        self._apply_font()

    def show_markdown(self, markdown: str) -> None:
        self._markdown = markdown
        self.browser.setExtraSelections([])
        self.browser.show_markdown(markdown)  # the app's renderer: no images, no raw HTML
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # read from the top
        # a screen reader reads it out when the panel gets focus (F6). In its name: Qt
        # reports the browser as a label, and Orca says a label's name, never its
        # description, and reads its text only when it has no name
        title = self.tr("Toelichting uit de handreiking")
        text = " ".join(self.browser.toPlainText()[:SPOKEN_CHARS].split())
        self.browser.setAccessibleName(text or title)  # its label says the title
        self.browser.setAccessibleDescription("")
        self.browser.ensureCursorVisible()

    @override
    def changeEvent(self, event: QEvent) -> None:
        # a document keeps the link colour of the palette it was made with: after a theme
        # switch (high contrast) links stayed blue on black; made again, in place
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._markdown:
            bar = self.browser.verticalScrollBar()
            position = bar.value()
            self.browser.show_markdown(self._markdown)
            bar.setValue(position)

    def highlight(self, query: str) -> int:
        """Mark the query's words in the text (case and diacritics ignored); how many."""
        from app.model.search import find_spans

        document = self.browser.document()
        selections = []
        first: QTextCursor | None = None
        for start, end in find_spans(document.toPlainText(), query):
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            colours = window_colours(current_theme())
            selection.format.setBackground(QColor(colours.mark_fill))
            selection.format.setForeground(QColor(colours.mark_ink))
            selections.append(selection)
            first = first or cursor
        self.browser.setExtraSelections(selections)
        if first is not None:
            # to the first match, without selecting it (a screen reader would read out a
            # selection in a panel that does not have focus)
            first.clearSelection()
            self.browser.setTextCursor(first)
            self.browser.ensureCursorVisible()
        return len(selections)

    def markdown(self) -> str:
        return self._markdown

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def change_text_size(self, steps: int) -> None:
        self.point_size = min(MAX_POINT, max(MIN_POINT, self.point_size + steps))
        self._apply_font()

    def set_text_size(self, points: float) -> None:
        self.point_size = min(MAX_POINT, max(MIN_POINT, points))
        self._apply_font()

    def _apply_font(self) -> None:
        font = QFont(load_fonts())
        font.setPointSizeF(self.point_size)
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)

    def _link_focused(self) -> None:
        """Tab reached a link: say so. The browser itself reports only selected text."""
        cursor = self.browser.textCursor()
        if not self.browser.hasFocus() or not cursor.hasSelection():
            return
        if not cursor.charFormat().isAnchor():
            return
        words = " ".join(cursor.selectedText().split())
        template = self.tr("Link: %1. Enter volgt de link.")
        if words and words[-1] in ".?!…:":  # one stop: "Link: Wanneer collectief? Enter …"
            template = template.replace("%1.", "%1")
        described = template.replace("%1", words)
        self.browser.setAccessibleDescription(described)  # one change event, from Qt

    def _on_anchor(self, url: QUrl) -> None:
        ref = parse_element_link(url.toString())
        if ref is not None:
            self.element_link_clicked.emit(ref)
            return
        if url.scheme().lower() in SAFE_SCHEMES and url.host():
            open_outside(url, self)
            return
        self.refused_link.emit(url.toString())
