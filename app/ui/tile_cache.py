"""Paint a plate view from cached tiles: each item's Python paint() runs once per tile.

QGraphicsView repaints every visible item on every frame, and a plate's items
paint in Python; on a plate of 2,000 elements that is over 100 ms a frame.
Here the scene, at the view's current scale, is cut into 512-pixel tiles that
are rendered once and then drawn as pixmaps: a repeat frame is a few blits,
a pan renders only the tiles that scroll into view. The scene's `changed`
signal drops the tiles a change touches (a selection, a hover, a move).

While the scale changes (a wheel turn, a zoom animation) the tiles of the
last settled scale are drawn stretched, and the view is rendered sharply
again once the zooming has paused: zooming never waits for a full render.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QObject, QRect, QRectF, QTimer
from PySide6.QtGui import QBrush, QPainter, QPixmap, QRegion, QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

TILE = 512
SETTLE_MS = 140  # after the last zoom step, render sharp
MAX_TILES_FLOOR = 24  # tiles kept at least; least recently drawn go first

Key = tuple[float, float, float, float]  # scale, sub-pixel offset of the grid, pixel ratio


class TileCache(QObject):
    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        self.tiles: OrderedDict[tuple[Key, int, int], QPixmap] = OrderedDict()
        self.settled_key: Key | None = None  # the scale whose tiles may stand in while zooming
        self.zooming = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        self._scene: QGraphicsScene | None = None
        self._desk: QBrush | None = None  # the scene's background the tiles were drawn on
        self.rendered = 0  # tiles rendered so far (for tests and benchmarks)
        # the ring of tiles around the view, rendered one per idle turn of the event loop,
        # so that a pan finds them ready
        self._ahead: list[tuple[Key, int, int]] = []
        self._prefetch = QTimer(self)
        self._prefetch.setSingleShot(True)
        self._prefetch.setInterval(0)
        self._prefetch.timeout.connect(self._render_ahead)

    # --- the scene and its changes ---------------------------------------------------
    def attach(self, scene: QGraphicsScene | None) -> None:
        if self._scene is not None:
            self._scene.changed.disconnect(self._changed)
        self._scene = scene
        self.clear()
        if scene is not None:
            scene.changed.connect(self._changed)

    def clear(self) -> None:
        self.tiles.clear()
        self.settled_key = None

    def _changed(self, rects: list[QRectF]) -> None:
        if not self.tiles:
            return
        key = self.key()
        stale = []
        for rect in rects:
            area = self._grid_rect(rect, key)
            for tile_key in self.tiles:
                if tile_key[0] != key or area.intersects(self._tile_rect(tile_key[1], tile_key[2])):
                    stale.append(tile_key)
        for tile_key in set(stale):
            del self.tiles[tile_key]
        if any(k[0] != key for k in self.tiles):
            self.settled_key = None

    # --- zooming ------------------------------------------------------------------------
    def scale_changing(self) -> None:
        """Called on every zoom step: draw stand-ins until the zooming pauses."""
        if not self.zooming and self.settled_key is None and self.tiles:
            self.settled_key = next(reversed(self.tiles))[0]
        self.zooming = True
        self._settle.start()

    def _settled(self) -> None:
        self.zooming = False
        self.settled_key = None
        current = self.key()
        for tile_key in [k for k in self.tiles if k[0] != current]:
            del self.tiles[tile_key]
        self.view.viewport().update()

    # --- geometry -------------------------------------------------------------------------
    def key(self) -> Key:
        transform = self.view.viewportTransform()
        scale = transform.m11()
        ratio = self.view.viewport().devicePixelRatioF()  # a window moved to a HiDPI screen
        return (
            round(scale, 6),
            round(transform.dx() % 1, 3),
            round(transform.dy() % 1, 3),
            round(ratio, 3),
        )

    @staticmethod
    def _tile_rect(i: int, j: int) -> QRect:
        return QRect(i * TILE, j * TILE, TILE, TILE)

    @staticmethod
    def _grid_rect(scene_rect: QRectF, key: Key) -> QRect:
        """A scene rect in grid pixels (scene scaled, shifted by the sub-pixel offset)."""
        scale, fx, fy, _ = key
        left = math.floor(scene_rect.left() * scale + fx) - 2
        top = math.floor(scene_rect.top() * scale + fy) - 2
        right = math.ceil(scene_rect.right() * scale + fx) + 2
        bottom = math.ceil(scene_rect.bottom() * scale + fy) + 2
        return QRect(left, top, right - left, bottom - top)

    def _origin(self) -> tuple[int, int]:
        """Where grid pixel (0, 0) lands in the viewport (whole pixels)."""
        transform = self.view.viewportTransform()
        return math.floor(transform.dx()), math.floor(transform.dy())

    # --- painting ---------------------------------------------------------------------------
    def paint(self, painter: QPainter, exposed: QRegion) -> None:
        # The scene reports a change (`changed`) one turn of the event loop after it; the
        # tiles it touches are dropped then and the view is asked to paint again, so a
        # change shows in the next frame at the latest.
        scene = self.view.scene()
        desk = scene.backgroundBrush() if scene is not None else None
        if desk != self._desk:
            # a new desk colour (high contrast, the beamer) reaches past the scene's rect,
            # where `changed` reports nothing: tiles out there kept the old colour
            self.clear()
            self._desk = desk
        key = self.key()
        ox, oy = self._origin()
        area = exposed.boundingRect()
        first_i = math.floor((area.left() - ox) / TILE)
        last_i = math.floor((area.right() - ox) / TILE)
        first_j = math.floor((area.top() - oy) / TILE)
        last_j = math.floor((area.bottom() - oy) / TILE)
        wanted = [(i, j) for j in range(first_j, last_j + 1) for i in range(first_i, last_i + 1)]
        missing = [(i, j) for i, j in wanted if (key, i, j) not in self.tiles]
        if missing and self.zooming and self.settled_key and self.settled_key != key:
            self._paint_stand_ins(painter, exposed)
            return
        self._render_rows(key, missing)
        for i, j in wanted:
            self.tiles.move_to_end((key, i, j))
            painter.drawPixmap(ox + i * TILE, oy + j * TILE, self.tiles[(key, i, j)])
        # keep about three screens of tiles (a 4K screen's tiles are large)
        limit = max(MAX_TILES_FLOOR, 3 * len(wanted))
        while len(self.tiles) > limit:
            self.tiles.popitem(last=False)
        self._ahead = [
            (key, i, j)
            for j in range(first_j - 1, last_j + 2)
            for i in range(first_i - 1, last_i + 2)
            if (key, i, j) not in self.tiles
        ][: limit - len(wanted)]
        if self._ahead and not self.zooming:
            self._prefetch.start()

    def _render_ahead(self) -> None:
        while self._ahead:
            tile_key = self._ahead.pop(0)
            if tile_key[0] == self.key() and tile_key not in self.tiles and not self.zooming:
                self.tiles[tile_key] = self._render(*tile_key)
                self.rendered += 1
                self.tiles.move_to_end(tile_key, last=False)  # first to go if room runs out
                break
        if self._ahead:
            self._prefetch.start()

    def _render(self, key: Key, i: int, j: int, columns: int = 1) -> QPixmap:
        """Tiles i .. i + columns - 1 of row j, side by side in one pixmap."""
        scale, fx, fy, ratio = key
        pixmap = QPixmap(round(TILE * columns * ratio), round(TILE * ratio))
        pixmap.setDevicePixelRatio(ratio)
        source = QRectF(
            (i * TILE - fx) / scale, (j * TILE - fy) / scale, TILE * columns / scale, TILE / scale
        )
        painter = QPainter(pixmap)
        painter.setRenderHints(self.view.renderHints())
        scene = self.view.scene()
        if scene is not None:
            scene.render(painter, QRectF(0, 0, TILE * columns, TILE), source)
        painter.end()
        return pixmap

    def _render_rows(self, key: Key, missing: list[tuple[int, int]]) -> None:
        """Render what is missing a row at a time and cut the row into tiles: each render
        looks up the scene's items and draws what straddles tile edges once, so a first
        frame of fifteen tiles costs about three renders instead of fifteen."""
        rows: dict[int, list[int]] = {}
        for i, j in missing:
            rows.setdefault(j, []).append(i)
        side = round(TILE * key[3])
        for j, columns in rows.items():
            first, last = min(columns), max(columns)
            strip = self._render(key, first, j, last - first + 1)
            for i in columns:
                if first == last:
                    tile = strip
                else:
                    tile = strip.copy((i - first) * side, 0, side, side)
                    tile.setDevicePixelRatio(key[3])
                self.tiles[(key, i, j)] = tile
                self.rendered += 1

    def _paint_stand_ins(self, painter: QPainter, exposed: QRegion) -> None:
        """The settled scale's tiles, stretched to where they are now."""
        assert self.settled_key is not None
        scale, fx, fy, _ = self.settled_key
        scene = self.view.scene()
        if scene is not None:  # the desk colour first, where no stand-in reaches
            painter.save()
            painter.setTransform(self.view.viewportTransform())
            scene.drawBackground(
                painter, self.view.mapToScene(exposed.boundingRect()).boundingRect()
            )
            painter.restore()
        to_view: QTransform = self.view.viewportTransform()
        painter.save()
        # nearest-pixel stretching: twice as fast as smooth, and it lasts only while zooming
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        for (tile_key, i, j), pixmap in self.tiles.items():
            if tile_key != self.settled_key:
                continue
            source = QRectF(
                (i * TILE - fx) / scale, (j * TILE - fy) / scale, TILE / scale, TILE / scale
            )
            target = to_view.mapRect(source)
            if exposed.boundingRect().intersects(target.toAlignedRect()):
                painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
        painter.restore()
