from __future__ import annotations

import pytest

from audit.load import LoadError, decode, format_for, load_file


def test_byte_order_mark_is_dropped_and_line_ends_are_unified():
    assert decode("\ufeffTitle\r\nText\rMore".encode()) == "Title\nText\nMore"


def test_non_utf8_bytes_give_a_one_line_error_naming_the_line():
    with pytest.raises(LoadError) as raised:
        decode("Title\nCaf\xe9\n".encode("latin-1"))
    message = str(raised.value)
    assert "\n" not in message
    assert "not UTF-8" in message and "line 2" in message and "0xe9" in message


@pytest.mark.parametrize("declaration", [
    b'<meta charset="iso-8859-1">', b"<META CHARSET=windows-1252>",
    b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
])
def test_a_saved_page_is_read_in_the_charset_it_declares(declaration):
    page = b"<html><head>" + declaration + b"<title>Biopsy</title></head><body><p>Caf\xe9 au lait.</p></body></html>"
    assert "Caf\u00e9 au lait" in decode(page)


def test_a_page_declared_latin_1_is_read_as_browsers_read_it_with_curly_quotes():
    page = b'<html><head><meta charset="iso-8859-1"></head><body><p>We\x92ll review this page in May 2027.</p></body></html>'
    assert "We\u2019ll review" in decode(page)


@pytest.mark.parametrize("page", [
    b"<html><head><title>Biopsy</title></head><body><p>Caf\xe9</p></body></html>",  # nothing declared
    b'<html><head><meta charset="zlib"></head><body><p>Caf\xe9</p></body></html>',  # no text encoding
    b'<html><head><meta charset="utf-16"></head><body><p>Caf\xe9</p></body></html>',  # browsers read this as UTF-8
    b'<html><head><meta charset="undefined"></head><body><p>Caf\xe9</p></body></html>',
    b'<html><head><meta charset="utf-8"></head><body><p>Caf\xe9</p></body></html>',  # declared UTF-8, and is not
    b'<html><head><meta charset="no-such-charset"></head><body><p>Caf\xe9</p></body></html>',
])
def test_a_page_that_declares_no_other_charset_python_knows_is_still_refused(page):
    with pytest.raises(LoadError, match="not UTF-8"):
        decode(page)


def test_binary_file_is_refused():
    with pytest.raises(LoadError, match="binary"):
        decode(b"\x89PNG\x00\x00")


@pytest.mark.parametrize(("data", "advice"), [
    ("Liver biopsy\r\n".encode("utf-16"), "UTF-16 text .* save the file as UTF-8"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "Word document .* save it as HTML or plain text"),
    (b"%PDF-1.7\n%\xe2\xe3", "a PDF, not text: extract its text"),
])
def test_a_file_saved_in_another_form_is_named_with_what_to_do(data, advice):
    with pytest.raises(LoadError, match=advice):
        decode(data)


def test_a_missing_file_and_a_folder_reached_as_a_file_are_load_errors(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load_file(tmp_path / "absent.md")
    with pytest.raises(LoadError, match="no leaflet files found in this folder"):
        load_file(tmp_path)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.md", "x", "markdown"),
        ("a.MARKDOWN", "x", "markdown"),
        ("a.htm", "x", "html"),
        ("a.txt", "<html>", "text"),
        ("-", "<!DOCTYPE html><html>", "html"),
        ("-", "# Title\n\n## Risks\n", "markdown"),
        ("-", "Title\n\nWhat is it?\n", "text"),
    ],
)
def test_format_comes_from_the_name_or_for_stdin_from_the_content(name, text, expected):
    assert format_for(name, text) == expected
