"""Site furniture written for training the chrome classifier, in many variants.

The written-news training split has 127 chrome lines; this module writes more of
every kind that Arab news sites print around an article (end-of-wire markers,
navigation trails and section labels, tag lists, reporter contact lines,
follow/share/subscribe lines, read-also lists, comment counters, copyright and
publication-date lines) and article-like lines that use the same words
(hard negatives). Everything here is invented for marsad; none of it comes from
the held-out split, the dev set or SaudiNewsNet. Headlines for read-also lists
and tag words come from the training articles passed in.
"""
from __future__ import annotations

import random

str_lines = list[tuple[str, bool, bool]]

SITES = ["الوادي", "الشرق اليوم", "صدى الخليج", "النهار الجديد", "المرصد", "الحدث 24", "البوابة", "الأنباء",
         "الرافد", "الساحل", "نبض المدينة", "الميدان", "الضفة", "الرأي العام", "صوت الجنوب", "الخبر"]
DOMAINS = ["alwadi-news.com", "sharq-today.net", "sada.example", "annahar-jadid.com", "marsad.example",
           "hadath24.net", "albawaba.example", "alanba-daily.com", "rafid.iq", "sahel-news.ma", "nabd.sa"]
USERS = ["m.alqahtani", "newsdesk", "s.haddad", "info", "editor", "k_almansouri", "newsroom", "local.desk",
         "rania.y", "tips", "a.benali", "sports", "economy", "h.alotaibi"]
HANDLES = ["@alwadi_news", "@sada_gulf", "@m_alharbi", "@hadath24", "@nour_reports", "@ahmad_k", "@marsad_ar"]
SECTIONS = ["محليات", "اقتصاد", "رياضة", "سياسة", "ثقافة", "منوعات", "دولي", "عربي ودولي", "تقنية", "صحة",
            "مقالات", "رأي", "حوادث", "برلمان", "تعليم", "مجتمع", "عقارات", "طاقة", "بورصة", "كرة القدم",
            "فن", "سياحة", "أسواق", "الخليج", "العالم", "أخبار", "تقارير", "حوارات", "فيديو", "نفط وطاقة",
            "كرة محلية", "الدوري السعودي", "أخبار مصر", "أخبار العراق", "أخبار لبنان", "شؤون عربية"]
HOMES = ["الرئيسية", "الصفحة الرئيسية", "الرئيسيه", "Home"]
SEPARATORS = [" | ", " » ", " / ", " > ", " › ", " - ", " • "]
NETWORKS = ["فيسبوك", "تويتر", "إكس", "واتساب", "تلغرام", "إنستغرام", "يوتيوب", "لينكدإن", "تيك توك",
            "سناب شات", "Facebook", "Twitter", "WhatsApp", "Telegram"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
          "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول", "جانفي", "فيفري", "نونبر", "شتنبر"]
WEEKDAYS = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
AGENCIES = ["العمانية", "بنا", "وام", "قنا", "كونا", "واس", "سبأ", "وفا", "أ ش أ", "سانا"]


def _digits(rng: random.Random, text: str) -> str:
    """Arabic-Indic digits in a quarter of the lines, as many sites print them."""
    if rng.random() < 0.25:
        return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    return text


def _date(rng: random.Random) -> str:
    day, year = rng.randint(1, 28), rng.randint(2012, 2025)
    shapes = [f"{rng.choice(WEEKDAYS)} {day} {rng.choice(MONTHS)} {year}", f"{day} {rng.choice(MONTHS)} {year}",
              f"{day:02d}/{rng.randint(1, 12):02d}/{year}", f"{year}-{rng.randint(1, 12):02d}-{day:02d}",
              f"{rng.choice(WEEKDAYS)} {day:02d}/{rng.randint(1, 12):02d}/{year}"]
    text = rng.choice(shapes)
    if rng.random() < 0.4:
        text += f" - {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        if rng.random() < 0.3:
            text += rng.choice([" ص", " م", " مساء", " صباحا", " بتوقيت مكة"])
    return _digits(rng, text)


