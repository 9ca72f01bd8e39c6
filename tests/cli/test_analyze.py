"""`marsad analyze` end to end through the installed command, bad inputs included."""
import json

import pytest

from tests.conftest import EXAMPLE, run_marsad, shared_path


def test_the_example_article_gives_a_contract_record():
    proc = run_marsad("analyze", "--published", "2024-11-21", str(EXAMPLE))
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert record["schema"] == "marsad.document/1"
    assert record["text"] == text
    assert record["language"] == "ar"
    assert (record["published"], record["published_source"]) == ("2024-11-21", "given")
    for layer in ("body", "boilerplate", "entities", "quotes", "claims", "timexes", "quantities"):
        assert isinstance(record[layer], list)
    assert isinstance(record["clusters"], dict)
    assert [b["text"] for b in record["boilerplate"]] == [
        "تابعونا على تويتر وفيسبوك", "اقرأ أيضا: العراق وتركيا يتفقان على لجنة مشتركة للمياه",
        "شارك هذا المقال", "جميع الحقوق محفوظة © 2024"]
    for b in record["body"]:
        assert text[b["start"]:b["end"]].strip() == text[b["start"]:b["end"]]
    assert text[record["body"][0]["start"]:record["body"][0]["end"]] == "الأمم المتحدة تحذر من نقص حاد في المياه بجنوب العراق"


def test_text_format_prints_a_summary():
    proc = run_marsad("analyze", "--format", "text", "--published", "2024-11-21", str(EXAMPLE))
    assert proc.returncode == 0, proc.stderr
    assert "published: الخميس 21 نوفمبر 2024 (given)" in proc.stdout
    assert "[read-also] اقرأ أيضا" in proc.stdout
    assert "Who said what" in proc.stdout
    when = proc.stdout[proc.stdout.index("\nWhen"):proc.stdout.index("\nHow many")]
    assert "أربعين عاما  →  40 عاما  (duration)" in when
    assert "أمس  →  الأربعاء 20 نوفمبر 2024  (date)" in when
    assert "P40Y" not in proc.stdout and "None" not in proc.stdout


def test_text_format_without_a_publication_date_says_so_in_words():
    proc = run_marsad("analyze", "--format", "text", "-", stdin="قال الوزير إن الاجتماع سيعقد غدا.".encode())
    assert proc.returncode == 0, proc.stderr
    assert "published: unknown" in proc.stdout
    assert "غدا  →  غير محدد (no publication date to count from)  (date)" in proc.stdout
    assert "None" not in proc.stdout


def test_standard_input_is_read_with_a_dash():
    proc = run_marsad("analyze", "-", stdin="قال الوزير إن الاجتماع سيعقد غدا.".encode())
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == "قال الوزير إن الاجتماع سيعقد غدا."


def test_a_windows_1256_file_is_decoded(tmp_path):
    text = "ونفى الكرملين التقارير ووصفها بأنها أخبار كاذبة."
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode("cp1256"))
    record = json.loads(run_marsad("analyze", str(path)).stdout)
    assert record["text"] == text and record["meta"]["encoding"] == "cp1256"


def test_an_html_page_is_extracted(tmp_path):
    from tests.input.test_html import PAGE
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    record = json.loads(run_marsad("analyze", str(path)).stdout)
    assert record["meta"]["title"] == "الكرملين ينفي إرسال قوات"
    assert record["published_source"] == "metadata"
    assert "نفى الكرملين" in record["text"]


# --- bad input: one line on stderr naming the problem, a non-zero exit, nothing on stdout

def _bad(proc, fragment, code=3):
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("marsad: error: ") and fragment in lines[0], lines[0]
    assert proc.stdout == ""


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    _bad(run_marsad("analyze", str(path)), f"{path}: empty input")


def test_binary_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    _bad(run_marsad("analyze", str(path)), "binary data")


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("قال الوزير " * 200, encoding="utf-8")
    _bad(run_marsad("analyze", "--max-bytes", "1000", str(path)), "over the limit of 1,000")


def test_missing_path(tmp_path):
    _bad(run_marsad("analyze", str(tmp_path / "nope.txt")), "nope.txt: no such file")


def test_unreadable_path(tmp_path):
    import os
    path = tmp_path / "secret.txt"
    path.write_text("نص", encoding="utf-8")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as a user that can read any file (root)")
    _bad(run_marsad("analyze", str(path)), "permission denied")


def test_a_folder_without_articles(tmp_path):
    (tmp_path / "notes.md").write_text("نص", encoding="utf-8")
    _bad(run_marsad("analyze", str(tmp_path)), "a folder without text or HTML files")


def test_a_bad_published_date():
    _bad(run_marsad("analyze", "--published", "24/10/2024", str(EXAMPLE)), "YYYY-MM-DD")
    _bad(run_marsad("analyze", "--published", "2024-02-30", str(EXAMPLE)), "not a calendar date")


