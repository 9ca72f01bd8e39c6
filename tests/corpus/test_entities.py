from marsad.corpus.entities import corpus_name, entity_id, normalise_name, person_key


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


def test_a_given_name_alone_is_a_person_of_its_article_only():
    assert entity_id("PER", "محمد", article="a1") == "PER:محمد@a1" != entity_id("PER", "محمد", article="b2")
    assert entity_id("PER", "", key="فاطمه", article="a1") == "PER:فاطمه@a1"
    # a family name, a full name or a linked person is the same person in every article
    assert entity_id("PER", "العواجي", article="a1") == "PER:العواجي"
    assert entity_id("PER", "محمد الشميمري", article="a1") == "PER:محمد الشميمري"
    assert entity_id("PER", "محمد", key="kb:prophet-muhammad", article="a1") == "PER:kb:prophet-muhammad"


def test_a_linked_entity_is_named_by_the_knowledge_base_whatever_its_first_article_wrote():
    netanyahu = {"name": "نتنياهو لرانتشي", "label": "PER", "kb": "benjamin-netanyahu"}
    assert corpus_name(netanyahu) == "بنيامين نتنياهو"
    assert corpus_name({"name": "سالم العتيبي", "label": "PER"}) == "سالم العتيبي"
