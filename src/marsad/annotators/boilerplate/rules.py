"""The hand-written chrome rules, each a named unit in an ordered table.

A rule reads one `Line` and answers the kind of furniture it is (a `reason`) or
None. Each rule is a feature of the line classifier (`model.py`), whose weights
say how much it is worth, and the reason of the first rule that fired names the
decision. A `sure` rule (an exact phrase or shape: شاركها، ( انتهى )) also
decides alone, wherever the line stands. Every rule lists the lexicons
it reads, lines it must catch and lines it must leave (its generated tests), and
can be switched off to measure what it adds (`switched_off`, bench/chrome.py).

Glued chrome (a link or tag list after the last sentence of a line, `GLUED`)
splits a line instead of labelling it; it runs only on lines the model keeps.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from ...lexicons import boilerplate as lex
from ...text.normalize import fold
from .lines import Line, line_key


@dataclass(frozen=True)
class ChromeRule:
    name: str
    run: Callable[[Line], str | None]
    lexicons: tuple[str, ...]
    examples: tuple[tuple[str, str], ...]     # line -> the reason it gives (GLUED: the chrome it splits off)
    leaves: tuple[str, ...] = ()             # lines the rule must not mark
    sure: bool = False                       # decides alone: an exact phrase or shape, never article
    stage: str = "paragraphs"


_OFF: set[str] = set()


@contextmanager
def switched_off(*names: str) -> Iterator[None]:
    """Run with the named rules off (ablation); unknown names are an error."""
    unknown = set(names) - {r.name for r in RULES + GLUED + LEADING}
    if unknown:
        raise ValueError(f"no chrome rule named {', '.join(sorted(unknown))}")
    before = set(_OFF)
    _OFF.update(names)
    try:
        yield
    finally:
        _OFF.clear()
        _OFF.update(before)


def is_on(name: str) -> bool:
    return name not in _OFF


# -- the rules -------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _whole() -> dict[str, str]:
    return {line_key(p): reason for reason, phrases in lex.WHOLE_LINES.items() for p in phrases}


@lru_cache(maxsize=1)
def _prefixes() -> list[tuple[str, str]]:
    return sorted(((line_key(p), reason) for reason, ps in lex.LINE_PREFIXES.items() for p in ps),
                  key=lambda x: -len(x[0]))


@lru_cache(maxsize=1)
def _social() -> tuple[frozenset, frozenset]:
    return frozenset(line_key(w) for w in lex.CHROME_WORDS), frozenset(line_key(w) for w in lex.CHROME_ANCHORS)


@lru_cache(maxsize=1)
def _contact() -> list[re.Pattern]:
    return [re.compile(p, re.IGNORECASE) for p in lex.CONTACT_PATTERNS]


def whole_line(line: Line) -> str | None:
    """The line is exactly a chrome phrase (شاركها، اترك تعليقاً، Exit mobile version)."""
    return _whole().get(line.key) if line.key else None


def prefix_line(line: Line) -> str | None:
    """A short line opening with a chrome prefix (رابط الخبر بصحيفة الوئام: ..., اقرأ أيضا: ...)."""
    key = line.key
    if not key:
        return None
    for prefix, reason in _prefixes():
        if key == prefix or key.startswith(prefix + " "):
            if len(line) <= lex.PREFIX_LINE_MAX_WORDS.get(reason, lex.PREFIX_LINE_MAX_WORDS_DEFAULT):
                return reason
    return None


def copyright_sign(line: Line) -> str | None:
    """A short line opening with ©."""
    if line.raw.lstrip().startswith("©") and len(line) <= lex.PREFIX_LINE_MAX_WORDS_DEFAULT:
        return "copyright"
    return None


def social_words_only(line: Line) -> str | None:
    """Every word is share/social vocabulary and one names a network or sharing (Facebook Twitter WhatsApp)."""
    words, anchors = _social()
    tokens = line.tokens
    if tokens and len(tokens) <= 12 and all(t in words for t in tokens) and any(t in anchors for t in tokens):
        return "share"
    return None


def contact_shape(line: Line) -> str | None:
    """An SMS short code or a contact line of Saudi carriers (88591 - Stc)."""
    if line.tokens and len(line) <= 12 and any(p.search(line.key) for p in _contact()):
        return "contact"
    return None


_CRUMB = re.compile("[" + re.escape(lex.BREADCRUMB_SEPARATORS) + "]")


@lru_cache(maxsize=1)
def _home() -> frozenset:
    return frozenset(line_key(h) for h in lex.BREADCRUMB_HOME)


def breadcrumb(line: Line) -> str | None:
    """Short segments joined by | › > with no sentence in them: a navigation trail."""
    raw = line.raw
    if any(c.isdigit() for c in raw) or raw.rstrip().endswith((".", ":")):
        return None
    segments = [line_key(s) for s in _CRUMB.split(raw)]
    if len(segments) < 2 or any(not s for s in segments):
        return None
    if any(len(s.split()) > lex.BREADCRUMB_MAX_SEGMENT_WORDS for s in segments):
        return None
    if segments[0] in _home() or len(segments) >= lex.BREADCRUMB_MIN_SEGMENTS and raw.count(" ") <= 16:
        return "navigation"
    return None


_WIRE_END = re.compile(r"^[\s(\[/\\\-–—ـ*]*(?:%s)[\s)\]/\\\-–—ـ*.]*((?:[\u0621-\u064A][\s./]*){0,3})$"
                       % "|".join(lex.WIRE_END_WORDS), re.IGNORECASE)


def wire_end(line: Line) -> str | None:
    """A wire story's closing mark alone on its line, perhaps with the editor's initials:
    ( انتهى ), //انتهى//, (النهاية), -يتبع-, //انتهى// س ع."""
    folded = fold(line.raw.strip()).lower()
    m = _WIRE_END.match(folded)
    if m and len(line) <= 4 and (folded != line.tokens[0] or m.group(1)):
        return "wire-end"
    return None


