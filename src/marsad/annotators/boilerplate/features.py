"""What the chrome classifier sees of a line: features that hold on sites never seen.

Every feature is a name with a value (mostly 1.0). They describe
- the line itself: length, how it ends, its share of digits, Latin letters and
  punctuation, separators (| » / >), e-mail, URL, @handle, #hashtag and phone
  shapes, dates and clock times, words of article prose;
- the vocabulary of furniture (`lexicons.boilerplate.CHROME_VOCABULARY`: share,
  follow, subscribe, tags, read-also ... words), the openings of furniture lines
  and section names;
- the hand rules that fire on it (`rules.RULES`);
- its place in the page: first or last lines, before the first or after the last
  line of prose, under a list heading (اقرأ أيضا:, الوسوم), repeated in the page.

`page_features` gives one dict per line; the model (`model.py`) weighs them.
Feature names carry their group before the colon, which names the decision's reason.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...lexicons import boilerplate as lex
from ...lexicons.calendar import gregorian_months, hijri_months, weekdays
from . import rules
from .lines import Line, bare, line_key

_SENTENCE_END = re.compile(r"[.!?\u061F\u2026][\"'”»’)\]]*$")
_STRONG_SEPARATORS = re.compile(r"\s[»›>•·]\s|\|")
_WEAK_SEPARATORS = re.compile(r"\s[-–—/]\s")
_SEGMENT_SPLIT = re.compile(r"[|»›>/•·]|\s[-–—]\s")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\[email\s*protected\]")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|sa|ae|eg|iq|news|info|me|co|tv|example)(?:/\S*)?\b",
                   re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}")
_HASHTAG = re.compile(r"#\w+")
_PHONE = re.compile(r"\d{5,}")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
_NUM_DATE = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
_AGO = re.compile(r"^(?:نشر |اخر تحديث )?منذ (?:(?:\d+|بضع) (?:ثانيه|ثواني|دقيقه|دقايق|ساعه|ساعات|يوم|ايام|اسبوع|اسابيع|شهر|اشهر)"
                  r"|ثانيه|دقيقه|دقيقتين|دقايق|ساعه|ساعتين|يوم|يومين|اسبوع|اسبوعين|شهر|شهرين)$")
_READING_TIME = re.compile(r"^(?:مده |وقت )?(?:القراءه|قراءه) \d+ (?:دقيقه|دقايق|د)$|^\d+ (?:دقيقه|دقايق) (?:للقراءه|قراءه)$")
_DISCLAIMER = re.compile(r"(?:تعبر|يعبر) (?:بالضروره )?عن (?:راي|وجهه نظر) (?:كاتب|صاحب|اصحاب|الكاتب|كتاب)")
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_PUNCT = re.compile(r"[^\w\s]")
_QUOTES = re.compile(r"[\"«»“”„]")
_INITIALS_TAIL = re.compile(r"(?:\s[\u0621-\u064A]){1,3}\s*$")
_SLASHED = re.compile(r"^\s*[/(]\s*[\u0600-\u06FF\w ]{2,30}\s*[/)]")

_NEWS_LABEL = frozenset(bare(line_key(w)) for w in lex.SECTION_LABEL_HEADS)
PROSE_MIN_WORDS = 12          # a line this long is prose; so are shorter ones with particles (is_prose)
MAX_LIST_ITEM_WORDS = 18
LONG_LINE_WORDS = 10          # a longer line is chrome only if it opens as furniture does


def _kinds_of(vocabulary: dict[str, list[str]]) -> tuple[dict, dict]:
    """word -> kinds, as listed (folded) and by bare form. Only words listed bare give a
    bare form: للتواصل matches للتواصل itself, not the verb تواصل."""
    exact: dict[str, list[str]] = {}
    by_bare: dict[str, list[str]] = {}
    for kind, words in vocabulary.items():
        for w in words:
            for t in line_key(w).split():
                exact.setdefault(t, []).append(kind)
                if bare(t) == t:
                    by_bare.setdefault(t, []).append(kind)
    return ({w: tuple(dict.fromkeys(k)) for w, k in exact.items()},
            {w: tuple(dict.fromkeys(k)) for w, k in by_bare.items()})


@lru_cache(maxsize=1)
def _word_kinds() -> tuple[tuple[dict, dict], tuple[dict, dict]]:
    """The strong and the weak vocabulary, each as (listed forms, bare forms) -> kinds."""
    return _kinds_of(lex.CHROME_VOCABULARY), _kinds_of(lex.CHROME_VOCABULARY_WEAK)


def _kinds(vocabulary: tuple[dict, dict], token: str, bare_token: str) -> tuple[str, ...] | None:
    exact, by_bare = vocabulary
    return exact.get(token) or by_bare.get(bare_token)


@lru_cache(maxsize=1)
def _sections() -> frozenset:
    return frozenset(bare(line_key(w)) for w in lex.SECTION_WORDS)


@lru_cache(maxsize=1)
def _openers() -> list[tuple[str, str]]:
    return sorted(((line_key(p), kind) for kind, ps in lex.CHROME_OPENERS.items() for p in ps if line_key(p)),
                  key=lambda x: -len(x[0]))


@lru_cache(maxsize=1)
def _credits() -> tuple[frozenset, frozenset]:
    return (frozenset(line_key(w) for w in lex.CREDIT_OPENERS),
            frozenset(line_key(w) for w in lex.CREDIT_WORDS))


@lru_cache(maxsize=1)
def _prose() -> frozenset:
    return frozenset(line_key(w) for w in lex.PROSE_WORDS)


@lru_cache(maxsize=1)
def _date_words() -> frozenset:
    words = set()
    for names in (gregorian_months(), hijri_months(), weekdays()):
        for name in names:
            words.update(line_key(name).split())
    return frozenset(w for w in words if len(w) > 2)


def _length_bucket(n: int) -> str:
    for limit, name in ((1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12"), (20, "13-20")):
        if n <= limit:
            return name
    return "21+"


def _ngrams(tokens: list[str], most: int):
    for size in range(1, most + 1):
        for i in range(len(tokens) - size + 1):
            yield " ".join(tokens[i:i + size])


def is_prose(line: Line) -> bool:
    """A line of article prose: long, or a sentence of several words with particles."""
    n = len(line)
    if n >= PROSE_MIN_WORDS:
        return True
    particles = sum(t in _prose() for t in line.tokens)
    opens_with_wa = len(line.tokens[0]) > 3 and line.tokens[0][0] == "و" if line.tokens else False
    if n >= 7 and (particles >= 3 or particles >= 2 and opens_with_wa):
        return True             # نشر على تويتر أن الاجتماع تأجل إلى الأسبوع المقبل: a sentence, unfinished
    return n >= 6 and bool(_SENTENCE_END.search(line.raw)) and particles >= 1


def line_features(line: Line) -> dict[str, float]:
    """Features of a line on its own."""
    raw = line.raw
    n = len(line)
    f: dict[str, float] = {"bias": 1.0}
    if n <= 12:                         # (longer: the bias alone)
        f[f"len:{_length_bucket(n)}"] = 1.0
    chars = len(raw) or 1
    if _SENTENCE_END.search(raw):
        f["end:sentence"] = 1.0
    stripped = raw.rstrip()
    if stripped.endswith((":", ":")):
        f["end:colon"] = 1.0
    if stripped.endswith(("؟", "?")):
        f["end:question"] = 1.0
    # shapes
    if _EMAIL.search(raw):
        f["shape:email"] = 1.0
    if _URL.search(raw):
        f["shape:url"] = 1.0
    if _HANDLE.search(raw):
        f["shape:handle"] = 1.0
    tags = len(_HASHTAG.findall(raw))
    if tags:
        f["shape:hashtag"] = min(tags, 3) / 3
    if _PHONE.search(line.key):
        f["shape:phone"] = 1.0
    if _CLOCK.search(raw):
        f["shape:clock"] = 1.0
    if _NUM_DATE.search(line.key) or any(t in _date_words() for t in line.tokens):
        f["shape:date"] = 1.0
    if _AGO.match(line.key):
        f["shape:ago"] = 1.0
    if _READING_TIME.match(line.key):
        f["shape:reading-time"] = 1.0
    if _QUOTES.search(raw):
        f["prose:quote-mark"] = 1.0
    if _INITIALS_TAIL.search(raw) and n <= 6:
        f["shape:initials"] = 1.0      # (kept only after the article: see page_features)
    if _SLASHED.match(raw) and n <= 6:
        f["shape:slashed"] = 1.0
    latin = len(_LATIN.findall(raw))
    arabic = len(_ARABIC.findall(raw))
    digits = sum(c.isdigit() for c in raw)
    punct = len(_PUNCT.findall(raw))
    if latin > arabic:
        f["ratio:latin"] = 1.0
    f["ratio:digits"] = digits / chars
    f["ratio:punct"] = punct / chars
    # separators and segments: | » › > • mark trails; - – / also join bylines and places
    strong = len(_STRONG_SEPARATORS.findall(raw))
    weak = len(_WEAK_SEPARATORS.findall(raw))
    if strong:
        f["sep:1" if strong == 1 else "sep:2+"] = 1.0
    if weak:
        f["dash:1" if weak == 1 else "dash:2+"] = 1.0
    if strong or weak:
        segments = [s.split() for s in _SEGMENT_SPLIT.split(raw) if s.strip()]
        if len(segments) >= 2 and all(len(s) <= 3 for s in segments):
            f["dash:short-segments" if not strong else "sep:short-segments"] = 1.0
        elif any(len(s) >= 4 for s in segments):
            f["prose:long-segment"] = 1.0  # حوار | مدير المهرجان: ...: a headline under a label
    # vocabulary
    strong_kinds, weak_kinds = _word_kinds()
    sections = _sections()
    counts: dict[str, list[int]] = {}
    n_strong = n_weak = n_section = 0
    for t, b in zip(line.tokens, line.bare_tokens):
        found = _kinds(strong_kinds, t, b)
        if found:
            n_strong += 1
            for k in found:
                counts.setdefault(k, [0, 0])[0] += 1
        else:
            found = _kinds(weak_kinds, t, b)
            if found:
                n_weak += 1
                for k in found:
                    counts.setdefault(k, [0, 0])[1] += 1
            elif b in sections:
                n_section += 1
    for k, (c_strong, c_weak) in counts.items():
        f[f"{k}:word" if c_strong else f"{k}:weak"] = 1.0
        if c_strong + c_weak >= 2:
            f[f"{k}:words2"] = 1.0
    if n:
        f["voc:share"] = (n_strong + 0.5 * n_weak) / n
        if n_strong + n_weak == n:
            f["voc:all"] = 1.0
        if n_section and n_section + n_strong + n_weak == n:
            f["section:all"] = 1.0
    if _DISCLAIMER.search(line.key):
        f["disclaimer:phrase"] = 1.0   # ... تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع
    if n <= 4 and digits and ("counter" in counts or "comment" in counts):
        f["counter:number"] = 1.0      # المشاهدات: 1,245، التعليقات (4)
    if n > LONG_LINE_WORDS:
        f["len:long"] = 1.0
    if 2 <= n <= 3 and line.bare_tokens[0] in _NEWS_LABEL and not _SENTENCE_END.search(raw):
        f["section:label"] = 1.0       # أخبار محلية، أخبار أوروبا: a section's name
    key = line.key
    for opener, kind in _openers():
        if key == opener or key.startswith(opener + " "):
            f[f"{kind}:opener"] = 1.0
            if ":" in stripped or ":" in stripped:
                f[f"{kind}:opener-colon"] = 1.0
            break
    # article prose
    prose = sum(t in _prose() for t in line.tokens)
    if prose:
        f["prose:particles"] = min(prose, 4) / 4
    openers, credit_words = _credits()
    first = line.tokens[0] if line.tokens else ""
    if first in openers and n <= 8:
        f["credit:opener"] = 1.0
    if n <= 6 and any(w in credit_words for w in _ngrams(line.tokens, 3)):
        f["credit:word"] = 1.0
        f.pop("shape:initials", None)  # أ ش أ, أ ف ب: an agency's letters, not an editor's
    if len(first) > 3 and first[0] == "و" and not _kinds(strong_kinds, first, bare(first)) \
            and not _kinds(weak_kinds, first, bare(first)):
        f["prose:wa-start"] = 1.0
    # the hand rules
    for name, _reason in rules.fired(line).items():
        f[f"rule:{name}"] = 1.0
    return f


# Features that are evidence of furniture; a line with none of them is article whatever
# its place in the page (a short last line such as المصدر: وكالات is not chrome). A long
# line or one of prose (`is_prose`) needs a furniture opening (اقرأ أيضا: ..., تابعونا ...),
# a rule or a list heading above.
_EVIDENCE_GROUPS = frozenset(list(lex.CHROME_VOCABULARY) + ["latest", "counter", "section", "sep", "rule", "list"])
_EVIDENCE_SHAPES = frozenset(["shape:email", "shape:url", "shape:handle", "shape:hashtag", "shape:phone",
                              "shape:initials", "shape:slashed", "shape:ago", "shape:reading-time"])
_LONG_LINE_EVIDENCE = ("opener-colon",)
# Openings that are furniture's own (اشترك، حمّل التطبيق، جميع الحقوق): enough for a long line. Not تابعونا:
# تابعونا على مدى الأيام المقبلة في تغطية ... opens a sentence.
_LONG_LINE_OPENERS = frozenset(["subscribe:opener", "app:opener", "copyright:opener", "disclaimer:opener"])
# Two weak words of a kind are evidence only where the pair is the furniture's own phrase
# (آخر الأخبار، ذات صلة، الكلمات الدالة، فيس بوك); a short article line may hold رأي and تعبر.
_PAIR_EVIDENCE = frozenset(["latest", "read-also", "tags", "social"])


def has_evidence(features: dict[str, float]) -> bool:
    """Whether any feature of the line speaks for furniture (position and length alone do not)."""
    long_line = "len:long" in features or "prose:line" in features
    for name in features:
        group, _, kind = name.partition(":")
        if long_line:
            if group in ("rule", "list") or kind in _LONG_LINE_EVIDENCE or name in _LONG_LINE_OPENERS:
                return True
            continue
        if kind == "words2" and group not in _PAIR_EVIDENCE:
            continue
        if name in _EVIDENCE_SHAPES or (group in _EVIDENCE_GROUPS and kind != "weak"):
            return True
    return False


def _is_furniture(features: dict[str, float]) -> bool:
    """A line that plainly looks like furniture: a furniture opening, a rule, a strong word or shape."""
    for name in features:
        group, _, kind = name.partition(":")
        if kind in ("opener", "word") and group in _EVIDENCE_GROUPS or group == "rule" or name in _EVIDENCE_SHAPES:
            return True
    return False


_HEADING_KINDS = ("read-also", "tags", "latest", "share", "follow", "social")


def _is_list_heading(line: Line, feats: dict[str, float]) -> bool:
    """اقرأ أيضا: / الوسوم / أخبار ذات صلة: a short line of furniture words announcing a list.
    A short line ending in a colon is not enough (وتشمل الإجراءات: opens a list of the article)."""
    if len(line) > 4 or not line.tokens or "prose:wa-start" in feats:
        return False
    if not any(f"{k}:{e}" in feats for k in _HEADING_KINDS for e in ("word", "words2", "opener")):
        return False
    if _SENTENCE_END.search(line.raw):
        return False
    return "voc:all" in feats or line.raw.rstrip().endswith((":", ":")) or any(
        f"{k}:opener" in feats for k in _HEADING_KINDS)


def page_features(lines: list[Line], gaps: list[bool] | None = None) -> list[dict[str, float]]:
    """Features of every line of a page, each with its place in the page.

    `gaps[i]` is True when a blank line stands between line i-1 and line i."""
    own = [line_features(line) for line in lines]
    prose = [is_prose(line) for line in lines]
    first_prose = next((i for i, p in enumerate(prose) if p), len(lines))
    last_prose = max((i for i, p in enumerate(prose) if p), default=-1)
    keys: dict[str, int] = {}
    for line in lines:
        if line.key:
            keys[line.key] = keys.get(line.key, 0) + 1
    furniture = [_is_furniture(f) for f in own]
    out = []
    in_list = False
    total = len(lines)
    for i, (line, f) in enumerate(zip(lines, own)):
        f = dict(f)
        from_end = total - 1 - i
        if i < 3:                       # (further from the ends: the bias alone)
            f[f"pos:start{i}"] = 1.0
        if from_end < 3:
            f[f"pos:end{from_end}"] = 1.0
        if prose[i]:
            f["prose:line"] = 1.0
        if first_prose <= i <= last_prose:
            # Section names between lines of prose are the article's own subheadings
            # (أسواق الخليج), not a trail: they weigh apart from those at the edges.
            for name in [n for n in f if n.startswith("section:")]:
                f["inner-" + name] = f.pop(name)
        if i <= last_prose and "shape:initials" in f:
            del f["shape:initials"]    # القاهرة - أ ش أ above the article is a dateline
        if i < first_prose:
            f["zone:head"] = 1.0
        elif i > last_prose:
            f["zone:tail"] = 1.0
        short = len(line) <= 8
        if short and i > last_prose:
            f["zone:tail-short"] = 1.0
        if short and i < first_prose:
            f["zone:head-short"] = 1.0
        if keys.get(line.key, 0) > 1:
            f["page:repeated"] = 1.0
        if len(line) <= 3 and not _is_furniture(f) and any(n.endswith(":weak") for n in f) and (
                i > 0 and furniture[i - 1] or i + 1 < total and furniture[i + 1]):
            f["list:in-run"] = 1.0     # إكس between فيسبوك and يوتيوب: a weak word inside furniture
        if i > 0 and furniture[i - 1]:
            f["ctx:prev-furniture"] = 1.0
        if i + 1 < total and furniture[i + 1]:
            f["ctx:next-furniture"] = 1.0
        gap = bool(gaps[i]) if gaps is not None else False
        if i > 0 and _is_list_heading(lines[i - 1], own[i - 1]) and not prose[i]:
            f["list:after-heading"] = 1.0
            in_list = True
        elif in_list and (not gap or i > last_prose) and not prose[i] and len(line) <= MAX_LIST_ITEM_WORDS:
            f["list:item"] = 1.0
        else:
            in_list = False
        if _is_list_heading(line, own[i]) and i + 1 < total and not prose[i + 1]:
            f["list:heading"] = 1.0
        out.append(f)
    return out
