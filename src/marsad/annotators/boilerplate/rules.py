"""The hand-written chrome rules, each a named unit in an ordered table.

A rule reads one `Line` and answers the kind of furniture it is (a `reason`) or
None. Each rule is a feature of the line classifier (`model.py`), whose weights
say how much it is worth, and the reason of the first rule that fired names the
decision. A `sure` rule (an exact phrase or shape: شاركها، ( انتهى )) also
decides alone, wherever the line stands. Glued chrome splits a line the
classifier keeps: a share bar before its first words (`LEADING`), a link, tag
list or read-also after its last sentence (`GLUED`).

Every rule is registered with `marsad.rules` (stage `boilerplate`) with the
lexicons it reads and examples: the lines it must mark and leave, each framed by
an article written for it, become the generated tests (tests/test_rules.py) and
`bench/ablation.py --stage boilerplate` scores each one switched off.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from ... import rules as registry
from ...lexicons import boilerplate as lex
from .lines import Line, line_key

STAGE = "boilerplate"


@dataclass(frozen=True)
class ChromeRule:
    name: str
    run: Callable[[Line], str | None]
    lexicons: tuple[str, ...]
    examples: tuple[tuple[str, str], ...]     # line -> the reason it gives (GLUED/LEADING: the chrome it splits off)
    leaves: tuple[str, ...] = ()             # lines the rule must not mark
    sure: bool = False                       # decides alone: an exact phrase or shape, never article
    top: bool = False                        # furniture printed above the article (its examples go there)

    @property
    def enabled(self) -> bool:
        return registry.get(f"{STAGE}.{self.name}").enabled


@contextmanager
def switched_off(*names: str) -> Iterator[None]:
    """Run with the named chrome rules off (ablation); unknown names are an error."""
    known = {r.name for r in RULES + GLUED + LEADING}
    unknown = set(names) - known
    if unknown:
        raise ValueError(f"no chrome rule named {', '.join(sorted(unknown))}")
    with registry.disabled(f"{STAGE}.{n}" for n in names):
        yield


# An article to frame the examples (written for these rules).
_FRAME = ["وزارة النقل تفتتح جسرا جديدا فوق وادي حنيفة بطول 400 متر",
          "افتتحت وزارة النقل والخدمات اللوجستية اليوم جسرا جديدا فوق وادي حنيفة بطول 400 متر، يربط حيين "
          "سكنيين غرب العاصمة ويختصر زمن الرحلة بينهما إلى خمس دقائق بدلا من عشرين.",
          "وقال المتحدث باسم الوزارة إن الجسر صمم لتحمل السيول، وإن أعمال الإنارة والتشجير ستكتمل الشهر المقبل."]


def _framed(line: str, top: bool = False) -> str:
    return "\n\n".join([line] + _FRAME if top else _FRAME + [line])


def _register(rule: ChromeRule, func: Callable, glued: bool = False) -> registry.Rule:
    if glued:
        examples = [registry.Example("\n\n".join(_FRAME[:2] + [line]), expect={"boilerplate": [{"text": chrome}]})
                    for line, chrome in rule.examples]
        examples += [registry.Example("\n\n".join(_FRAME[:2] + [line]), absent={"boilerplate": [{}]})
                     for line in rule.leaves]
    else:
        examples = [registry.Example(_framed(line, rule.top), expect={"boilerplate": [{"text": line, "reason": reason}]})
                    for line, reason in rule.examples]
        examples += [registry.Example(_framed(line, rule.top), absent={"boilerplate": [{"text": line}]})
                     for line in rule.leaves]
    func.__doc__ = rule.run.__doc__
    return registry.rule(STAGE, rule.name, lexicons=rule.lexicons, examples=examples)(func)


def _line_pass(rule: ChromeRule) -> registry.Rule:
    def run(found: dict, line: Line) -> dict:
        reason = rule.run(line)
        return {**found, rule.name: reason} if reason is not None else found
    run.__qualname__ = f"line_pass.{rule.name}"
    return _register(rule, run)


def _split_pass(rule: ChromeRule) -> registry.Rule:
    def run(found, line: str):
        return found if found is not None else rule.run(line)
    run.__qualname__ = f"split_pass.{rule.name}"
    return _register(rule, run, glued=True)


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
    """A short line opening with © (© 2024 The Financial Times Ltd.)."""
    if line.raw.lstrip().startswith("©") and len(line) <= lex.PREFIX_LINE_MAX_WORDS_DEFAULT:
        return "copyright"
    return None


RULES: tuple[ChromeRule, ...] = (
    ChromeRule("whole_line", whole_line, ("boilerplate.WHOLE_LINES",),
               (("شاركها.", "share"), ("اترك تعليقاً", "comment"), ("Exit mobile version", "mobile-version"),
                ("ابق على اطلاع بالتحديثات المجانية", "subscribe"), ("Leave a Reply", "comment"),
                ("...المزيد", "read-also")),
               ("شارك آلاف المواطنين في المسيرة يوم الجمعة.", "الرياض"), sure=True),
    ChromeRule("prefix_line", prefix_line, ("boilerplate.LINE_PREFIXES", "boilerplate.PREFIX_LINE_MAX_WORDS"),
               (("رابط الخبر بصحيفة الوادي: وزارة النقل تفتتح جسرا جديدا فوق وادي حنيفة بطول 400 متر غرب العاصمة",
                 "link"),
                ("اقرأ أيضا: العراق وتركيا يتفقان على لجنة مشتركة للمياه", "read-also"),
                ("جميع الحقوق محفوظة © 2024", "copyright"),
                ("رابط المقال السابق للكاتب الدكتور سعد المالكي:", "link")),
               ("وقال المتحدث: اقرأ أيضا ما كتبته الصحف عن الموضوع",
                "تابعونا على مدى الأيام المقبلة في تغطية مستمرة للانتخابات التي تجري في ثلاث عشرة محافظة عراقية "
                "ويشارك فيها آلاف المرشحين من مختلف القوائم والأحزاب السياسية")),
    ChromeRule("copyright_sign", copyright_sign, (),
               (("© 2024 The Financial Times Ltd.", "copyright"),),
               ("حقوق الإنسان محفوظة في الدستور، كما قال الوزير.",), sure=True),
)


LINE_PASSES = registry.PassTable("boilerplate.line", [_line_pass(r) for r in RULES])
_BY_NAME = {r.name: r for r in RULES}


def fired(line: Line) -> dict[str, str]:
    """Every rule on that marks `line`, in table order: name -> reason (the model's rule features)."""
    return LINE_PASSES.run({}, line)


def is_sure(name: str) -> bool:
    return _BY_NAME[name].sure


def first_rule(line: Line) -> tuple[ChromeRule, str] | None:
    """The first rule on that marks `line`, and its reason."""
    for name, reason in fired(line).items():
        return _BY_NAME[name], reason
    return None


def rule_reason(line: Line) -> tuple[str, str] | None:
    """(rule name, reason) of the first rule on that marks `line`, or None."""
    found = first_rule(line)
    return (found[0].name, found[1]) if found else None


# -- chrome glued to the end of an article line -------------------------------------------------
_SENTENCE_END = re.compile(r"[.!?\u061F\u2026]+[\"'”»’)\]]*\s+")
_TAG_PUNCT = re.compile(r"[^\w\s،,]")


@lru_cache(maxsize=1)
def _trailing_rules():
    markers = [(tuple(line_key(m).split()), reason, limit)
               for reason, (ms, limit) in lex.TRAILING_MARKERS.items() for m in ms]
    return markers, tuple((w, re.compile(re.escape(w), re.IGNORECASE)) for w in lex.TRAILING_MORE)


def glued_more(line: str) -> tuple[int, str] | None:
    """A teaser cut off with a "more" link: `... ...المزيد` (two or more dots, then a more word
    ending the line). Read from the end of the line, so a long line costs one pass."""
    _, words = _trailing_rules()
    text = line.rstrip()
    for word, pattern in words:
        if len(text) < len(word) or not pattern.fullmatch(text[len(text) - len(word):]):
            continue
        before = text[:len(text) - len(word)].rstrip()
        dots = len(before) - len(before.rstrip("."))
        if dots >= 2 and before[:len(before) - dots].rstrip():
            return len(before) - dots, "read-also"
    return None


def glued_marker(line: str) -> tuple[int, str] | None:
    """After a sentence ends, a link or a tag list to the end of the line
    (`... بفريقنا”. رابط الخبر بصحيفة الوئام: ...`, `... العام. سمات آسيوي انتحار`).

    Each piece between two sentence ends is keyed once: a rest of the line begins after
    white space, so its words are the words of the pieces from there on (linear in the line)."""
    markers, _ = _trailing_rules()
    ends = [m.end() for m in _SENTENCE_END.finditer(line)]
    words: list[str] = []
    firsts = []
    for i, end in enumerate(ends):
        firsts.append(len(words))
        words.extend(line_key(line[end:ends[i + 1] if i + 1 < len(ends) else len(line)]).split())
    last_tag_punct = -1
    for m in _TAG_PUNCT.finditer(line):
        last_tag_punct = m.start()
    for end, first in zip(ends, firsts):
        n = len(words) - first
        for marker, reason, limit in markers:
            if words[first:first + len(marker)] != list(marker) or not (marker or n == 0):
                continue
            if n > limit or (reason == "tags" and last_tag_punct >= end):
                continue
            return end, reason
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
               ("تويتر يعلن أرباحه الفصلية وسط تراجع عدد المستخدمين النشطين",
                "شارك الوزير في افتتاح المعرض الدولي للكتاب بحضور عدد من السفراء")),
)


GLUED_PASSES = registry.PassTable("boilerplate.glued", [_split_pass(r) for r in GLUED])
LEADING_PASSES = registry.PassTable("boilerplate.leading", [_split_pass(r) for r in LEADING])


def leading_chrome(line: str) -> tuple[int, str] | None:
    """(offset in `line` where the article begins, reason) after chrome glued to its start, or None."""
    return LEADING_PASSES.run(None, line)


def trailing_chrome(line: str) -> tuple[int, str] | None:
    """(offset in `line`, reason) where chrome glued to the end of an article line begins, or None."""
    return GLUED_PASSES.run(None, line)
