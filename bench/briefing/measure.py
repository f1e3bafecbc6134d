#!/usr/bin/env python3
"""The briefing page on a generated network, measured in headless Chromium.

Usage (from the package root; Debian's chromium + chromium-driver and `pip install selenium`):
  swift build -c release --product actorgraph
  python3 bench/briefing/measure.py [--actors 1000] [--relations 5000] [--steps 40]

It generates the network (bench/briefing/generate.py, seeded), writes the page with
`actorgraph report --engine sfdp` (dot refuses selections this large), and reports:
  - the generation time and the page's size;
  - time to first render: from navigation start to the first contentful paint, and to the end of
    the load event (the page's script has built its table and applied the snapshot by then);
  - time per slider step: the slider moved one step and an `input` event sent, timed from just
    before the event to the next animation frame after the page's handler ran (so the style,
    layout and paint the step caused are inside the figure), median and worst over --steps steps
    spread over the whole slider.
Wall times on a shared 2-core machine: read them as orders of magnitude, with the load printed.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "browser"))

STEP = """
const done = arguments[arguments.length - 1];
const slider = document.getElementById('date');
const target = arguments[0];
const t0 = performance.now();
slider.value = String(target);
slider.dispatchEvent(new Event('input', {bubbles: true}));
requestAnimationFrame(() => setTimeout(() => done([performance.now() - t0, document.getElementById('date-label').textContent]), 0));
"""


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cli", default=os.path.join(ROOT, ".build/release/actorgraph"))
    p.add_argument("--actors", type=int, default=1000)
    p.add_argument("--relations", type=int, default=5000)
    p.add_argument("--steps", type=int, default=40)
    p.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "briefing"))
    a = p.parse_args()
    os.makedirs(a.out, exist_ok=True)
    data = os.path.join(a.out, "data.yaml")
    page = os.path.join(a.out, "page.html")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(a.actors), str(a.relations), data], check=True)
    t = time.monotonic()
    subprocess.run([a.cli, "report", "--data", data, "--engine", "sfdp", "-o", page], check=True)
    made = time.monotonic() - t
    print(f"network: {a.actors} actors, {a.relations} relations; load average {os.getloadavg()[0]:.1f}")
    print(f"report generation: {made:.1f} s; page size {os.path.getsize(page) / 1e6:.2f} MB")

    from browser import chromium

    driver = chromium(1400, 1000)
    try:
        driver.set_script_timeout(60)
        driver.get("file://" + os.path.abspath(page))
        nav = driver.execute_script(
            "const n = performance.getEntriesByType('navigation')[0];"
            "const p = performance.getEntriesByName('first-contentful-paint')[0];"
            "return [p ? p.startTime : null, n.domContentLoadedEventEnd, n.loadEventEnd];")
        fcp, dcl, load = nav
        print(f"first contentful paint: {fcp:.0f} ms; DOMContentLoaded end: {dcl:.0f} ms; load end: {load:.0f} ms")
        lo = int(driver.execute_script("return document.getElementById('date').min"))
        hi = int(driver.execute_script("return document.getElementById('date').max"))
        targets = [lo + (hi - lo) * i // max(1, a.steps - 1) for i in range(a.steps)]
        times = []
        for v in targets:
            ms, label = driver.execute_async_script(STEP, v)
            times.append(ms)
        errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        print(f"slider: {hi - lo + 1} positions; {len(times)} steps: median {statistics.median(times):.0f} ms, "
              f"worst {max(times):.0f} ms, best {min(times):.0f} ms; last label {label}")
        print(f"console errors: {len(errors)}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
