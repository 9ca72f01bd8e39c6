"""Marked article HTML: nesting, crossing spans, escaping, and that the marks cover the right text."""
import html
import re
from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.web.marks import Mark, blocks, marked_html

SENTENCE = "ونفى الكرملين التقارير ووصفها بأنها «أخبار كاذبة» يوم الخميس."


class _Collector(HTMLParser):
    """Text of every data-mark (all fragments joined), checking that tags nest."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.by_mark, self.text, self.classes = [], {}, [], {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append((tag, a.get("data-mark")))
        if a.get("data-mark"):
            self.by_mark.setdefault(a["data-mark"], "")
            self.classes.setdefault(a["data-mark"], []).append(a.get("class", "").split())

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> does not close {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        for _, mark in self.stack:
            if mark:
                self.by_mark[mark] += data


def parse(fragment: str) -> _Collector:
    c = _Collector()
    c.feed(fragment)
    c.close()
    assert not c.stack
    return c


def at(text: str, needle: str) -> tuple[int, int]:
    s = text.index(needle)
    return s, s + len(needle)


def test_nested_marks_cover_their_text_and_the_text_is_unchanged():
    ent = at(SENTENCE, "الكرملين")
    quote = at(SENTENCE, "أخبار كاذبة")
    claim = (at(SENTENCE, "التقارير")[0], quote[1])
    marks = [Mark("c0", *claim, ("claim",)), Mark("q0", *quote, ("quote",)), Mark("e0", *ent, ("ent",)),
             Mark("t0", *at(SENTENCE, "يوم الخميس"), ("timex",), {"data-value": "2024-10-24"})]
    out = parse(str(marked_html(SENTENCE, marks)))
    assert "".join(out.text) == SENTENCE
    assert out.by_mark == {"c0": "التقارير ووصفها بأنها «أخبار كاذبة", "q0": "أخبار كاذبة", "e0": "الكرملين",
                           "t0": "يوم الخميس"}
    # Nested (not crossing): each mark is a single element with both ends.
    assert all(len(frags) == 1 and {"mk-start", "mk-end"} <= set(frags[0]) for frags in out.classes.values())


def test_crossing_marks_split_into_fragments_that_still_cover_each_span():
    text = "قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل في الدوحة"
    a = at(text, "الوزير إن المفاوضات")
    b = at(text, "المفاوضات ستستأنف الأسبوع")
    c = (at(text, "إن")[0], len(text))
    marks = [Mark("a", *a, ("x",)), Mark("b", *b, ("y",)), Mark("c", *c, ("z",))]
    out = parse(str(marked_html(text, marks)))
    assert "".join(out.text) == text
    for mark, (s, e) in {"a": a, "b": b, "c": c}.items():
        assert out.by_mark[mark] == text[s:e]
        frags = out.classes[mark]
        assert "mk-start" in frags[0] and "mk-end" in frags[-1]
        assert sum("mk-start" in f for f in frags) == 1 and sum("mk-end" in f for f in frags) == 1
    assert len(out.classes["b"]) == 2        # b crosses a's end, so it is cut there


def test_identical_extents_nest_by_rank():
    text = "وقال نادر العبيدي إن المياه تراجعت"
    span = at(text, "نادر العبيدي")
    out = str(marked_html(text, [Mark("e0", *span, ("ent",), rank=40), Mark("s0", *span, ("speaker",), rank=30)]))
    assert out.index('data-mark="s0"') < out.index('data-mark="e0"')
    assert parse(out).by_mark == {"e0": "نادر العبيدي", "s0": "نادر العبيدي"}


def test_text_and_attributes_are_escaped():
    text = 'قال <script>alert("x")</script> & "<b>" الوزير'
    s = text.index("<script>")
    mark = Mark("m1", s, s + len('<script>alert("x")</script>'), ("ent", '"><img src=x onerror=alert(1)>'),
                {"title": '"><script>alert(2)</script>', "data-entity": "e'1"})
    out = str(marked_html(text, [mark]))
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text
    assert parse(out).by_mark["m1"] == '<script>alert("x")</script>'


def test_blocks_follow_paragraphs_and_keep_text_they_leave_out():
    text = "تابعونا على تويتر\n\nالعنوان هنا\n\nنص الخبر الأول.\nسطر ثان بلا فقرة"
    chrome = at(text, "تابعونا على تويتر")
    title = at(text, "العنوان هنا")
    laid = blocks(text, [(*chrome, "boilerplate", "follow-us"), (*title, "body", None)], [])
    assert [(b.kind, text[b.start:b.end]) for b in laid] == [
        ("boilerplate", "تابعونا على تويتر"), ("body", "العنوان هنا"), ("body", "نص الخبر الأول."),
        ("body", "سطر ثان بلا فقرة")]
    assert laid[0].reason == "follow-us"


def test_a_mark_across_two_paragraphs_is_cut_at_the_paragraph_end():
    text = "الفقرة الأولى تنتهي هنا\n\nوالثانية تبدأ هنا"
    span = (at(text, "تنتهي")[0], at(text, "والثانية")[1])
    laid = blocks(text, [(0, text.index("\n"), "body", None), (text.rindex("\n") + 1, len(text), "body", None)],
                  [Mark("c0", *span, ("claim",))])
    parts = [parse(str(b.html)).by_mark["c0"] for b in laid]
    assert parts == ["تنتهي هنا", "والثانية"]
    assert "mk-start" in str(laid[0].html) and "mk-end" not in str(laid[0].html)
    assert "mk-end" in str(laid[1].html) and "mk-start" not in str(laid[1].html)


@st.composite
def text_and_marks(draw):
    text = draw(st.text(alphabet="وقال الرئيس<>&\"'«»\n", min_size=1, max_size=60))
    marks = []
    for i in range(draw(st.integers(0, 8))):
        s = draw(st.integers(0, len(text)))
        e = draw(st.integers(s, len(text)))
        marks.append(Mark(f"m{i}", s, e, ("x",), {"title": text[s:e]}, draw(st.integers(0, 3))))
    return text, marks


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(text_and_marks())
def test_any_marks_nest_cover_their_text_and_keep_it(case):
    text, marks = case
    out = parse(str(marked_html(text, marks)))
    assert "".join(out.text) == text
    for m in marks:
        if m.start < m.end:
            assert out.by_mark[m.id] == text[m.start:m.end]
            frags = out.classes[m.id]
            assert "mk-start" in frags[0] and "mk-end" in frags[-1]
        else:
            assert m.id not in out.by_mark
