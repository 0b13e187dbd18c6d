"""The guide panel follows the reader: the welcome on the start view, a plate's
introduction, or what the guide says about the chosen element."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from app.model.guide_text import element_markdown, plate_markdown
from app.model.history import START
from app.model.library import PlateLibrary
from app.model.navigator import PlaceChange
from app.scene.plate_scene import PlateScene
from app.ui.guide_panel import GuidePanel
from app.ui.i18n import tr


def welcome_markdown() -> str:
    return "\n\n".join(
        [
            "# " + tr("Welkom"),
            tr(
                "Kies links een overzichtsplaat. Klik op een onderdeel van de plaat om hier "
                "te lezen wat de handreiking erover zegt; volg de verbanden naar andere "
                "onderdelen, ook op andere platen."
            ),
            tr(
                "Zoomen met het muiswiel of Ctrl + en Ctrl −, de hele plaat met Ctrl 0. "
                "Alle sneltoetsen onder F1."
            ),
            "*" + tr("Deze uitleg hoort bij de app, niet bij de handreiking.") + "*",
        ]
    )


class PlaceText:
    def __init__(
        self, panel: GuidePanel, library: PlateLibrary, scenes: Mapping[str, PlateScene]
    ) -> None:
        self.panel = panel
        self.library = library
        self.scenes = scenes

    def follow(self, change: PlaceChange) -> None:
        place = change.place
        if place.plate_id == START:
            self.panel.show_markdown(welcome_markdown())
            return
        scene = self.scenes[place.plate_id]
        plate = scene.plate
        if place.element_id and scene.selected_id:
            element = plate.element(place.element_id)
            self.panel.show_markdown(
                element_markdown(self.library, plate, element, QCoreApplication.translate)
            )
        else:
            self.panel.show_markdown(plate_markdown(plate, QCoreApplication.translate))


__all__ = ["PlaceText", "welcome_markdown"]
