from marsad.annotators.entities.article import propagate
from marsad.annotators.entities.mentions import Tagged, clitic_cut, groups, sentence_mentions
from marsad.annotators.entities.patterns import pattern_mentions
from marsad.annotators.entities.model import load
from marsad.layers import Mention
from tests.annotators.entities import view_of


def _tagged(text, tags_by_word):
    toks = view_of(text)
    tags = [tags_by_word.get(i, "O") for i in range(len(toks))]
    return Tagged(toks, tags, [0.9] * len(toks))


def _spans(mentions):
    return [(m.start, m.end, m.text, m.label) for m in mentions]


def test_leading_clitic_is_cut_from_places_and_names():
    text = "وأرسلت كوريا الشمالية جنودا لروسيا ووصل الوفد إلى موسكو وبيونغ يانغ لأوكرانيا"
    toks = view_of(text)
    vocab = load()
    cuts = {t.text: clitic_cut(t, vocab) for t in toks}
    assert cuts["لروسيا"] == 1 and cuts["وبيونغ"] == 1 and cuts["لأوكرانيا"] == 1
    assert cuts["موسكو"] == 0 and cuts["كوريا"] == 0
    tagged = Tagged(toks, ["O", "B-LOC", "I-LOC", "O", "B-LOC", "O", "O", "O", "B-LOC", "B-LOC", "I-LOC", "B-LOC"],
                    [0.9] * len(toks))
    found = _spans(sentence_mentions(tagged, tagged.tokens, vocab))
    texts = [f[2] for f in found]
    assert texts == ["كوريا الشمالية", "روسيا", "موسكو", "بيونغ يانغ", "أوكرانيا"]
    for start, end, sliced, _ in found:
        assert text[start:end] == sliced


def test_names_starting_with_clitic_letters_are_kept_whole():
    text = "والتقى بوتين وليد جنبلاط في بيروت"
    toks = view_of(text)
    vocab = load()
    assert clitic_cut(toks[1], vocab) == 0          # بوتين
    assert clitic_cut(toks[5], vocab) == 0          # بيروت


def test_titles_are_not_part_of_a_person():
    text = "وقال الرئيس الروسي فلاديمير بوتين إن الأمير محمد بن سلمان وصل"
    tagged = _tagged(text, {1: "B-PER", 2: "I-PER", 3: "I-PER", 4: "I-PER", 6: "B-PER", 7: "I-PER", 8: "I-PER",
                            9: "I-PER"})
    found = _spans(sentence_mentions(tagged, tagged.tokens, load()))
    assert [(f[2], f[3]) for f in found] == [("فلاديمير بوتين", "PER"), ("محمد بن سلمان", "PER")]
    assert text[found[0][0]:found[0][1]] == "فلاديمير بوتين"


def test_org_head_noun_joins_the_name_after_it():
    text = "درس في جامعة الملك سعود بالرياض"
    tagged = _tagged(text, {3: "B-PER", 4: "I-PER", 5: "B-LOC"})
    found = _spans(sentence_mentions(tagged, tagged.tokens, load()))
    assert (found[0][2], found[0][3]) == ("جامعة الملك سعود", "ORG")
    assert (found[1][2], found[1][3]) == ("الرياض", "LOC")


def test_a_definite_head_noun_joins_only_a_definite_name():
    # a definite noun is in no construct: the person after الوزارة is an apposition, the
    # adjective after الجيش agrees with it
    text = "وقال المتحدث باسم الوزارة سلام الدليمي إن الجيش الإسرائيلي انسحب"
    tagged = _tagged(text, {4: "B-PER", 5: "I-PER", 8: "B-LOC"})
    found = _spans(sentence_mentions(tagged, tagged.tokens, load()))
    start = text.index("سلام")
    assert found[0] == (start, start + len("سلام الدليمي"), "سلام الدليمي", "PER")
    assert text[found[0][0]:found[0][1]] == "سلام الدليمي"
    start = text.index("الجيش")
    assert found[1] == (start, start + len("الجيش الإسرائيلي"), "الجيش الإسرائيلي", "ORG")


def test_a_head_noun_takes_no_name_after_a_preposition():
    text = "ثم توجه الوفد إلى مستشفى بمنطقة عسير."
    tagged = _tagged(text, {5: "B-LOC", 6: "I-LOC"})
    found = _spans(sentence_mentions(tagged, tagged.tokens, load()))
    start = text.index("منطقة")
    assert found == [(start, start + len("منطقة عسير"), "منطقة عسير", "LOC")]


def test_a_stray_inside_tag_continues_the_name_before_it():
    assert groups(["O", "B-PER", "I-PER", "I-ORG", "I-ORG", "O", "I-LOC", "B-LOC"]) == [
        (1, 5, "PER"), (6, 7, "LOC"), (7, 8, "LOC")]


