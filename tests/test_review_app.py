"""The review app for real: uvicorn on loopback, driven in Debian's headless chromium through
chromium-driver. An editor rejects an actor, changes a location's kind and adds a missed
commitment by selecting its passage; the correction is kept beside the original, exports as a
fixture that loads and scores, and holds exactly those changes. A POST without the form's token
is refused, and an article's own <script> never runs."""

from __future__ import annotations

import shutil
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import reviewapp, runlog
from summarizer.cli import app
from summarizer.evaluation.fixtures import load_fixtures
from tests.conftest import SEED

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and DRIVER),
    reason="install Debian's chromium and chromium-driver to run the review app in a browser",
)
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

runner = CliRunner()
ARTICLE = SEED.read_text(encoding="utf-8")
MISSED = "press for the return of Ukrainian children"
SCRIPTED = "Mayor Ana Lopez said on Monday <script>document.title = 'pwned'</script> in Quito."
SELECT = """
const [root, start, end] = arguments;
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
const range = document.createRange();
let pos = 0, started = false, node;
while ((node = walker.nextNode())) {
  const len = node.textContent.length;
  if (!started && start < pos + len) { range.setStart(node, start - pos); started = true; }
  if (started && end <= pos + len) { range.setEnd(node, end - pos); break; }
  pos += len;
}
const selection = window.getSelection();
selection.removeAllRanges();
selection.addRange(range);
"""


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """Two logged summaries (the seed, and an article with a script in it) and the app."""
    db = tmp_path / "runs.db"
    env = {"SUMMARIZER_LOG_DB": str(db)}
    assert runner.invoke(app, ["summarize", str(SEED)], env=env).exit_code == 0
    assert runner.invoke(app, ["summarize", "-"], input=SCRIPTED, env=env).exit_code == 0
    sock = reviewapp.bind("127.0.0.1", 0)
    assert sock.getsockname()[0] == "127.0.0.1"
    server = reviewapp.server(db)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    for _ in range(600):  # a cold start on two busy cores can take seconds
        if server.started:
            break
        threading.Event().wait(0.05)
    assert server.started, "the review app did not start within 30 s"
    try:
        yield url, db
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
def browser() -> Iterator[object]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--no-first-run"):
        options.add_argument(arg)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(DRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def _saved(driver: webdriver.Chrome) -> str:
    """The save note of the page the form posts to, waited for: under load the next page can
    take a moment to replace the form."""
    WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.ID, "saved"))
    return str(driver.find_element(By.ID, "saved").text)


def test_an_editor_corrects_a_summary_and_it_becomes_a_fixture(
    served: tuple[str, Path], browser: object, tmp_path: Path
) -> None:
    url, db = served
    driver: webdriver.Chrome = browser  # type: ignore[assignment]
    original = runlog.get(db, 1).summary
    rejected = next(i for i, a in enumerate(original.actors) if a.name == "Nicolás Maduro")
    changed = next(i for i, x in enumerate(original.locations) if x.name == "Canada")

    driver.get(f"{url}/")
    # The first page of a cold headless Chromium can come back empty: wait for it to render.
    WebDriverWait(driver, 30).until(lambda d: d.page_source)
    assert "Prime Minister Mark Carney" in driver.page_source
    driver.find_element(By.LINK_TEXT, "1").click()
    driver.find_element(By.NAME, "editor").send_keys("Dana Desk")
    driver.find_element(
        By.CSS_SELECTOR, f"input[name='actors.{rejected}.decision'][value=reject]"
    ).click()
    Select(driver.find_element(By.NAME, f"locations.{changed}.kind")).select_by_visible_text(
        "region"
    )
    start = ARTICLE.index(MISSED)
    text = driver.find_element(By.CSS_SELECTOR, ".article .text")
    driver.execute_script(SELECT, text, start, start + len(MISSED))
    driver.find_element(By.ID, "use-selection").click()
    assert driver.find_element(By.ID, "selected").text == f"“{MISSED}”"
    Select(driver.find_element(By.NAME, "new.field")).select_by_value("commitments")
    driver.find_element(By.NAME, "new.actor").send_keys("Canada")
    driver.find_element(By.NAME, "new.action").send_keys(MISSED)
    Select(driver.find_element(By.NAME, "new.status")).select_by_visible_text("announced")
    driver.find_element(By.ID, "save").click()
    assert "Saved: correction 1" in _saved(driver)

    [correction] = runlog.corrections(db, 1)
    assert correction.editor == "Dana Desk"
    assert correction.decisions[f"actors#{rejected}"] == "rejected"
    assert correction.decisions[f"locations#{changed}"] == "edited"
    added = f"commitments#{len(original.commitments)}"
    assert correction.decisions[added] == "added"
    assert runlog.get(db, 1).summary == original  # the original is kept as it was
    [new] = [c for c in correction.summary.commitments if c.action == MISSED]
    assert ARTICLE[new.evidence.start : new.evidence.end] == MISSED == new.evidence.quote

    out = tmp_path / "fixtures"
    exported = runner.invoke(app, ["review", "export", "--out", str(out), "--db", str(db)])
    assert exported.exit_code == 0, exported.output
    first = (out / exported.stdout.split()[0]).read_bytes()
    assert (
        runner.invoke(app, ["review", "export", "--out", str(out), "--db", str(db)]).exit_code == 0
    )
    assert (out / exported.stdout.split()[0]).read_bytes() == first  # the same file again
    [fixture] = load_fixtures(out)
    gold = fixture.gold
    assert fixture.text == ARTICLE
    assert [a.name for a in gold.actors] == [
        a.name for a in original.actors if a.name != "Nicolás Maduro"
    ]
    assert [(x.name, x.kind) for x in gold.locations] == [
        (x.name, "region" if x.name == "Canada" else x.kind) for x in original.locations
    ]
    assert len(gold.commitments) == len(original.commitments) + 1
    assert (gold.commitments[-1].actor, gold.commitments[-1].action) == ("Canada", MISSED)
    assert gold.commitments[-1].status == "announced"
    scored = runner.invoke(app, ["eval", str(out)])
    assert scored.exit_code == 0 and f"[1/1] {fixture.id}" in scored.stderr


