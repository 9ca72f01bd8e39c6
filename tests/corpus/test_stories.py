from marsad.corpus.stories import group_stories, jaccard, shingles, signature
from marsad.store import Store
from tests.corpus.conftest import WIRE
from tests.corpus_fixtures import KREMLIN_DENIES, build_record

EDITED = WIRE.replace("الأسبوع المقبل،", "الأسبوع المقبل في مطار جدة،")
# Same topic, own wording: related but not a copy.
OWN_WORDS = ("تستعد وزارة الحج لاستقبال الحجاج القادمين من الخارج، وقال مسؤول في الوزارة إن الاستعدادات "
             "تشمل مطار جدة والمدينة المنورة، وإن موسم العمرة شهد وصول ملايين المعتمرين هذا العام.")


def test_shingles_fold_spelling_variants():
    assert shingles("وصول نحو ستة ملايين معتمر") == shingles("وُصُول نَحْو ستّة ملايين مُعْتَمِر")
    assert shingles("مكة") == {"مكه".encode()}
    assert shingles("") == set() and signature(set()) is None


def test_signature_estimates_jaccard():
    from datasketch import LeanMinHash
    import numpy as np
    a, b = shingles(WIRE), shingles(EDITED)
    sa, sb = (LeanMinHash(seed=1, hashvalues=np.frombuffer(signature(s), dtype="<u4"), scheme="affine32")
              for s in (a, b))
    assert abs(sa.jaccard(sb) - jaccard(a, b)) < 0.15


def _store(tmp_path, texts):
    store = Store(tmp_path / "s.db")
    for i, text in enumerate(texts):
        store.add(build_record(text, published=f"2015-07-2{i}"), source=f"outlet{i}", url=f"https://example.com/{i}")
    return store


def test_copies_group_and_own_wording_stays_alone(tmp_path):
    with _store(tmp_path, [WIRE, KREMLIN_DENIES["text"], EDITED, OWN_WORDS]) as store:
        stats = group_stories(store)
        assert stats["pairs"] == 1
        stories = {d["id"]: store.document(d["id"])["corpus"]["story"] for d in store.documents(limit=10)}
        assert stories == {1: 1, 2: 2, 3: 1, 4: 4}
        assert store.stories() == [{"id": 1, "documents": 2, "sources": 2, "first": "2015-07-20",
                                    "last": "2015-07-22", "title": store.document(1)["corpus"]["title"]}]


def test_exact_jaccard_decides_not_lsh(tmp_path):
    similarity = jaccard(shingles(WIRE), shingles(EDITED))
    assert 0.5 < similarity < 0.95
    with _store(tmp_path, [WIRE, EDITED]) as store:
        group_stories(store, threshold=min(0.99, similarity + 0.02))
        assert store.document(2)["corpus"]["story"] == 2          # proposed or not, below threshold: apart
        group_stories(store, threshold=similarity - 0.02)
        assert store.document(2)["corpus"]["story"] == 1


def test_new_articles_join_stored_stories_and_merge_them(tmp_path):
    with _store(tmp_path, [WIRE, KREMLIN_DENIES["text"]]) as store:
        group_stories(store)
        store.add(build_record(EDITED, published="2015-07-23"), url="https://example.com/late")
        store.add(build_record(KREMLIN_DENIES["text"] + "\nوكالات", published="2015-07-24"),
                  url="https://example.com/late2")
        stats = store.update_stories([3, 4])
        assert stats["documents"] == 2 and stats["pairs"] == 2
        assert [d["id"] for d in store.story(1)["documents"]] == [1, 3]
        assert [d["id"] for d in store.story(2)["documents"]] == [2, 4]