def _email(rng: random.Random) -> str:
    return f"{rng.choice(USERS)}@{rng.choice(DOMAINS)}"


def _colon(rng: random.Random) -> str:
    return rng.choice([":", ": ", " : ", " "])


def wire_end(rng: random.Random, _ctx) -> str:
    word = rng.choice(["انتهى", "انتهى", "النهاية", "يتبع", "إنتهى"])
    shape = rng.choice(["( {} )", "({})", "//{}//", "// {} //", "/{}/", "-{}-", "- {} -", "ـ {} ـ", "*{}*",
                        "[{}]", "(( {} ))", "// {}//", "-- {} --"])
    line = shape.format(word)
    if rng.random() < 0.15:
        line += " " + rng.choice(["س ع", "ع ح", "م ن", "ر ت", "ح ص"])
    return line


def agency_signature(rng: random.Random, _ctx) -> str:
    agency = rng.choice(AGENCIES)
    initials = " ".join(rng.sample("أبتجحخدرزسشصطعغفقكلمنهوي", rng.randint(1, 3)))
    return rng.choice([f"/{agency}/ {initials}", f"({agency}) {initials}", f"{agency}/ {initials}",
                       f"/{agency}/ {initials} / {rng.choice(['ع', 'ح', 'م'])}"])


def breadcrumb(rng: random.Random, _ctx) -> str:
    sep = rng.choice(SEPARATORS)
    parts = rng.sample(SECTIONS, rng.randint(1, 3))
    if rng.random() < 0.7:
        parts.insert(0, rng.choice(HOMES))
    if len(parts) == 1:
        parts.append(rng.choice(SECTIONS))
    return sep.join(parts)


def section_label(rng: random.Random, _ctx) -> str:
    return rng.choice([
        "أخبار " + rng.choice(["محلية", "عربية", "دولية", "العالم", "أوروبا", "آسيا", "الخليج", "مصر", "المغرب",
                               "الرياضة", "الاقتصاد", "السودان", "ليبيا", "اليمن"]),
        rng.choice(SECTIONS), "عاجل" + rng.choice(SEPARATORS) + rng.choice(SECTIONS),
        rng.choice(["آخر الأخبار", "الأكثر قراءة", "الأكثر مشاهدة", "أخبار ذات صلة", "المزيد من الأخبار",
                    "أخبار متعلقة", "الأخبار العاجلة"]) + rng.choice(["", rng.choice(SEPARATORS) + rng.choice(SECTIONS)]),
        rng.choice(SECTIONS) + rng.choice(SEPARATORS) + _date(rng),
    ])


def tags(rng: random.Random, ctx) -> str:
    head = rng.choice(["الوسوم", "وسوم", "الكلمات المفتاحية", "كلمات مفتاحية", "الكلمات الدالة", "كلمات دالة",
                       "كلمات دلالية", "الكلمات الدلالية", "هاشتاغ", "Tags"])
    words = rng.sample(ctx["tag_words"], min(len(ctx["tag_words"]), rng.randint(1, 5)))
    if rng.random() < 0.25:
        return head + _colon(rng) + " ".join("#" + w.replace(" ", "_") for w in words)
    return head + _colon(rng) + rng.choice(["، ", " | ", " - ", ", ", " ، ", " / "]).join(words)


