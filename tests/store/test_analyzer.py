from marsad.store import analyzer
from marsad.store.query import parse, snippet


def test_article_and_clitics_before_it_are_stripped_at_index_time():
    forms = ["معاهدة", "المعاهدة", "والمعاهدة", "للمعاهدة", "بالمعاهدة", "وللمعاهدة", "مُعَاهَدَةٌ"]
    assert {analyzer.word_term(w) for w in forms} == {"معاهده"}


def test_a_bare_leading_letter_is_kept_at_index_time_and_varied_at_query_time():
    # وزير and بيان begin with clitic letters that are part of the word.
    assert analyzer.word_term("وزير") == "وزير"
    assert analyzer.word_term("ووزير") == "ووزير"
    assert analyzer.word_term("ووزير") in analyzer.query_variants("وزير")
    assert analyzer.word_term("لبيان") in analyzer.query_variants("بيان")
    assert analyzer.word_term("لمعاهدة") in analyzer.query_variants("المعاهدة")


def test_light_suffixes_and_names_kept_whole():
    assert analyzer.word_term("بيانات") == analyzer.word_term("بيان")
    # Nisba forms meet each other, not the noun they derive from (Saudi is not Saud) ...
    assert {analyzer.word_term(w) for w in ["السعودي", "سعوديون", "السعوديين", "سعوديات"]} == {"سعودي"}
    assert analyzer.word_term("سعود") not in {analyzer.word_term("السعودية"), analyzer.word_term("السعودي")}
    # ... and a treaty is not institutes (teh marbuta kept).
    assert analyzer.word_term("معاهدة") != analyzer.word_term("معاهد")
    assert analyzer.word_term("البحرين") != analyzer.word_term("البحر")
    assert analyzer.word_term("لبنان") == "لبنان"


def test_words_that_only_look_like_the_article():
    assert analyzer.strip_article("الله") == "الله"
    assert analyzer.strip_article("الذي") == "الذي"
    assert analyzer.strip_article("والي") == "والي"      # و + ال + one letter is not a reading


def test_terms_keep_original_offsets():
    text = "وأكدت الرياض أن والمعاهدة نافذة منذ ٢٠١٥."
    found = analyzer.terms(text)
    assert [(t.term, text[t.start:t.end]) for t in found][3] == ("معاهده", "والمعاهدة")
    assert found[-1].term == "2015" and text[found[-1].start:found[-1].end] == "٢٠١٥"


def test_query_phrases_words_exclusions_and_stop_words():
    q = parse('"وزير الخارجية" في الرياض -طهران')
    assert len(q.phrases) == 1 and q.phrases[0][1] == ["خارجيه"]
    assert [w[0] for w in q.words] == ["رياض"]                 # في dropped
    assert q.excluded == [analyzer.query_variants("طهران")]
    expr = q.fts()
    assert '"وزير خارجيه" OR "بوزير خارجيه"' in expr and expr.index("رياض") < expr.index(" NOT (")


def test_snippet_highlights_every_matched_form():
    text = "عنوان الخبر\n\nوقّعت الدول على المعاهدة أمس، وقال الوزير إن والمعاهدة   تحمي الحدود."
    snip, marks = snippet(text, [(0, len(text))], parse("معاهدة"))
    assert [snip[s:e] for s, e in marks] == ["المعاهدة", "والمعاهدة"]
    assert "  " not in snip and "\n" not in snip


def test_snippet_marks_a_phrase_as_one_range():
    text = "قال وزير الخارجية السعودي إن المملكة ترحب بالاتفاق."
    snip, marks = snippet(text, [(0, len(text))], parse('"وزير الخارجية"'))
    assert [snip[s:e] for s, e in marks] == ["وزير الخارجية"]


def test_snippet_finds_a_match_deep_in_a_long_article():
    filler = "وتناول الاجتماع عددا من الموضوعات ذات الاهتمام المشترك بين البلدين.\n\n" * 40
    text = filler + "وأكد الوزير أن   المعاهدة ستوقع قريبا." + filler
    snip, marks = snippet(text, [(0, len(text))], parse("معاهدة"))
    assert [snip[s:e] for s, e in marks] == ["المعاهدة"]
    assert snip.startswith("… ") and snip.endswith(" …") and "أن المعاهدة" in snip


def test_snippet_is_not_fooled_by_letters_inside_other_words():
    # سعود is inside مسعود (no match) long before the word itself.
    text = "استقبل مسعود البارزاني الوفد. " + "وناقش الجانبان التعاون الاقتصادي والتجاري بين الإقليم والمملكة. " * 12 \
        + "وحضر اللقاء الأمير سعود الفيصل."
    snip, marks = snippet(text, [(0, len(text))], parse("سعود"))
    assert [snip[s:e] for s, e in marks] == ["سعود"]
