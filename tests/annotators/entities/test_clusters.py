from marsad.annotators.entities.clusters import cluster
from marsad.layers import Mention


def _mention(text, name, label, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(start, start + len(name), text, label, None, 0.9)


def test_person_parts_join_the_full_name_and_places_share_iso_keys():
    text = ("قال الرئيس الروسي فلاديمير بوتين إن روسيا لن تتراجع. وأضاف بوتين أن المملكة العربية السعودية "
            "شريك، وزار وفد من السعودية موسكو.")
    mentions = [_mention(text, "فلاديمير بوتين", "PER"), _mention(text, "روسيا", "LOC"),
                _mention(text, "بوتين", "PER", 1), _mention(text, "المملكة العربية السعودية", "LOC"),
                _mention(text, "السعودية", "LOC", 1), _mention(text, "موسكو", "LOC")]
    out, clusters = cluster(mentions)
    ids = [m.entity for m in out]
    assert ids[0] == ids[2]                      # فلاديمير بوتين ... بوتين
    assert ids[3] == ids[4]                      # المملكة العربية السعودية ... السعودية
    assert len(set(ids)) == 4
    by_id = {c.id: c for c in clusters}
    assert by_id[ids[0]].name == "فلاديمير بوتين" and by_id[ids[0]].label == "PER"
    assert by_id[ids[3]].key == "SA" and by_id[ids[3]].name == "المملكة العربية السعودية"
    assert by_id[ids[1]].key == "RU" and by_id[ids[5]].key == "RU:Moscow"
    assert [c.id for c in clusters] == ["e1", "e2", "e3", "e4"]     # numbered in text order
    for m in out:
        assert text[m.start:m.end] == m.text


def test_shared_part_goes_to_the_nearest_person_before_it():
    text = "التقى محمد بن سلمان مع محمد بن زايد في الرياض. وقال بن زايد إن اللقاء مثمر."
    mentions = [_mention(text, "محمد بن سلمان", "PER"), _mention(text, "محمد بن زايد", "PER"),
                _mention(text, "بن زايد", "PER", 1)]
    out, clusters = cluster(mentions)
    assert out[2].entity == out[1].entity != out[0].entity


def test_organisation_short_form_joins_the_long_name_and_canonical_name_is_normalised():
    text = "أعلنت المؤسسة العامة للتأمينات الاجتماعية أن التأمينات الاجتماعية ستصرف المستحقات، وقال عبدالله العبدالجبار إن العبدالجبار"
    mentions = [_mention(text, "المؤسسة العامة للتأمينات الاجتماعية", "ORG"),
                _mention(text, "التأمينات الاجتماعية", "ORG"),
                _mention(text, "عبدالله العبدالجبار", "PER"), _mention(text, "العبدالجبار", "PER", 1)]
    out, clusters = cluster(mentions)
    assert out[0].entity == out[1].entity and out[2].entity == out[3].entity
    names = {c.name for c in clusters}
    assert names == {"المؤسسة العامة للتأمينات الاجتماعية", "عبدالله العبدالجبار"}


def test_diacritics_are_dropped_from_the_canonical_name():
    text = "وصل دونالد ترامْب إلى البيت الأبيض"
    out, clusters = cluster([_mention(text, "دونالد ترامْب", "PER")])
    assert clusters[0].name == "دونالد ترامب"
    assert out[0].text == "دونالد ترامْب"
