"""Authoring own plates: opening and watching their files, and laying them out."""
