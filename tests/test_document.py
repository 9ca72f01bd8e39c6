import pickle

import pytest

from marsad.document import Document, Metadata, Span
from marsad.layers import ENTITIES, Mention

TEXT = "وبدا أن الرئيس الروسي فلاديمير بوتين يؤكد، الخميس، إرسال جنود كوريين شماليين للقتال في روسيا"

PUTIN = TEXT.index("فلاديمير بوتين")


def test_span_text_is_a_slice_of_the_original():
    start = TEXT.index("فلاديمير")
    span = Span(start, start + 14, TEXT)
    assert span.text == TEXT[start:start + 14] == "فلاديمير بوتين"
    assert len(span) == 14


def test_span_outside_the_text_is_refused():
    with pytest.raises(ValueError):
        Span(0, len(TEXT) + 1, TEXT)
    with pytest.raises(ValueError):
        Span(5, 4, TEXT)


def test_document_text_is_immutable_and_layers_are_added_by_copy():
    doc = Document(TEXT, Metadata(id="k"))
    mention = Mention(PUTIN, PUTIN + 14, TEXT, "PER", "e1")
    richer = doc.with_layers(**{ENTITIES: [mention]})
    assert doc.layer(ENTITIES) == ()
    assert richer.layer(ENTITIES)[0].text == "فلاديمير بوتين"
    assert richer.text is doc.text
    with pytest.raises(Exception):
        richer.text = "other"          # frozen
    with pytest.raises(TypeError):
        richer.layers[ENTITIES] = ()   # read-only mapping


def test_a_layer_cannot_point_into_another_text():
    doc = Document(TEXT)
    with pytest.raises(ValueError, match="another text"):
        doc.with_layers(**{ENTITIES: [Mention(0, 4, "نص آخر مختلف", "LOC")]})


def test_documents_pickle_without_their_cache():
    doc = Document(TEXT, Metadata(published="2024-10-24")).with_layers(**{ENTITIES: [Mention(PUTIN, PUTIN + 14, TEXT, "PER")]})
    doc.cached("x", lambda: 42)
    back = pickle.loads(pickle.dumps(doc))
    assert back.text == TEXT and back.meta.published == "2024-10-24"
    assert back.layer(ENTITIES)[0].text == "فلاديمير بوتين"
    assert back._cache == {}
