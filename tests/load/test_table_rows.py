"""A table's cells know their row in every format, so a rule can read a row across as a reader does."""

from __future__ import annotations

import pytest

from audit.load import load_text

MARKDOWN = """# Risks

| Problem | What you notice | How often |
|---|---|---|
| Blockage | The nurse cannot flush it | About 1 in 12 |
| Infection | A fever | Rare |
"""
HTML_ROWS_ON_LINES = """<h1>Risks</h1><table>
<tr><th>Problem</th><th>How often</th></tr>
<tr>
  <td>Blockage</td>
  <td>About 1 in 12</td>
</tr>
<tr><td>Infection</td><td>Rare</td></tr>
</table>"""
HTML_MINIFIED = ("<h1>Risks</h1><table><tr><td>Blockage</td><td>About 1 in 12</td></tr>"
                 "<tr><td>Infection</td><td>Rare</td></tr></table>")


def _rows(text: str, fmt: str) -> dict[str, tuple[int, int] | None]:
    leaflet = load_text(text, f"risks.{fmt}", fmt)  # type: ignore[arg-type]
    return {block.text: block.row for section in leaflet.sections for block in section.blocks}


@pytest.mark.parametrize(("text", "fmt"), [(MARKDOWN, "markdown"), (HTML_ROWS_ON_LINES, "html"), (HTML_MINIFIED, "html")])
def test_cells_of_one_row_share_it_and_the_next_row_differs(text, fmt):
    rows = _rows(text, fmt)
    assert rows["Blockage"] is not None
    assert rows["Blockage"] == rows["About 1 in 12"]
    assert rows["Infection"] == rows["Rare"] != rows["Blockage"]


def test_paragraphs_and_list_items_have_no_row():
    rows = _rows("# Risks\n\nBleeding is rare.\n\n- Infection\n", "markdown")
    assert rows == {"Bleeding is rare.": None, "Infection": None}


def test_a_plain_text_table_row_is_one_cell_with_its_line_as_row():
    text = ("Risks\n\nBleeding that needs treatment        Fewer than 1 in 100\nInfection of the wound                About 1 in 50\n"
            "Pain for a day or two                 Most people\nA collapsed lung                      About 1 in 20\n")
    rows = _rows(text, "text")
    assert rows["Infection of the wound About 1 in 50"] == (4, 1)
