

def test_codespell_list_answers_the_same_searched_or_parsed():
    from audit.speller import _CodespellList

    source = "abotu->about\nteh->the, ten,\nrecieve->receive\n"
    searched = _CodespellList(source)
    parsed = _CodespellList(source)
    parsed.PARSE_AFTER = 0
    for word in ("abotu", "teh", "recieve", "absent", "te", "eh"):
        assert searched.get(word) == parsed.get(word)
    assert searched.get("teh") == ("the", "ten")
    assert searched.get("recieve") == ("receive",)
    assert searched.get("eh") == ()
