"""Quoted spans: every quote-mark style and the broken patterns real pages carry."""
import pytest

from marsad.annotators.attribution.quotemarks import find_quoted
from tests.annotators.attribution.conftest import at, where


@pytest.mark.parametrize("opening,closing", [
    ("“", "”"), ("«", "»"), ("\"", "\""), ("„", "“"), ("‘", "’"), ("‹", "›"),
    ("”", "“"),          # reversed curly marks (right-to-left pages)
    ("»", "«"),          # reversed guillemets
    ("»", "»"),          # almadina: the closing guillemet used for both
])
def test_every_style_pairs(opening, closing):
    text = f"وقال الوزير: {opening}سنبدأ التنفيذ الأسبوع المقبل{closing}."
    (q,) = find_quoted(text)
    assert q.pattern == "paired"
    assert where(q.span) == at(text, "سنبدأ التنفيذ الأسبوع المقبل")
    assert q.span.text == "سنبدأ التنفيذ الأسبوع المقبل"
    assert q.opening.text == opening and q.closing.text == closing


def test_opening_mark_reused_as_closing():
    text = "وأضاف: “ماذا وكيف سنفعل هو عملنا في إطار هذه المقالة“. ثم غادر القاعة."
    (q,) = find_quoted(text)
    assert q.pattern == "paired"
    assert q.span.text == "ماذا وكيف سنفعل هو عملنا في إطار هذه المقالة"
    assert where(q.span) == at(text, q.span.text)


def test_quote_left_unclosed_runs_to_the_end_of_the_paragraph():
    text = "وقال المدير: «لن نقبل بأي تأخير في تسليم المشروع، والعقود واضحة\nوفي سياق آخر افتتح المعرض."
    (q,) = find_quoted(text, 0, text.index("\n"))
    assert q.pattern == "unclosed"
    assert q.span.text == "لن نقبل بأي تأخير في تسليم المشروع، والعقود واضحة"
    assert where(q.span) == at(text, q.span.text)
    assert q.closing is None


def test_unclosed_quote_ends_before_the_lead_in_of_the_next_one():
    # The Kursk article: the first quote is never closed, the same mark opens the second.
    text = ("“أما بالنسبة لعلاقاتنا مع جمهورية كوريا الشعبية الديمقراطية، فكما تعلمون، أعتقد اليوم أنه تم "
            "التصديق على اتفاقية الشراكة الاستراتيجية بيننا للتو. قال بوتين: “هناك المادة الرابعة هناك”.")
    first, second = find_quoted(text)
    assert first.pattern == "unclosed"
    assert first.span.text.endswith("بيننا للتو.") and first.span.start == 1
    assert "قال بوتين" not in first.span.text
    assert second.pattern == "paired" and second.span.text == "هناك المادة الرابعة هناك"
    assert where(second.span) == at(text, "هناك المادة الرابعة هناك")


def test_quote_that_goes_on_after_an_inner_closing_mark():
    text = ("وقالت المخابرات العسكرية الأوكرانية يوم الخميس: “الوحدات الأولى وصلت بالفعل إلى منطقة القتال”. "
            "وعلى وجه الخصوص، في 23 أكتوبر 2024، تم تسجيل وجودهم في منطقة كورسك”.")
    first, second = find_quoted(text)
    assert first.pattern == "paired" and first.span.text == "الوحدات الأولى وصلت بالفعل إلى منطقة القتال"
    assert second.pattern == "continued"
    assert second.span.text == "وعلى وجه الخصوص، في 23 أكتوبر 2024، تم تسجيل وجودهم في منطقة كورسك"
    assert where(second.span) == at(text, second.span.text)
    assert second.opening is None and second.closing.text == "”"


def test_marks_spaced_on_both_sides_open_then_close():
    text = "وتشارك الجمعية السعودية للإعاقة السمعية ” سمعية ” بعدد من الفعاليات."
    (q,) = find_quoted(text)
    assert q.pattern == "paired" and q.span.text == "سمعية"
    assert where(q.span) == at(text, "سمعية", 1)


def test_a_mark_glued_to_a_preposition_opens():
    text = 'وقال عدد من الأهالي لـ"سبق": "فرحة العيد لهذا العام أشبه ما تكون بالباهتة".'
    name, speech = find_quoted(text)
    assert name.span.text == "سبق" and where(name.span) == at(text, "سبق")
    assert speech.span.text == "فرحة العيد لهذا العام أشبه ما تكون بالباهتة"


def test_nested_quotes_are_part_of_the_outer_one():
    text = "وقال الشاهد: «سمعت أحدهم يصرخ \"اهربوا\" ثم دوى الانفجار»."
    (q,) = find_quoted(text)
    assert q.span.text == 'سمعت أحدهم يصرخ "اهربوا" ثم دوى الانفجار'
    assert where(q.span) == at(text, q.span.text)


def test_apostrophes_in_latin_names_are_not_quotes():
    text = "وقال مدرب فريق O'Neill إن الفريق جاهز."
    assert find_quoted(text) == []


def test_offsets_are_limited_to_the_paragraph():
    text = "مقدمة الخبر.\nوقال: «نعم».\nخاتمة."
    start = text.index("وقال")
    end = text.index("\nخاتمة")
    (q,) = find_quoted(text, start, end)
    assert q.span.text == "نعم" and where(q.span) == at(text, "نعم")
