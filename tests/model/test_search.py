import pytest

from app.model.library import PlateLibrary
from app.model.search import SearchIndex, find_spans, fold


def test_folding_ignores_case_and_diacritics() -> None:
    assert fold("Ëën Cyberveiligheid")[0] == "een cyberveiligheid"


def test_parts_of_words_are_found_and_grouped_by_plate(library: PlateLibrary) -> None:
    hits = SearchIndex(library).search("cyber")
    order = ["smjp", "strategie", "meerjarenplan", "programmas", ""]  # chapters last
    plates = [h.plate_id for h in hits]
    assert plates == sorted(plates, key=order.index)
    found = {(h.plate_id, h.target) for h in hits}
    assert ("programmas", "cyberveiligheid") in found
    assert ("strategie", "cyberveiligheid-programma") in found


def test_labels_rank_before_texts_that_only_mention_it(library: PlateLibrary) -> None:
    hits = [h for h in SearchIndex(library).search("npuls") if h.plate_id == "programmas"]
    assert hits[0].target == "npuls"


def test_e_finds_e_with_diaeresis_and_snippets_show_the_words_around(library: PlateLibrary) -> None:
    hits = SearchIndex(library).search("heroriëntatie")
    hits_plain = SearchIndex(library).search("heroorientatie".replace("oo", "o"))
    assert [h.target for h in hits] == [h.target for h in hits_plain] == ["student-regie-data"]
    assert "heroriëntatie op de opslag" in hits[0].snippet


def test_all_words_must_match_and_chapters_are_searched(library: PlateLibrary) -> None:
    index = SearchIndex(library)
    assert {h.target for h in index.search("Drift transitieagenda")} == {
        "verder-vooruitkijken",
        "bronnen",
    }
    assert [h.target for h in index.search("Drift friskijkers")] == ["verder-vooruitkijken"]
    assert index.search("zzzqqq") == []
    assert index.search("") == []


def test_spans_for_highlighting_point_at_the_original_letters() -> None:
    text = "Digitale geletterdheid en privacybescherming; een digitale heroriëntatie"
    spans = find_spans(text, "DIGITALE orientatie")
    assert [text[a:b] for a, b in spans] == ["Digitale", "digitale", "oriëntatie"]


def test_a_hit_in_a_label_shows_what_the_element_is_not_the_label_again(
    library: PlateLibrary,
) -> None:
    hits = SearchIndex(library).search("Cyberveiligheid")
    hit = next(h for h in hits if (h.plate_id, h.target) == ("programmas", "cyberveiligheid"))
    assert hit.snippet.startswith("Het programma Cyberveiligheid is een vijf jaar durend")


@pytest.mark.parametrize("query", ["npuls", "cyber", "data", "leermiddelen", "edu-v", "regie"])
def test_every_hit_shows_the_searched_word(library, query: str) -> None:
    from app.model.search import SearchIndex, fold

    hits = SearchIndex(library).search(query)
    assert hits
    for hit in hits:
        shown = fold(hit.title + " " + hit.snippet)[0]
        assert all(word in shown for word in fold(query)[0].split()), hit


def test_a_title_hit_shows_the_words_where_the_text_has_them(library) -> None:
    from app.model.search import SearchIndex

    hit = next(h for h in SearchIndex(library).search("cyber") if h.title.startswith("Nulmetingen"))
    assert "Cyberveiligheid" in hit.snippet
