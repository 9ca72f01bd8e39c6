"""The chrome classifier on pages and furniture written for these tests (never trained on)."""
import pytest

from marsad.annotators.boilerplate import classify_lines, paragraphs, split_paragraphs
from marsad.annotators.boilerplate.model import default_model
from marsad.document import Document
from marsad.layers import PARAGRAPHS

from .furniture import ARTICLE, BOTTOM, TOP, framed
from .pages import PAGES, page


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_line_of_a_written_page_is_chrome_or_article_as_marked(name):
    text, spans = page(name)
    decisions = classify_lines(text)
    assert [(d.start, d.end) for d in decisions] == [(s, e) for s, e, _ in spans]
    wrong = [(text[d.start:d.end], d.chrome, round(d.probability, 3))
             for d, (_s, _e, chrome) in zip(decisions, spans) if d.chrome != chrome]
    assert wrong == []


FURNITURE = [(kind, line, True) for kind, lines in TOP.items() for line in lines] + \
            [(kind, line, False) for kind, lines in BOTTOM.items() for line in lines]


@pytest.mark.parametrize("kind,line,top", FURNITURE)
def test_each_kind_of_furniture_is_chrome_and_the_article_stays(kind, line, top):
    text, (start, end) = framed(line, top)
    pars = paragraphs(text)
    chrome = [p for p in pars if p.kind == "boilerplate"]
    assert [(p.start, p.end, p.text) for p in chrome] == [(start, end, line)]
    assert all(p.reason for p in chrome)
    assert [p.text for p in pars if p.kind == "body"] == ARTICLE


@pytest.mark.parametrize("block,chrome_lines", [
    ("شارك\nفيسبوك\nتويتر\nواتساب", 4),
    ("تابعونا على\nفيسبوك\nإكس\nيوتيوب", 4),
    ("اقرأ أيضا:\n\nأمانة الشرقية تعلن مواعيد فتح الحدائق العامة\n\nانطلاق حملة لتنظيف الشواطئ في الدمام", 3),
    ("الأكثر قراءة\nأمانة الشرقية تعلن مواعيد فتح الحدائق العامة\nارتفاع درجات الحرارة في الشرقية إلى 48 درجة", 3),
    ("الوسوم\n\nالخبر\n\nالتشجير\n\nالبيئة", 4),
    ("المزيد من الأخبار\n- أمانة الشرقية تعلن مواعيد فتح الحدائق العامة\n- انطلاق حملة لتنظيف الشواطئ", 3),
    ("المشاهدات: 1,245\nمنذ 3 ساعات", 2),
])
def test_furniture_spread_over_several_lines_goes_whole(block, chrome_lines):
    text = "\n\n".join(ARTICLE) + "\n\n" + block
    pars = paragraphs(text)
    assert [p.text for p in pars if p.kind == "body"] == ARTICLE
    chrome = [p for p in pars if p.kind == "boilerplate"]
    assert len(chrome) == chrome_lines
    assert "".join(p.text for p in chrome) == block.replace("\n", "")


@pytest.mark.parametrize("line", [
    "تويتر يعلن أرباحه الفصلية وسط تراجع عدد المستخدمين النشطين",       # a headline about a network
    "جدل واسع على مواقع التواصل بعد قرار رفع أسعار الوقود",
    "تعليق الدراسة في مدارس المنطقة الشرقية بسبب الغبار",               # تعليق: suspension
    "هيئة حقوق الإنسان تتسلم 300 شكوى خلال الربع الأول",
    "مطابع الحكومة تبدأ طباعة كتب العام الدراسي الجديد",
    "حوار | رئيس البلدية: الواجهة البحرية ستفتح للزوار قبل الصيف",     # a label, a separator, a headline
    "عاجل: انقطاع الكهرباء عن أحياء في الخبر والدمام",
    "تطبيق جديد لحجز مواعيد المستشفيات الحكومية",
])
def test_article_lines_with_furniture_words_stay_body(line):
    text = line + "\n\n" + "\n\n".join(ARTICLE[1:])
    pars = paragraphs(text)
    assert all(p.kind == "body" for p in pars), [(p.text, p.reason) for p in pars if p.kind != "body"]
    assert pars[0].text == line


