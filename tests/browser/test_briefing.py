"""The briefing page in a real browser (Debian's headless Chromium), checked against the CLI.

Run by tests/browser/run.sh, which builds the pages first. Every expectation about which
relations show compares the page's DOM with what `actorgraph export --as-of … ` answers, by
relation id.
"""
import json
import os
import pathlib
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from browser import chromium

ROOT = pathlib.Path(__file__).resolve().parents[2]
TOOL = str(pathlib.Path(os.environ.get("ACTORGRAPH", ROOT / ".build/debug/actorgraph")).resolve())
OUT = pathlib.Path(os.environ.get("BRIEFING_OUT", ROOT / ".build/browser-tests")).resolve()
SEED_PAGE = OUT / "seed.html"
HOSTILE_PAGE = OUT / "hostile.html"
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"


def cli_relation_ids(*args, data=None):
    """The relation ids the CLI's export keeps for these selection flags."""
    cmd = [TOOL, "export", "--to", "node-link"] + (["--data", str(data)] if data else []) + list(args)
    out = subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return {edge["relation"] for edge in json.loads(out)["edges"]}


@pytest.fixture(scope="module")
def browser():
    driver = chromium(1400, 1000)
    # Anything the page's data could smuggle into running code would call these.
    driver.execute_cdp_cmd(
        "Page.addScriptToEvaluateOnNewDocument",
        {"source": "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"},
    )
    yield driver
    driver.quit()


def open_page(driver, path):
    driver.get(path.as_uri())
    assert driver.execute_script("return document.body.dataset.ready") == "true", "the page's script did not finish"


def severe_console(driver):
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def shown_ids(driver):
    """Relation ids the table shows (rows not hidden), the page's own list of what is visible."""
    return set(driver.execute_script(
        "return Array.from(document.querySelectorAll('#relations tbody tr')).filter(r => !r.hidden).map(r => r.dataset.id);"))


def drawn_lines_agree(driver):
    """Every line is drawn exactly when one of its relations is shown."""
    return driver.execute_script("""
        const data = JSON.parse(document.getElementById('briefing-data').textContent);
        const shown = new Set(Array.from(document.querySelectorAll('#relations tbody tr')).filter(r => !r.hidden).map(r => r.dataset.id));
        const want = new Map();
        data.relations.forEach(r => { if (r.line) want.set(r.line, (want.get(r.line) || false) || shown.has(r.id)); });
        for (const [id, on] of want) {
          const el = document.getElementById(id);
          if (!el) return 'missing line ' + id;
          if (on === (getComputedStyle(el).display === 'none')) return 'line ' + id + (on ? ' hidden' : ' drawn');
        }
        return 'ok';""")


def set_whole_record(driver, on):
    box = driver.find_element(By.ID, "whole")
    if box.is_selected() != on:
        box.click()


def only_checked(driver, fieldset, values):
    for box in driver.find_elements(By.CSS_SELECTOR, f"#{fieldset} input[type=checkbox]"):
        if box.is_selected() != (box.get_attribute("value") in values):
            box.click()


def test_loads_from_file_without_console_errors(browser):
    open_page(browser, SEED_PAGE)
    assert severe_console(browser) == []
    assert browser.execute_script("return document.querySelectorAll('script[src], link[href], img[src]').length") == 0
    caption = browser.find_element(By.ID, "caption").text
    assert "Dataset iraq-2026" in caption and "made by actorgraph" in caption


def test_slider_at_1985_shows_what_as_of_1985_returns(browser):
    open_page(browser, SEED_PAGE)
    slider = browser.find_element(By.ID, "date")
    slider.send_keys(Keys.HOME)
    label = browser.find_element(By.ID, "date-label")
    for _ in range(2000):
        if label.text == "1985":
            break
        slider.send_keys(Keys.ARROW_RIGHT)
    assert label.text == "1985"
    expected = cli_relation_ids("--as-of", "1985")
    assert expected, "the seed holds relations in 1985"
    assert shown_ids(browser) == expected
    assert drawn_lines_agree(browser) == "ok"
    # And at the data's present, where the page opens, as the CLI's default snapshot.
    open_page(browser, SEED_PAGE)
    present = browser.find_element(By.ID, "date-label").text
    assert shown_ids(browser) == cli_relation_ids("--as-of", present)


