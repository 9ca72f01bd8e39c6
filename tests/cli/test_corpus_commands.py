"""The corpus commands over a small hand-annotated corpus: search, who, claims, export."""
import csv
import json

import pyarrow.parquet as pq
import pytest

from marsad.cli import main
from marsad.store import Store
from tests.conftest import run_marsad
from tests.corpus_fixtures import KREMLIN_DENIES, PENTAGON_CONFIRMS, TREATY


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "corpus.db"
    with Store(path) as store:
        store.add(KREMLIN_DENIES, source="aawsat", url="https://example.com/kremlin")
        store.add(PENTAGON_CONFIRMS, source="alriyadh", url="https://example.com/pentagon")
        store.add(TREATY, source="was")
    return str(path)


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_text_output_marks_matches(db, capsys):
    code, out, _ = run(capsys, "search", "والمعاهدة", "--db", db)
    assert code == 0
    assert out.startswith("1 article(s), 1–1\n")
    assert "#3  2015-07-21  was" in out and "مجلس الوزراء يوافق على المعاهدة" in out
    assert "[المعاهدة]" in out and "[والمعاهدة]" in out


def test_search_json_with_filters(db, capsys):
    code, out, _ = run(capsys, "search", "كورسك", "--db", db, "--json", "--from", "2024-10-25", "--source", "alriyadh")
    page = json.loads(out)
    assert code == 0 and page["total"] == 1 and page["hits"][0]["id"] == 2
    hit = page["hits"][0]
    assert [hit["snippet"][s:e] for s, e in hit["highlights"]] == ["كورسك"]
    code, out, _ = run(capsys, "search", "كورسك", "--db", db, "--json", "--speaker", "بيسكوف")
    assert [h["id"] for h in json.loads(out)["hits"]] == [1]


def test_search_refuses_bad_dates_and_missing_databases(db, tmp_path, capsys):
    code, _, err = run(capsys, "search", "كورسك", "--db", db, "--from", "24-10-2024")
    assert code == 3 and "--from must be a date" in err
    code, _, err = run(capsys, "search", "كورسك", "--db", str(tmp_path / "none.db"))
    assert code == 3 and "no corpus database" in err and "marsad ingest" in err
    assert not (tmp_path / "none.db").exists()


def test_who_lists_articles_quotes_and_claims_newest_first(db, capsys):
    code, out, _ = run(capsys, "who", "بيسكوف", "--db", db)
    assert code == 0
    assert out.startswith("دميتري بيسكوف  [PER:دميتري بيسكوف]  PER: 2 mention(s) in 1 article(s), 1 quote(s), "
                          "0 claim(s)\n  first 2024-10-24, last 2024-10-24\n")
    assert "“لا نعلق على مثل هذه الادعاءات”" in out
    code, out, _ = run(capsys, "who", "كورسك", "--db", db, "--json")
    (kursk,) = json.loads(out)
    assert [m["published"] for m in kursk["mentions"]] == ["2024-10-24", "2024-10-24", "2024-10-28"]
    code, out, _ = run(capsys, "who", "الكرملين", "--db", db)
    assert "deny  نفى: التقارير عن إرسال قوات كورية شمالية إلى منطقة كورسك  (الشرق الأوسط #1)" in out
    code, _, err = run(capsys, "who", "نابليون", "--db", db)
    assert code == 3 and "no entity named 'نابليون'" in err


def test_who_counts_and_dates_come_from_all_mentions_not_the_lines_shown(tmp_path, capsys):
    """`who` prints one line per article (here 1 of 6) but its figures equal those of the JSON of all mentions."""
    db = str(tmp_path / "many.db")
    with Store(db) as store:
        for i, day in enumerate(["2024-10-24", "2024-10-24", "2024-10-25", "2024-10-26", "2024-10-26", "2024-10-27"]):
            record = json.loads(json.dumps(KREMLIN_DENIES))
            record["published"] = day
            record["text"] = record["text"].replace("شارك الخبر", f"شارك الخبر {i}")
            store.add(record, source=["aawsat", "okaz"][i % 2], url=f"https://example.com/{i}")
    code, out, _ = run(capsys, "who", "كورسك", "--db", db, "--json")
    (kursk,) = json.loads(out)
    mentions, quotes = kursk["mentions"], kursk["quotes"]
    dates = sorted(m["published"] for m in mentions)
    code, out, _ = run(capsys, "who", "كورسك", "--db", db, "--limit", "1")
    head = out.splitlines()
    assert head[0] == (f"كورسك  [LOC:كورسك]  LOC: {len(mentions)} mention(s) in {len({m['doc_id'] for m in mentions})}"
                       f" article(s), {len(quotes)} quote(s), {len(kursk['claims'])} claim(s)")
    assert head[1] == f"  first {dates[0]}, last {dates[-1]}" == "  first 2024-10-24, last 2024-10-27"
    assert head[2] == "  articles (newest first): 1–1 of 6 stories"
    assert head[3].startswith("    2024-10-27  عكاظ  #6  ×2  الكرملين ينفي إرسال قوات إلى كورسك")
    code, out, _ = run(capsys, "who", "بيسكوف", "--db", db, "--limit", "2", "--offset", "2")
    assert "  quotes: 3–4 of 6 quotes" in out


