"""SHA-256 without loading OpenSSL: CPython's own implementation, the one hashlib falls
back to. Importing hashlib loads OpenSSL first (some 4 ms of every start), and the only
digest taken before the first paint is this one, of the plate files (app.io.plate_cache).
The digest is the same either way; where the built-in module is missing, hashlib's."""

from __future__ import annotations

try:
    from _sha256 import sha256  # Python 3.11
except ImportError:  # pragma: no cover - depends on the Python version and build
    try:
        from _sha2 import sha256  # Python 3.12 and later
    except ImportError:
        from hashlib import sha256

__all__ = ["sha256"]