def contact(rng: random.Random, _ctx) -> str:
    who = rng.choice(["المحرر", "المحررة", "الكاتب", "الكاتبة", "المراسل", "المراسلة", "غرفة الأخبار",
                      "قسم الأخبار", "فريق التحرير", "هيئة التحرير", "القسم الاقتصادي", "القسم الرياضي"])
    how = rng.choice([_email(rng), rng.choice(HANDLES), _email(rng), f"عبر الواتساب {rng.randint(50000000, 99999999)}",
                      "عبر البريد الإلكتروني", f"على الرقم {rng.randint(500000000, 599999999)}"])
    return rng.choice([
        f"للتواصل مع {who}{_colon(rng)}{how}", f"لمراسلة {who}{_colon(rng)}{how}", f"للتواصل{_colon(rng)}{how}",
        f"البريد الإلكتروني{_colon(rng)}{_email(rng)}", f"راسلونا على {_email(rng)}", _email(rng),
        f"تويتر{_colon(rng)}{rng.choice(HANDLES)}", f"{rng.choice(HANDLES)}", f"للتواصل مع {who} عبر الواتساب",
        f"لإرسال الأخبار والصور{_colon(rng)}{_email(rng)}", f"هل لديك خبر؟ راسلنا على {_email(rng)}",
        f"للإعلان في الموقع{_colon(rng)}{_email(rng)}",
    ])


def follow(rng: random.Random, _ctx) -> str:
    verb = rng.choice(["تابعوا", "تابعونا", "تابعنا", "تابع", "يمكنكم متابعة", "لمتابعة", "اتبعونا", "تابعي"])
    what = rng.choice(["آخر الأخبار", "أهم الأخبار", "أحدث الأخبار", "آخر المستجدات", "كل جديد", "الأخبار العاجلة",
                       "آخر أخبار " + rng.choice(["الاقتصاد", "الرياضة", "المحليات", "السياسة", "الفن"]), ""])
    where = rng.choice(["عبر تطبيقنا", "على تطبيق الموقع", "عبر قناتنا على " + rng.choice(NETWORKS),
                        "على صفحتنا في " + rng.choice(NETWORKS), "على حسابنا في " + rng.choice(NETWORKS),
                        "عبر " + rng.choice(NETWORKS), "على مواقع التواصل الاجتماعي", "عبر قناتنا",
                        "على " + rng.choice(NETWORKS), "لحظة بلحظة", "عبر تطبيقنا على الهواتف الذكية",
                        "عبر " + rng.choice(["أخبار جوجل", "Google News", "نشرتنا اليومية"])])
    tail = rng.choice(["", "", " أولا بأول", " لحظة بلحظة", " لتصلكم آخر الأخبار", " للمزيد من الأخبار",
                       " والتقارير والتحليلات الحصرية أولا بأول على مدار الساعة",
                       " وحساباتنا على " + rng.choice(NETWORKS) + " و" + rng.choice(NETWORKS) + " لتصلكم الأخبار العاجلة"])
    line = " ".join(w for w in (verb, what, where) if w) + tail
    if rng.random() < 0.15:
        line = rng.choice(["ابق على اطلاع", "ابقوا على اطلاع", "لا تفوتكم الأخبار", "كن أول من يعرف"]) + rng.choice(
            ["", " " + where, " بآخر الأخبار " + where])
    return line


def subscribe(rng: random.Random, _ctx) -> str:
    what = rng.choice(["النشرة البريدية", "نشرتنا البريدية", "النشرة الإخبارية", "النشرة اليومية",
                       "النشرة الاقتصادية اليومية", "نشرتنا الأسبوعية", "قناتنا على " + rng.choice(NETWORKS)])
    return rng.choice([
        f"اشترك في {what}", f"اشترك الآن في {what}", f"اشتركوا في {what}", f"سجل للحصول على {what}",
        f"{what}{_colon(rng)}اشترك ليصلك أهم الأخبار", f"اشترك في {what} ليصلك كل جديد",
        "سجل بريدك الإلكتروني ليصلك أهم الأخبار", "فعّل الإشعارات لتصلك الأخبار العاجلة",
        f"اشترك مجانا في {what}", f"انضم إلى {what}", "اشترك", "سجل الآن",
    ])


