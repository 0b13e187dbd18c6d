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


def test_part_of_names_the_stage_without_its_colon(library: PlateLibrary) -> None:
    plate = library.plate(1)
    text = element_markdown(library, plate, plate.element("leven-lang-ontwikkelen"))
    assert "[2. De route]" in text
    assert ":]" not in text and "route:," not in text


def test_a_paragraph_the_guide_already_says_is_shown_once(library: PlateLibrary) -> None:
    plate = library.plate("programmas")
    text = element_markdown(library, plate, plate.element("npuls"))
    assert text.count("Npuls is een breed programma waarin alle publieke mbo-scholen") == 1
    # a card whose words the guide's text does not repeat keeps them
    smjp = library.plate(1)
    card = element_markdown(library, smjp, smjp.element("kansrijk-opleiden"))
    assert "**Elk talent kan kiezen" in card


def test_the_foreword_points_to_the_chapter_bronnen(library: PlateLibrary) -> None:
    from app.model.guide_text import chapter_id_of

    foreword = library.chapter("voorwoord").markdown
    assert "(zie [bronnen](overzicht:hoofdstuk/bronnen), pagina 31)" in foreword
    ref = parse_element_link("overzicht:hoofdstuk/bronnen")
    assert ref is not None and chapter_id_of(ref) == "bronnen"
    assert chapter_id_of(ElementRef("smjp", "stage-doel")) is None
