"""The undo menu's texts, all in one place: what each kind of step is called.

The model names a step with a code (`StepName`, `LayoutStep`); the window shows it
translated: "Ongedaan maken: antwoord typen" / "Undo: type answer".
"""

from __future__ import annotations

from app.model.worksheet import StepName
from app.ui.i18n import tr

MOVE = "move"  # a layout drag
NUDGE = "nudge"  # a run of arrow-key nudges in layout mode


def step_text(name: str) -> str:
    """The translated name of a step, for "Ongedaan maken: …" ("" for none)."""
    texts = {
        StepName.DETAILS: tr("werksessie wijzigen"),
        StepName.TYPE_ANSWER: tr("antwoord typen"),
        StepName.TYPE_NOTES: tr("notities typen"),
        StepName.ADD_ITEM: tr("punt toevoegen"),
        StepName.EDIT_ITEM: tr("punt wijzigen"),
        StepName.REMOVE_ITEM: tr("punt verwijderen"),
        StepName.MOVE_ITEM: tr("punt verplaatsen"),
        StepName.ADD_PERSON: tr("collega toevoegen"),
        StepName.EDIT_PERSON: tr("collega wijzigen"),
        StepName.REMOVE_PERSON: tr("collega verwijderen"),
        MOVE: tr("verplaatsen"),
        NUDGE: tr("verschuiven"),
    }
    return texts.get(name, name)