def test_a_definite_body_head_takes_no_name_as_its_genitive():
    text = "وقال المتحدث باسم الوزارة سلام الدليمي إن الحكومة أطلقت خطة"
    view = view_of(text)
    person = text.index("سلام")
    tagger = [Mention(person, person + len("سلام الدليمي"), text, "PER", None, 0.9)]
    assert [m.text for m in pattern_mentions(view, load(), tagger)] == []


def test_institution_patterns_become_organisations():
    text = "وقالت المخابرات الكورية الجنوبية إن الجيش الروسي ووزارة الداخلية السعودية أكدت ذلك"
    found = _spans(pattern_mentions(view_of(text), load()))
    assert [(f[2], f[3]) for f in found] == [("المخابرات الكورية الجنوبية", "ORG"), ("الجيش الروسي", "ORG"),
                                              ("وزارة الداخلية السعودية", "ORG")]
    for start, end, sliced, _ in found:
        assert text[start:end] == sliced


def test_repeated_names_are_found():
    text = "التقى بوتين وزير الخارجية. وقال لبوتين إن بوتين سيزور الصين"
    toks = view_of(text)
    first = Mention(6, 11, text, "PER", None, 0.9)
    more = propagate([first], toks, load())
    assert [(m.text, m.label) for m in more] == [("بوتين", "PER"), ("بوتين", "PER"), ("بوتين", "PER")]
    assert text[more[1].start - 1] == "ل"


def _at(text, name, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), text, label, None, 0.8)


def test_refine_drops_adjectives_currencies_dates_and_formulas():
    from marsad.annotators.entities.context import refine
    text = "وقال مسؤول باكستاني إن سعر الدولار ارتفع في غرة ذي القعدة رحمه الله"
    toks = view_of(text)
    found = [_at(text, "باكستاني", "PER"), _at(text, "الدولار", "MISC"), _at(text, "غرة ذي القعدة", "MISC"),
             _at(text, "رحمه الله", "ORG")]
    assert refine(found, toks, load()) == []


def test_refine_place_heads_and_group_nouns():
    from marsad.annotators.entities.context import refine
    text = "زار أمير منطقة عسير جامع الملك فيصل في أبها، وقال الأوروبيون إن الخبراء الغربيون في المنطقة الشرقية"
    toks = view_of(text)
    found = [_at(text, "عسير", "PER"), _at(text, "فيصل", "PER")]
    out = [(m.text, m.label) for m in refine(found, toks, load())]
    assert ("عسير", "LOC") in out                       # after a region head
    assert ("جامع الملك فيصل", "LOC") in out            # a facility head joins, behind the title
    assert ("الأوروبيون", "MISC") in out                # a group noun
    assert ("الغربيون", "MISC") not in out              # an adjective after a definite noun
    assert ("المنطقة الشرقية", "LOC") in out


def test_refine_splits_names_the_tagger_ran_together():
    from marsad.annotators.entities.context import refine
    text = "وأوضح المتحدث باسم الجمعية محمد بن سليمان الشويمان أن خادم الحرمين الملك سلمان بن عبدالعزيز آل سعود جدة"
    toks = view_of(text)
    found = [_at(text, "الجمعية محمد بن سليمان الشويمان", "ORG"), _at(text, "سلمان بن عبدالعزيز آل", "PER"),
             _at(text, "سعود جدة", "PER")]
    out = [(m.text, m.label) for m in refine(found, toks, load())]
    assert out == [("محمد بن سليمان الشويمان", "PER"), ("سلمان بن عبدالعزيز آل سعود", "PER"), ("جدة", "LOC")]


def test_a_names_first_fa_is_no_conjunction():
    # فرانسين and فريد are commoner as written than رانسين and ريد; after آل no clitic can stand
    text = "وقالت فرانسين جونسون إن عالية آل فريد وصلت فجر اليوم مع فهد وفيصل"
    toks = view_of(text)
    vocab = load()
    assert clitic_cut(toks[1], vocab) == 0                       # فرانسين
    assert clitic_cut(toks[6], vocab, after_particle=True) == 0  # فريد after آل
    assert clitic_cut(toks[6], vocab) == 0
    tagged = _tagged(text, {1: "B-PER", 2: "I-PER", 6: "B-PER"})
    found = _spans(sentence_mentions(tagged, tagged.tokens, vocab))
    assert [f[2] for f in found] == ["فرانسين جونسون", "فريد"]
    assert found[0][0] == text.index("فرانسين")
    for start, end, sliced, _ in found:
        assert text[start:end] == sliced


