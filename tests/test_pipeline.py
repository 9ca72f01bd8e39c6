import pytest

from marsad.document import Document
from marsad.errors import PipelineError
from marsad.layers import PARAGRAPHS, SENTENCES, TOKENS
from marsad.pipeline import Pipeline, Stage, stage
from marsad.annotators import default_pipeline
from marsad.annotators.boilerplate import split_paragraphs
from marsad.annotators.segment import segment


def test_stages_declare_what_they_need_and_add():
    assert split_paragraphs.provides == (PARAGRAPHS,)
    assert segment.requires == (PARAGRAPHS,)
    assert set(segment.provides) == {TOKENS, SENTENCES}


def test_a_pipeline_in_the_wrong_order_fails_when_built():
    with pytest.raises(PipelineError, match="segment.*needs paragraphs"):
        Pipeline([segment, split_paragraphs])


def test_a_stage_that_does_not_add_what_it_promised_fails():
    @stage("liar", provides=["entities"])
    def liar(doc):
        return doc

    with pytest.raises(PipelineError, match="did not add"):
        Pipeline([liar])(Document("نص"))


def test_a_stage_cannot_change_the_original_text():
    rewrite = Stage("rewrite", lambda doc: Document(doc.text.replace("أ", "ا")))
    with pytest.raises(PipelineError, match="changed the original text"):
        Pipeline([rewrite])(Document("أكد الوزير"))


def test_the_default_pipeline_runs_end_to_end():
    pipeline = default_pipeline()
    doc = pipeline(Document("قال الوزير: «سنبدأ غدا».\nشاركها."))
    assert [p.kind for p in doc.layer(PARAGRAPHS)] == ["body", "boilerplate"]
    assert doc.meta.language == "ar"
    assert pipeline.names[:2] == ["paragraphs", "segment"]


def test_an_optional_layer_must_not_come_from_a_later_stage():
    @stage("reader", requires=["paragraphs"], uses=["entities"])
    def reader(doc):
        return doc

    @stage("ner", requires=["paragraphs"], provides=["entities"])
    def ner(doc):
        return doc.with_layers(entities=[])

    Pipeline([split_paragraphs, ner, reader])
    Pipeline([split_paragraphs, reader])          # absent altogether: fine
    with pytest.raises(PipelineError, match="reads entities, which a later stage provides"):
        Pipeline([split_paragraphs, reader, ner])
