"""Hand-annotated records of real-looking Arabic news, for the store, corpus and batch tests.

The layers are filled here by hand (spans located with `str.find`), so these
tests do not depend on how good the annotators are."""
from __future__ import annotations

from marsad.annotators.boilerplate import split_paragraphs
from marsad.document import Document, Metadata
from marsad.layers import Claim, Cluster, Mention, Quote
from marsad.record import to_record


def _at(text: str, needle: str, occurrence: int = 0, after: int = 0) -> tuple[int, int]:
    start = after - 1
    for _ in range(occurrence + 1):
        start = text.find(needle, start + 1)
        if start < 0:
            raise ValueError(f"{needle!r} not in text")
    return start, start + len(needle)


def build_record(text: str, *, published: str | None = None, doc_id: str | None = None,
                 mentions=(), clusters=(), quotes=(), claims=()) -> dict:
    """mentions: (surface, label, cluster id, occurrence); clusters: (id, name, label, key);
    quotes: (quoted words, speaker surface, cluster id, cue); claims: (source surface, cluster id, cue, content, stance)."""
    doc = split_paragraphs(Document(text, Metadata(id=doc_id, published=published,
                                                   published_source="given" if published else None)))
    ents = [Mention(*_at(text, s, occ), text, label, cid) for s, label, cid, occ in mentions]
    cls = [Cluster(cid, name, label, key) for cid, name, label, key in clusters]
    qs = []
    for words, speaker, cid, cue in quotes:
        ws, we = _at(text, words)
        speaker_span = Mention(*_at(text, speaker), text, "PER", cid) if speaker else None
        cue_span = Mention(*_at(text, cue), text) if cue else None
        qs.append(Quote(ws, we, text, "direct", speaker_span and speaker_span.as_span(), cid,
                        cue_span and cue_span.as_span()))
    cs = []
    for source, cid, cue, content, stance in claims:
        src = doc.span(*_at(text, source)) if source else None
        cs.append(Claim(doc.span(*_at(text, cue)), doc.span(*_at(text, content)), stance, src, cid))
    doc = doc.with_layers(entities=ents, clusters=cls, quotes=qs, claims=cs)
    return to_record(doc, ["paragraphs", "hand"])


KREMLIN_DENIES = build_record(
    "الكرملين ينفي إرسال قوات إلى كورسك\n\n"
    "نفى الكرملين يوم الخميس التقارير عن إرسال قوات كورية شمالية إلى منطقة كورسك، "
    "ووصف المتحدث باسمه دميتري بيسكوف هذه التقارير بأنها \"أخبار كاذبة\".\n"
    "وقال بيسكوف للصحفيين في موسكو: \"لا نعلق على مثل هذه الادعاءات\".\n"
    "شارك الخبر",
    published="2024-10-24", doc_id="kremlin-denies",
    mentions=[("الكرملين", "ORG", "e1", 0), ("الكرملين", "ORG", "e1", 1), ("كورسك", "LOC", "e2", 0),
              ("كورسك", "LOC", "e2", 1), ("دميتري بيسكوف", "PER", "e3", 0), ("بيسكوف", "PER", "e3", 1),
              ("موسكو", "LOC", "e4", 0)],
    clusters=[("e1", "الكرملين", "ORG", None), ("e2", "كورسك", "LOC", None), ("e3", "دميتري بيسكوف", "PER", None),
              ("e4", "موسكو", "LOC", "RU-MOW")],
    quotes=[("لا نعلق على مثل هذه الادعاءات", "بيسكوف", "e3", "وقال")],
    claims=[("الكرملين", "e1", "نفى", "التقارير عن إرسال قوات كورية شمالية إلى منطقة كورسك", "deny")],
)

PENTAGON_CONFIRMS = build_record(
    "البنتاغون يؤكد وجود جنود كوريين شماليين في روسيا\n\n"
    "أكدت وزارة الدفاع الأميركية (البنتاغون) الاثنين إرسال قوات كورية شمالية إلى منطقة كورسك الروسية، "
    "وقالت المتحدثة سابرينا سينغ إن نحو عشرة آلاف جندي وصلوا إلى روسيا.\n"
    "وأضافت سينغ: \"نحن قلقون جدا من هذا التطور\".",
    published="2024-10-28", doc_id="pentagon-confirms",
    mentions=[("وزارة الدفاع الأميركية", "ORG", "e1", 0), ("البنتاغون", "ORG", "e1", 0), ("البنتاغون", "ORG", "e1", 1),
              ("كورسك", "LOC", "e2", 0), ("روسيا", "LOC", "e3", 0), ("روسيا", "LOC", "e3", 1),
              ("سابرينا سينغ", "PER", "e4", 0), ("سينغ", "PER", "e4", 1)],
    clusters=[("e1", "وزارة الدفاع الأميركية", "ORG", None), ("e2", "كورسك", "LOC", None),
              ("e3", "روسيا", "LOC", "RU"), ("e4", "سابرينا سينغ", "PER", None)],
    quotes=[("نحن قلقون جدا من هذا التطور", "سينغ", "e4", "وأضافت")],
    claims=[("وزارة الدفاع الأميركية", "e1", "أكدت", "إرسال قوات كورية شمالية إلى منطقة كورسك الروسية", "confirm")],
)

TREATY = build_record(
    "مجلس الوزراء يوافق على المعاهدة\n\n"
    "وافق مجلس الوزراء السعودي خلال جلسته في الرياض على المعاهدة الدولية لمكافحة الإرهاب، "
    "وأوضح وزير الإعلام أن الاتفاقية والمعاهدة تدخلان حيز التنفيذ العام المقبل.\n"
    "وقال وزير الإعلام: \"المملكة ملتزمة بتنفيذ بنود المعاهدة كاملة\".",
    published="2015-07-21", doc_id="treaty",
    mentions=[("مجلس الوزراء السعودي", "ORG", "e1", 0), ("الرياض", "LOC", "e2", 0), ("المملكة", "LOC", "e3", 0)],
    clusters=[("e1", "مجلس الوزراء السعودي", "ORG", None), ("e2", "الرياض", "LOC", "SA-01"),
              ("e3", "السعودية", "LOC", "SA")],
    quotes=[("المملكة ملتزمة بتنفيذ بنود المعاهدة كاملة", "وزير الإعلام", None, "وقال")],
    claims=[],
)
