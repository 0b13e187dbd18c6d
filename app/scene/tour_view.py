"""Where the beamer looks for a tour step: close enough that the step's own text reads
from the back of the room, as one view or, for a subject too large for that, several.

Everything is worked out from the elements' geometry and fitted text sizes at the
time of asking, so a plate laid out anew needs no tour coordinates changed.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSizeF

from app.model.graph import CONTAINS
from app.model.plate import ElementKind
from app.scene.items import ElementItem
from app.scene.plate_scene import PlateScene

MAX_VIEWS = 6  # more views than this for a step's children: read the subject's own text only
CLOSEST = 2.2  # a small subject is shown at most this much larger than readable
PAD = 24.0  # plate units of air around a step's elements


@dataclass(frozen=True)
class StepView:
    """A view of a step: a scene point shown in the middle of the free area, at a scale."""

    centre: QPointF
    scale: float
    rect: QRectF  # the scene area it was planned to show (inside the free area)


def label_px(item: ElementItem) -> float | None:
    """How tall, in plate units, the element's first line of text is drawn (after fitting)."""
    if item.element.kind == ElementKind.RING:
        return item.ring_band() * 0.5
    parts = item.text_parts()
    if not parts:
        return None
    return parts[0][1] * item.fitted_text().scale


def readable_scale(scene: PlateScene, element_ids: Iterable[str], readable_px: float) -> float:
    """The smallest scale at which every one of these elements' labels is readable."""
    sizes = [label_px(scene.items_by_id[i]) for i in element_ids if i in scene.items_by_id]
    known = [s for s in sizes if s]
    return readable_px * 1.02 / min(known) if known else 0.0


def _children(scene: PlateScene, element_id: str) -> list[str]:
    return [
        child
        for _, child, kind in scene.graph.out_edges(element_id, data="kind")
        if kind == CONTAINS and child in scene.items_by_id
    ]


def _padded(rect: QRectF) -> QRectF:
    return rect.adjusted(-PAD, -PAD, PAD, PAD)


def plan_step(
    scene: PlateScene, element_ids: Iterable[str], free: QSizeF, readable_px: float
) -> list[StepView]:
    """The views of one step on a free area of `free` pixels (the screen less the caption).

    The subject's labels, and those of the parts a subject holds, are drawn at least
    `readable_px` high. If that needs more than MAX_VIEWS views, only the subject's own
    labels count. A subject that does not fit at that scale is shown in reading order:
    first grouped with its neighbours, then one large element in tiles.
    """
    ids = [i for i in element_ids if i in scene.items_by_id]
    if not ids or free.width() < 1 or free.height() < 1:
        return []
    with_parts = ids + [c for i in ids for c in _children(scene, i)]
    views = _plan(scene, ids, readable_scale(scene, with_parts, readable_px), free)
    if len(views) > MAX_VIEWS:
        views = _plan(scene, ids, readable_scale(scene, ids, readable_px), free)
    return views


def _plan(scene: PlateScene, ids: list[str], scale: float, free: QSizeF) -> list[StepView]:
    span = QSizeF(free.width() / scale, free.height() / scale)  # scene area one view shows
    rects = {i: scene.element_rect(i) for i in ids}
    whole = QRectF()
    for rect in rects.values():
        whole = whole.united(rect)
    if _fits(_padded(whole), span):
        return [_fitted_view(_padded(whole), free, scale)]
    views: list[StepView] = []
    group = QRectF()
    for element_id in sorted(ids, key=lambda i: (round(rects[i].top() / 40), rects[i].left())):
        rect = rects[element_id]
        if not group.isNull() and _fits(_padded(group.united(rect)), span):
            group = group.united(rect)
            continue
        if not group.isNull():
            views.append(_fitted_view(_padded(group), free, scale))
            group = QRectF()
        if _fits(_padded(rect), span):
            group = QRectF(rect)
        else:
            views += _tiles(_padded(rect), span, scale)
    if not group.isNull():
        views.append(_fitted_view(_padded(group), free, scale))
    return views


def _fits(rect: QRectF, span: QSizeF) -> bool:
    return rect.width() <= span.width() + 0.5 and rect.height() <= span.height() + 0.5


def _fitted_view(rect: QRectF, free: QSizeF, readable: float) -> StepView:
    scale = min(free.width() / rect.width(), free.height() / rect.height())
    scale = max(readable, min(scale, readable * CLOSEST))
    return StepView(rect.center(), scale, rect)


def _tiles(rect: QRectF, span: QSizeF, scale: float) -> list[StepView]:
    """Tiles of `span` over `rect`, row by row, overlapping evenly, the first at its top left
    (where an element's label is)."""
    columns = max(1, math.ceil(rect.width() / span.width() - 0.01))
    rows = max(1, math.ceil(rect.height() / span.height() - 0.01))
    width, height = min(span.width(), rect.width()), min(span.height(), rect.height())
    views = []
    for row in range(rows):
        for column in range(columns):
            x = rect.left() + (rect.width() - width) * (
                column / (columns - 1) if columns > 1 else 0
            )
            y = rect.top() + (rect.height() - height) * (row / (rows - 1) if rows > 1 else 0)
            tile = QRectF(x, y, width, height)
            views.append(StepView(tile.center(), scale, tile))
    return views
