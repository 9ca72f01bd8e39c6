"""The NER training data, every source read into one form: sentences of (words, BIO tags).

Sources (../shared/data, see its README):
- ANERcorp train (CAMeL Lab split; PERS read as PER; currencies and الله, MISC there and no
  entities for the guide, read as O: `to_guide`). Its last tenth is the dev part every choice
  is made on (`anercorp_parts`, ANERcorp's own tags); the test split is never read here.
- WikiFANE Gold (Wikipedia, 50 fine types): the fine types mapped to PER/ORG/LOC/MISC
  as the annotation guide labels them (`WIKIFANE_TYPES`); the file's byte-order mark,
  CRLF and the U+200E before each token are dropped; a pronoun clitic the corpus split off
  (`طر ه`) is joined back to its word and a lone conjunction و to the next word, as
  marsad's tokeniser leaves them.
- written-news (the 109 articles of the train split, `training.splits`): the gold character
  spans moved onto marsad's own tokens of each sentence, as the runtime tokenises the text
  (boilerplate lines and segmentation included), so training and inference see the same
  tokens. A token any part of which lies in a mention takes its label (a clitic the guide
  leaves outside the span is part of the token; the stage cuts it again). The held-out 27
  and the dev set are never read here.
NewsFANE repeats ANERcorp train's text and IDRISI is tweets with places only: neither is used.
"""
from __future__ import annotations

from bisect import bisect_left
from pathlib import Path

from .splits import ANERCORP, SHARED, Article, written_news

WIKIFANE = SHARED / "data" / "wikifane" / "WikiFANE_Gold_2014_500K.txt"
ANERCORP_TRAIN = ANERCORP / "ANERCorp_CamelLab_train.txt"
DEV_SHARE = 0.1            # the last tenth of ANERcorp train: the dev part
TUNE_EVERY = 5             # every fifth written-news train article: the tuning part

# WikiFANE's fine types -> the guide's labels (None: not an entity for the guide).
_PER = ("Politician", "Athlete", "Businessperson", "Artist", "Scientist", "Police", "Religious_PER",
        "Engineer", "Lawyer", "Other_PER")
_LOC = ("Continent", "Nation", "State-or-Province", "County-or-District", "Population-Center",
        "GPE-Cluster", "Water-Body", "Land-Region-Natural", "Building-Grounds", "Subarea-Facility",
        "Path", "Airport")
_ORG = ("Government", "Commercial", "Educational", "Entertainment", "Non-Governmental", "Media",
        "Religious_ORG", "Medical-Science", "Sports", "Plant")
_MISC = ("Group",                                        # peoples as nouns (العرب، المغول)
         "Air", "Land", "Water",                            # vehicles (VEH in its taxonomy)
         "Blunt", "Exploding", "Sharp", "Shooting", "Projectile", "Chemical", "Nuclear",
         "Book", "Movie", "Sound", "Hardware", "Software", "Drug")
WIKIFANE_TYPES: dict[str, str | None] = {
    **{t: "PER" for t in _PER}, **{t: "LOC" for t in _LOC}, **{t: "ORG" for t in _ORG},
    **{t: "MISC" for t in _MISC},
    "Celestial": None, "Food": None,         # planets and dishes are no names the guide tags
}
_PRONOUNS = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "ني", "نا"})

Sentence = tuple[list[str], list[str]]


def read_conll(path: Path) -> list[Sentence]:
    from marsad.annotators.entities.conll import read_conll as read
    return read(path)


def to_guide(sentence: Sentence) -> Sentence:
    """ANERcorp's tags read as the annotation guide labels: a currency (`دولار`, `باليورو`) or
    `الله` tagged MISC is no entity for the guide (O)."""
    from marsad.annotators.entities.mentions import groups
    from marsad.annotators.entities.words import currency_words
    from marsad.lexicons import entities as lex
    from marsad.text.tokenview import clitic_forms, fold_words
    words, tags = sentence
    currencies = currency_words()
    out = list(tags)
    for first, end, label in groups(tags):
        if label != "MISC":
            continue
        folded = fold_words(" ".join(words[first:end]))
        head = {f.removesuffix("ا") if k == 0 and f.endswith("را") else f      # دولارا: accusative
                for k, (f, _) in enumerate(clitic_forms(words[first]))}
        if (end - first <= 2 and head & currencies) or " ".join(folded) in lex.NON_ENTITIES \
                or (end - first == 1 and head & lex.NON_ENTITIES.forms):
            out[first:end] = ["O"] * (end - first)
    return words, out


