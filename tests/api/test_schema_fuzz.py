"""Schemathesis against the OpenAPI schema, in process (ASGI): generated requests to every
operation — valid and invalid parameters and bodies, text and HTML and JSON articles — never get
a 5xx, and every response matches the schema: its status is listed, its content type and body
are the ones declared (errors in the one error shape). At most 30 cases an operation. Both schema-valid
requests and requests that break it (wrong types, missing fields, bad patterns) are generated.

POST /documents is called with the write token over a copy of the corpus, so generated articles
are analysed and stored. Examples are derandomised: the same requests on every run."""
import shutil

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi.checks import (content_type_conformance, response_schema_conformance,
                                               status_code_conformance)

from marsad.api import create_app
from tests.web.corpus import corpus_db  # noqa: F401  (the session fixture)

TOKEN = "fuzz-token"


class Deferred:
    """An ASGI app that forwards to `target`: the schema is read at import (it does not depend on
    the database); the app over this test's corpus is put in place by the fixture below."""

    def __init__(self, target):
        self.target = target

    async def __call__(self, scope, receive, send):
        await self.target(scope, receive, send)


APP = Deferred(create_app(None, rate=None))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])


@pytest.fixture(autouse=True)
def corpus_app(corpus_db, tmp_path):
    path = tmp_path / "fuzz.db"
    shutil.copy(corpus_db[0], path)
    APP.target = create_app(path, write_token=TOKEN, rate=None)
    yield
    APP.target = create_app(None, rate=None)


@schema.parametrize()
@settings(max_examples=30, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_responses_match_the_schema(case):
    response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
    case.validate_response(response, checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                                             response_schema_conformance])
