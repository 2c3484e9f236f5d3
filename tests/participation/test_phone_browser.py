"""A real browser as a participant's phone: Debian's Chromium, headless, at 390 × 844.

It opens the join address the console shows, chooses a role, writes a note (markup in it),
and the note is in the database and on the stage window; then the Wi-Fi drops, a note is
typed, the Wi-Fi comes back, and that note is stored once. Skipped where Chromium or its
driver is not installed (``.ci/run`` installs them); ``-m 'not browser'`` skips it anyway.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop_studio.domain.changes import Changes
from workshop_studio.domain.notes import Target
from workshop_studio.domain.vocabulary import StepKind

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
PHONE = {"width": 390, "height": 844}
# Root in CI needs --no-sandbox; the machine has no network, so nothing may call home.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--no-default-browser-check",
)


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    if CHROMIUM is None or CHROMEDRIVER is None:
        pytest.skip("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must not look for a driver online
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": {**PHONE, "pixelRatio": 1.0, "touch": True}})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


def wait_for(condition, timeout: float = 10.0, qtbot=None):
    """Poll ``condition`` (letting Qt run meanwhile) until it gives something true."""
    deadline = time.monotonic() + timeout
    while True:
        found = condition()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        if qtbot is not None:
            qtbot.wait(50)
        else:
            time.sleep(0.05)


def note_in_db(db_path: Path, text: str) -> list:
    from workshop_studio.services.notes import workshop_notes
    from workshop_studio.storage.migrate import open_database

    db = open_database(str(db_path))
    try:
        with db.read() as session:
            return [n for n in workshop_notes(session, 1) if n.text == text]
    finally:
        db.dispose()


def test_a_phone_browser_writes_a_note_that_reaches_the_database_and_the_stage(
    browser, console, qtbot, db_path
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = browser
    presenter = console.presenter
    steps = presenter.presentation.steps
    presenter.present(next(i for i, s in enumerate(steps) if s.kind == StepKind.TIMELINE))
    model = console.workspace.timeline
    heard: list[Changes] = []
    console.workspace.changed.connect(heard.append)
    stage = model.stages[5]
    model.set_current_stage(stage.id)
    server = console.participation.open("127.0.0.1")

    driver.get(server.join_url)
    assert driver.execute_script("return [window.innerWidth, window.innerHeight]") == [390, 844]
    wait_for(lambda: driver.find_element(By.ID, "join").is_displayed())
    driver.find_element(By.XPATH, "//label[normalize-space()='Recruteur']").click()
    driver.find_element(By.ID, "pseudonym").send_keys("Garage Dupont")
    driver.find_element(By.CSS_SELECTOR, "#join-form button[type=submit]").click()
    wait_for(lambda: driver.find_element(By.ID, "write").is_displayed())
    assert stage.title in driver.find_element(By.ID, "step").text

    # Every control a thumb may touch is at least 48 px high, and labelled.
    small = driver.execute_script(
        "return Array.from(document.querySelectorAll("
        "'button, select, textarea, input:not([type=radio]), .choices label'))"
        ".filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 48).map(e => e.outerHTML)"
    )
    assert small == []
    unlabelled = driver.execute_script(
        "return Array.from(document.querySelectorAll('select, textarea, input'))"
        ".filter(e => e.offsetParent !== null && !(e.labels && e.labels.length)).map(e => e.id)"
    )
    assert unlabelled == []

    text = '<img src=x onerror="document.title=1"> Un binôme CDE–CDDE dès l’offre'
    Select(driver.find_element(By.ID, "kind")).select_by_visible_text("Idée")
    driver.find_element(By.ID, "text").send_keys(text)
    driver.find_element(By.CSS_SELECTOR, "#note-form button[type=submit]").click()
    shown = (
        "return Array.from(document.querySelectorAll('#my-notes .note-text'))"
        ".filter(e => e.textContent === arguments[0]).length"
    )
    wait_for(
        lambda: driver.execute_script(shown, text) == 1 and "envoyée" in driver.find_element(By.ID, "note-status").text
    )
    assert driver.execute_script("return document.querySelectorAll('#my-notes img').length") == 0  # text, not markup

    record = wait_for(lambda: next((n for n in model.notes() if n.text == text), None), qtbot=qtbot)
    assert record.target == Target.stage(stage.id) and record.role == "recruiter" and record.author == "Garage Dupont"
    (stored,) = note_in_db(db_path, text)
    assert stored.kind == "idea"
    presenter.presentation.focus_stage(stage.id)  # the stage in focus on the shared screen shows its notes whole
    assert "Un binôme CDE–CDDE dès l’offre" in presenter.stage.view.layout_shown.words()
    assert console.participation.overlay.note.text == text  # and announced there as it arrived
    assert driver.execute_script(shown, text) == 1 and driver.title != "1"

    # The Wi-Fi drops: the note stays on the phone, then goes once when the network is back.
    driver.set_network_conditions(offline=True, latency=0, download_throughput=-1, upload_throughput=-1)
    offline_text = "Écrite sans réseau"
    driver.find_element(By.ID, "text").send_keys(offline_text)
    driver.find_element(By.CSS_SELECTOR, "#note-form button[type=submit]").click()
    wait_for(lambda: "gardée" in driver.find_element(By.ID, "outbox").text)
    assert note_in_db(db_path, offline_text) == []
    driver.set_network_conditions(offline=False, latency=0, download_throughput=-1, upload_throughput=-1)
    wait_for(lambda: note_in_db(db_path, offline_text), timeout=15, qtbot=qtbot)
    # the outbox is drawn empty once the phone's one sending loop is over: nothing more can come
    wait_for(lambda: driver.find_element(By.ID, "outbox").text == "", qtbot=qtbot)
    stored_once = note_in_db(db_path, offline_text)
    assert len(stored_once) == 1
    # the console's other views are told of the phone's notes a moment later, in one announcement
    wait_for(lambda: any(stored_once[0].id in changes.notes for changes in heard), qtbot=qtbot)
    presenter.presentation.end()