def share(rng: random.Random, _ctx) -> str:
    obj = rng.choice(["الخبر", "المقال", "هذا الخبر", "هذا المقال", "الموضوع", "القصة"])
    return rng.choice([
        f"شارك {obj}", f"شارك {obj}:", f"شارك {obj} عبر:", "شارك على:", "مشاركة عبر:", "شارك عبر",
        f"هل أعجبك {obj.replace('هذا ', '')}؟ شاركه مع أصدقائك", f"شارك {obj} مع أصدقائك",
        "شارك:" + " " + rng.choice(SEPARATORS).join(rng.sample(NETWORKS, 3)),
        rng.choice(SEPARATORS).join(rng.sample(["طباعة", "إرسال لصديق", "أرسل لصديق", "تكبير الخط", "تصغير الخط",
                                                "حجم الخط", "نسخ الرابط", "حفظ", "مشاركة", "PDF"], rng.randint(2, 4))),
        "نسخ الرابط", "تم نسخ الرابط", "انسخ الرابط", "أرسل لصديق", "طباعة", "حفظ في المفضلة",
        f"شارك {obj}: " + " | ".join(rng.sample(NETWORKS, 3)),
    ])


def read_also(rng: random.Random, ctx) -> str:
    head = rng.choice(["اقرأ أيضا", "اقرأ أيضاً", "اقرأ أيضًا", "إقرأ أيضا", "اقرأ كذلك", "شاهد أيضا",
                       "ذات صلة", "قد يهمك", "قد يهمك أيضا", "اقرأ المزيد", "أخبار ذات صلة"])
    return head + _colon(rng) + rng.choice(ctx["headlines"])


def read_also_heading(rng: random.Random, _ctx) -> str:
    return rng.choice(["اقرأ أيضا:", "اقرأ أيضاً:", "إقرأ أيضا:", "أخبار ذات صلة", "مواضيع ذات صلة:", "ذات صلة",
                       "المزيد من الأخبار", "المزيد من " + rng.choice(["محليات", "الاقتصاد", "الرياضة"]),
                       "أخبار متعلقة:", "قد يعجبك أيضا", "الأكثر تداولا",
                       "الأكثر قراءة", "الأكثر قراءة:", "قد يهمك أيضا:", "أخبار متعلقة", "المزيد من الأخبار:",
                       "شاهد أيضا:", "اقرأ المزيد:", "مقالات ذات صلة", "آخر الأخبار:", "الأكثر مشاهدة"])


def tags_heading(rng: random.Random, _ctx) -> str:
    return rng.choice(["الوسوم", "الوسوم:", "وسوم", "كلمات مفتاحية:", "الكلمات الدالة", "كلمات دلالية:"])


def comment(rng: random.Random, _ctx) -> str:
    n = rng.randint(0, 240)
    return _digits(rng, rng.choice([
        "أضف تعليقك", "اضف تعليقك", "أضف تعليقا", "اترك تعليقك", "اكتب تعليقك", "التعليقات",
        f"التعليقات ({n})", f"{n} تعليق", f"{n} تعليقات", f"عدد التعليقات: {n}", f"التعليقات | أضف تعليقك",
        "المرجو احترام آداب الحوار وعدم نشر التعليقات المسيئة", "يرجى الالتزام بآداب الحوار",
        "التعليقات المنشورة تعبر عن رأي أصحابها", "الآراء الواردة في التعليقات تعبر عن أصحابها",
        "لا توجد تعليقات", "كن أول من يعلق", f"{n} مشاهدة", f"عدد المشاهدات: {n * 37}", f"المشاهدات: {n * 11}",
        f"{n} قراءة", f"قراءة {rng.randint(1, 9)} دقائق", f"{rng.randint(1, 9)} دقائق قراءة",
        f"أعجبني ({n})", "إرسال التعليق", "الاسم | البريد الإلكتروني | التعليق", f"المشاهدات: {n * 53:,}",
        f"عدد القراءات {n * 9}", f"{n * 7} زيارة", f"مدة القراءة {rng.randint(1, 9)} دقائق", f"تعليقات ({n})",
    ]))


