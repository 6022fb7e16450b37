"""HTML input: saved news pages are reduced to the article, and a page with no article is refused.

The pages under tests/pages/ were written by the team to look like real news sites: navigation
menus, cookie banners, ads, ``<script>`` blocks holding article-like sentences, related-story
lists, comments, newsletters and footers around the story.
"""

from __future__ import annotations

import io
import shutil
import socket
import sys
from pathlib import Path
from typing import Any

import pytest

from summarizer import article as article_mod
from summarizer.article import extract_html, looks_like_html, read_article
from summarizer.errors import InputError

PAGES = Path(__file__).parent / "pages"

# Per page: a fragment of every article paragraph (all must survive) and the surrounding
# boilerplate (none may): nav, consent banner, ads, script text, related links, footer.
CASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "harbour-herald.html": (
        (
            "HALIFAX - The Halifax Port Authority on Monday approved a $1.2-billion expansion",
            "The plan adds two deep-water berths and 14 hectares of storage yard",
            "Authority chief executive Daniel Okafor told reporters the expansion was needed",
            '"If we do not build now, the cargo goes to New York and it does not come back,"',
            "The federal government has promised $400 million toward the project",
            "the authority said it would publish a traffic study before any permits are issued.",
            "Lucia Ferreira, a professor of maritime economics at Dalhousie University",
        ),
        (
            "Subscribe for $1 a week",
            "Sign in",
            "Opinion",
            "Accept all cookies",
            "cookie policy",
            "Advertisement",
            "Sponsored",
            "Refinance your boat",
            "Cruise the fjords",
            "Preloaded teaser paragraph",
            "mayor resigned in protest",
            "Script-only paragraph",
            "dockworkers walked off the job",
            "Related stories",
            "Ferry fares to rise",
            "Share this story",
            "morning briefing",
            "Privacy policy",
            "All rights reserved",
            "©",
            "localStorage",
        ),
    ),
    "valley-times.html": (
        (
            "FREDERICTON - The provincial emergency measures organization lifted its flood warning",
            "About 1,400 residents who left their homes in low-lying neighbourhoods last week",
            "Public Safety Minister Claire Dubois said the province would open a disaster",
            '"The river gave us a hard spring, but people looked after each other,"',
            "Hydrologist Amir Haddad of the University of New Brunswick said",
            "Crews will inspect two closed sections of the Trans-Canada Highway on Wednesday",
        ),
        (
            "Today's e-edition",
            "Obituaries",
            "Classifieds",
            "consent to our use of cookies",
            "OK, got it",
            "Most read",
            "parking meters",
            "Valley Honda",
            "zero per cent financing",
            "Tracking blurb",
            "could never go home again",
            "Tracking sentence",
            "second evacuation order",
            "enable JavaScript",
            "Comments (212)",
            "riverwatcher77",
            "proper dike",
            "Atlantic Community Papers",
            "Terms of use",
        ),
    ),
    "prairie-post.html": (
        (
            "SASKATOON - City council voted 8-3 on Wednesday to approve an $85-million plan",
            "Mayor Evan Thiessen said the plan would cut the average trip",
            "The federal government is expected to cover $34 million of the cost",
            "Councillors who voted against the plan said the loss of curbside parking",
            "Naomi Kravitz, a transportation planner at the University of Saskatchewan",
            "Construction on the first corridor is scheduled to begin next summer.",
        ),
        (
            "Skip to main content",
            "Agriculture",
            "Podcasts",
            "Support local journalism",
            "Search the Prairie Post",
            "143 partners",
            "Reject non-essential",
            "Paywall copy",
            "threatened to strike",
            "Open graph blurb",
            "light rail",
            "Share on X",
            "Print this article",
            "You may also like",
            "snow route",
            "Sponsored content",
            "heat pumps",
            "Ethics policy",
            "reader-supported",
            "Logged note",
            "second reading",
        ),
    ),
}


def one_line_error(excinfo: pytest.ExceptionInfo[InputError]) -> str:
    message = str(excinfo.value)
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any attempt to open a connection fail loudly: extraction must use the string only."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("name", sorted(CASES))
def test_saved_page_is_reduced_to_its_article(name: str) -> None:
    paragraphs, boilerplate = CASES[name]
    text = read_article(str(PAGES / name))
    for fragment in paragraphs:
        assert fragment in text, f"article paragraph lost: {fragment!r}"
    for junk in boilerplate:
        assert junk not in text, f"boilerplate kept: {junk!r}"
    assert "<" not in text and "{" not in text, "markup or script source leaked into the text"
    # One paragraph per line, in the page's order.
    starts = [text.index(p) for p in paragraphs]
    assert starts == sorted(starts)


