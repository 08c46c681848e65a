"""The review page in a real browser: Debian's chromium and chromedriver, headless, driven by
Selenium. It lists the templates, charts the labels, sorts, filters, and sets a label (an override
the server applies at once). The test keeps a screenshot in build/artifacts/."""

from __future__ import annotations

import json
import shutil
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from server.generated.logclass.v1 import classifier_pb2 as pb
from server.review import LOG_LINE
from tests.conftest import REPO, ServerProcess, classifier_stub, start_server

ARTIFACTS = REPO / "build" / "artifacts"
TOKEN = "review-secret"
TRAFFIC = [
    *(
        ("sshd", f"Accepted publickey for deploy{n} from 10.0.4.{n} port 522{n} ssh2")
        for n in range(9)
    ),
    *(("app", f"User User{n} logged in.") for n in range(6)),
    *(
        ("nginx", f'10.1.1.{n} - - [01/Dec/2026:10:00:0{n} +0000] "GET /api/{n} HTTP/1.1" 200 5{n}')
        for n in range(4)
    ),
    ("batch", "reconciliation job 71 wrote 4411 rows to ledger in 3.2 s"),
    ("batch", "reconciliation job 72 wrote 4471 rows to ledger in 3.9 s"),
    ("kernel", "qqq zzz 1234 xyzzy"),
]


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, str, Path]]:
    overrides = tmp_path_factory.mktemp("review") / "overrides.toml"
    server = start_server(
        {
            "LOGCLASS_OVERRIDES": str(overrides),
            "LOGCLASS_REVIEW_PORT": "0",
            "LOGCLASS_AUTH_TOKEN": TOKEN,
        }
    )
    try:
        records = [pb.LogRecord(id=str(i), source=s, message=m) for i, (s, m) in enumerate(TRAFFIC)]
        with server.channel() as channel:
            classifier_stub(channel).ClassifyBatch(
                pb.ClassifyRequest(records=records),
                timeout=60,
                metadata=(("authorization", f"Bearer {TOKEN}"),),
            )
        port = server.logged(LOG_LINE, "review page").group(2)
        yield server, f"http://127.0.0.1:{port}/", overrides
    finally:
        assert server.stop() == 0


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    assert chromium and driver, (
        "Debian's chromium and chromium-driver are needed (.ci/run installs them)"
    )
    options = Options()
    options.binary_location = chromium
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
    ):
        options.add_argument(argument)
    chrome = webdriver.Chrome(service=Service(driver), options=options)
    try:
        yield chrome
    finally:
        chrome.quit()


def test_without_the_token_the_page_is_refused(reviewed: tuple[ServerProcess, str, Path]) -> None:
    _, url, _ = reviewed
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(url, timeout=10)
    assert refused.value.code == 401


def _teach_refused(url: str, body: bytes, content_type: str) -> int:
    """The status a refused POST of `body` to the teach API gets."""
    request = urllib.request.Request(
        f"{url}api/teach?token={TOKEN}",
        data=body,
        headers={"Content-Type": content_type},
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    return refused.value.code


def test_a_cross_site_form_post_cannot_teach(reviewed: tuple[ServerProcess, str, Path]) -> None:
    """A form on another site may post text/plain without a CORS preflight; it is refused."""
    _, url, overrides = reviewed
    before = overrides.read_text() if overrides.exists() else ""
    body = b'{"template_id": "t-x", "label": "Error"}'
    assert _teach_refused(url, body, "text/plain") == 415
    assert (overrides.read_text() if overrides.exists() else "") == before


def test_a_malformed_teach_body_is_a_bad_request(
    reviewed: tuple[ServerProcess, str, Path],
) -> None:
    _, url, overrides = reviewed
    before = overrides.read_text() if overrides.exists() else ""
    for body in (b'{"label": "Error"}', b"{", b'{"a":' * 3_000 + b"1" + b"}" * 3_000):
        assert _teach_refused(url, body, "application/json") == 400, body[:20]
    assert (overrides.read_text() if overrides.exists() else "") == before


def test_the_page_lists_charts_sorts_filters_and_teaches(
    reviewed: tuple[ServerProcess, str, Path], browser: webdriver.Chrome
) -> None:
    server, url, overrides = reviewed
    browser.get(f"{url}?token={TOKEN}")
    rows = browser.find_elements(By.CSS_SELECTOR, "#templates tbody tr")
    assert len(rows) >= 5
    counts = [int(r.find_elements(By.TAG_NAME, "td")[0].text) for r in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] == 9  # the sshd template
    bars = browser.find_elements(By.CSS_SELECTOR, "#chart .bar")
    assert sum(int(b.find_elements(By.TAG_NAME, "span")[-1].text) for b in bars) == len(TRAFFIC)

    # Sorting by count, by a click on its header: ascending on the second click.
    header = browser.find_elements(By.CSS_SELECTOR, "#templates th")[0]
    header.click()
    header.click()
    counts = [
        int(r.find_elements(By.TAG_NAME, "td")[0].text)
        for r in browser.find_elements(By.CSS_SELECTOR, "#templates tbody tr")
    ]
    assert counts == sorted(counts)

    # Teach the reconciliation template: System Notification.
    row = next(
        r
        for r in browser.find_elements(By.CSS_SELECTOR, "#templates tbody tr")
        if "reconciliation job" in r.text
    )
    template_id = row.get_attribute("data-template")
    Select(row.find_element(By.TAG_NAME, "select")).select_by_visible_text("System Notification")
    row.find_element(By.TAG_NAME, "button").click()
    status = row.find_element(By.CLASS_NAME, "status")
    WebDriverWait(browser, 10).until(
        expected_conditions.text_to_be_present_in_element(
            (By.CSS_SELECTOR, f'tr[data-template="{template_id}"] .status'), "taught"
        )
    )
    assert status.text == "taught: System Notification"
    assert f'template_id = "{template_id}"' in overrides.read_text()

    # The server answers the template's next line with the override, at once.
    with server.channel() as channel:
        reply = classifier_stub(channel).ClassifyBatch(
            pb.ClassifyRequest(
                records=[
                    pb.LogRecord(
                        id="n",
                        source="batch",
                        message="reconciliation job 73 wrote 12 rows to ledger in 0.4 s",
                    )
                ]
            ),
            timeout=30,
            metadata=(("authorization", f"Bearer {TOKEN}"),),
        )
    [answer] = reply.results
    assert (answer.label, answer.tier) == ("System Notification", "override")

    # Filtering (a GET form): the label select, reloaded page.
    browser.get(f"{url}?token={TOKEN}&label=System+Notification")
    listed = browser.find_elements(By.CSS_SELECTOR, "#templates tbody tr")
    listed_ids = {r.get_attribute("data-template") for r in listed}
    labelled = urllib.request.Request(
        f"{url}api/templates", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    every = json.load(urllib.request.urlopen(labelled, timeout=10))["templates"]
    # The taught template, and every other the model labelled so, nothing else.
    assert template_id in listed_ids
    assert listed_ids == {t["template_id"] for t in every if t["label"] == "System Notification"}
    assert len(listed_ids) < len(every)
    api = urllib.request.Request(
        f"{url}api/templates?uncertain=1", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    uncertain = json.load(urllib.request.urlopen(api, timeout=10))["templates"]
    assert all(t["label"] == "Unclassified" or t["confidence"] < 0.6 for t in uncertain)

    browser.get(f"{url}?token={TOKEN}")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "review-page.png"))