def anercorp_parts() -> tuple[list[Sentence], list[Sentence]]:
    """ANERcorp train as (fit, dev): the dev part is its last tenth (the split is sequential).
    The fit part's tags are read as the guide labels them (`to_guide`); the dev part keeps ANERcorp's."""
    sentences = read_conll(ANERCORP_TRAIN)
    cut = int(len(sentences) * (1 - DEV_SHARE))
    return [to_guide(x) for x in sentences[:cut]], sentences[cut:]


def _wikifane_label(tag: str) -> str:
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, fine = tag.split("-", 1)
    label = WIKIFANE_TYPES.get(fine)
    return f"{prefix}-{label}" if label else "O"


def _join_split_clitics(words: list[str], tags: list[str]) -> Sentence:
    out_w, out_t = [], []
    i = 0
    while i < len(words):
        w, t = words[i], tags[i]
        if w in _PRONOUNS and out_w and out_w[-1][-1:].isalpha():
            # عاصمة ها -> عاصمتها: the pronoun belongs to its word (ة is written ت before it)
            out_w[-1] = (out_w[-1][:-1] + "ت" if out_w[-1].endswith("ة") else out_w[-1]) + w
            i += 1
            continue
        if w == "و" and i + 1 < len(words) and words[i + 1][:1].isalpha():
            nxt = tags[i + 1]
            out_w.append("و" + words[i + 1])       # و يبر -> ويبر (the tag of the word; as ANERcorp)
            out_t.append(("B-" + nxt[2:]) if nxt.startswith("I-") and t == "O" else nxt)
            i += 2
            continue
        out_w.append(w)
        out_t.append(t)
        i += 1
    # a joined word may leave an I- without its B-
    for k, tag in enumerate(out_t):
        if tag.startswith("I-") and (k == 0 or out_t[k - 1][2:] != tag[2:]):
            out_t[k] = "B-" + tag[2:]
    return out_w, out_t


def wikifane(path: Path = WIKIFANE) -> list[Sentence]:
    """WikiFANE Gold with the guide's labels (see the module's doc)."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    raw = path.read_bytes().decode("utf-8-sig")
    for line in raw.splitlines():
        parts = line.replace("\u200e", "").replace("\u200f", "").strip().split("\t")
        word = parts[0].strip() if parts else ""
        if not word:
            if words:
                sentences.append(_join_split_clitics(words, tags))
                words, tags = [], []
            continue
        words.append(word)
        tags.append(_wikifane_label(parts[-1].strip() if len(parts) > 1 else "O"))
    if words:
        sentences.append(_join_split_clitics(words, tags))
    return sentences


def article_sentences(article: Article) -> list[Sentence]:
    """An article's sentences on marsad's tokens, tagged from its gold entity spans."""
    from marsad.annotators.boilerplate import split_paragraphs
    from marsad.annotators.entities import sentence_tokens
    from marsad.annotators.segment import segment
    from marsad.document import Document

    doc = segment(split_paragraphs(Document(article.text())))
    gold = sorted((e["start"], e["end"], e["label"]) for e in article.gold()["entities"])
    starts = [g[0] for g in gold]
    out = []
    for tokens in sentence_tokens(doc):
        words, tags, prev = [], [], None
        for tok in tokens:
            hit = None
            k = bisect_left(starts, tok.end) - 1     # the last mention starting before the token ends
            for j in range(k, max(-1, k - 4), -1):
                s, e, label = gold[j]
                if s < tok.end and tok.start < e:
                    hit = (j, label)
                    break
            words.append(tok.text)
            if hit is None:
                tags.append("O")
            else:
                tags.append(("I-" if prev is not None and prev[0] == hit[0] else "B-") + hit[1])
            prev = hit
        out.append((words, tags))
    return out


def written_news_parts() -> tuple[list[Sentence], list[Sentence], list[Article]]:
    """written-news train as (fit sentences, tuning sentences, tuning articles): every fifth of
    the 109 train articles is the tuning part (for choices scored through the whole stage)."""
    train = written_news("train")
    tune = [a for i, a in enumerate(train) if i % TUNE_EVERY == TUNE_EVERY - 1]
    fit = [a for a in train if a not in tune]
    return ([s for a in fit for s in article_sentences(a)], [s for a in tune for s in article_sentences(a)],
            tune)


def written_news_train() -> list[Sentence]:
    """All 109 written-news train articles (the shipped model's in-domain data)."""
    return [s for a in written_news("train") for s in article_sentences(a)]