def test_html_content_is_detected_whatever_the_file_is_called(tmp_path: Path) -> None:
    page = (PAGES / "valley-times.html").read_text(encoding="utf-8")
    expected = read_article(str(PAGES / "valley-times.html"))
    for name, content in [
        ("saved.txt", page),
        ("saved", "\n\n  \t" + page.replace("<!doctype html>", "<!DOCTYPE HTML>")),
        ("page.HTM", page),
        ("no-doctype.txt", page.split("\n", 1)[1]),  # starts with <html>
    ]:
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        assert read_article(str(path)) == expected, name


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_page_saved_as_utf16_or_utf32_is_extracted(tmp_path: Path, encoding: str) -> None:
    """Windows "Save as Unicode" writes UTF-16 with a byte order mark: the same article."""
    page = (PAGES / "valley-times.html").read_text(encoding="utf-8")
    path = tmp_path / "saved.html"
    path.write_bytes(page.encode(encoding))  # Python writes the mark first
    assert read_article(str(path)) == read_article(str(PAGES / "valley-times.html"))


def test_plain_text_mentioning_tags_is_left_alone(tmp_path: Path) -> None:
    text = "OTTAWA - The <html> tag and <!doctype html> were discussed at a web conference.\n"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert not looks_like_html(text)
    assert read_article(str(path)) == text


def test_page_without_an_article_is_refused_in_one_line() -> None:
    path = str(PAGES / "section-front.html")
    with pytest.raises(InputError) as excinfo:
        read_article(path)
    assert one_line_error(excinfo) == f"{path}: no article text found in this HTML page"


def test_article_text_hidden_in_scripts_does_not_count(tmp_path: Path) -> None:
    story = "The council voted to close the bridge for repairs all summer. " * 10
    page = (
        "<!DOCTYPE html><html><head><title>Bridge</title>"
        f"<script>var story = {story!r};</script></head>"
        f"<body><nav><a href='/'>Home</a></nav><script>render({story!r})</script>"
        "<footer>© 2026 Example News</footer></body></html>"
    )
    path = tmp_path / "script-only.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(InputError, match="no article text found in this HTML page"):
        read_article(str(path))


def test_too_little_text_is_not_an_article() -> None:
    page = "<html><body><article><p>Photo: the harbour at dawn.</p></article></body></html>"
    with pytest.raises(InputError) as excinfo:
        extract_html(page, "caption.html")
    assert one_line_error(excinfo) == "caption.html: no article text found in this HTML page"


@pytest.mark.usefixtures("no_network")
def test_stdin_html_is_extracted(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (PAGES / "prairie-post.html").read_bytes()
    set_stdin(monkeypatch, data)
    text = read_article("-")
    assert text == read_article(str(PAGES / "prairie-post.html"))
    assert "Mayor Evan Thiessen" in text and "Sponsored content" not in text


def test_stdin_html_without_article_names_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    set_stdin(monkeypatch, (PAGES / "section-front.html").read_bytes())
    with pytest.raises(InputError) as excinfo:
        read_article("-")
    assert one_line_error(excinfo) == "standard input: no article text found in this HTML page"


def test_stdin_plain_text_is_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "WINNIPEG - A plain story, with <b>a tag</b> in the middle, stays as written.\n"
    set_stdin(monkeypatch, text.encode())
    assert read_article("-") == text


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "is empty"),
        (b"  \n\t ", "is empty"),
        (b"<html>\x00\x01binary", "looks binary"),
        (b"<html><body><p>caf\xe9</p></body></html>", "is not valid UTF-8"),
    ],
)
def test_existing_checks_still_apply_to_html_files(
    tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    with pytest.raises(InputError) as excinfo:
        read_article(str(path))
    assert fragment in one_line_error(excinfo)


def test_missing_html_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_article(str(tmp_path / "gone.html"))
    folder = tmp_path / "site.html"
    folder.mkdir()
    with pytest.raises(InputError, match="is a directory"):
        read_article(str(folder))


def test_size_limits_apply_to_the_page_and_to_its_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "page.html"
    shutil.copy(PAGES / "harbour-herald.html", path)
    monkeypatch.setattr(article_mod, "MAX_HTML_CHARS", 1_000)
    with pytest.raises(InputError, match="characters of HTML, over the limit of 1,000"):
        read_article(str(path))
    monkeypatch.setattr(article_mod, "MAX_HTML_CHARS", 10_000_000)
    monkeypatch.setattr(article_mod, "MAX_CHARS", 500)
    with pytest.raises(InputError, match="over the limit of 500: split it"):
        read_article(str(path))
