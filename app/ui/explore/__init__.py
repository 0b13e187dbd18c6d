"""Exploring the plates: the start view, the outline, search, and browsing a plate."""