def test_an_unknown_encoding(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Ça coûte très cher à Zürich, déjà é è à ü ö".encode("latin-1"))
    _bad(run_marsad("analyze", str(path)), "not a recognised Arabic encoding")


# --- JSONL: one record a line; a bad line yields an error record and the rest goes on

def test_jsonl_streams_records_and_reports_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "a", "text": "قال الوزير إن الاجتماع سيعقد غدا.", "published": "2024-10-24"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "text": ""}),
        json.dumps({"id": "d", "published": "2024-10-24"}),
        "",
        json.dumps({"id": "e", "text": "نفت الوزارة التقارير.", "published": "yesterday"}, ensure_ascii=False),
        json.dumps(["a list"]),
        json.dumps({"id": "g", "text": "شاركها.\nأعلنت الوزارة النتائج."}, ensure_ascii=False),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run_marsad("analyze", "--jsonl", str(path))
    assert proc.returncode == 3
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", None, None, None, None, None, "g"]
    assert out[0]["schema"] == "marsad.document/1" and out[0]["published"] == "2024-10-24"
    errors = {o["line"]: o["error"] for o in out if o["schema"] == "marsad.error/1"}
    assert "not valid JSON" in errors[2]
    assert "empty input" in errors[3]
    assert "needs a string 'text'" in errors[4]
    assert "YYYY-MM-DD" in errors[6]
    assert "expected a JSON object" in errors[7]
    assert out[-1]["boilerplate"][0]["text"] == "شاركها."
    assert proc.stderr.count("marsad: error:") == 6


def test_jsonl_from_standard_input():
    data = (json.dumps({"id": "x", "text": "أعلنت الوزارة النتائج أمس."}, ensure_ascii=False) + "\n").encode()
    proc = run_marsad("analyze", "--jsonl", "-", stdin=data)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["id"] == "x"


def test_dev_documents_give_records_with_the_exact_text():
    folder = shared_path("eval", "dev")
    for path in sorted(folder.glob("*.txt")):
        proc = run_marsad("analyze", str(path))
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["text"] == path.read_text(encoding="utf-8")


def test_a_path_that_cannot_be_read(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("نص", encoding="utf-8")
    _bad(run_marsad("analyze", str(plain / "child.txt")), "cannot read (Not a directory)")


# --- many files and folders: one record a line, or one file each under --out; errors per file

def _articles(folder):
    (folder / "news").mkdir(parents=True)
    (folder / "news" / "b.txt").write_text("نفت الوزارة التقارير أمس.", encoding="utf-8")
    (folder / "news" / "sub").mkdir()
    (folder / "news" / "sub" / "c.html").write_text(
        "<html><head><title>خبر</title></head><body><article><p>أعلنت الشركة توزيع أرباح على المساهمين "
        "بقيمة ثلاثة ملايين ريال.</p></article></body></html>", encoding="utf-8")
    (folder / "news" / "empty.txt").write_bytes(b"")
    (folder / "news" / "notes.md").write_text("ليس مقالا", encoding="utf-8")
    first = folder / "a.txt"
    first.write_text("قال الوزير إن الاجتماع سيعقد غدا.", encoding="utf-8")
    return first, folder / "news"


def test_many_files_and_folders_stream_one_record_a_line_in_order(tmp_path):
    first, folder = _articles(tmp_path)
    proc = run_marsad("analyze", "--published", "2024-10-24", str(first), str(folder), str(tmp_path / "nope.txt"))
    assert proc.returncode == 3, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["a", "b", None, "c", None]       # folders walked in sorted order
    assert out[0]["text"] == "قال الوزير إن الاجتماع سيعقد غدا." and out[0]["published"] == "2024-10-24"
    assert out[3]["meta"]["title"] == "خبر" and out[3]["meta"]["source_format"] == "html"
    errors = [o for o in out if o["schema"] == "marsad.error/1"]
    assert [e["path"] for e in errors] == [str(folder / "empty.txt"), str(tmp_path / "nope.txt")]
    assert "empty input" in errors[0]["error"] and "no such file" in errors[1]["error"]
    assert proc.stderr.count("marsad: error:") == 3


def test_out_writes_one_record_per_input_keeping_the_folders_layout(tmp_path):
    first, folder = _articles(tmp_path / "in")
    out = tmp_path / "records"
    proc = run_marsad("analyze", "--out", str(out), "--workers", "2", str(first), str(folder))
    assert proc.returncode == 3, proc.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a.json", "b.json", "sub/c.json"]
    record = json.loads((out / "b.json").read_text(encoding="utf-8"))
    assert record["text"] == "نفت الوزارة التقارير أمس."
    assert record == json.loads(run_marsad("analyze", str(folder / "b.txt")).stdout)
    assert "empty.txt: empty input" in proc.stderr
    assert "3 record(s) written" in proc.stderr and "1 input(s) skipped" in proc.stderr
    summaries = tmp_path / "summaries"
    proc = run_marsad("analyze", "--format", "text", "--out", str(summaries), str(first))
    assert proc.returncode == 0, proc.stderr
    assert "Who said what" in (summaries / "a.txt").read_text(encoding="utf-8")


def test_jsonl_with_two_workers_prints_what_one_worker_prints(tmp_path):
    texts = ["قال الوزير إن الاجتماع سيعقد غدا.", "نفت الوزارة التقارير أمس.", "أعلنت الشركة النتائج."] * 3
    lines = [json.dumps({"id": f"n{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)]
    lines.insert(4, "{broken")
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run_marsad("analyze", "--jsonl", "--published", "2015-08-10", str(path))
    two = run_marsad("analyze", "--jsonl", "--workers", "2", "--published", "2015-08-10", str(path))
    assert one.returncode == two.returncode == 3
    assert one.stdout == two.stdout and one.stderr == two.stderr
    assert [json.loads(line).get("line") for line in two.stdout.splitlines()][4] == 5
