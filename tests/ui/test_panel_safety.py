"""Guide text can bring in no HTML, images or links of its own; the panel loads nothing."""

from __future__ import annotations

from PySide6.QtCore import QUrl

from app.ui.guide_panel import GuidePanel

HOSTILE_MARKDOWN = """\
# Kop

<img src="https://example.org/track.png"> <script>alert(1)</script>
<a href="javascript:alert(1)">klik</a> <iframe src="file:///etc/passwd"></iframe>

![geheim](file:///etc/passwd) ![web](https://example.org/pixel.gif)

[lokaal](file:///etc/passwd) [relatief](../plaat.yaml) [web](https://mbodigitaal.nl)
"""


def test_raw_html_is_not_rendered_and_nothing_is_fetched(qtbot, monkeypatch) -> None:
    panel = GuidePanel()
    qtbot.addWidget(panel)
    asked: list[str] = []
    original = type(panel.browser).loadResource

    def spy(self, kind, name):
        asked.append(QUrl(name).toString() if not isinstance(name, str) else name)
        return original(self, kind, name)

    monkeypatch.setattr(type(panel.browser), "loadResource", spy)
    panel.show_markdown(HOSTILE_MARKDOWN)
    panel.resize(600, 800)
    panel.show()
    qtbot.waitExposed(panel)
    html = panel.browser.toHtml()
    text = panel.plain_text()
    # raw HTML stays text: shown literally, never turned into elements
    assert "<script>alert(1)</script>" in text and '<a href="javascript:alert(1)">klik</a>' in text
    assert '<img src="https://example.org/track.png"' not in html
    assert "<iframe" not in html.replace("&lt;iframe", "")
    assert "root:" not in panel.plain_text()  # no file was read into the panel
    assert all(original(panel.browser, 2, QUrl(url)) is None for url in asked)


def test_only_web_links_are_opened_and_only_on_a_click(qtbot, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    refused: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    panel = GuidePanel()
    qtbot.addWidget(panel)
    panel.refused_link.connect(refused.append)
    panel.show_markdown(HOSTILE_MARKDOWN)
    assert opened == []
    before = panel.markdown()
    for url in (
        "file:///etc/passwd",
        "../plaat.yaml",
        "javascript:alert(1)",
        "smb://srv/share",
        "https:",
        "mailto:a@b.nl",
    ):
        panel.browser.anchorClicked.emit(QUrl(url))
    assert opened == [] and len(refused) == 6
    assert panel.markdown() == before
    panel.browser.anchorClicked.emit(QUrl("https://mbodigitaal.nl"))
    assert opened == ["https://mbodigitaal.nl"]
