from marsad.annotators.entities.gazetteer import find_places, key_of, places


def test_gazetteer_holds_every_cldr_territory():
    from babel import Locale
    table = places()
    keys = {p.key for p in table.values()}
    territories = Locale("ar").territories
    assert len(territories) == 294
    missing = [code for code in territories if code not in keys]
    assert missing == []


def test_matches_are_clitic_aware_and_longest():
    words = "وصل الوفد إلى بيونغ يانغ قادما من لأوكرانيا وللسعودية والولايات المتحدة الأمريكية".split()
    found = [(m.start, m.end, m.place.key, m.clitic) for m in find_places(words)]
    assert found == [(3, 5, "KP:Pyongyang", 0), (7, 8, "UA", 1), (8, 9, "SA", 1), (9, 12, "US", 1)]
    assert words[7][1:] == "أوكرانيا"
    assert words[8][1:] == "للسعودية"      # ل + (ا)ل: the alef is elided, the ل of the article stays


def test_keys_of_formal_and_short_names_agree():
    assert key_of("المملكة العربية السعودية") == key_of("السعودية") == "SA"
    assert key_of("كوريا الشمالية") == key_of("جمهورية كوريا الشعبية الديمقراطية") == "KP"
    assert key_of("موسكو") == "RU:Moscow"
    assert key_of("الرياض") == "SA:Riyadh"
    assert key_of("بوتين") is None


def test_first_level_divisions_are_places_in_a_place_context_only():
    from marsad.annotators.boilerplate import split_paragraphs
    from marsad.annotators.entities import entities
    from marsad.annotators.entities.gazetteer import cities, find_cities
    from marsad.annotators.segment import segment
    from marsad.document import Document
    from marsad.layers import ENTITIES
    from marsad.pipeline import Pipeline
    def run(text):
        doc = Pipeline([split_paragraphs, segment, entities])(Document(text))
        found = [(m.start, m.end, m.text, m.label) for m in doc.layer(ENTITIES)]
        for s, e, t, _ in found:
            assert text[s:e] == t
        return found

    text = "زار أمير القصيم المعرض، ثم توجه الوفد إلى مستشفى بمنطقة عسير."
    found = run(text)
    q, a = text.index("القصيم"), text.index("عسير")
    assert (q, q + 6, "القصيم", "LOC") in found
    assert (a, a + 4, "عسير", "LOC") in found
    assert not [f for f in run("وقال المدرب إن الموقف عسير على الفريق.") if f[2] == "عسير"]   # hard: no place
    # the tagger's features read GeoNames' cities alone, as the shipped model was trained
    assert ("عسير",) not in cities() and find_cities(["عسير"]) == []
