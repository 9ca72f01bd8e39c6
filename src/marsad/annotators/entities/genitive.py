"""An organisation cut before the name its last noun governs (`وكالة أنباء` + `فارس`).

`وكالة أنباء الصين`, `وكالة أنباء فارس`: the tagger closes the organisation on
the indefinite noun (`أنباء`), which cannot end a name in Arabic (an indefinite
noun in construct needs its genitive), and tags the genitive apart, as a place
or a person. The two are one organisation.
"""
from __future__ import annotations

from ...layers import Mention
from ...lexicons import affixes as af
from ...text.tokenview import TokenView, fold_words

# an indefinite construct noun the training data saw at least this often, outside names at least
# half the time (أنباء is inside names in the written news, as often as not: وكالة أنباء ...)
MIN_COUNT = 3
COMMON_SHARE = 0.5


def join_genitives(mentions: list[Mention], view: TokenView, vocab) -> list[Mention]:
    """The sentence's mentions with `ORG ending on an indefinite noun` + `the next mention` joined."""
    if vocab is None:
        return mentions
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda x: (x.start, x.end)):
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and m.start - prev.end == 1 and m.source[prev.end] == " " \
                and len(prev.text.split()) >= 2 and m.label in ("LOC", "PER", "ORG"):
            last = fold_words(prev.text)[-1]
            if not last.startswith(af.ARTICLE) and (vocab.share(last, "O", min_count=MIN_COUNT) or 0) >= COMMON_SHARE:
                out[-1] = Mention(prev.start, m.end, m.source, "ORG", None, prev.score)
                continue
        out.append(m)
    return out