@pytest.mark.parametrize("line", [
    "المصدر: وكالات", "الدمام – «صوت الشرقية»", "كتب - فهد الحربي", "ترجمة: سارة العلي",
    "الخبر 5 ربيع الآخر 1446 هـ الموافق 8 أكتوبر 2024 م واس", "وأضاف:", "القاهرة - أ ش أ",
])
def test_credit_and_date_lines_are_article_not_chrome(line):
    for text in (line + "\n\n" + "\n\n".join(ARTICLE), "\n\n".join(ARTICLE) + "\n\n" + line):
        assert all(p.kind == "body" for p in paragraphs(text)), line


def test_position_and_length_alone_never_make_chrome():
    # a short last line with no sign of furniture stays, however likely chrome is down there
    text = "\n\n".join(ARTICLE) + "\n\nوالله ولي التوفيق"
    assert paragraphs(text)[-1].kind == "body"


def test_the_paragraphs_stage_marks_the_kursk_page(kursk_text):
    doc = split_paragraphs(Document(kursk_text))
    pars = doc.layer(PARAGRAPHS)
    chrome = [p for p in pars if p.kind == "boilerplate"]
    assert [p.text for p in chrome] == ["ابق على اطلاع بالتحديثات المجانية", "شاركها.", "اترك تعليقاً",
                                        "Exit mobile version"]
    assert [p.reason for p in chrome] == ["subscribe", "share", "comment", "mobile-version"]
    assert all(kursk_text[p.start:p.end] == p.text for p in pars)
    assert pars[1].text.startswith("وبدا أن الرئيس الروسي")


def test_the_shipped_model_says_what_it_was_trained_on():
    model = default_model()
    assert 0.0 < model.threshold < 1.0
    assert "written-news train split" in model.meta["trained_on"]
    assert model.weights["end:sentence"] < 0 < model.weights["rule:whole_line"]


# What the retired rules (social_words_only, contact_shape, breadcrumb, wire_end)
# caught; the classifier catches it without them (bench/results/chrome.md, ablation).
@pytest.mark.parametrize("line,top", [
    ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب تعليقك", False), ("Facebook Twitter WhatsApp", False),
    ("للتواصل مع الكاتب ارسل رسالة SMS", False),
    ("88591 - Stc", False), ("الرئيسية | أخبار | العراق", True), ("الرئيسية › عربي ودولي", True),
    ("Home > World > Middle East", True), ("// انتهى //", False), ("( انتهى )", False), ("(النهاية)", False),
    ("-يتبع-", False), ("//انتهى// ع ح", False),
])
def test_furniture_once_caught_by_retired_rules_is_still_chrome(line, top):
    text, (start, end) = framed(line, top)
    assert [(p.start, p.end) for p in paragraphs(text) if p.kind == "boilerplate"] == [(start, end)]


@pytest.mark.parametrize("line", [
    "الرياض / جدة", "سعر الدولار 3.75 / 3.76 ريال", "- طريق الرياض/ الحائر/ الحوطة.", "من على",
    "اتصل الوزير بنظيره السعودي مساء أمس.", "حقوق الإنسان محفوظة في الدستور، كما قال الوزير.",
    "انتهى الاجتماع دون اتفاق.", "وانتهت المباراة بالتعادل (1-1).",
])
def test_article_lines_the_retired_rules_left_stay_body(line):
    head, rest = ARTICLE[0], ARTICLE[1:]
    for text in ("\n\n".join([head, line] + rest), "\n\n".join(ARTICLE + [line])):
        assert all(p.kind == "body" for p in paragraphs(text)), (line, text.index(line))