def copyright_line(rng: random.Random, _ctx) -> str:
    site, year = rng.choice(SITES), _digits(rng, str(rng.randint(2005, 2025)))
    return rng.choice([
        "© جميع الحقوق محفوظة", f"© {year} {site}", f"جميع الحقوق محفوظة © {year}", f"جميع الحقوق محفوظة لـ{site} {year}",
        f"© {year} {site}. جميع الحقوق محفوظة", "حقوق النشر محفوظة", f"حقوق النشر محفوظة لموقع {site}",
        f"جميع الحقوق محفوظة ل{site} ©", "كل الحقوق محفوظة", f"كل الحقوق محفوظة {year}",
        "يمنع نسخ المواد أو إعادة نشرها دون إذن مسبق", f"{site} © {year}", "حقوق الطبع والنشر محفوظة",
        f"Copyright © {year} {site}", f"© {site} {year} - جميع الحقوق محفوظة",
    ])


def published(rng: random.Random, _ctx) -> str:
    date = _date(rng)
    return rng.choice([
        f"نشر في{_colon(rng)}{date}", f"آخر تحديث{_colon(rng)}{date}", f"تاريخ النشر{_colon(rng)}{date}",
        f"نشر بتاريخ {date}", f"نُشر في: {date}", f"نشر في: {date} | آخر تحديث: {_date(rng)}",
        f"محدث في {date}", f"تم التحديث{_colon(rng)}{date}", f"منذ {rng.randint(2, 59)} دقيقة",
        f"منذ {rng.randint(2, 11)} ساعات", f"آخر تحديث منذ {rng.randint(2, 59)} دقيقة", f"منذ {rng.randint(2, 6)} أيام",
        f"نشر منذ {rng.randint(1, 23)} ساعة", rng.choice(["منذ ساعة", "منذ ساعتين", "منذ دقائق", "منذ يومين",
                                                          "منذ بضع ساعات", "منذ يوم"]),
    ])


def disclaimer(rng: random.Random, _ctx) -> str:
    site = rng.choice(SITES)
    return rng.choice([
        "الآراء الواردة في المقال تعبر عن رأي كاتبها", f"المقال يعبر عن رأي كاتبه ولا يعبر بالضرورة عن رأي {site}",
        "المقالات المنشورة تعبر عن آراء أصحابها", f"ما ينشر في هذه الزاوية لا يعبر بالضرورة عن رأي {site}",
        "تنويه: هذا المحتوى لأغراض إعلامية فقط", "إخلاء مسؤولية: المعلومات الواردة لا تمثل نصيحة استثمارية",
        "هذا المقال يعبر عن وجهة نظر كاتبه",
    ])


def click_here(rng: random.Random, ctx) -> str:
    return rng.choice([
        "اضغط هنا للمزيد", "للمزيد من التفاصيل اضغط هنا", "انقر هنا لمشاهدة الفيديو", "لقراءة التقرير كاملا اضغط هنا",
        "اضغط هنا لمتابعة البث المباشر", f"الرابط المختصر: {rng.choice(DOMAINS)}/{rng.randint(1000, 99999)}",
        f"رابط مختصر{_colon(rng)}https://{rng.choice(DOMAINS)}/s/{rng.randint(100, 9999)}",
        "رابط الخبر: " + rng.choice(ctx["headlines"]),
    ])


def app_download(rng: random.Random, _ctx) -> str:
    site = rng.choice(SITES)
    return rng.choice([
        f"حمّل تطبيق {site} من متجر آب ستور وجوجل بلاي", "حمل التطبيق الآن", f"نزّل تطبيق {site} على هاتفك",
        "حمّل التطبيق لتصلك الأخبار العاجلة", "متوفر على App Store و Google Play",
    ])


KINDS = {
    "wire-end": wire_end, "agency": agency_signature, "navigation": breadcrumb, "section": section_label,
    "tags": tags, "contact": contact, "follow": follow, "subscribe": subscribe, "share": share,
    "read-also": read_also, "comment": comment, "copyright": copyright_line, "published": published,
    "disclaimer": disclaimer, "link": click_here, "app": app_download,
}
TOP_KINDS = ["navigation", "navigation", "section", "published", "published", "share", "follow", "subscribe",
             "contact", "read-also"]
