"""The OpenAPI schema says what the server does: the date pattern is the server's calendar check,
and every status an operation answers is listed (POST /documents answers 200 for an article
already stored; the limits' 408, 413, 422, 429 and the workers' 503 are listed where they apply).
The generated-request run over every operation is tests/api/test_schema_fuzz.py."""
import itertools
import re

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.errors import InputError
from marsad.input.loader import check_date

TOKEN = "openapi-token"
ARTICLE = "أعلنت وزارة الصحة الأردنية، الخميس، تسجيل 12 إصابة جديدة بالحصبة في محافظة إربد."


@pytest.fixture(scope="module")
def schema():
    return create_app(None, rate=None).openapi()


def _date_patterns(schema) -> dict[str, str]:
    found = {}
    for path, operations in schema["paths"].items():
        for method, op in operations.items():
            for param in op.get("parameters", []):
                for option in param["schema"].get("anyOf", [param["schema"]]):
                    if "pattern" in option and param["name"] in ("published", "date_from", "date_to"):
                        found[f"{method} {path} {param['name']}"] = option["pattern"]
            body = ((op.get("requestBody") or {}).get("content") or {}).get("application/json")
            if body and "published" in body["schema"].get("properties", {}):
                found[f"{method} {path} body published"] = body["schema"]["properties"]["published"]["pattern"]
    return found


def _server_accepts(value: str) -> bool:
    try:
        return check_date(value) is not None
    except InputError:
        return False


def test_every_date_in_the_schema_is_a_calendar_date(schema):
    patterns = _date_patterns(schema)
    assert {"post /analyze published", "post /analyze body published", "get /documents date_from",
            "get /claims date_to", "post /documents body published"} <= set(patterns)
    years = ["0000", "0001", "0004", "0100", "0400", "1900", "1999", "2000", "2023", "2024", "9999"]
    days = [f"{y}-{m:02d}-{d:02d}" for y, m, d in itertools.product(years, range(0, 14), range(0, 33))]
    for where, pattern in patterns.items():
        for value in days:
            assert bool(re.fullmatch(pattern, value)) == _server_accepts(value), (where, value)
    query = patterns["get /documents date_from"]
    assert not re.fullmatch(query, "0000-00-00") and re.fullmatch(query, "2024-02-29")
    assert not re.fullmatch(query, "2023-02-29") and not re.fullmatch(query, "1900-02-29")
    body = patterns["post /analyze body published"]
    assert re.fullmatch(body, "") and not re.fullmatch(body, "0000-00-00")    # an empty date is no date


def test_a_stored_article_posted_again_answers_a_listed_200(tmp_path, schema):
    documents = schema["paths"]["/documents"]["post"]["responses"]
    assert {"200", "201", "408", "413", "422", "429", "503"} <= set(documents)
    assert {"408", "413", "422", "429", "503"} <= set(schema["paths"]["/analyze"]["post"]["responses"])
    added = documents["200"]["content"]["application/json"]["schema"]
    assert added == documents["201"]["content"]["application/json"]["schema"]
    with TestClient(create_app(tmp_path / "o.db", write_token=TOKEN, rate=None, analysis_workers=0)) as client:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        first = client.post("/documents", json={"text": ARTICLE, "published": "2024-12-05"}, headers=auth)
        again = client.post("/documents", json={"text": ARTICLE, "published": "2024-12-05"}, headers=auth)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json() == {"id": 1, "added": True} and again.json() == {"id": 1, "added": False}
    assert set(added["required"]) == set(again.json())


def test_every_operation_lists_the_limits_answers(schema):
    for path, operations in schema["paths"].items():
        for method, op in operations.items():
            assert "429" in op["responses"], (method, path)
            if method == "post":
                assert {"408", "413", "422"} <= set(op["responses"]), (method, path)
