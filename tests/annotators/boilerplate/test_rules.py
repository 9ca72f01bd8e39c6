"""Every hand rule's own examples, generated from the rule tables, and the switch-off."""
import pytest

from marsad.annotators.boilerplate import paragraphs
from marsad.annotators.boilerplate.lines import Line
from marsad.annotators.boilerplate.rules import (GLUED, LEADING, RULES, leading_chrome, rule_reason, switched_off,
                                                 trailing_chrome)

LINE_EXAMPLES = [(r.name, line, reason) for r in RULES for line, reason in r.examples]
LINE_LEAVES = [(r.name, line) for r in RULES for line in r.leaves]


@pytest.mark.parametrize("name,line,reason", LINE_EXAMPLES)
def test_each_rule_marks_its_examples(name, line, reason):
    rule = next(r for r in RULES if r.name == name)
    assert rule.run(Line(line)) == reason


@pytest.mark.parametrize("name,line", LINE_LEAVES)
def test_each_rule_leaves_its_counter_examples(name, line):
    rule = next(r for r in RULES if r.name == name)
    assert rule.run(Line(line)) is None


@pytest.mark.parametrize("name,line,chrome", [(r.name, line, chrome) for r in GLUED for line, chrome in r.examples])
def test_glued_chrome_is_split_off_the_end(name, line, chrome):
    rule = next(r for r in GLUED if r.name == name)
    offset, _reason = rule.run(line)
    assert line[offset:] == chrome


@pytest.mark.parametrize("name,line,chrome", [(r.name, line, chrome) for r in LEADING for line, chrome in r.examples])
def test_glued_chrome_is_split_off_the_start(name, line, chrome):
    rule = next(r for r in LEADING if r.name == name)
    offset, _reason = rule.run(line)
    assert line[:offset].rstrip() == chrome and line[offset:] and not line[offset].isspace()


@pytest.mark.parametrize("line", [line for r in GLUED + LEADING for line in r.leaves])
def test_glued_rules_leave_their_counter_examples(line):
    assert trailing_chrome(line) is None and leading_chrome(line) is None


def test_rules_have_unique_names_and_examples():
    names = [r.name for r in RULES + GLUED + LEADING]
    assert len(names) == len(set(names))
    assert all(r.examples and r.leaves for r in RULES + GLUED + LEADING)


def test_a_switched_off_rule_stops_firing_and_comes_back():
    line = Line("Exit mobile version")
    assert rule_reason(line) == ("whole_line", "mobile-version")
    with switched_off("whole_line"):
        assert rule_reason(line) is None
    assert rule_reason(line) == ("whole_line", "mobile-version")
    with pytest.raises(ValueError, match="no chrome rule named nonesuch"):
        with switched_off("nonesuch"):
            pass


def test_switching_off_a_glued_rule_keeps_the_line_whole():
    text = "عنوان الخبر\n\nوأحيلت أوراق الحادثة إلى هيئة التحقيق والادعاء العام. سمات آسيوي انتحار بريدة وافد"
    assert [p.kind for p in paragraphs(text)] == ["body", "body", "boilerplate"]
    with switched_off("glued_marker"):
        assert [p.kind for p in paragraphs(text)] == ["body", "body"]


@pytest.mark.parametrize("line,chrome,reason", [
    ("وكتب الفريق على حسابه: “نشعر بإحباط كبير لفقدانه”. رابط الخبر بصحيفة الوئام: وفاة سائق بعد تسعة أشهر من الحادث",
     "رابط الخبر بصحيفة الوئام: وفاة سائق بعد تسعة أشهر من الحادث", "link"),
    ("وأحيلت أوراق الحادثة إلى هيئة التحقيق والادعاء العام. سمات آسيوي انتحار بريدة وافد ",
     "سمات آسيوي انتحار بريدة وافد", "tags"),
    ("وقال الوزير إن المشروع سيكتمل نهاية العام ...المزيد", "...المزيد", "read-also"),
])
def test_glued_chrome_becomes_its_own_paragraph_with_offsets(line, chrome, reason):
    text = "عنوان الخبر\n\n" + line
    pars = paragraphs(text)
    assert [p.kind for p in pars] == ["body", "body", "boilerplate"]
    assert pars[2].text == chrome and pars[2].reason == reason
    assert text[pars[2].start:pars[2].end] == chrome
    assert not pars[1].text.endswith(" ") and pars[1].end <= pars[2].start


def test_a_share_bar_glued_before_the_first_words_is_split_off():
    line = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك علمت «الوادي» من مصادر مطلعة أن الوزارة ستعلن القرار الأحد"
    text = "الوزارة تعلن القرار الأحد\n\n" + line
    pars = paragraphs(text)
    assert [(p.kind, p.text) for p in pars[1:]] == [
        ("boilerplate", "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"),
        ("body", "علمت «الوادي» من مصادر مطلعة أن الوزارة ستعلن القرار الأحد")]
    assert all(text[p.start:p.end] == p.text for p in pars)
