"""Named events: a quoted name after an event head, operations named alone (MISC)."""
from marsad.annotators.entities.events import operation_mentions, quoted_event_mentions
from marsad.annotators.entities.model import load
from marsad.layers import Mention
from tests.annotators.entities import view_of


def _found(rule, text, mentions=()):
    out = rule(view_of(text), list(mentions), load())
    for m in out:
        assert text[m.start:m.end] == m.text
    return [(m.start, m.end, m.text, m.label) for m in out]


def test_a_quoted_name_after_an_event_head_is_misc():
    text = "وافتتح المحافظ مساء أمس مهرجان «ربيع الجوف» في الساحة الكبرى."
    start = text.index("ربيع")
    assert _found(quoted_event_mentions, text) == [(start, start + len("ربيع الجوف"), "ربيع الجوف", "MISC")]
    text = "وشارك الطلاب في مسابقة \"أجمل حي\" ثم زاروا معرض (الخط.. حكاية وطن) بالمدينة."
    found = _found(quoted_event_mentions, text)
    assert [(t, lab) for _, _, t, lab in found] == [("أجمل حي", "MISC"), ("الخط.. حكاية وطن", "MISC")]
    assert found[1][0] == text.index("الخط")


def test_the_head_may_carry_a_proclitic():
    text = "ودعت الجمعية الأهالي لحضور ملتقى “شباب القرية الثالث” وللمشاركة بحملة «ازرعها»."
    found = _found(quoted_event_mentions, text)
    assert [(t, lab) for _, _, t, lab in found] == [("شباب القرية الثالث", "MISC"), ("ازرعها", "MISC")]
    assert found[1][:2] == (text.index("ازرعها"), text.index("ازرعها") + len("ازرعها"))


def test_no_event_after_a_definite_head_a_number_or_a_long_quote():
    assert _found(quoted_event_mentions, "وفاز الفريق بالمسابقة (خمس مرات) متتالية.") == []
    assert _found(quoted_event_mentions, "وأقيمت بطولة (3) في الملعب.") == []
    assert _found(quoted_event_mentions, "وقال عن المؤتمر «إنه ناجح ونحن سعداء جدا بما تحقق فيه من نتائج»") == []


def test_the_stage_replaces_the_taggers_reading_of_the_quoted_words():
    import marsad
    text = "وحضر آلاف الزوار مهرجان «ليالي دمشق» في العاصمة الأردنية."
    record = marsad.to_record(marsad.analyze(text, published="2015-08-01"))
    start = text.index("ليالي")
    assert [(e["start"], e["end"], e["text"], e["label"]) for e in record["entities"]
            if e["start"] <= start < e["end"]] == [(start, start + len("ليالي دمشق"), "ليالي دمشق", "MISC")]


def test_a_listed_operation_is_misc_with_its_proclitic_cut():
    text = "وأشاد الخطيب بعاصفة الحزم، وقال إن عاصفة الحزم أعادت الأمل."
    found = _found(operation_mentions, text)
    first = text.index("عاصفة")
    second = text.index("عاصفة", first + 1)
    assert found == [(first, first + 11, "عاصفة الحزم", "MISC"), (second, second + 11, "عاصفة الحزم", "MISC")]


def test_an_organisation_over_the_operation_keeps_it():
    text = "وأعلنت قيادة عاصفة الحزم انتهاء المرحلة."
    start = text.index("قيادة")
    org = Mention(start, text.index(" انتهاء"), text, "ORG", None, None)
    assert _found(operation_mentions, text, [org]) == []


def test_a_quoted_title_after_a_work_or_product_head_is_misc():
    text = "وعرضت القناة فيلم «طريق بغداد» ثم أطلقت الوزارة تطبيق \"رفيق\" للحجاج."
    found = _found(quoted_event_mentions, text)
    a, b = text.index("طريق"), text.index("رفيق")
    assert found == [(a, a + len("طريق بغداد"), "طريق بغداد", "MISC"), (b, b + 4, "رفيق", "MISC")]


def test_the_stage_makes_a_title_that_names_a_place_misc():
    import marsad
    text = "وتستعد الفرقة لتقديم مسرحية «القاهرة» على خشبة المسرح الوطني."
    record = marsad.to_record(marsad.analyze(text, published="2015-08-01"))
    start = text.index("القاهرة")
    assert [(e["start"], e["end"], e["text"], e["label"]) for e in record["entities"]
            if e["start"] <= start < e["end"]] == [(start, start + 7, "القاهرة", "MISC")]


def test_a_tournament_named_for_a_place_is_one_misc_name():
    from marsad.annotators.entities.events import tournament_mentions
    text = "وتأهل المنتخب إلى كأس أفريقيا بعد فوزه في دوري أبطال العرب، ولعب لبطولة فرنسا."
    toks = view_of(text)
    places = [Mention(text.index(w), text.index(w) + len(w), text, "LOC", None, 0.9)
              for w in ("أفريقيا", "العرب", "فرنسا")]
    found = [(m.start, m.end, m.text, m.label) for m in tournament_mentions(toks, places, load())]
    a, b, c = text.index("كأس"), text.index("دوري"), text.index("بطولة")
    assert found == [(a, a + len("كأس أفريقيا"), "كأس أفريقيا", "MISC"),
                     (b, b + len("دوري أبطال العرب"), "دوري أبطال العرب", "MISC"),
                     (c, c + len("بطولة فرنسا"), "بطولة فرنسا", "MISC")]       # the ل of لبطولة cut


def test_a_head_with_no_place_after_it_makes_no_tournament():
    from marsad.annotators.entities.events import tournament_mentions
    text = "وقال إن دوري في فرنسا انتهى."
    place = Mention(text.index("فرنسا"), text.index("فرنسا") + 5, text, "LOC", None, 0.9)
    assert tournament_mentions(view_of(text), [place], load()) == []