BOTTOM_KINDS = ["wire-end", "agency", "tags", "contact", "follow", "subscribe", "share", "read-also", "comment",
                "copyright", "navigation", "published", "follow", "share", "read-also", "tags", "disclaimer",
                "link", "app"]


# Article-like lines that share furniture's words: they must stay body.
HARD_NEGATIVES = [
    "شارك آلاف المواطنين في المسيرة التي انطلقت من ساحة الشهداء.",
    "وتابع الوزير سير العمل في المشروع خلال جولة تفقدية أمس.",
    "وأكد أن حقوق المواطنين محفوظة بموجب الدستور.",
    "تابعونا غدا في تغطية خاصة لنتائج الانتخابات البلدية في المحافظات الثماني",
    "ونشر الجيش تعزيزات إضافية على الحدود الشمالية.",
    "وقال في تعليق على حسابه في تويتر إن القرار نهائي.",
    "وأضاف: اقرأوا التاريخ جيدا قبل أن تحكموا علينا.",
    "اشترك في البطولة 16 فريقا من تسع دول عربية.",
    "وانتهى الاجتماع دون التوصل إلى اتفاق.",
    "ويتبع المكتب وزارة الداخلية مباشرة.",
    "ودعا المتظاهرين إلى الالتزام بآداب الحوار وعدم الإساءة إلى رجال الأمن.",
    "وكشف المراسل أن القوات دخلت المدينة فجرا.",
    "وأرسل الرئيس برقية تهنئة إلى نظيره التونسي.",
    "الرياض – واس",
    "جدة - «الوادي»",
    "القاهرة – من مراسلنا",
    "كتب - محمد عبد الرحمن",
    "بقلم: سمير الحلبي",
    "المصدر: وكالات",
    "حوار: نادية السالم",
    "ترجمة: خالد العمر",
    "تصوير: فهد الدوسري",
    "الأحد 12 مارس 2023 - 10:42 ص",
    "الخميس ٤ رمضان ١٤٤٥ هـ - ١٤ مارس ٢٠٢٤",
    "عمان – بترا",
    "بيروت ، 3 أيار ( خاص ) :",
    "وأضاف:",
    "وقالت الوزارة في بيانها:",
    "س: كيف تقيّمون أداء الفريق هذا الموسم؟",
    "ج: الأداء جيد لكننا نطمح إلى الأفضل.",
    "أولا: خفض الإنفاق الحكومي",
    "- رفع الحد الأدنى للأجور",
    "• تمديد فترة التسجيل حتى نهاية الشهر",
    "النتائج: الهلال 2 - 1 النصر",
    "سعر الدولار 3.75 / 3.76 ريال",
    "الرياض / جدة",
    "عاجل: زلزال بقوة 5.4 درجات يضرب جنوب البلاد",
    "نص البيان:",
    "وفيما يلي نص الحوار:",
    "مشاهدة المباراة مجانا على القناة الرياضية الأرضية قرار اتخذته الهيئة أمس",
    "التعليقات التي أدلى بها الوزير أثارت جدلا واسعا في البرلمان.",
    "وأشار إلى أن منصة «أبشر» تتيح الاعتراض على المخالفة خلال 30 يوما.",
    "وطالب النواب بنشر التقرير كاملا على موقع الوزارة.",
    "شاهد عيان: سمعنا دوي ثلاثة انفجارات متتالية",
    "الهلال يتعادل مع الاتحاد.. والنصر يقترب من الصدارة",
    "هل ينجح اتفاق الرياض في إنهاء الأزمة؟",
    "أخبار سارة للمتقاعدين: زيادة المعاشات 15% مطلع العام",
    # headlines and subheads on networks, apps, sharing, comments, rights, printing ...
    "تويتر يختبر خاصية جديدة لتعديل التغريدات بعد نشرها",
    "فيسبوك تغرم 5 مليارات دولار في قضية الخصوصية",
    "واتساب يتوقف عن العمل على الهواتف القديمة مطلع العام",
    "اختراق حساب وزير الإعلام على إنستغرام.. والوزارة تحقق",
    "يوتيوب يحذف 400 قناة تروج لمعلومات مضللة عن اللقاحات",
    "«تيك توك» تفتح مكتبا إقليميا في دبي",
    "مغردون يطلقون وسما للتضامن مع ضحايا السيول في القرى الجبلية",
    "جدل على مواقع التواصل بعد تصريحات المدرب عن الجماهير",
    "وزارة التعليم تطلق تطبيقا لمتابعة حضور الطلاب",
    "تطبيق نظام البصمة على الموظفين بدءا من الأحد",
    "تحديث جديد لنظام أندرويد يعالج ثغرة أمنية خطيرة",
    "تحديث بيانات المستفيدين شرط لصرف الدعم الشهري",
    "تعليق الدراسة في ثلاث محافظات بسبب الأمطار",
    "تعليق الرحلات الجوية إلى المدينة حتى إشعار آخر",
    "لجنة حقوق الإنسان تزور السجون المركزية",
    "حقوق المرأة العاملة على طاولة مجلس الشورى",
    "مطبعة المصحف تنهي طباعة مليون نسخة جديدة",
    "مشاركة واسعة في الانتخابات البلدية بالمنطقة الشرقية",
    "المنتخب يشارك في بطولة غرب آسيا الشهر المقبل",
    "شارك أكثر من ألفي عداء في ماراثون الكورنيش صباح الجمعة.",
    "وتواصل فرق الدفاع المدني البحث عن المفقودين لليوم الثالث.",
    "القوات تواصل تقدمها نحو مركز المدينة",
    "الأمطار تواصل هطولها على مرتفعات عسير",
    "افتتاح الطريق الرئيسي بين المدينتين بعد توسعته",
    "انقطاع الكهرباء عن الأحياء الرئيسية في العاصمة",
    "القائمة النهائية للمرشحين لعضوية المجلس",
    "قسم الطوارئ يستقبل 120 حالة خلال العيد",
    "الشرطة تسجل 40 حادثا مروريا في يوم واحد",
    "سجل الميزان التجاري فائضا بقيمة 3 مليارات دولار في الربع الأول.",
    "تابع الأمير سير العمل في مشروعات المنطقة",
    "شاهد عيان يروي تفاصيل الحريق",
    "آخر مستجدات مفاوضات الهدنة في القاهرة",
    "الأكثر تضررا من موجة الغلاء: الأسر محدودة الدخل",
    "قناة السويس تسجل إيرادات قياسية في العام المالي",
    "الموقع الأثري يستقبل 50 ألف زائر في الصيف",
    "نهاية حقبة: المدرب يرحل بعد ثماني سنوات",
    "الأزمة تقترب من النهاية بعد اتفاق الطرفين",
    "النشرة الجوية: أمطار رعدية على المرتفعات الغربية",
    "إعلان نتائج القبول في الجامعات الأسبوع المقبل",
    "عاجل: إغلاق المعابر الحدودية مع الجارة الشمالية",
    "اقرأوا الاتفاق جيدا قبل الحكم عليه، قال النائب.",
    "كلمات رثاء مؤثرة في تشييع الفنان الراحل",
    "سمات القيادة في شخصية المؤسس",
    "أضف إلى ذلك أن التمويل لم يصل بعد.",
    "نص الكلمة:",
    "وفيما يلي أبرز ما جاء في البيان:",
    # headlines under a label, with a separator
    "فيديو | لحظة انهيار جسر المشاة فوق الطريق الدائري",
    "تقرير | كيف غيّرت الحرب خريطة الزراعة في السهل الشرقي",
    "عاجل | الرئاسة تعلن تشكيل حكومة جديدة خلال أيام",
    "بالصور | آلاف الزوار في افتتاح معرض الكتاب",
    "رأي | لماذا تتعثر مفاوضات المياه؟",
    "خاص » مصادر: الاتفاق يشمل تبادل الأسرى على مراحل",
    "تحليل | الأسواق تترقب قرار الفائدة وسط مخاوف التضخم",
    "إنفوغراف | أرقام الموازنة الجديدة في سطور",
    "الرياضة | المنتخب يختتم معسكره استعدادا للتصفيات",
    # credits, bios, captions, lists
    "كاتب وإعلامي",
    "* أستاذ الاقتصاد بجامعة الملك عبدالعزيز",
    "- باحث في الشؤون الاجتماعية",
    "إعداد: منى القحطاني",
    "تصوير - سعد العنزي",
    "رصد وتصوير: ماجد الشهري",
    "المحرر الاقتصادي",
    "من مراسلنا في الخرطوم",
    "الدمام – «الساحل»",
    "الساحل – الرياض",
    "محمد العتيبي – الساحل",
    "أبوظبي - وام:",
    "عمان - أ ف ب",
    "القاهرة - د ب أ",
    "جانب من الحفل",
    "من اليمين: الوزير والسفير خلال اللقاء",
    "أولاً:",
    "ثانياً: دعم المنشآت الصغيرة",
    "1) تقديم الطلب عبر المنصة الإلكترونية",
    "2) إرفاق صورة الهوية الوطنية",
    "الخميس 7 ذو القعدة 1445",
    "التاريخ: 12/5/1445هـ",
    "14:30",
    "والسلام عليكم ورحمة الله وبركاته.",
    "وعلى الخير نلتقي.",
]


