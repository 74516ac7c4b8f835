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


PLAIN_BARRED = """Risks of the procedure

Risk                              | How often        | What we do
----------------------------------|------------------|-------------------
Blockage                          | About 1 in 12    | We flush the line.
Damage to a nerve (weakness,      | Fewer than 1 in  | Urgent care.
numbness)                         | 200              |
Infection                         | Rare             | Antibiotics.
"""
PLAIN_BARRED_EDGES = """Risks of the procedure

| Risk | How often |
|---|---|
| Blockage | About 1 in 12 |
| Infection | Rare |
"""


@pytest.mark.parametrize("text", [PLAIN_BARRED, PLAIN_BARRED_EDGES])
def test_a_table_drawn_with_bars_in_plain_text_is_read_cell_by_cell_row_by_row(text):
    leaflet = load_text(text, "risks.txt", "text")
    cells = {block.text: block for section in leaflet.sections for block in section.blocks}
    assert {"Blockage", "About 1 in 12", "Infection", "Rare"} <= set(cells)
    assert all(cells[text].kind == "table_cell" for text in ("Blockage", "About 1 in 12", "Rare"))
    assert cells["Blockage"].row == cells["About 1 in 12"].row != cells["Infection"].row == cells["Rare"].row
    assert [section.heading.text for section in leaflet.sections if section.heading is not None] == []


def test_a_barred_row_wrapped_in_its_columns_is_one_row():
    leaflet = load_text(PLAIN_BARRED, "risks.txt", "text")
    cells = [block for section in leaflet.sections for block in section.blocks if block.kind == "table_cell"]
    wrapped = next(block for block in cells if block.text.startswith("Damage to a nerve"))
    assert wrapped.text == "Damage to a nerve (weakness, numbness)"
    assert next(block for block in cells if block.text.startswith("Fewer than")).text == "Fewer than 1 in 200"
    assert wrapped.row == next(block for block in cells if block.text == "Urgent care.").row
