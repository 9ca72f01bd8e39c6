from marsad.text.normalize import fold, normalize


def test_folding_keeps_an_offset_map_to_the_original():
    text = "أَعْلَنَتْ وزارةُ الصحـــة إحصاءات ٢٠٢٤"
    view = normalize(text)
    assert view.text == "اعلنت وزاره الصحه احصاءات 2024"
    # every view span maps back to the original characters it came from
    start = view.text.index("الصحه")
    s, e = view.to_original(start, start + len("الصحه"))
    assert text[s:e] == "الصحـــة"
    start = view.text.index("2024")
    assert view.span(start, start + 4).text == "٢٠٢٤"
    assert view.span(0, 5).text == "أَعْلَنَتْ"


def test_the_original_is_never_rewritten():
    text = "إلى المُستشفى"
    view = normalize(text)
    assert view.original is text
    assert text == "إلى المُستشفى"


def test_letter_variants_fold_to_one_key():
    assert fold("أوكرانيا") == fold("اوكرانيا") == fold("آوكرانيا")
    assert fold("مستشفى") == fold("مستشفي")
    assert fold("المعاهدة") == "المعاهده"
    assert fold("مسؤول") == "مسوول"
    assert fold("۱۲ ألف") == "12 الف"


def test_options_turn_single_folds_off():
    view = normalize("أُسرة", letters=False)
    assert view.text == "أسرة"
    view = normalize("١٢", digits=False)
    assert view.text == "١٢"


def test_text_without_anything_to_delete_maps_one_to_one():
    view = normalize("قال بوتين")
    assert view.to_original(4, 9) == (4, 9)
    assert view.to_original(3, 3) == (3, 3)
