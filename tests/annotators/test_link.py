import marsad


def clusters(text):
    record = marsad.to_record(marsad.analyze(text))
    return record, {c["name"]: c for c in record["clusters"].values()}


def test_a_person_links_whatever_form_the_article_uses():
    _, short = clusters("وقال وزير الخارجية عادل الجبير للصحفيين إن المملكة ترحب بالاتفاق.")
    _, full = clusters("وأكد عادل بن أحمد الجبير أن الرياض تدعم الحل السياسي في اليمن.")
    assert short["عادل الجبير"]["kb"] == full["عادل بن أحمد الجبير"]["kb"] == "adel-al-jubeir"
    assert short["عادل الجبير"]["key"] == full["عادل بن أحمد الجبير"]["key"] == "kb:adel-al-jubeir"
    assert full["عادل بن أحمد الجبير"]["english"] == "Adel al-Jubeir"


def test_places_keep_their_gazetteer_key_and_gain_an_english_name():
    _, found = clusters("وصل الوفد إلى الرياض قادما من القاهرة مساء الخميس.")
    riyadh = found["الرياض"]
    assert riyadh["key"] == "SA:Riyadh" and riyadh["english"] == "Riyadh" and riyadh["country"] == "SA"


def test_a_generic_ministry_links_only_in_an_article_about_its_country():
    _, saudi = clusters("أعلنت وزارة الداخلية عن ضبط عصابة في الرياض.")
    _, other = clusters("أعلنت وزارة الداخلية عن ضبط عصابة في الخرطوم.")
    assert saudi["وزارة الداخلية"].get("kb") == "saudi-ministry-of-interior"
    assert "kb" not in other["وزارة الداخلية"]


def test_unknown_names_stay_unlinked_and_the_record_round_trips():
    record, found = clusters("وقال المزارع سالم العتيبي إن محصول التمر تضاعف هذا العام.")
    assert "kb" not in found["سالم العتيبي"]
    again = marsad.to_record(marsad.from_record(record))
    assert again["clusters"] == record["clusters"]


def test_a_title_before_the_mention_links_a_name_known_only_with_it():
    text = "واستقبل الملك حسين الوفد في عمان."
    record, found = clusters(text)
    (m,) = [m for m in record["entities"] if m["label"] == "PER"]
    assert (m["start"], m["end"], text[m["start"]:m["end"]]) == (14, 18, "حسين")
    assert found["حسين"]["kb"] == "hussein-bin-talal"
    _, other = clusters("وقال المزارع حسين العلي إن المحصول تضاعف.")
    assert "kb" not in other["حسين العلي"]


def test_a_bare_surname_links_no_one_a_title_made_it_from():
    # `قايد صالح` (Ahmed Gaid Salah) once read as `صالح`: every Saleh of Yemen news linked to him
    text = "وكرر صالح اتهاماته للحكومة في صنعاء."
    record, found = clusters(text)
    (m,) = [m for m in record["entities"] if m["label"] == "PER"]
    assert (m["start"], m["end"], text[m["start"]:m["end"]]) == (5, 9, "صالح")
    assert "kb" not in found["صالح"]