RULES: tuple[ChromeRule, ...] = (
    ChromeRule("whole_line", whole_line, ("boilerplate.WHOLE_LINES",),
               (("شاركها.", "share"), ("اترك تعليقاً", "comment"), ("Exit mobile version", "mobile-version"),
                ("ابق على اطلاع بالتحديثات المجانية", "subscribe"), ("Leave a Reply", "comment"),
                ("...المزيد", "read-also")),
               ("شارك آلاف المواطنين في المسيرة يوم الجمعة.", "الرياض"), sure=True),
    ChromeRule("prefix_line", prefix_line, ("boilerplate.LINE_PREFIXES", "boilerplate.PREFIX_LINE_MAX_WORDS"),
               (("رابط الخبر بصحيفة الوئام: التأمينات الاجتماعية تبدأ الصرف لمستفيدي نظام «ساند»", "link"),
                ("اقرأ أيضا: العراق وتركيا يتفقان على لجنة مشتركة للمياه", "read-also"),
                ("جميع الحقوق محفوظة © 2024", "copyright")),
               ("وقال المتحدث: اقرأ أيضا ما كتبته الصحف عن الموضوع",
                "تابعونا على مدى الأيام المقبلة في تغطية مستمرة للانتخابات التي تجري في ثلاث عشرة محافظة عراقية "
                "ويشارك فيها آلاف المرشحين من مختلف القوائم والأحزاب السياسية")),
    ChromeRule("copyright_sign", copyright_sign, (),
               (("© 2024 The Financial Times Ltd.", "copyright"),),
               ("حقوق الإنسان محفوظة في الدستور، كما قال الوزير.",), sure=True),
    ChromeRule("social_words_only", social_words_only, ("boilerplate.CHROME_WORDS", "boilerplate.CHROME_ANCHORS"),
               (("شارك من خلال تويتر فيسبوك جوجل بلس اكتب تعليقك", "share"), ("Facebook Twitter WhatsApp", "share")),
               ("من على", "نشر على تويتر أن الاجتماع تأجل إلى الأسبوع المقبل"), sure=True),
    ChromeRule("contact_shape", contact_shape, ("boilerplate.CONTACT_PATTERNS",),
               (("للتواصل مع الكاتب ارسل رسالة SMS", "contact"), ("88591 - Stc", "contact")),
               ("اتصل الوزير بنظيره السعودي مساء أمس.",), sure=True),
    ChromeRule("breadcrumb", breadcrumb, ("boilerplate.BREADCRUMB_SEPARATORS", "boilerplate.BREADCRUMB_HOME"),
               (("الرئيسية | أخبار | العراق", "navigation"), ("الرئيسية › عربي ودولي", "navigation"),
                ("Home > World > Middle East", "navigation")),
               ("الرياض / جدة", "سعر الدولار 3.75 / 3.76 ريال", "- طريق الرياض/ الحائر/ الحوطة.",
                "ارتفع المؤشر 1.2% > توقعات المحللين | بحسب بيانات السوق اليوم")),
    ChromeRule("wire_end", wire_end, ("boilerplate.WIRE_END_WORDS",),
               (("// انتهى //", "wire-end"), ("( انتهى )", "wire-end"), ("(النهاية)", "wire-end"),
                ("-يتبع-", "wire-end"), ("//انتهى// ع ح", "wire-end")),
               ("انتهى", "انتهى الاجتماع دون اتفاق."), sure=True),
)


def rule_reason(line: Line) -> tuple[str, str] | None:
    """(rule name, reason) of the first rule on that marks `line`, or None."""
    found = first_rule(line)
    return (found[0].name, found[1]) if found else None


def first_rule(line: Line) -> tuple[ChromeRule, str] | None:
    for rule in RULES:
        if rule.name in _OFF:
            continue
        reason = rule.run(line)
        if reason is not None:
            return rule, reason
    return None


def fired(line: Line) -> dict[str, str]:
    """Every rule on that marks `line`: name -> reason (the model's rule features)."""
    out = {}
    for rule in RULES:
        if rule.name not in _OFF:
            reason = rule.run(line)
            if reason is not None:
                out[rule.name] = reason
    return out


