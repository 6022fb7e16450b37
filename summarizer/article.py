"""Article text in: read it, decode it, and refuse what cannot be summarised, with one clear line.

Plain text is never altered here: evidence spans index exactly the string that comes out. A saved
HTML page is first reduced to its article text (see :func:`extract_html`); spans then index that
extracted text, which is what the model sees.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path

from summarizer.errors import InputError

MAX_CHARS = 200_000  # ~50k tokens: beyond any model we target, and a sign of a wrong file
# Saved news pages carry far more markup, inline scripts and styles than text: a 2 MB page with a
# 6,000-character article is normal. The article text still has to fit MAX_CHARS.
MAX_HTML_CHARS = 10_000_000
# Less text than this after extraction is a section front, a login wall or a cookie page: a
# caption or a stray menu label, never an article worth summarising.
MIN_ARTICLE_CHARS = 200
HTML_SUFFIXES = (".html", ".htm")
_HTML_START = re.compile(r"\s*<(?:!doctype\s+html|html)\b", re.IGNORECASE)
# Windows editors save "Unicode" text as UTF-16 with a byte order mark. UTF-32 goes first: its
# little-endian mark begins with UTF-16's. The codecs read the byte order from the mark and drop it.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def check_text(text: str, source: str = "article") -> str:
    """Return ``text`` unchanged if it can be summarised, else raise :class:`InputError`."""
    if not text.strip():
        raise InputError(f"{source} is empty: give the article text")
    if "\x00" in text:
        raise InputError(f"{source} contains NUL bytes: it looks binary, not article text")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:  # a lone surrogate, e.g. bytes decoded with surrogateescape
        raise InputError(
            f"{source} is not valid Unicode (a lone surrogate at character {e.start}): "
            "decode it as UTF-8 without errors='surrogateescape'"
        ) from None
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{source} is {len(text):,} characters, over the limit of {MAX_CHARS:,}: "
            "split it into separate articles"
        )
    return text


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (a BOM is allowed), or UTF-16 or UTF-32 that starts with its byte order mark;
    refuse binary and other encodings clearly."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data[:8192]:
        raise InputError(f"{source} looks binary (NUL bytes): give a text file")
    try:
        text = data.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as e:
        name = (encoding or "utf-8").upper()
        raise InputError(
            f"{source} is not valid {name} (byte {e.start}): convert it, e.g. with iconv -t UTF-8"
        ) from None
    if encoding is not None and not _reads_as(data, encoding):
        # "\xff\xfe" then Latin-1 text decodes as UTF-16 into CJK mojibake: a stray mark.
        raise InputError(
            f"{source} is not valid UTF-8 (it starts with a {encoding.upper()} byte order mark "
            "but what follows is not text in that encoding): convert it, e.g. with iconv -t UTF-8"
        )
    return text


def _reads_as(data: bytes, encoding: str) -> bool:
    """Whether charset-normalizer finds coherent text in ``data`` read as ``encoding``."""
    from charset_normalizer import from_bytes  # only for the rare byte-order-marked input

    # Isolated to one encoding it always returns a fallback match; the free guess is the test.
    best = from_bytes(data).best()
    return best is not None and best.encoding.startswith(encoding.replace("-", "_"))


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts like an HTML document (``<!doctype html`` or ``<html``).

    Only the start is looked at: an article that merely quotes a tag stays plain text.
    """
    return _HTML_START.match(text) is not None


def extract_html(html: str, source: str) -> str:
    """Reduce a saved HTML page to its article text, dropping navigation, ads, scripts and footers.

    The page is parsed from the string alone: trafilatura is given no URL, so it fetches nothing.

    Args:
        html: The page's markup, already decoded.
        source: How to name the input in error messages (a path, or "standard input").

    Returns:
        The article body as plain text, one paragraph per line, checked like any article text.

    Raises:
        InputError: The page is empty, binary or too large, or holds no article text.
    """
    # Imported here: trafilatura pulls in lxml and friends, which plain-text input never needs.
    import trafilatura

    if not html.strip() or "\x00" in html:
        check_text(html, source)  # raises with the same messages as plain text
    if len(html) > MAX_HTML_CHARS:
        raise InputError(
            f"{source} is {len(html):,} characters of HTML, over the limit of "
            f"{MAX_HTML_CHARS:,}: save only the article page"
        )
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_precision=True
    )
    if text is None or len(text.strip()) < MIN_ARTICLE_CHARS:
        raise InputError(f"{source}: no article text found in this HTML page")
    return check_text(text, source)


def _article_text(text: str, source: str, html: bool) -> str:
    if html or looks_like_html(text):
        return extract_html(text, source)
    return check_text(text, source)


def read_input(path: Path) -> bytes:
    """The bytes of an input file, or one :class:`InputError` line saying why not."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path} does not exist") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from None


def read_article(path: str) -> str:
    """Read an article from a file path, or from standard input when ``path`` is ``-``.

    The bytes are UTF-8, or UTF-16 or UTF-32 when a byte order mark says so (see :func:`decode`).
    A ``.html``/``.htm`` file, or any input that starts like an HTML document, is reduced to its
    article text with :func:`extract_html`; anything else is returned as written.

    Args:
        path: A file path, or ``-`` for standard input.

    Returns:
        The article text.

    Raises:
        InputError: The input is missing, a directory, empty, binary, not UTF-8, too long, or an
            HTML page with no article text. The message is one line naming the input.
    """
    if path == "-":
        source = "standard input"
        return _article_text(decode(sys.stdin.buffer.read(), source), source, html=False)
    file = Path(path)
    if file.is_dir():
        raise InputError(f"{path} is a directory: give one article file")
    text = decode(read_input(file), path)
    return _article_text(text, path, html=file.suffix.lower() in HTML_SUFFIXES)
