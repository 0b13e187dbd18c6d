"""Translation of the window's texts (Dutch source, English .qm in resources/translations).

`tr()` outside a class: pyside6-lupdate files such calls under the empty
context, so that is the context they are looked up in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)
