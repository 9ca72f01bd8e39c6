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