def test_type_and_attribution_filters_agree_with_the_cli(browser):
    open_page(browser, SEED_PAGE)
    set_whole_record(browser, True)
    assert shown_ids(browser) == cli_relation_ids()
    only_checked(browser, "types", {"support", "membership"})
    assert shown_ids(browser) == cli_relation_ids("--types", "support,membership")
    assert drawn_lines_agree(browser) == "ok"
    only_checked(browser, "types", set(json.loads(browser.execute_script(
        "return JSON.stringify(JSON.parse(document.getElementById('briefing-data').textContent).types)"))))
    only_checked(browser, "attributions", {"suspected", "unattributed"})
    assert shown_ids(browser) == cli_relation_ids("--attribution", "suspected,unattributed")
    assert drawn_lines_agree(browser) == "ok"
    # Together, and with the date: the same as the CLI's flags together.
    set_whole_record(browser, False)
    only_checked(browser, "attributions", {"confirmed", "claimed"})
    only_checked(browser, "types", {"attack", "support"})
    present = browser.find_element(By.ID, "date-label").text
    assert shown_ids(browser) == cli_relation_ids("--as-of", present, "--types", "attack,support", "--attribution", "confirmed,claimed")
    Select = __import__("selenium.webdriver.support.select", fromlist=["Select"]).Select
    Select(browser.find_element(By.ID, "confidence")).select_by_value("moderate")
    assert shown_ids(browser) == cli_relation_ids(
        "--as-of", present, "--types", "attack,support", "--attribution", "confirmed,claimed", "--min-confidence", "moderate")


def test_searching_igrc_highlights_the_irgc(browser):
    open_page(browser, SEED_PAGE)
    search = browser.find_element(By.ID, "search")
    search.send_keys("IGRC")
    hits = browser.execute_script("return Array.from(document.querySelectorAll('#diagram .hit')).map(e => e.id)")
    assert hits == ["actor-irgc"]
    assert "Islamic Revolutionary Guard Corps" in browser.find_element(By.ID, "hits").text
    # Case and accents do not matter.
    search.clear()
    search.send_keys("hashd AL-SHAABI")
    assert "umbrella-pmf" in browser.execute_script("return Array.from(document.querySelectorAll('#diagram .hit')).map(e => e.id)")
    search.clear()
    search.send_keys("irgc")
    assert browser.execute_script("return document.querySelectorAll('#diagram .hit').length") >= 1


def test_clicking_a_relation_shows_its_citations(browser):
    open_page(browser, SEED_PAGE)
    data = json.loads(browser.execute_script("return document.getElementById('briefing-data').textContent"))
    shown = shown_ids(browser)
    relation = next(r for r in data["relations"]
                    if r["id"] in shown and r["line"] and r["citations"] and r["citations"][0].get("title"))
    # A click on the drawn line itself (at a point on its path), as a reader would.
    point = browser.execute_script("""
        const g = document.getElementById(arguments[0]);
        g.scrollIntoView({block: 'center', inline: 'center'});
        const path = g.querySelector('path');
        const p = path.getPointAtLength(path.getTotalLength() / 2);
        const m = path.getScreenCTM();
        return [p.x * m.a + p.y * m.c + m.e, p.x * m.b + p.y * m.d + m.f];""", relation["line"])
    target = browser.execute_script("return document.elementFromPoint(arguments[0], arguments[1]).closest('g.edge')?.id", *point)
    assert target == relation["line"], "the line's midpoint is on the line"
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    pointer = ActionBuilder(browser)
    pointer.pointer_action.move_to_location(int(point[0]), int(point[1])).click()
    pointer.perform()
    panel = browser.find_element(By.ID, "panel")
    assert relation["id"] in panel.text
    for c in relation["citations"]:
        assert c["source"] in panel.text
        for field in ("outlet", "title", "published", "locator"):
            if c.get(field):
                assert c[field] in panel.text, f"{field} of {c['source']}"
    # From the table too.
    browser.find_element(By.CSS_SELECTOR, "#table-view summary").click()
    row = browser.find_element(By.CSS_SELECTOR, f"#relations tr[data-id='{relation['id']}'] button")
    row.click()
    assert "Citations" in panel.text and relation["citations"][0]["title"] in panel.text