def test_a_conjunction_before_an_unknown_name_is_still_cut():
    text = "وأكد محمد وعماش أن الاتفاق قريب"
    toks = view_of(text)
    assert clitic_cut(toks[2], load()) == 1                      # و + عماش


def test_ministries_in_a_list_are_one_organisation_each():
    text = "وشارك في الاجتماع ممثلو وزارات النقل والتجارة والداخلية."
    found = _spans(pattern_mentions(view_of(text), load()))
    assert [(f[2], f[3]) for f in found] == [("وزارات النقل", "ORG"), ("التجارة", "ORG"), ("الداخلية", "ORG")]
    assert found[1][0] == text.index("والتجارة") + 1
    for start, end, sliced, _ in found:
        assert text[start:end] == sliced


def test_national_and_international_bodies():
    cases = {
        "وقال رئيس الاتحاد الكويتي لكرة القدم إن المنتخب جاهز.": "الاتحاد الكويتي لكرة القدم",
        "وأعلن التحالف الدولي أن الغارات مستمرة.": "التحالف الدولي",
        "وقالت الحكومة البريطانية إنها تدرس القرار.": "الحكومة البريطانية",
        "وشارك سلاح الجو الملكي البريطاني في الغارات.": "سلاح الجو الملكي البريطاني",
        "وأكد عماش أن مفوضية الانتخابات ستعلن النتائج.": "مفوضية الانتخابات",
    }
    for text, name in cases.items():
        found = _spans(pattern_mentions(view_of(text), load()))
        assert (text.index(name), text.index(name) + len(name), name, "ORG") in found, text


def test_a_name_after_a_naming_head_is_found_alone_too():
    text = "وأعلن تنظيم داعش مسؤوليته عن الهجوم، وقال التحالف إن داعش فقد مواقعه."
    toks = view_of(text)
    start = text.index("تنظيم داعش")
    mentions = [Mention(start, start + len("تنظيم داعش"), text, "ORG", None, None)]
    out = propagate(mentions, toks, load())
    later = text.index("داعش", start + 12)
    assert [(m.start, m.text, m.label) for m in out][1:] == [(later, "داعش", "ORG")]


def test_the_second_word_of_a_hijri_month_is_no_name():
    from marsad.annotators.entities.context import refine
    text = "يبدأ الصرف في غرة ذي القعدة للمستفيدين"
    start = text.index("القعدة")
    out = refine([Mention(start, start + len("القعدة"), text, "MISC", None, 0.6)], view_of(text), load())
    assert out == []


def test_a_person_ends_before_a_clause_and_touching_organisations_join():
    from marsad.annotators.entities.context import refine
    text = "وصرح نجيب عبد الرزاق بأن الرينغيت سيتعافى بعد اتفاق شركة جنرال إلكتريك مع أرامكو"
    toks = view_of(text)
    person = text.index("نجيب")
    ge = text.index("شركة جنرال")
    electric = text.index("إلكتريك")
    tagged = [Mention(person, text.index("سيتعافى") + len("سيتعافى"), text, "PER", None, 0.7),
              Mention(ge, ge + len("شركة جنرال"), text, "ORG", None, 0.8),
              Mention(electric, electric + len("إلكتريك"), text, "ORG", None, 0.8)]
    out = [(m.start, m.text, m.label) for m in refine(tagged, toks, load())]
    assert (person, "نجيب عبد الرزاق", "PER") in out
    assert (ge, "شركة جنرال إلكتريك", "ORG") in out and len(out) == 2


def test_a_verb_after_li_is_no_field_of_a_body():
    found = _spans(pattern_mentions(view_of("وأصدر الاتحاد السعودي ليوضح العديد من النقاط"), load()))
    assert [(f[2], f[3]) for f in found] == [("الاتحاد السعودي", "ORG")]


def test_a_news_agency_takes_the_name_its_noun_governs():
    from marsad.annotators.boilerplate import split_paragraphs
    from marsad.annotators.entities import entities
    from marsad.annotators.segment import segment
    from marsad.document import Document
    from marsad.layers import ENTITIES
    from marsad.pipeline import Pipeline
    text = ("ونقلت وكالة أنباء تونس عن الوزير قوله إن الموسم بدأ، وأشار إلى أن كل بنك يتخذ قراره، "
            "وشكر البنك لإنجاح الحملة.")
    doc = Pipeline([split_paragraphs, segment, entities])(Document(text))
    found = [(m.start, m.end, m.text, m.label) for m in doc.layer(ENTITIES)]
    start = text.index("وكالة")
    assert (start, start + len("وكالة أنباء تونس"), "وكالة أنباء تونس", "ORG") in found
    assert not [f for f in found if "يتخذ" in f[2] or "لإنجاح" in f[2]]
    for s, e, t, _ in found:
        assert text[s:e] == t
