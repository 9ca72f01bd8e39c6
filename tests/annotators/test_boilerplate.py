import pytest

from marsad.annotators.boilerplate import chrome_reason, paragraphs


@pytest.mark.parametrize("line,reason", [
    ("ابق على اطلاع بالتحديثات المجانية", "subscribe"),
    ("شاركها.", "share"),
    ("اترك تعليقاً", "comment"),
    ("Exit mobile version", "mobile-version"),
    ("رابط الخبر بصحيفة الوئام: التأمينات الاجتماعية تبدأ الصرف لمستفيدي نظام «ساند»", "link"),
    ("اقرأ أيضا: العراق وتركيا يتفقان على لجنة مشتركة للمياه", "read-also"),
    ("شارك من خلال تويتر فيسبوك جوجل بلس اكتب تعليقك", "share"),
    ("Facebook Twitter WhatsApp", "share"),
    ("جميع الحقوق محفوظة © 2024", "copyright"),
    ("© 2024 The Financial Times Ltd.", "copyright"),
    ("للتواصل مع الكاتب ارسل رسالة SMS", "contact"),
    ("88591 - Stc", "contact"),
    ("Leave a Reply", "comment"),
    ("...المزيد", "read-also"),
    ("الرئيسية | أخبار | العراق", "navigation"),
    ("الرئيسية › عربي ودولي", "navigation"),
    ("Home > World > Middle East", "navigation"),
])
def test_chrome_lines_in_arabic_and_english(line, reason):
    assert chrome_reason(line) == reason


@pytest.mark.parametrize("line", [
    "وشكك الخبراء الغربيون في قرار بوتين بتفعيل المعاهدة.",
    "ياسر العتيبي- سبق- الباحة: غابت مظاهر الفرحة والاحتفال عن أجواء أهالي محافظة غامد الزناد",
    "عين اليوم – الرياض",                          # byline with a site name: article, not chrome
    "شارك آلاف المواطنين في المسيرة يوم الجمعة.",   # 'share' as a verb in a sentence
    "وقال المتحدث: اقرأ أيضا ما كتبته الصحف عن الموضوع",
    "تابعونا على مدى الأيام المقبلة في تغطية مستمرة للانتخابات التي تجري في ثلاث عشرة محافظة عراقية ويشارك فيها آلاف المرشحين من مختلف القوائم والأحزاب السياسية",
    "// انتهى //",
    "الرياض",
    "الرياض / جدة",                                    # a dateline, not a trail
    "- طريق الرياض/ الحائر/ الحوطة.",
    "من «القاعدة» إلى «داعش».. استهداف دور العبادة:",
    "سعر الدولار 3.75 / 3.76 ريال",
    "ارتفع المؤشر 1.2% > توقعات المحللين | بحسب بيانات السوق اليوم",
])
def test_article_lines_are_never_dropped(line):
    assert chrome_reason(line) is None


def test_paragraphs_cover_every_non_blank_line_with_offsets(kursk_text):
    pars = paragraphs(kursk_text)
    chrome = [p for p in pars if p.kind == "boilerplate"]
    assert [p.text for p in chrome] == ["ابق على اطلاع بالتحديثات المجانية", "شاركها.", "اترك تعليقاً",
                                        "Exit mobile version"]
    assert all(kursk_text[p.start:p.end] == p.text for p in pars)
    body_chars = sum(len(p) for p in pars if p.kind == "body")
    assert body_chars > 0.95 * len(kursk_text.strip()) - sum(len(p) for p in chrome) - 60
    assert pars[1].text.startswith("وبدا أن الرئيس الروسي")


@pytest.mark.parametrize("line,chrome,reason", [
    ("وكتب الفريق على حسابه: “نشعر بإحباط كبير لفقدانه”. رابط الخبر بصحيفة الوئام: وفاة سائق بعد تسعة أشهر من الحادث",
     "رابط الخبر بصحيفة الوئام: وفاة سائق بعد تسعة أشهر من الحادث", "link"),
    ("وأحيلت أوراق الحادثة إلى هيئة التحقيق والادعاء العام. سمات آسيوي انتحار بريدة وافد ",
     "سمات آسيوي انتحار بريدة وافد", "tags"),
    ("وقال الوزير إن المشروع سيكتمل نهاية العام ...المزيد", "...المزيد", "read-also"),
])
def test_chrome_glued_to_the_end_of_an_article_line_is_split_off(line, chrome, reason):
    text = "عنوان الخبر\n\n" + line
    pars = paragraphs(text)
    assert [p.kind for p in pars] == ["body", "body", "boilerplate"]
    assert pars[2].text == chrome and pars[2].reason == reason
    assert text[pars[2].start:pars[2].end] == chrome
    assert not pars[1].text.endswith(" ") and pars[1].end <= pars[2].start


@pytest.mark.parametrize("line", [
    "وقال إن سمات المرحلة المقبلة واضحة للجميع.",                       # سمات as a word in a sentence
    "وأضاف: نتابع الأمر. سمات هذه المرحلة، كما قال، تختلف عن سابقتها.",  # punctuation: a sentence, not tags
    "وأوضح أن رابط الخبر الذي نشرته الصحيفة غير صحيح.",
])
def test_sentences_with_marker_words_stay_whole(line):
    assert [p.kind for p in paragraphs(line)] == ["body"]