def test_keyboard_alone_reaches_an_actor_profile(browser):
    open_page(browser, SEED_PAGE)
    body = browser.find_element(By.TAG_NAME, "body")
    body.click()
    actions = __import__("selenium.webdriver.common.action_chains", fromlist=["ActionChains"]).ActionChains
    focused = None
    for _ in range(300):
        actions(browser).send_keys(Keys.TAB).perform()
        focused = browser.execute_script("return document.activeElement.id")
        if focused and focused.startswith("actor-"):
            break
    assert focused and focused.startswith("actor-"), "Tab reaches the actors in the diagram"
    actions(browser).send_keys(Keys.ENTER).perform()
    data = json.loads(browser.execute_script("return document.getElementById('briefing-data').textContent"))
    actor = next(a for a in data["actors"] if a["node"] == focused)
    assert browser.find_element(By.ID, "panel-title").text == actor["name"]
    assert "Relations" in browser.find_element(By.ID, "panel").text
    # The search box leads there too: type, Enter.
    search = browser.find_element(By.ID, "search")
    search.send_keys("Kataib Hezbollah", Keys.ENTER)
    assert browser.find_element(By.ID, "panel-title").text == "Kataib Hezbollah"


def test_sorting_the_table(browser):
    open_page(browser, SEED_PAGE)
    browser.find_element(By.CSS_SELECTOR, "#table-view summary").click()
    browser.find_element(By.CSS_SELECTOR, "button[data-key=confidence]").click()
    ranks = {"very low": 0, "low": 1, "moderate": 2, "high": 3}
    values = browser.execute_script("return Array.from(document.querySelectorAll('#relations tbody tr')).map(r => r.cells[6].textContent)")
    assert [ranks[v] for v in values] == sorted(ranks[v] for v in values)
    browser.find_element(By.CSS_SELECTOR, "button[data-key=confidence]").click()
    values = browser.execute_script("return Array.from(document.querySelectorAll('#relations tbody tr')).map(r => r.cells[6].textContent)")
    assert [ranks[v] for v in values] == sorted((ranks[v] for v in values), reverse=True)


def test_print_shows_diagram_legend_and_sources(browser):
    open_page(browser, SEED_PAGE)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        shown = browser.execute_script("""
            const vis = id => getComputedStyle(document.getElementById(id)).display !== 'none';
            return {controls: vis('controls'), panel: vis('panel'), diagram: vis('diagram'), sources: vis('sources'), legend: !!document.getElementById('a_legend')};""")
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert shown == {"controls": False, "panel": False, "diagram": True, "sources": True, "legend": True}


def test_hostile_names_do_not_break_the_page(browser):
    open_page(browser, HOSTILE_PAGE)
    assert severe_console(browser) == []
    assert browser.execute_script("return [window.__alerts.length, window.__pwned === undefined]") == [0, True]
    assert browser.execute_script("return document.querySelectorAll('script').length") == 2
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    set_whole_record(browser, True)
    assert shown_ids(browser) == cli_relation_ids(data=FIXTURES / "hostile.yaml")
    browser.find_element(By.ID, "search").send_keys("كتائب", Keys.ENTER)
    assert browser.find_element(By.ID, "panel-title").text == "كتائب حزب الله"
    browser.find_element(By.CSS_SELECTOR, "#table-view summary").click()
    browser.find_element(By.CSS_SELECTOR, "#relations tr[data-id='r8'] button").click()
    panel = browser.find_element(By.ID, "panel").text
    assert "</script><script>window.__pwned=2</script>" in panel
    assert "</script><script>window.__pwned=1</script>" in panel
    assert browser.execute_script("return window.__pwned === undefined")


@pytest.mark.parametrize("size", [(1400, 1000), (800, 1100)])
def test_screenshots(size):
    """Artefacts for a reader to look at (not compared): the page at a desktop and a narrow size."""
    driver = chromium(*size)
    try:
        open_page(driver, SEED_PAGE)
        path = OUT / f"briefing-{size[0]}x{size[1]}.png"
        driver.save_screenshot(str(path))
        assert path.stat().st_size > 10_000
        assert severe_console(driver) == []
    finally:
        driver.quit()
