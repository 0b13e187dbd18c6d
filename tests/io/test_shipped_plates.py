"""Every shipped plate against the guide's structure, and the guide against the plates."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.io import yaml_source
from app.io.paths import shipped_plate_files
from app.io.plate_file import read_plate
from app.model.plate import AnswerShape, ElementKind
from tests import faithfulness

EXPECTED = {
    1: ("smjp", "Strategisch Meerjaren Perspectief 2022-2030"),
    2: ("strategie", "Strategie digitalisering in het mbo"),
    3: ("meerjarenplan", "Meerjarenplan MBO Digitaal"),
    4: ("programmas", "De 4 grote programma’s"),
}


def test_the_four_plates_are_there(library) -> None:
    assert {(p.number, p.id, p.title) for p in library.plates} == {
        (n, pid, title) for n, (pid, title) in EXPECTED.items()
    }
    assert [c.id for c in library.chapters] == ["voorwoord", "verder-vooruitkijken", "bronnen"]


def children_labels(plate, container: str) -> list[str]:
    return [e.label for e in plate.children(container)]


def test_plate_1_has_three_stages_across_three_domains(library) -> None:
    plate = library.plate(1)
    stages = [e.id for e in plate.elements if e.id.startswith("stage-")]
    assert stages == ["stage-basis", "stage-route", "stage-doel"]
    assert [e.label for e in plate.elements if e.role == "domain"] == [
        "Mbo & Arbeidsmarkt",
        "Mbo & Samenleving",
        "Mbo & Kwaliteit",
    ]
    assert len(plate.children("stage-basis")) == 4
    assert len(plate.children("stage-route")) == 7
    assert children_labels(plate, "stage-doel") == [
        "Sterke arbeidsmarkt",
        "Sterke samenleving",
        "Eigentijds mbo",
    ]
    marked = {e.label for e in plate.elements if e.marked}
    assert marked == {
        "Met relevante data",
        "Met onderzoek, innovatie en digitalisering",
        "Leven lang ontwikkelen",
        "Eigentijds mbo",
    }
    assert "draai de plaat eens op z’n kop en begin bij het doel" in plate.tips[0]
    kinds = [(r.source_id, r.target_id) for r in plate.relations]
    assert kinds == [("stage-basis", "stage-route"), ("stage-route", "stage-doel")]


def test_plate_2_has_levels_ring_choices_and_conditions(library) -> None:
    plate = library.plate(2)
    assert len(plate.children("level-student")) == 3
    assert len(plate.children("level-docent")) == 3
    assert len(plate.children("level-school")) == 4
    assert set(children_labels(plate, "programma-ring")) >= {
        "Npuls",
        "Edu-V leermiddelen",
        "Digitaal bekwaam",
        "Cyberveiligheid",
    }
    assert children_labels(plate, "basisvoorwaarden") == [
        "Veranderaanpak:",
        "Samenwerking & collectiviteit",
        "Ketens & Netwerken",
        "Cyberveiligheid",
    ]
    assert plate.element("optimalisatie").text == "Huidige onderwijsorganisatie verbeteren."
    assert plate.element("mbo-in-transitie").text.startswith("Het mbo streeft naar")
    questions = [q.text for q in plate.worksheet.questions]
    assert questions == [
        "Waar in jouw organisatie ben je bezig met optimalisatie?",
        "Waar in jouw organisatie ben je bezig met transformatie?",
        "En hoe verhoudt innovatie zich tot deze twee?",
    ]
    assert all(q.answer == AnswerShape.TEXT for q in plate.worksheet.questions)


def test_plate_3_has_goal_tracks_and_the_three_lists(library) -> None:
    plate = library.plate(3)
    assert plate.element("doel").text.startswith("Onderwijskwaliteit, flexibilisering")
    tracks = ["visie-strategie", "governance", "inhoudelijke-themas", "evaluatie-monitoring"]
    for track in tracks:
        assert plate.element(track).kind == ElementKind.REGION
    for track in ("visie", "governance", "school", "docent", "student"):
        assert "collectief" in plate.element(f"{track}-collectief").inside
        assert "individueel" in plate.element(f"{track}-individueel").inside
    assert len(plate.children("wanneer-collectief")) == 5
    assert len(plate.children("succesfactoren")) == 9
    assert len(plate.children("wat-doet-mbo-digitaal")) == 8
    (question,) = plate.worksheet.questions
    assert [f.label for f in question.fields] == [
        "We doen zelf:",
        "We doen samen:",
        "Wat we samen willen gaan doen:",
    ]
    assert question.answer == AnswerShape.LIST


def test_plate_4_stacks_the_programmes_with_npuls_on_top(library) -> None:
    plate = library.plate(4)
    tops = {
        pid: plate.element(pid).rect.y
        for pid in ("npuls", "edu-v", "digitaal-bekwaam", "cyberveiligheid")
    }
    assert tops["npuls"] < tops["edu-v"] == tops["digitaal-bekwaam"] < tops["cyberveiligheid"]
    assert len(plate.children("cyberveiligheid")) == 6
    relations = {(r.source_id, r.target_id) for r in plate.relations}
    assert ("edu-v", "npuls-digitale-leermaterialen") in relations
    assert ("digitaal-bekwaam", "npuls-kennisinfrastructuur") in relations
    (question,) = plate.worksheet.questions
    assert question.answer == AnswerShape.PEOPLE
    assert [f.id for f in question.fields] == [
        "npuls",
        "edu-v",
        "digitaal-bekwaam",
        "cyberveiligheid",
    ]
    assert "Npuls.nl/contact" in question.fields[0].hint


def test_every_text_is_non_empty_and_every_relation_end_exists(library) -> None:
    for plate in library.plates:
        ids = {e.id for e in plate.elements}
        assert plate.intro.strip()
        for element in plate.elements:
            assert element.label.strip(), element.id
            assert element.rect is not None, element.id
        for relation in plate.relations:
            assert relation.source_id in ids
            assert relation.crosses_plates or relation.target_id in ids
    assert not library.resolve_links()


@pytest.mark.parametrize("path", shipped_plate_files(), ids=lambda p: p.name)
def test_shipped_plates_load_the_same_with_the_pure_python_loader(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_c = read_plate(path)
    monkeypatch.setattr(yaml_source, "SafeLoader", yaml.SafeLoader)
    assert read_plate(path) == with_c


# Places where the PDF's text runs a heading into a line; the words are all in
# the plates, only not in this order.
PDF_FRAGMENTS = {
    "mbo digitaal dat zijn we allemaal digitalisering in het onderwijs",
    "strategie digitalisering in het mbo met de digitaliseringsstrategie dragen we bij aan al deze doelstellingen",
    "meerjarenplan mbo digitaal onderwijskwaliteit flexibilisering en gelijke kansen voor studenten bevorderen",
    "programma s en projecten voor de landelijke visie strategie",
    "de grote programma s aan de slag",
    "verder vooruitkijken samen werken aan talent",
    "bronnen de overzichtsplaten zijn gebaseerd op onderstaande documenten",
    "bij praatplaten moet je ook praten om de plaat écht goed te begrijpen tip",
    # short runs: the chapter's title and first heading on one line ("Voorwoord",
    # "Keep it simple"); plate 1's column names side by side; the ring's letters and
    # names as the PDF scattered them ("P R GR MA", "NpulsNpuls Npuls"), one element
    # per programme in the app; plate 2's footer link running into the worksheet's
    # title; plate 3's broken-off introduction running into DOEL; one column heading
    # the PDF printed without its hyphen ("Mbo scholen"; everywhere else "Mbo-scholen")
    "voorwoord keep it simple",
    "mbo arbeidsmarkt mbo samenleving",
    "p r gr ma",
    "pr og",
    "npulsnpuls npuls",
    "mbodigitaal nl aan de slag",
    "om de digitaliseringsstrategie overzichtsplaat doel",
    "mbo scholen individueel",
}


@pytest.mark.skipif(
    not faithfulness.SEED.exists(), reason="the guide's text is not beside the repo"
)
def test_every_sentence_of_the_guide_is_in_the_app(library) -> None:
    corpus = faithfulness.library_corpus(library)
    # every sentence, short ones too ("Voorbeelden van evaluatie en monitoring:")
    sentences = faithfulness.guide_sentences(1, 1397, min_words=1)
    assert len(sentences) > 600
    missing = [
        s for s in sentences if s not in PDF_FRAGMENTS and faithfulness.coverage(s, corpus) < 1.0
    ]
    assert missing == []


@pytest.mark.skipif(
    not faithfulness.SEED.exists(), reason="the guide's text is not beside the repo"
)
def test_every_footnote_url_is_a_real_link(library) -> None:
    import re

    seed = faithfulness.SEED.read_text(encoding="utf-8")
    urls = set(re.findall(r"https://\S+", seed))
    text = "\n".join(
        [e.guide for p in library.plates for e in p.elements]
        + [c.markdown for c in library.chapters]
    )
    for url in urls:
        assert f"]({url})" in text, url


@pytest.mark.skipif(
    not faithfulness.SEED.exists(), reason="the guide's text is not beside the repo"
)
def test_relation_labels_quote_the_guide_word_for_word(library) -> None:
    """The panel shows a relation's label in italics, as the guide's words: it must be them."""
    guide = faithfulness.normalise(faithfulness.seed_text())
    for plate in library.plates:
        for relation in plate.relations:
            if relation.label:
                assert faithfulness.normalise(relation.label) in guide, (plate.id, relation.id)


def _pieces(markdown: str) -> list[str]:
    import re

    markdown = re.sub(r"\]\([^)]*\)", "]", markdown)  # a link's words, not its address
    parts = re.split(r"\n+|(?<=[.?!:;])\s+", markdown)
    return [p for p in (faithfulness.correct(faithfulness.normalise(x)) for x in parts) if p]


@pytest.mark.skipif(
    not faithfulness.SEED.exists(), reason="the guide's text is not beside the repo"
)
def test_everything_shown_as_the_guides_text_is_the_guides_text(library) -> None:
    """Nothing invented is passed off as the guide's: every sentence, label, question,
    hint and chapter line the plates hold is found word for word in the guide."""
    guide = faithfulness.correct(faithfulness.normalise(faithfulness.seed_text()))
    texts: list[tuple[str, str]] = []
    for plate in library.plates:
        texts += [(plate.id, plate.title), (plate.id, plate.intro)]
        texts += [(plate.id, tip) for tip in plate.tips]
        for e in plate.elements:
            texts += [(e.id, e.label), (e.id, e.text), (e.id, e.guide)]
        texts += [(plate.id, step.caption) for step in plate.tour]
        if plate.worksheet:
            texts += [(plate.id, plate.worksheet.title), (plate.id, plate.worksheet.intro)]
            for q in plate.worksheet.questions:
                texts.append((q.id, q.text))
                texts += [(f.id, f"{f.label}\n{f.hint}") for f in q.fields]
    texts += [(c.id, f"{c.title}\n{c.markdown}") for c in library.chapters]
    invented = [
        (where, piece) for where, text in texts for piece in _pieces(text) if piece not in guide
    ]
    assert invented == []


def test_every_plate_has_a_tour_and_plate_1_starts_at_the_goal(library) -> None:
    for plate in library.plates:
        assert len(plate.tour) >= 4, plate.id
        ids = {e.id for e in plate.elements}
        assert all(set(step.elements) <= ids for step in plate.tour)
    assert library.plate(1).tour[0].elements == ("stage-doel",)
