"""A text with no full stops is one vast sentence: people see its grade as off the scale, the JSON keeps it."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from audit.cli import app

runner = CliRunner()
RUN_ON = "# Scraped page\n\n" + " ".join(["the nurse checks the line and the dressing every day"] * 300) + "\n"


def test_an_off_scale_grade_is_shown_as_such_and_kept_in_the_json(tmp_path):
    page = tmp_path / "scraped.md"
    page.write_text(RUN_ON, encoding="utf-8")
    text = runner.invoke(app, ["check", str(page)]).stdout
    assert "grade above 30" in text and "far above the target" in text
    assert "Flesch reading ease below -100" in text
    table = runner.invoke(app, ["readability", str(page)]).stdout
    assert ">30" in table and "<-100" in table
    data = json.loads(runner.invoke(app, ["check", str(page), "--format", "json"]).stdout)
    assert data["leaflets"][0]["readability"]["consensus_grade"] > 30


def test_a_grade_on_the_scale_is_shown_as_it_is(tmp_path):
    page = tmp_path / "plain.md"
    page.write_text("# Plain\n\nThe nurse checks the line. She changes the dressing every week.\n", encoding="utf-8")
    text = runner.invoke(app, ["check", str(page)]).stdout
    assert "above 30" not in text and "readability: grade " in text