def synthetic_page(rng: random.Random, body_lines: list[tuple[str, bool]], ctx) -> str_lines:
    """A training article's lines (with their own labels) framed by invented furniture:
    a few lines on top, blocks below, now and then a read-also line between paragraphs.
    Each line comes as (text, is chrome, follows the line before without a blank line)."""
    top = [(KINDS[rng.choice(TOP_KINDS)](rng, ctx), True, rng.random() < 0.5)
           for _ in range(rng.choice([0, 0, 1, 1, 2]))]
    page = [(text, label, False) for text, label in body_lines]
    if rng.random() < 0.3 and len(page) > 4:
        at = rng.randint(2, len(page) - 2)
        page.insert(at, (read_also(rng, ctx), True, False))
    bottom: str_lines = []
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 4])):     # as many pages end with the article as with furniture
        kind = rng.choice(BOTTOM_KINDS)
        tight = rng.random() < 0.4
        spaced = rng.random() < 0.3          # list items apart, with blank lines between them
        if kind == "read-also" and rng.random() < 0.5:
            bottom.append((read_also_heading(rng, ctx), True, tight))
            for _ in range(rng.randint(1, 4)):
                bullet = rng.choice(["", "", "- ", "• ", "* "])
                bottom.append((bullet + rng.choice(ctx["headlines"]), True, not spaced))
        elif kind == "tags" and rng.random() < 0.3:
            bottom.append((tags_heading(rng, ctx), True, tight))
            for w in rng.sample(ctx["tag_words"], min(rng.randint(2, 5), len(ctx["tag_words"]))):
                bottom.append((w, True, not spaced))
        elif kind in ("share", "follow") and rng.random() < 0.25:
            bottom.append((rng.choice(["شارك", "مشاركة", "شارك الخبر", "تابعونا على", "تابعونا", "تابعنا على",
                                       "شارك عبر"]), True, tight))
            for w in rng.sample(NETWORKS, rng.randint(2, 5)):
                bottom.append((w, True, not spaced))
        else:
            bottom.append((KINDS[kind](rng, ctx), True, tight))
    # a headline stays first: furniture on top goes above or below it
    if top and page and rng.random() < 0.5:
        return page[:1] + top + page[1:] + bottom
    return top + page + bottom
