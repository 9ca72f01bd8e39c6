"""A tiny SaudiNewsNet-shaped collection (invented articles in its fields), built in tmp_path."""
from __future__ import annotations

import json
import zipfile

import pytest

WIRE = ("أكد وزير الحج الدكتور بندر حجار أن الوزارة تستعد لاستقبال أول قوافل الحجاج الأسبوع المقبل، "
        "بالتزامن مع انتهاء موسم العمرة الذي سجل وصول نحو ستة ملايين معتمر. "
        "وقال حجار إن خطة هذا العام تشمل توسعة مرافق الاستقبال في جدة والمدينة المنورة "
        "ورفع عدد الرحلات المخصصة لنقل الحجاج بين المشاعر المقدسة.")

ARTICLES = [
    {"source": "was", "url": "http://www.spa.gov.sa/1001", "date_extracted": "2015-07-21 08:00:00",
     "title": "وزير الحج: استقبال أول وفود الحجاج الأسبوع المقبل", "author": "واس", "content": WIRE},
    # The same wire copy at another outlet, lightly edited: one story, two articles.
    {"source": "aleqtisadiya", "url": "http://www.aleqt.com/2015/07/21/article_1.html",
     "date_extracted": "2015-07-21 10:30:00", "title": "حجار: استقبال أول وفود الحجاج الأسبوع المقبل",
     "author": "", "content": WIRE.replace("الأسبوع المقبل،", "الأسبوع المقبل في مطار جدة،")},
    {"source": "aawsat", "url": "http://aawsat.com/home/article/2002", "date_extracted": "2015-07-22 02:51:32",
     "title": "الإمارات تحدد بداية أغسطس لتحرير أسعار الوقود", "author": "دبي: الشرق الأوسط",
     "content": "حددت الإمارات يوم الأول من شهر أغسطس المقبل موعدا لبدء تحرير أسعار الوقود في البلاد، "
                "واعتماد آلية للتسعير وفقا للأسعار العالمية.\n\n"
                "وقال وزير الطاقة سهيل المزروعي إن القرار \"سيعزز الاقتصاد الوطني ويحافظ على الموارد\"."},
    {"source": "okaz", "url": "http://www.okaz.com.sa/new/3003", "date_extracted": "2015-07-23 11:00:00",
     "title": "", "author": "", "content": "نفت وزارة الصحة ما تداولته مواقع التواصل الاجتماعي عن تسجيل "
                                           "إصابات جديدة بفيروس كورونا في محافظة الطائف، مؤكدة أن الوضع مطمئن."},
    # Nothing but an address: reported and skipped.
    {"source": "almadina", "url": "http://www.al-madina.com/node/4004", "date_extracted": "2015-07-23 12:00:00",
     "title": "", "author": "", "content": " "},
]


def write_collection(folder, articles=ARTICLES, name="2015-07-21") -> str:
    """A zip holding one JSON array of articles, as SaudiNewsNet ships them."""
    path = folder / f"{name}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{name}.json", json.dumps(articles, ensure_ascii=False))
    return str(path)


@pytest.fixture
def collection(tmp_path) -> str:
    return write_collection(tmp_path)
