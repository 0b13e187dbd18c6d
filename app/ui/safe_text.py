"""Widgets and dialogs that show plate and user text as text, never as markup that loads.

Qt guesses: a QLabel, a tooltip or a QMessageBox whose text "looks like" HTML
renders it, and a QTextDocument reads `<img src=...>` from disk (or, on Windows,
from `//host/share` over SMB) whenever `loadResource` comes back empty-handed.
Everything here closes those doors: browsers and documents answer every
resource request with nothing, links are followed only by the caller (http(s)
only), message boxes are plain text, and Markdown goes through the app's own
renderer (`app.model.safe_markup`), whose HTML holds no images.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QTextBrowser, QWidget

from app.model.safe_markup import markdown_to_html, plain_html
from app.typing_compat import override

Button = QMessageBox.StandardButton


def nothing() -> QImage:
    """What a resource request gets: an empty picture.

    Not None: then QTextDocument opens the file itself. Not empty bytes either:
    Qt's image handler then loads the picture from the named file directly
    (both seen with strace). A null QImage is an answer Qt takes as final.
    """
    return QImage()


class SafeBrowser(QTextBrowser):
    """A text browser that fetches nothing and follows no link by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.refused_resources: list[str] = []  # what a text asked for and did not get

    @override
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        self.refused_resources.append(name.toString() if isinstance(name, QUrl) else str(name))
        return nothing()

    def show_markdown(self, markdown: str) -> None:
        self.setHtml(markdown_to_html(markdown))


class SafeDocument(QTextDocument):
    """A document (for printing) that loads only the resources added to it."""

    @override
    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return nothing()


def markdown_label(markdown: str) -> QLabel:
    """A label for a short Markdown text (a hint): rendered by the app, links left to the caller."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(markdown_to_html(markdown))
    label.setOpenExternalLinks(False)
    label.setWordWrap(True)
    return label


def tooltip(text: str) -> str:
    """A tooltip that shows the text as typed, whatever it looks like."""
    return plain_html(text) if text else ""


# The static QMessageBox functions, given the text as escaped rich text: Qt's guess
# (plain or rich) then always comes out as exactly the characters typed.


def warning(parent: QWidget | None, title: str, text: str) -> Button:
    """QMessageBox.warning with the text shown as typed (names and paths may hold `<`)."""
    return QMessageBox.warning(parent, title, plain_html(text))


def information(parent: QWidget | None, title: str, text: str) -> Button:
    return QMessageBox.information(parent, title, plain_html(text))


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.NoButton,
) -> Button:
    """QMessageBox.question with the text shown as typed."""
    return QMessageBox.question(parent, title, plain_html(text), buttons, default)
