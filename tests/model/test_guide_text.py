from app.model.guide_text import element_markdown, escape, parse_element_link, plate_markdown
from app.model.library import ElementRef, PlateLibrary


def test_labels_are_escaped_so_they_cannot_make_links_or_html() -> None:
    assert escape("[klik](javascript:x)") == r"\[klik\](javascript:x)"
    assert escape("2026-11-30 (teamleider)") == "2026-11-30 (teamleider)"
    assert escape("<img src=x>") == r"\<img src=x\>"


def test_element_links_round_trip() -> None:
    assert parse_element_link("overzicht:programmas/npuls") == ElementRef("programmas", "npuls")
    assert parse_element_link("https://npuls.nl") is None
    assert parse_element_link("overzicht:zonder-element") is None


def test_element_text_has_the_guides_words_and_its_relations(library: PlateLibrary) -> None:
    plate = library.plate("strategie")
    text = element_markdown(library, plate, plate.element("npuls"))
    assert "Npuls is een groot programma, dat met groeifondsmiddelen wordt uitgevoerd." in text
    assert "(overzicht:programmas/npuls)" in text  # same thing on plate 4
    assert "(overzicht:strategie/digitale-transformatie)" in text


def test_plate_text_is_the_guides_introduction(library: PlateLibrary) -> None:
    plate = library.plate(1)
    text = plate_markdown(plate)
    assert "Het Strategisch Meerjaren Perspectief (SMJP) van de MBO Raad" in text
    assert "draai de plaat eens op z’n kop" in text
