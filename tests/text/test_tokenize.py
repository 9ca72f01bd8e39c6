from marsad.text.tokenize import tokenize, words


def spans(text):
    return [(t.text, t.kind) for t in tokenize(text)]


def test_arabic_words_and_punctuation_keep_their_offsets():
    text = "قال بوتين: “هناك المادة الرابعة هناك”."
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.text for t in words(toks)] == ["قال", "بوتين", "هناك", "المادة", "الرابعة", "هناك"]
    assert [t.text for t in toks if t.kind == "punct"] == [":", "“", "”", "."]


def test_latin_runs_stay_whole():
    assert ("KN-23", "latin") in spans("الصواريخ الباليستية من طراز KN-23، والتي رافقها")
    assert ("WWW.GOSI.GOV.SA", "latin") in spans("عبر الدخول الى الموقع الالكتروني WWW.GOSI.GOV.SA واختيار")


def test_numbers_keep_their_separators_in_every_digit_set():
    assert ("10.000", "number") in spans("تصل إلى مبلغ 10.000 ريال ،إضافة")
    assert ("١٢٫٥", "number") in spans("ارتفع المؤشر ١٢٫٥ نقطة")
    assert ("٣٬٥٠٠", "number") in spans("قتل ٣٬٥٠٠ شخص")
    assert ("۱۲", "number") in spans("۱۲ ألف جندي")
    # a comma after a number is punctuation, not a separator
    assert spans("في 2015، قال") == [("في", "word"), ("2015", "number"), ("،", "punct"), ("قال", "word")]


def test_diacritics_and_tatweel_stay_inside_the_word():
    assert spans("أَعْلَنَتْ الصحـــة") == [("أَعْلَنَتْ", "word"), ("الصحـــة", "word")]


def test_tokenize_a_range_of_the_text():
    text = "سطر أول\nسطر ثان"
    toks = tokenize(text, 8, len(text))
    assert [t.text for t in toks] == ["سطر", "ثان"]
    assert toks[0].start == 8
