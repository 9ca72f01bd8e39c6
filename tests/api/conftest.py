import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from tests.web.corpus import corpus_db  # noqa: F401  (the session fixture)


@pytest.fixture
def client(corpus_db):
    """The API over the small corpus, read-only, without a rate limit."""
    path, _ = corpus_db
    app = create_app(path, rate=None)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def ids(corpus_db):
    return corpus_db[1]


def assert_error(response, status: int, code: str | None = None) -> dict:
    """Every failure has the one shape {"error": {"status", "code", "message"}}."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status and body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code
    return body["error"]
