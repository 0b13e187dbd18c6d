"""Exports that are more than a drawing: the interactive HTML page (the scene's SVG, the
model's texts, written through io). Above scene and io, below ui."""