# -- chrome glued to the end of an article line -------------------------------------------------
_SENTENCE_END = re.compile(r"[.!?\u061F\u2026]+[\"'”»’)\]]*\s+")
_TAG_PUNCT = re.compile(r"[^\w\s،,]")


@lru_cache(maxsize=1)
def _trailing_rules():
    markers = [(line_key(m), reason, limit) for reason, (ms, limit) in lex.TRAILING_MARKERS.items() for m in ms]
    return markers, re.compile(lex.TRAILING_MORE, re.IGNORECASE)


def glued_more(line: str) -> tuple[int, str] | None:
    """A teaser cut off with a "more" link: `... ...المزيد`."""
    _, more = _trailing_rules()
    m = more.search(line)
    if m and m.start() > 0:
        return m.start() + len(m.group()) - len(m.group().lstrip()), "read-also"
    return None


def glued_marker(line: str) -> tuple[int, str] | None:
    """After a sentence ends, a link or a tag list to the end of the line
    (`... بفريقنا”. رابط الخبر بصحيفة الوئام: ...`, `... العام. سمات آسيوي انتحار`)."""
    markers, _ = _trailing_rules()
    for end in _SENTENCE_END.finditer(line):
        rest = line[end.end():]
        key = line_key(rest)
        for marker, reason, limit in markers:
            if key == marker or key.startswith(marker + " "):
                if len(key.split()) > limit or (reason == "tags" and _TAG_PUNCT.search(rest)):
                    continue
                return end.end(), reason
    return None


GLUED: tuple[ChromeRule, ...] = (
    ChromeRule("glued_more", glued_more, ("boilerplate.TRAILING_MORE",),
               (("وقال الوزير إن المشروع سيكتمل نهاية العام ...المزيد", "...المزيد"),),
               ("وقال الوزير إن المشروع سيكتمل... والمزيد سيأتي لاحقا.",)),
    ChromeRule("glued_marker", glued_marker, ("boilerplate.TRAILING_MARKERS",),
               (("وكتب الفريق على حسابه: “نشعر بإحباط كبير لفقدانه”. رابط الخبر بصحيفة الوئام: وفاة سائق",
                 "رابط الخبر بصحيفة الوئام: وفاة سائق"),
                ("وأحيلت أوراق الحادثة إلى هيئة التحقيق والادعاء العام. سمات آسيوي انتحار بريدة وافد",
                 "سمات آسيوي انتحار بريدة وافد"),
                ("وتستمر الحملة حتى نهاية الشهر. اقرأ أيضا: البلدية تمدد ساعات عمل الحدائق",
                 "اقرأ أيضا: البلدية تمدد ساعات عمل الحدائق")),
               ("وقال إن سمات المرحلة المقبلة واضحة للجميع.",
                "وأضاف: نتابع الأمر. سمات هذه المرحلة، كما قال، تختلف عن سابقتها.",
                "وأوضح أن رابط الخبر الذي نشرته الصحيفة غير صحيح.",
                "وقال المتحدث: اقرأ أيضا ما كتبته الصحف عن الموضوع")),
)


_WORD = re.compile(r"\S+")
LEAD_MIN_REST = 4           # words of the line that must follow a leading share bar


def glued_share_lead(line: str) -> tuple[int, str] | None:
    """A share or next/previous bar glued before the article's first words
    (`شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك علمت «عكاظ» ...`, `Next Previous عين اليوم – واس`):
    (offset where the article begins, reason)."""
    words, anchors = _social()
    end = count = 0
    anchored = False
    tokens = list(_WORD.finditer(line))
    for m in tokens:
        key = line_key(m.group())
        if not key or key not in words:
            break
        anchored = anchored or key in anchors
        end, count = m.end(), count + 1
    if count < 2 or not anchored or len(tokens) - count < LEAD_MIN_REST:
        return None
    start = end
    while start < len(line) and line[start].isspace():
        start += 1
    key = line_key(line[:end])
    return start, "navigation" if key.split()[0] in ("next", "previous", "التالي", "السابق") else "share"


LEADING: tuple[ChromeRule, ...] = (
    ChromeRule("glued_share_lead", glued_share_lead, ("boilerplate.CHROME_WORDS", "boilerplate.CHROME_ANCHORS"),
               (("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك علمت «الوادي» من مصادر مطلعة أن الوزارة ستعلن القرار",
                 "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"),
                ("Next Previous سمير الخطيب – الدمام", "Next Previous")),
               ("شارك من خلال تويتر", "تويتر يعلن أرباحه الفصلية وسط تراجع عدد المستخدمين النشطين")),
)


def leading_chrome(line: str) -> tuple[int, str] | None:
    """(offset in `line` where the article begins, reason) after chrome glued to its start, or None."""
    for rule in LEADING:
        if rule.name not in _OFF:
            found = rule.run(line)
            if found is not None:
                return found
    return None


def trailing_chrome(line: str) -> tuple[int, str] | None:
    """(offset in `line`, reason) where chrome glued to the end of an article line begins, or None."""
    for rule in GLUED:
        if rule.name not in _OFF:
            found = rule.run(line)
            if found is not None:
                return found
    return None