def test_an_articles_script_never_runs(served: tuple[str, Path], browser: object) -> None:
    url, _ = served
    driver: webdriver.Chrome = browser  # type: ignore[assignment]
    driver.get(f"{url}/s/2")
    assert driver.title != "pwned"
    assert "&lt;script&gt;document.title" in driver.page_source
    assert driver.execute_script("return document.scripts.length") == 1  # the app's own


def test_a_post_without_the_forms_token_is_refused(served: tuple[str, Path]) -> None:
    url, db = served
    forged = urllib.request.Request(f"{url}/s/1", data=b"editor=mallory&headline=x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(forged, timeout=5)
    refused.value.close()
    assert refused.value.code == 403
    assert runlog.corrections(db, 1) == []
    with pytest.raises(urllib.error.HTTPError) as missing:
        urllib.request.urlopen(f"{url}/{db.name}", timeout=5)
    missing.value.close()
    assert missing.value.code == 404  # the database is never served


def _form_token(url: str) -> str:
    import re

    with urllib.request.urlopen(f"{url}/s/1", timeout=5) as page:
        html = page.read().decode()
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match is not None
    return match.group(1)


def test_a_value_the_schema_refuses_is_one_line_on_the_page_and_saves_nothing(
    served: tuple[str, Path],
) -> None:
    import urllib.parse

    url, db = served
    form = {"csrf": _form_token(url), "editor": "Dana", "commitments.0.amount_text": "$2.5 billion"}
    form["commitments.0.amount_value"] = "lots"
    request = urllib.request.Request(
        f"{url}/s/1", data=urllib.parse.urlencode(form).encode(), method="POST"
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    page = refused.value.read().decode()
    refused.value.close()
    assert refused.value.code == 400 and 'id="error"' in page
    assert runlog.corrections(db, 1) == []


def test_review_without_a_log_says_how_to_make_one(tmp_path: Path) -> None:
    done = runner.invoke(app, ["review", "--no-open", "--db", str(tmp_path / "none.db")])
    assert done.exit_code == 2 and done.stderr.startswith("error: no run log at")


def test_saving_an_untouched_form_changes_nothing(
    served: tuple[str, Path], browser: object
) -> None:
    url, db = served
    driver: webdriver.Chrome = browser  # type: ignore[assignment]
    summary = runlog.get(db, 1).summary.model_copy(deep=True)
    amount = summary.commitments[0].amount
    assert amount is not None
    amount.value = 2_500_000.75  # a value with cents must come back as it went out
    runlog.correct(db, 1, summary, editor="setup", decisions={})

    driver.get(f"{url}/s/1")
    driver.find_element(By.NAME, "editor").send_keys("Dana Desk")
    driver.find_element(By.ID, "save").click()
    assert "Saved: correction 2" in _saved(driver)
    _, again = runlog.corrections(db, 1)
    assert set(again.decisions.values()) == {"accepted"}
    assert again.summary.model_dump(exclude={"meta"}) == summary.model_dump(exclude={"meta"})
