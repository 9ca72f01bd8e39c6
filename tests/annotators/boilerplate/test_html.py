"""HTML input: the chrome classifier runs on what trafilatura extracts, so a related-articles
list, a follow line and a tag line that survive extraction (they sit inside <article>) are
marked boilerplate, and the article's paragraphs stay body."""
from __future__ import annotations

from marsad.run import analyse_to_record

ARTICLE = [
    "افتتحت وزارة النقل والخدمات اللوجستية اليوم جسرا جديدا فوق وادي حنيفة بطول 400 متر، يربط حيين سكنيين غرب "
    "العاصمة ويختصر زمن الرحلة بينهما إلى خمس دقائق بدلا من عشرين.",
    "وقال المتحدث باسم الوزارة إن الجسر صمم لتحمل السيول، وإن أعمال الإنارة والتشجير ستكتمل الشهر المقبل.",
    "وأضاف أن الوزارة تعمل على ثلاثة جسور أخرى في المنطقة، يتوقع أن يكتمل أولها مطلع العام المقبل بتكلفة تبلغ "
    "120 مليون ريال.",
]
RELATED = ["أمانة الرياض تطلق حملة لتنظيف الأحياء الشرقية", "بلدية جدة تزرع خمسة آلاف شجرة على الكورنيش"]
PAGE = f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>وزارة النقل تفتتح جسرا جديدا فوق وادي حنيفة | صحيفة الوادي</title></head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<article><h1>وزارة النقل تفتتح جسرا جديدا فوق وادي حنيفة</h1>
{"".join(f"<p>{p}</p>" for p in ARTICLE)}
<p>اقرأ أيضا:</p><ul>{"".join(f"<li>{t}</li>" for t in RELATED)}</ul>
<p>تابعونا على تويتر وفيسبوك</p>
<p>الوسوم: النقل وادي حنيفة الرياض</p>
</article><footer>جميع الحقوق محفوظة © 2024 صحيفة الوادي</footer></body></html>"""


def test_furniture_that_survives_extraction_is_marked(tmp_path):
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    record = analyse_to_record(page)
    text = record["text"]
    chrome = {text[b["start"]:b["end"]]: b["reason"] for b in record["boilerplate"]}
    body = [text[b["start"]:b["end"]] for b in record["body"]]
    survived = ["اقرأ أيضا:", *(f"- {t}" for t in RELATED), "تابعونا على تويتر وفيسبوك", "الوسوم: النقل وادي حنيفة الرياض"]
    assert all(line in text.split("\n") for line in survived)          # trafilatura kept them
    assert chrome == {"اقرأ أيضا:": "read-also", f"- {RELATED[0]}": "read-also", f"- {RELATED[1]}": "read-also",
                      "تابعونا على تويتر وفيسبوك": "subscribe", "الوسوم: النقل وادي حنيفة الرياض": "tags"}
    assert body == ["وزارة النقل تفتتح جسرا جديدا فوق وادي حنيفة", *ARTICLE]
    for b in record["boilerplate"]:
        assert text[b["start"]:b["end"]] == b["text"]
