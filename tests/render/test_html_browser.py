"""The HTML report in a real browser (headless Chromium): nothing from the leaflet runs, highlights sit right."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from audit.engine import audit_paths
from audit.render.html import render_html
from tests.conftest import FIXTURES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no Chromium here (.ci/run installs Debian's chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def page(tmp_path_factory, schema):
    folder = tmp_path_factory.mktemp("report")
    report = audit_paths([str(FIXTURES / "hostile" / "hostile.md")], schema, keep_sources=True)
    path = folder / "report.html"
    path.write_text(render_html(report), encoding="utf-8")
    return folder, path


def chromium(folder, *arguments) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={folder / 'profile'}", *arguments],
                          capture_output=True, text=True, timeout=120, check=True)


def test_no_script_from_the_leaflet_runs_and_highlights_are_at_the_right_words(page):
    folder, path = page
    dom = chromium(folder, "--virtual-time-budget=2000", "--dump-dom", path.as_uri()).stdout
    assert "<body" in dom
    assert "data-pwned" not in dom.split("<body", 1)[1].split(">", 1)[0]  # no payload changed the body
    assert "<script>document" not in dom
    assert 'data-rule="spelling.run-on">tumoursfrom<span class="tip"' in dom


def test_screenshot_of_the_report_is_a_real_image(page):
    folder, path = page
    shot = folder / "report.png"
    chromium(folder, "--window-size=1280,1600", f"--screenshot={shot}", path.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes


LAYOUT_PROBE = """<script>
const box = element => { const r = element.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
const headers = [...document.querySelectorAll('table.summary th')];
const visible = name => { const th = headers.find(t => t.textContent === name); return th && th.offsetWidth > 0 ? box(th) : null; };
const longest = [...document.querySelectorAll('ol.source li')].sort((a, b) => b.textContent.length - a.textContent.length)[0];
const range = document.createRange(); range.selectNodeContents(longest);
const rects = [...range.getClientRects()].filter(r => r.width > 0);
const later = rects.filter(r => r.top > rects[0].top + 2);
document.body.setAttribute('data-layout', JSON.stringify({
  hang: later.length ? [rects[0].left, Math.min(...later.map(r => r.left))] : null,
  width: innerWidth, scrollWidth: document.documentElement.scrollWidth,
  result: visible('Result'), grade: visible('Grade'),
  charts: [...document.querySelectorAll('svg.chart')].map(svg => ({
    svg: box(svg), parent: box(svg.parentElement),
    target: svg.querySelector('line') ? box(svg.querySelector('line')) : null,
    labels: [...svg.querySelectorAll(':scope > text')].map(box).slice(0, -1),
  })),
}));
</script>"""


def _layout(folder, path, width: int) -> dict:
    import json
    import re

    probed = folder / f"probe-{width}.html"
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", path.read_text(encoding="utf-8"))
    probed.write_text(html.replace("</body>", LAYOUT_PROBE + "</body>"), encoding="utf-8")
    dom = chromium(folder, f"--window-size={width},1200", "--virtual-time-budget=3000", "--dump-dom",
                   probed.as_uri()).stdout
    found = re.search(r'data-layout="([^"]*)"', dom)
    assert found, "the layout probe did not run"
    return json.loads(found.group(1).replace("&quot;", '"'))


@pytest.mark.parametrize("width", [1280, 400])
def test_summary_and_chart_fit_the_screen_and_the_target_line_crosses_no_label(page, width):
    folder, path = page
    layout = _layout(folder, path, width)
    assert layout["result"] and layout["grade"], "Result and Grade columns are shown"
    assert layout["result"][2] <= layout["width"] + 1 and layout["grade"][2] <= layout["width"] + 1
    if width == 400:  # the longest source line wraps, and its continuation hangs to the right of its start
        start, continuation = layout["hang"]
        assert continuation > start
    assert layout["charts"]
    for chart in layout["charts"]:
        assert chart["svg"][2] <= chart["parent"][2] + 1  # scaled into its column, never wider
        if chart["target"] is not None:
            line_left, _, line_right, _ = chart["target"]
            for left, _, right, _ in chart["labels"]:
                assert right <= line_left or left >= line_right  # no label under the target line
