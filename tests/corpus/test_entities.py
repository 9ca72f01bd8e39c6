from marsad.corpus.entities import entity_id, normalise_name, person_key


def test_full_and_short_forms_of_a_person_are_one_id():
    assert entity_id("PER", "عادل بن أحمد الجبير") == entity_id("PER", "عادل الجبير") == "PER:عادل الجبير"
    assert entity_id("PER", "", key="عادل بن احمد جبير") == "PER:عادل جبير"
    assert entity_id("PER", "سلمان بن عبدالعزيز آل سعود") == "PER:سلمان ال سعود"


def test_a_name_that_is_only_a_chain_stays_whole():
    assert entity_id("PER", "محمد بن سلمان") == "PER:محمد بن سلمان"
    assert person_key(["عبدالله", "بن", "عبدالعزيز"]) == ["عبدالله", "بن", "عبدالعزيز"]
    assert person_key(["عبدالله", "بن", "عبدالعزيز", "الربيعه"]) == ["عبدالله", "الربيعه"]


def test_linked_and_other_entities_keep_their_keys():
    assert entity_id("PER", "عادل بن أحمد الجبير", key="kb:adel-al-jubeir") == "PER:kb:adel-al-jubeir"
    assert entity_id("LOC", "المملكة العربية السعودية", key="SA") == "LOC:SA"
    assert entity_id("ORG", "وزارة الداخلية") == f"ORG:{normalise_name('وزارة الداخلية')}"
