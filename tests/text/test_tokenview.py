from marsad.annotators import default_pipeline
from marsad.annotators.boilerplate import split_paragraphs
from marsad.annotators.segment import segment
from marsad.document import Document
from marsad.text.lexicon import Lexicon
from marsad.pipeline import Pipeline
from marsad.text.tokenview import fold_word, readings_of, token_view

SEGMENT = Pipeline([split_paragraphs, segment])
TEXT = "وقال وزيرُ الخارجيّة للصحفيين في الرياض إنّ المفاوضات ستُستأنف."


def view_of(text):
    return token_view(SEGMENT(Document(text)))


def test_every_token_is_folded_once_with_its_offsets():
    view = view_of(TEXT)
    words = [(view.tokens[i].text, view.forms[i]) for i in range(len(view))]
    assert words[:4] == [("وقال", "وقال"), ("وزيرُ", "وزير"), ("الخارجيّة", "الخارجيه"), ("للصحفيين", "للصحفيين")]
    i = view.index_at(TEXT.index("الرياض"))
    assert view.tokens[i].text == "الرياض" and TEXT[view.starts[i]:view.ends[i]] == "الرياض"
    assert view.span(1, 3).text == "وزيرُ الخارجيّة"
    assert view.bare(0) == "قال" and view.form(len(view)) == ""
    assert [view.tokens[k].text for k in view.covering(TEXT.index("في"), TEXT.index("إنّ"))] == ["في", "الرياض"]


def test_presentation_forms_fold_like_their_letters():
    assert fold_word("أﻥ") == fold_word("أن") == "ان"


def test_readings_strip_proclitics_and_map_back_to_the_token():
    view = view_of(TEXT)
    i = view.index_at(TEXT.index("للصحفيين"))
    readings = view.readings(i)
    assert readings[0].stem == "صحفيين" and readings[0].lookup == "الصحفيين"
    assert view.reading_span(i, readings[0], with_article=False).text == "صحفيين"
    assert readings[-1].stem == "للصحفيين" and not readings[-1].stripped
    assert readings_of("للصحفيين") is readings_of("للصحفيين")         # memoised per word type


def test_lexicon_questions_read_the_folded_form():
    verbs = Lexicon("test.verbs", ["قال", "أكد"])
    places = Lexicon("test.places", ["الرياض"])
    view = view_of(TEXT)
    assert not view.has(0, verbs) and view.bare_has(0, verbs)
    riyadh = view.index_at(TEXT.index("الرياض"))
    assert view.has(riyadh, places) and "test.places" in view.flags(riyadh)
    assert "test.verbs" in view.flags(0)


def test_the_view_follows_the_tokens_layer():
    doc = default_pipeline()(Document(TEXT))
    first = token_view(doc)
    assert token_view(doc) is first
    assert len(first) == len(doc.layer("tokens"))
    empty = token_view(Document(TEXT))
    assert len(empty) == 0


def test_a_sentence_window_shares_the_folded_forms_and_numbers_its_tokens_from_zero():
    text = "وصل الوفد إلى الرياض. وقال وزيرُ الخارجيّة للصحفيين إنّ المفاوضات مستمرة."
    view = view_of(text)
    second = view.index_at(text.index("وقال"))
    window = view.window(second, len(view))
    assert window.tokens[0].text == "وقال" and window.forms[1] == "وزير" and window[1] is view[second + 1]
    assert window.starting_at[text.index("الخارجيّة")] == 2 and window.ending_at[text.index("الخارجيّة") + 9] == 2
    joined = type(view).joined(view.doc, [view.window(0, second), window])
    assert joined.forms == view.forms and list(joined) == list(view.tokens)
    assert window.cached("key", lambda: 1) == 1 and window.cached("key", lambda: 2) == 1


def test_clitic_forms_give_each_reading_with_the_characters_cut():
    view = view_of("واجتمع بمنطقة عسير مع وفد للسعودية وللكويت.")
    forms = {view.tokens[i].text: view.clitic_forms(i) for i in range(len(view))}
    assert forms["بمنطقة"] == (("بمنطقه", 0), ("منطقه", 1))
    assert ("السعوديه", 0) in forms["للسعودية"]            # ل + (ا)لسعودية: no substring spells السعودية
    assert ("الكويت", 1) in forms["وللكويت"]                 # so only the conjunction is cut
    assert forms["عسير"] == (("عسير", 0),) and forms["مع"] == (("مع", 0),)
    heads = Lexicon("test.region_heads", ["منطقة"])
    i = view.index_at(view.doc.text.index("بمنطقة"))
    assert view.head_in(i, heads) == 1 and view.head_in(i + 1, heads) is None
    assert view.doc.text[view.starts[i] + 1:view.ends[i]] == "منطقة"


def test_fold_words_folds_a_phrase_word_by_word():
    from marsad.text.tokenview import fold_words
    assert fold_words("الهيئة  العامة\nللسياحة") == ("الهييه", "العامه", "للسياحه")
