"""Article text in: read it, decode it, and refuse what cannot be summarised, with one clear line.

The text is never altered here: evidence spans index exactly the string that comes out.
"""

from __future__ import annotations

import sys
from pathlib import Path

from summarizer.errors import InputError

MAX_CHARS = 200_000  # ~50k tokens: beyond any model we target, and a sign of a wrong file


def check_text(text: str, source: str = "article") -> str:
    """Return ``text`` unchanged if it can be summarised, else raise :class:`InputError`."""
    if not text.strip():
        raise InputError(f"{source} is empty: give the article text")
    if "\x00" in text:
        raise InputError(f"{source} contains NUL bytes: it looks binary, not article text")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{source} is {len(text):,} characters, over the limit of {MAX_CHARS:,}: "
            "split it into separate articles"
        )
    return text


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (a BOM is allowed), refusing binary and other encodings clearly."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{source} looks binary (NUL bytes): give a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            f"{source} is not valid UTF-8 (byte {e.start}): convert it, e.g. with iconv -t UTF-8"
        ) from None


def read_article(path: str) -> str:
    """Read an article from a file path, or from standard input when ``path`` is ``-``."""
    if path == "-":
        return check_text(decode(sys.stdin.buffer.read(), "standard input"), "standard input")
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path} is a directory: give one article file")
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path} does not exist") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from None
    return check_text(decode(data, path), path)