def test_claims_says_what_each_stance_holds_and_groups_them_over_time(db, capsys):
    code, out, _ = run(capsys, "claims", "قوات كورية في كورسك", "--db", db)
    assert code == 0
    lines = out.splitlines()
    assert lines[:3] == ["2 claim(s) about 'قوات كورية في كورسك'", "stances: confirm 1, deny 1",
                         "groups 1–2 of 2, in order of their first date"]
    assert out.index("DENY  الكرملين  2024-10-24") < out.index("CONFIRM  وزارة الدفاع الأميركية  2024-10-28")
    assert "  2024-10-24  الشرق الأوسط  #1  نفى: التقارير عن إرسال قوات كورية شمالية إلى منطقة كورسك" in out
    code, out, _ = run(capsys, "claims", "كورسك", "--db", db, "--json")
    assert [g["stance"] for g in json.loads(out)["groups"]] == ["deny", "confirm"]
    code, out, _ = run(capsys, "claims", "كورسك", "--db", db, "--stance", "confirm", "--groups", "1")
    assert "groups confirm 1–1 of 1" in out and "DENY" not in out


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet", "xlsx"])
def test_export_every_table(db, tmp_path, capsys, fmt):
    out_dir = tmp_path / "out"
    code, _, err = run(capsys, "export", "--db", db, "--out", str(out_dir), "--format", fmt)
    assert code == 0 and f"documents.{fmt}: 3 row(s)" in err
    tables = {}
    for table in ("documents", "entities", "mentions", "quotes", "claims"):
        path = out_dir / f"{table}.{fmt}"
        if fmt == "jsonl":
            tables[table] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        elif fmt == "csv":
            with open(path, encoding="utf-8", newline="") as fh:
                tables[table] = list(csv.DictReader(fh))
        elif fmt == "xlsx":
            from openpyxl import load_workbook
            sheet = load_workbook(path, read_only=True).active
            header, *body = list(sheet.values)
            tables[table] = [dict(zip(header, row)) for row in body]
        else:
            tables[table] = pq.read_table(path).to_pylist()
    assert not list(out_dir.glob("*.partial"))
    docs = {str(d["id"]): d for d in tables["documents"]}
    assert docs["1"]["text"] == KREMLIN_DENIES["text"] and docs["1"]["outlet"] == "aawsat"
    assert len(tables["mentions"]) == 18 and len(tables["quotes"]) == 3 and len(tables["claims"]) == 2
    claim = tables["claims"][0]
    text = docs[str(claim["doc_id"])]["text"]
    assert text[int(claim["content_start"]):int(claim["content_end"])] == claim["content"]
    assert claim["stance"] == "deny" and claim["source"] == "الكرملين" and claim["outlet"] == "aawsat"
    mention = tables["mentions"][0]
    assert docs[str(mention["doc_id"])]["text"][int(mention["start"]):int(mention["end"])] == mention["text"]
    quote = next(q for q in tables["quotes"] if q["speaker"] == "بيسكوف")
    assert quote["speaker_name"] == "دميتري بيسكوف" and quote["speaker_entity_id"] == "PER:دميتري بيسكوف"
    if fmt == "parquet":
        assert pq.read_schema(out_dir / "documents.parquet").field("id").type == "int64"


def test_export_refuses_unknown_tables(db, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--db", db, "--out", str(tmp_path / "o"), "--tables", "documents,people")
    assert code == 3 and "unknown table(s) people" in err


def test_installed_command_lists_the_corpus_commands():
    proc = run_marsad("--help")
    for command in ("ingest", "search", "who", "claims", "export", "batch"):
        assert command in proc.stdout


def test_stories_lists_groups_and_one_story(tmp_path, capsys):
    from tests.corpus.conftest import WIRE
    from tests.corpus_fixtures import build_record
    db = str(tmp_path / "s.db")
    with Store(db) as store:
        store.add(build_record(WIRE, published="2015-07-21"), source="was", url="https://example.com/1")
        store.add(build_record(TREATY["text"], published="2015-07-21"), source="okaz", url="https://example.com/2")
        store.add(build_record(WIRE.replace("المقبل،", "المقبل في جدة،"), published="2015-07-22"), source="okaz",
                  url="https://example.com/3")
    code, out, _ = run(capsys, "stories", "--db", db)
    assert code == 0 and out == ""                                   # not grouped yet
    code, out, _ = run(capsys, "stories", "--db", db, "--regroup")
    assert out.startswith("1 verified copy pair(s)")
    code, out, _ = run(capsys, "stories", "--db", db)
    assert out.startswith("story 1: 2 article(s) from 2 outlet(s), 2015-07-21 … 2015-07-22")
    code, out, _ = run(capsys, "stories", "1", "--db", db, "--json")
    assert [d["id"] for d in json.loads(out)["documents"]] == [1, 3]
    code, _, err = run(capsys, "stories", "7", "--db", db)
    assert code == 3 and "no story 7" in err
