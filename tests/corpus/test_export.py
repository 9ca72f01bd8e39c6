"""Exports that open anywhere: typed columns, one vocabulary, selections, CSV for Excel, XLSX."""
import csv
import datetime as dt
import json
import shutil
import subprocess

import pyarrow.parquet as pq
import pytest

from marsad.cli import main
from marsad.corpus.export import TABLES, Selection, export
from marsad.store import Store
from tests.corpus_fixtures import KREMLIN_DENIES, PENTAGON_CONFIRMS, TREATY


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "corpus.db"
    with Store(path) as store:
        store.add(KREMLIN_DENIES, source="aawsat", url="https://example.com/kremlin")
        store.add(PENTAGON_CONFIRMS, source="alriyadh", url="https://example.com/pentagon")
        store.add(TREATY, source="was")
    return path


def test_one_vocabulary_across_tables():
    columns = {table: [name for name, _ in spec] for table, (_, spec) in TABLES.items()}
    for table in ("documents", "mentions", "quotes", "claims"):
        assert "outlet" in columns[table] and "source" not in columns.get(table, []) or table == "claims"
    assert "speaker" in columns["quotes"] and "source" in columns["claims"] and "claimant" not in columns["claims"]
    assert all(kind in ("int", "str", "date") for spec in TABLES.values() for _, kind in spec[1])


def test_parquet_columns_are_typed_dates_and_nullable_integers(db, tmp_path):
    with Store(db, readonly=True) as store:
        export(store, tmp_path, "parquet")
    quotes = pq.read_table(tmp_path / "quotes.parquet")
    assert str(quotes.schema.field("published").type) == "date32[day]"
    assert str(quotes.schema.field("speaker_start").type) == "int64"
    rows = quotes.to_pylist()
    assert rows[0]["published"] == dt.date(2024, 10, 24)
    treaty = next(r for r in rows if r["speaker"] == "وزير الإعلام")
    assert treaty["speaker_entity_id"] is None and isinstance(treaty["speaker_start"], int)
    # pandas reads the integer columns as nullable integers (Int64), not floats.
    pandas = json.loads(quotes.schema.metadata[b"pandas"])
    assert {c["name"]: c["numpy_type"] for c in pandas["columns"]}["speaker_start"] == "Int64"


def test_pandas_reads_nullable_integers_as_integers(db, tmp_path):
    pd = pytest.importorskip("pandas")
    with Store(db, readonly=True) as store:
        export(store, tmp_path, "parquet", ["claims"])
    frame = pd.read_parquet(tmp_path / "claims.parquet")
    assert str(frame["source_start"].dtype) == "Int64"


def test_a_selection_exports_only_its_articles_and_what_they_hold(db, tmp_path):
    with Store(db, readonly=True) as store:
        counts = export(store, tmp_path / "q", "jsonl", selection=Selection(query="كورسك", outlet="aawsat"))
        assert counts["documents"] == 1 and counts["claims"] == 1 and counts["quotes"] == 1
        entities = [json.loads(line) for line in (tmp_path / "q" / "entities.jsonl").read_text().splitlines()]
        assert {e["id"]: e["documents"] for e in entities}["LOC:كورسك"] == 1      # counted within the selection
        counts = export(store, tmp_path / "d", "jsonl", selection=Selection(date_from="2024-10-25"))
        assert counts["documents"] == 1
        counts = export(store, tmp_path / "e", "jsonl", selection=Selection(entity="بيسكوف"))
        assert counts["documents"] == 1 and counts["quotes"] == 1
        counts = export(store, tmp_path / "all", "jsonl")
        assert counts["documents"] == 3


def test_cli_export_filters_and_refuses_what_selects_nothing_sensible(db, tmp_path, capsys):
    code = main(["export", "--db", str(db), "--out", str(tmp_path / "o"), "--format", "jsonl", "--query", "كورسك",
                 "--from", "2024-10-25", "--source", "alriyadh"])
    err = capsys.readouterr().err
    assert code == 0 and "documents.jsonl: 1 row(s)" in err
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "o"), "--entity", "نابليون"]) == 3
    assert "no entity named 'نابليون'" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "o"), "--from", "yesterday"]) == 3
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "o"), "--excel", "--format", "xlsx"]) == 3


def test_excel_csv_starts_with_a_byte_order_mark(db, tmp_path, capsys):
    assert main(["export", "--db", str(db), "--out", str(tmp_path), "--excel", "--tables", "documents,claims"]) == 0
    raw = (tmp_path / "claims.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0]["source"] == "الكرملين" and rows[0]["published"] == "2024-10-24"
    plain = tmp_path / "plain"
    main(["export", "--db", str(db), "--out", str(plain), "--format", "csv", "--tables", "claims"])
    assert not (plain / "claims.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_xlsx_opens_with_openpyxl_with_dates_integers_and_right_to_left_sheets(db, tmp_path):
    from openpyxl import load_workbook
    with Store(db, readonly=True) as store:
        export(store, tmp_path, "xlsx", ["quotes"])
    book = load_workbook(tmp_path / "quotes.xlsx")
    sheet = book.active
    assert sheet.sheet_view.rightToLeft
    header = [c.value for c in sheet[1]]
    row = {h: c for h, c in zip(header, sheet[2])}
    assert row["published"].value.date() == dt.date(2024, 10, 24) and row["published"].number_format == "yyyy-mm-dd"
    assert isinstance(row["start"].value, int) and row["text"].value == "لا نعلق على مثل هذه الادعاءات"


def test_xlsx_cells_take_texts_with_control_characters_and_keep_their_offsets(tmp_path):
    from openpyxl import load_workbook
    from tests.corpus_fixtures import build_record
    text = "نفى الكرملين\x1a التقارير عن إرسال قوات."
    record = build_record(text, published="2015-07-21", mentions=[("الكرملين", "ORG", "e1", 0)],
                          clusters=[("e1", "الكرملين", "ORG", None)])
    with Store(tmp_path / "c.db") as store:
        store.add(record, source="sabq")
        export(store, tmp_path, "xlsx", ["documents"])
    sheet = load_workbook(tmp_path / "documents.xlsx").active
    header = [c.value for c in sheet[1]]
    cell = dict(zip(header, [c.value for c in sheet[2]]))["text"]
    assert cell == text.replace("\x1a", "\ufffd") and len(cell) == len(text)


@pytest.mark.slow
def test_the_excel_csv_opens_as_arabic_in_libreoffice(db, tmp_path):
    """LibreOffice (Debian's libreoffice-calc-nogui; `make office`) imports the BOM CSV as UTF-8, as
    Excel does on seeing the BOM, and saves it as XLSX; openpyxl reads the cells back. (Headless
    LibreOffice does not look at a BOM by itself, so the import is told UTF-8, filter token 76.)"""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (`make office` installs Debian's libreoffice-calc-nogui)")
    from openpyxl import load_workbook
    assert main(["export", "--db", str(db), "--out", str(tmp_path), "--excel", "--tables", "claims"]) == 0
    profile = tmp_path / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--infilter=CSV:44,34,76,1",
                    "--convert-to", "xlsx", "--outdir", str(tmp_path / "lo"), str(tmp_path / "claims.csv")],
                   check=True, capture_output=True, timeout=180)
    sheet = load_workbook(tmp_path / "lo" / "claims.xlsx").active
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, [c.value for c in sheet[2]]))
    assert header[0] == "id"                                      # the BOM is read as one, not glued to a name
    assert first["source"] == "الكرملين" and first["content"].startswith("التقارير عن إرسال قوات كورية")
    assert first["content_start"] == KREMLIN_DENIES["claims"][0]["content"]["start"]
