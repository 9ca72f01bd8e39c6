"""Chrome learned per outlet from the corpus: lines that recur across many articles of one outlet.

A site prints the same furniture under (or above) every article: its follow line, its
copyright, its app banner, `رابط الخبر بصحيفة الوئام: <the headline>`. An article's own
sentences are written once. So a line counted in at least `MIN_ARTICLES` distinct
articles of an outlet is chrome of that outlet, unless the guard (`learnable`) says it
reads as article text: a sentence (a line of prose that ends as a sentence does), or a
dateline or credit (`الرياض - واس`, which the annotation guide keeps in the article).

Lines are counted by their shape (`shape`): the matching key of the line with every
number written 0 and the article's headline, where the line repeats it, written `<t>`.
`ingest` and `watch` count each article's shapes as it arrives (`OutletChrome.see`) and
hand the lines already learned to the chrome stage (`boilerplate.OUTLET_CHROME`), whose
record gives the reason: "repeated in 212 articles of alriyadh". The counts live in the
corpus database (table `outlet_chrome`), written only for articles that were stored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..annotators.boilerplate import MAX_CHROME_WORDS, OUTLET_CHROME, KnownChrome, line_key
from ..annotators.boilerplate.features import has_evidence, is_prose, line_features
from ..annotators.boilerplate.lines import Line, line_spans
from ..document import Document

MIN_ARTICLES = 8           # distinct articles of one outlet a line must recur in to be learned
MIN_TITLE_WORDS = 4        # a headline this long, repeated inside a line, is written <t> in its shape
TITLE = "<t>"
_NUMBER = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?\u061F\u2026][\"'”»’)\]]*$")



def shape(line: str, title_key: str = "") -> str:
    """What a line is counted by: its key, numbers as 0, the article's headline (when the line
    repeats it and is not the headline itself) as <t>."""
    key = line_key(line)
    if title_key and key != title_key and len(title_key.split()) >= MIN_TITLE_WORDS and title_key in key:
        key = key.replace(title_key, TITLE)
    return _NUMBER.sub("0", key)


def learnable(line: str) -> bool:
    """Whether a recurring line may be learned as chrome of its outlet.

    Never a sentence of prose (it ends as a sentence does) or a credit line. A line with a sign
    of furniture of its own (`features.has_evidence`, without its place in the page) may. One
    without needs repetition alone to carry it, and an outlet's datelines, bylines and column
    formulas recur too (`عين اليوم – جدة`, `ناصر الجديع`, `الرياض 26 شوال 1436 هـ ... واس`,
    `والسلام عليكم ورحمة الله وبركاته`), which the guide keeps in the article: so it must be
    short, hold no separator, date, clock or particle of prose, and open with no given name
    and no و."""
    ln = Line(line)
    if not ln.tokens or len(ln) > MAX_CHROME_WORDS:
        return False
    if is_prose(ln) and _SENTENCE_END.search(line.rstrip()):
        return False
    f = line_features(ln)
    if "credit:opener" in f or "credit:word" in f:
        return False
    if has_evidence(f):
        return True
    return (len(ln) <= MAX_BARE_WORDS and not _SEPARATOR.search(line) and not _NAME_OPENING.match(ln.tokens[0])
            and not any(n in f for n in _ARTICLE_SIGNS) and ln.tokens[0] not in _given_names())


MAX_BARE_WORDS = 4          # a recurring line with no sign of furniture: at most this long
_SEPARATOR = re.compile(r"[-–—:/|»(]")
_NAME_OPENING = re.compile(r"^(?:عبد|ابو|بن|ال)[\u0621-\u064a]")
_ARTICLE_SIGNS = ("shape:date", "shape:clock", "prose:particles", "prose:wa-start", "prose:quote-mark",
                  "end:sentence", "end:question")


@lru_cache(maxsize=1)
def _given_names() -> frozenset:
    from ..lexicons.given_names import GIVEN_NAMES
    return frozenset(line_key(n) for n in GIVEN_NAMES)


def article_lines(text: str) -> dict[str, str]:
    """shape -> the line, for every line of an article that could be learned (once each)."""
    spans = line_spans(text)
    if not spans:
        return {}
    title_key = line_key(text[spans[0][0]:spans[0][1]])
    out: dict[str, str] = {}
    for start, end in spans:
        raw = text[start:end]
        if len(raw.split()) > MAX_CHROME_WORDS:
            continue
        s = shape(raw, title_key)
        if s and s != TITLE and s not in out:
            out[s] = raw
    return out


@dataclass
class Learned:
    outlet: str
    shape: str
    articles: int
    example: str

    @property
    def reason(self) -> str:
        return f"repeated in {self.articles} articles of {self.outlet}"


class OutletChrome:
    """Counts of line shapes per outlet, kept in the corpus database (`connect()`: this thread's
    sqlite3 connection to it, autocommit, with the `outlet_chrome` table) and in memory while a
    run lasts."""

    def __init__(self, connect, min_articles: int = MIN_ARTICLES):
        self.connect = connect
        self.min_articles = min_articles
        self._counts: dict[str, dict[str, list]] = {}     # outlet -> shape -> [articles, example, learnable]
        self._pending: dict[object, tuple[str, dict[str, str]]] = {}

    def _outlet(self, outlet: str) -> dict[str, list]:
        counts = self._counts.get(outlet)
        if counts is None:
            counts = {s: [n, ex, None] for s, n, ex in self.connect().execute(
                "SELECT shape, articles, example FROM outlet_chrome WHERE outlet = ?", (outlet,))}
            self._counts[outlet] = counts
        return counts

    def _learned(self, entry: list) -> bool:
        if entry[0] < self.min_articles:
            return False
        if entry[2] is None:
            entry[2] = learnable(entry[1])
        return entry[2]

    def see(self, outlet: str | None, doc: Document, token: object) -> Document:
        """Count the lines of an arriving article (pending until `stored(token)`) and give it the
        lines its outlet's chrome holds, as the `OUTLET_CHROME` layer."""
        if not outlet:
            return doc
        lines = article_lines(doc.text)
        counts = self._outlet(outlet)
        for s, raw in lines.items():
            entry = counts.get(s)
            if entry is None:
                counts[s] = [1, raw, None]
            else:
                entry[0] += 1
        self._pending[token] = (outlet, lines)
        known = self.known(outlet, doc.text)
        return doc.with_layers(**{OUTLET_CHROME: known}) if known else doc

    def known(self, outlet: str, text: str) -> list[KnownChrome]:
        """The lines of `text` that are learned chrome of `outlet` (counts as they stand)."""
        counts = self._outlet(outlet)
        spans = line_spans(text)
        if not spans:
            return []
        title_key = line_key(text[spans[0][0]:spans[0][1]])
        found: dict[str, KnownChrome] = {}
        for start, end in spans:
            raw = text[start:end]
            if len(raw.split()) > MAX_CHROME_WORDS:
                continue
            entry = counts.get(shape(raw, title_key))
            if entry is not None and self._learned(entry):
                key = line_key(raw)
                found.setdefault(key, KnownChrome(key, f"repeated in {entry[0]} articles of {outlet}"))
        return list(found.values())

    def stored(self, tokens_added: dict[object, bool]) -> None:
        """Write the counts of the articles that were stored (one transaction); forget the others'."""
        rows: dict[tuple[str, str], list] = {}
        for token, added in tokens_added.items():
            outlet, lines = self._pending.pop(token, (None, {}))
            if outlet is None:
                continue
            counts = self._outlet(outlet)
            for s, raw in lines.items():
                if added:
                    row = rows.setdefault((outlet, s), [0, raw])
                    row[0] += 1
                else:
                    entry = counts.get(s)
                    if entry is not None:
                        entry[0] -= 1
        if not rows:
            return
        conn = self.connect()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                "INSERT INTO outlet_chrome (outlet, shape, articles, example) VALUES (?,?,?,?)"
                " ON CONFLICT (outlet, shape) DO UPDATE SET articles = articles + excluded.articles",
                [(o, s, n, ex) for (o, s), (n, ex) in rows.items()])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def learned(conn, outlet: str, min_articles: int = MIN_ARTICLES) -> list[Learned]:
    """What the corpus learned as chrome of `outlet`, most repeated first."""
    out = []
    for s, n, ex in conn.execute("SELECT shape, articles, example FROM outlet_chrome WHERE outlet = ?"
                                 " AND articles >= ? ORDER BY articles DESC, shape", (outlet, min_articles)):
        if learnable(ex):
            out.append(Learned(outlet, s, n, ex))
    return out


def outlets(conn, min_articles: int = MIN_ARTICLES) -> list[tuple[str, int]]:
    """Every outlet with lines counted, and how many it has learned as chrome."""
    out: dict[str, int] = {}
    for o, ex in conn.execute("SELECT outlet, example FROM outlet_chrome WHERE articles >= ?", (min_articles,)):
        out[o] = out.get(o, 0) + learnable(ex)
    for (o,) in conn.execute("SELECT DISTINCT outlet FROM outlet_chrome"):
        out.setdefault(o, 0)
    return sorted(out.items())
