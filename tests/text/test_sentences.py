from marsad.text.sentences import split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


def test_sentences_end_at_periods_and_question_marks():
    text = "وشكك الخبراء الغربيون في قرار بوتين بتفعيل المعاهدة. ووصف جيمس نيكسي ذلك بأنه تهديد؟! وأضاف أمرا آخر"
    assert texts(text) == ["وشكك الخبراء الغربيون في قرار بوتين بتفعيل المعاهدة.",
                           "ووصف جيمس نيكسي ذلك بأنه تهديد؟!", "وأضاف أمرا آخر"]


def test_a_closing_quote_stays_with_its_sentence():
    text = "قال بوتين: “هناك المادة الرابعة هناك”. وأضاف: “ماذا وكيف سنفعل”."
    assert texts(text) == ["قال بوتين: “هناك المادة الرابعة هناك”.", "وأضاف: “ماذا وكيف سنفعل”."]


def test_periods_inside_numbers_urls_and_titles_do_not_split():
    text = "تصل المخالفات إلى مبلغ 10.000 ريال عبر WWW.GOSI.GOV.SA وقال د. محمد العلي إن الأمر مهم."
    assert len(texts(text)) == 1


def test_line_breaks_end_sentences_and_offsets_point_into_the_text():
    text = "العنوان بلا نقطة\nالفقرة الأولى. الثانية"
    spans = split_sentences(text)
    assert [s.text for s in spans] == ["العنوان بلا نقطة", "الفقرة الأولى.", "الثانية"]
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_a_period_glued_to_the_next_arabic_word_splits():
    text = "وقال إن المجلس سيبقى مستقلًا.وصفت الصحيفة القرار بأنه مفاجئ."
    assert texts(text) == ["وقال إن المجلس سيبقى مستقلًا.", "وصفت الصحيفة القرار بأنه مفاجئ."]
    # but not inside Latin runs or numbers
    assert len(texts("زار الموقع WWW.GOSI.GOV.SA وبلغ المؤشر 10.5 نقطة.")) == 1
