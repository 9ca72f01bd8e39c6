#!/usr/bin/env python3
"""The corpus at scale: ingest all of SaudiNewsNet, search it, then search a 1M-article replica.

1. Ingest every article of ../shared/data/saudinewsnet/*.zip into a fresh database with
   `marsad.store.ingest` (the code behind `marsad ingest`, both cores): articles/s, peak
   memory of the process tree (sampled RSS of this process and its workers), database size,
   story grouping time.
2. Search latency over a fixed list of Arabic queries (single words, phrases, several words,
   exclusions, filtered by source, dates, entity and speaker): p50/p95 of `Store.search`
   (ranked, 10 hits with highlighted snippets) and of its SQL part alone, every query run
   1 + REPEATS times (the first run, cold, not counted).
   Side by side: SQLite FTS5 out of the box (unicode61 tokenizer on the raw text, which is
   what one gets without an Arabic analyzer): how many articles each finds for the same words.
3. Replicate the stored rows (documents, FTS terms, mentions, quotes, claims; nothing
   re-analysed) to 1,000,000 articles and run the same queries: the scaling figure.
4. Write bench/results/corpus.md with the machine described.

    nice -n 10 .venv/bin/python bench/corpus.py [--data ../shared/data/saudinewsnet] [--workers 2]
        [--reuse] [--replicate-to 1000000] [--keep] [--out bench/results/corpus.md]

--reuse skips step 1 when the 31k database is already there (its ingest figures are then
read from the previous run's JSON). Databases live in bench/results/tmp/ (git-ignored);
the 1M replica is deleted afterwards unless --keep.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import threading
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine_info import cpu_model  # noqa: E402

REPEATS = 5
TMP = ROOT / "bench" / "results" / "tmp"

# (kind, query, filters): fixed, so runs compare. Topics of July-August 2015 Saudi news.
QUERIES: list[tuple[str, str, dict]] = [
    ("word", "السعودية", {}), ("word", "داعش", {}), ("word", "النفط", {}), ("word", "الحج", {}),
    ("word", "الإرهاب", {}), ("word", "معاهدة", {}), ("word", "كورونا", {}), ("word", "الهلال", {}),
    ("word", "إيران", {}), ("word", "الحوثيين", {}), ("word", "الأسهم", {}), ("word", "التعليم", {}),
    ("word", "أوباما", {}), ("word", "جدة", {}), ("word", "المستشفى", {}), ("word", "الانتخابات", {}),
    ("phrase", '"الأمم المتحدة"', {}), ("phrase", '"وزير الخارجية"', {}), ("phrase", '"مجلس الوزراء"', {}),
    ("phrase", '"خادم الحرمين الشريفين"', {}), ("phrase", '"الاتفاق النووي"', {}), ("phrase", '"سوق الأسهم"', {}),
    ("phrase", '"أسعار النفط"', {}), ("phrase", '"التحالف العربي"', {}), ("phrase", '"كأس العالم"', {}),
    ("phrase", '"هيئة الأمر بالمعروف"', {}),
    ("words", "اليمن الحوثيين صنعاء", {}), ("words", "النفط أسعار برنت", {}), ("words", "الاتفاق النووي إيران", {}),
    ("words", "الهلال النصر الدوري", {}), ("words", "النفط -إيران", {}), ("words", "وزارة الصحة كورونا", {}),
    ("filtered", "داعش", {"source": "aawsat"}),
    ("filtered", "النفط", {"date_from": "2015-08-01", "date_to": "2015-08-10"}),
    ("filtered", '"وزير الخارجية"', {"source": "alriyadh"}),
    ("filtered", "الحوثيين", {"entity": "اليمن"}),
    ("filtered", "الاتفاق", {"entity": "إيران", "date_from": "2015-07-25"}),
    ("filtered", "إيران", {"speaker": "الجبير"}),
    ("filtered", "الحج", {"source": "was", "date_from": "2015-07-21", "date_to": "2015-08-31"}),
    ("filtered", "", {"source": "sabq", "date_from": "2015-08-05"}),
]
# Words whose hit counts are compared with FTS5's default tokenizer.
RECALL_WORDS = ["معاهدة", "السعودية", "الحوثيين", "وزير", "النفط", "المستشفى", "الاتفاق", "بيان"]


# -- machine and memory -------------------------------------------------------------------
def machine() -> dict:
    import psutil
    return {"nproc": os.cpu_count(), "ram_gib": round(psutil.virtual_memory().total / 2 ** 30, 1), "cpu": cpu_model(),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "os": platform.platform(),
            "load_at_start": [round(x, 2) for x in os.getloadavg()]}


class PeakMemory:
    """Samples the RSS of this process and all its children (the analysis workers)."""

    def __init__(self, interval: float = 0.25):
        import psutil
        self.process = psutil.Process()
        self.interval = interval
        self.peak_total = self.peak_self = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        import psutil
        while not self._stop.is_set():
            try:
                own = self.process.memory_info().rss
                total = own
                for child in self.process.children(recursive=True):
                    try:
                        total += child.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak_self = max(self.peak_self, own)
                self.peak_total = max(self.peak_total, total)
            except psutil.Error:
                pass
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def db_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


# -- 1. ingest ------------------------------------------------------------------------------
def run_ingest(data: Path, db: Path, workers: int) -> dict:
    from marsad.store.ingest import ingest
    from marsad.store import Store
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    zips = sorted(data.glob("*.zip"))
    if not zips:
        sys.exit(f"no zip files in {data}")
    errors: list[str] = []
    with PeakMemory() as memory, Store(db) as store:
        started = time.perf_counter()
        report = ingest([str(z) for z in zips], store, workers=workers, progress=sys.stderr.isatty(),
                        stories=False, on_error=errors.append)
        ingest_seconds = time.perf_counter() - started
        t = time.perf_counter()
        stories = store.update_stories(report.added_ids)
        story_seconds = time.perf_counter() - t
        story_groups = store.connection().execute(
            "SELECT count(*), coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM documents GROUP BY story"
            " HAVING count(*) > 1)").fetchone()
        layer_counts = {table: store.connection().execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                        for table in ("entities", "mentions", "quotes", "claims")}
    return {
        "zips": len(zips), "items": report.seen, "stored": report.added, "already": report.present,
        "skipped": report.failed, "skipped_examples": errors[:3], "skip_reasons": _reasons(errors),
        "seconds": round(ingest_seconds, 1), "articles_per_s": round(report.added / ingest_seconds, 2),
        "workers": workers, "pipeline": report.pipeline,
        "peak_rss_total_mib": round(memory.peak_total / 2 ** 20), "peak_rss_writer_mib": round(memory.peak_self / 2 ** 20),
        "story_seconds": round(story_seconds, 1), "story_pairs": stories["pairs"],
        "story_candidates": stories["candidates"], "story_groups": story_groups[0],
        "articles_in_groups": story_groups[1], "db_bytes": db_size(db), **layer_counts,
    }


def _reasons(errors: list[str]) -> dict:
    out: dict[str, int] = {}
    for e in errors:
        reason = e.rsplit(": ", 1)[-1]
        out[reason] = out.get(reason, 0) + 1
    return out


# -- 2. search ------------------------------------------------------------------------------
def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def sql_only(store, query: str, filters: dict) -> int:
    """The SQL half of Store.search (ranking, count, filters) without loading records or cutting snippets."""
    from marsad.store import query as query_mod
    total, rows = store.ranked(query_mod.parse(query), limit=10, **filters)
    return len(rows)


def run_search(db: Path) -> dict:
    from marsad.store import Store
    full: list[float] = []
    cpu: list[float] = []
    sql: list[float] = []
    per_kind: dict[str, list[float]] = {}
    per_query = []
    with Store(db, readonly=True) as store:
        for kind, query, filters in QUERIES:
            page = store.search(query, limit=10, **filters)          # cold run, not counted
            sql_only(store, query, filters)
            times = []
            for _ in range(REPEATS):
                t, c = time.perf_counter(), time.process_time()
                store.search(query, limit=10, **filters)
                times.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
                t = time.perf_counter()
                sql_only(store, query, filters)
                sql.append((time.perf_counter() - t) * 1000)
            full.extend(times)
            per_kind.setdefault(kind, []).extend(times)
            per_query.append({"kind": kind, "query": query, "filters": filters, "total": page["total"],
                              "median_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2)})
    return {
        "queries": len(QUERIES), "runs": len(full),
        "p50_ms": round(percentile(full, 0.5), 2), "p95_ms": round(percentile(full, 0.95), 2),
        "max_ms": round(max(full), 2),
        "cpu_p50_ms": round(percentile(cpu, 0.5), 2), "cpu_p95_ms": round(percentile(cpu, 0.95), 2),
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "sql_p50_ms": round(percentile(sql, 0.5), 2), "sql_p95_ms": round(percentile(sql, 0.95), 2),
        "by_kind": {k: {"p50_ms": round(percentile(v, 0.5), 2), "p95_ms": round(percentile(v, 0.95), 2)}
                    for k, v in per_kind.items()},
        "per_query": per_query,
    }


def recall_side_by_side(db: Path) -> list[dict]:
    """Articles found per word: marsad's analyzer vs SQLite FTS5's unicode61 tokenizer on the raw text."""
    from marsad.store import Store
    raw_db = db.with_name("raw-fts.db")
    if raw_db.exists():
        raw_db.unlink()
    raw = sqlite3.connect(raw_db)
    raw.execute("CREATE VIRTUAL TABLE raw_fts USING fts5(body, content='', tokenize='unicode61 remove_diacritics 2')")
    src = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    t = time.perf_counter()
    with raw:
        for doc_id, blob in src.execute("SELECT id, record FROM bodies"):
            raw.execute("INSERT INTO raw_fts (rowid, body) VALUES (?, ?)",
                        (doc_id, json.loads(zlib.decompress(blob))["text"]))
    build = time.perf_counter() - t
    out = []
    with Store(db, readonly=True) as store:
        for word in RECALL_WORDS:
            t = time.perf_counter()
            naive = raw.execute("SELECT count(*) FROM raw_fts WHERE raw_fts MATCH ?", (f'"{word}"',)).fetchone()[0]
            naive_ms = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            ours = store.search(word, limit=1)["total"]
            ours_ms = (time.perf_counter() - t) * 1000
            out.append({"word": word, "fts5_unicode61": naive, "marsad": ours,
                        "fts5_ms": round(naive_ms, 2), "marsad_ms": round(ours_ms, 2)})
    raw.close()
    src.close()
    raw_db.unlink()
    return [{"build_seconds": round(build, 1)}] + out


# -- 3. replicate ----------------------------------------------------------------------------
def replicate(src: Path, dst: Path, target: int) -> dict:
    """Copy `src` and add copies of its rows (ids shifted) until `target` documents are stored."""
    from marsad.store import analyzer
    from marsad.store.prepare import body_ranges
    for p in dst.parent.glob(dst.name + "*"):
        p.unlink()
    db_size(src)
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")          # a scratch copy: no rollback journal while bulk loading
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -262144")
    started = time.perf_counter()
    base_n, base_max = conn.execute("SELECT count(*), max(id) FROM documents").fetchone()
    claim_max = conn.execute("SELECT coalesce(max(id), 0) FROM claims").fetchone()[0]
    quote_max = conn.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]
    # FTS is contentless: the terms are recomputed once from the stored records (analysis, not re-analysis).
    doc_terms = []
    for doc_id, title, blob in conn.execute(
            "SELECT d.id, d.title, b.record FROM documents d JOIN bodies b ON b.id = d.id ORDER BY d.id"):
        record = json.loads(zlib.decompress(blob))
        doc_terms.append((doc_id, analyzer.index_text(title) if title else "",
                          analyzer.index_text(record["text"], body_ranges(record))))
    claim_terms = [(cid, analyzer.index_text(content)) for cid, content in
                   conn.execute("SELECT id, content FROM claims ORDER BY id")]
    copies = 0
    stored = base_n
    while stored < target:
        copies += 1
        off = copies * base_max
        want = min(base_n, target - stored)
        last = doc_terms[want - 1][0]                  # copy ids up to here (a partial last copy)
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO documents (id, hash, source, url, title, published, story, language, n_entities, n_quotes,"
            " n_claims) SELECT id + ?1, hash || '#' || ?2, source, url, title, published,"
            " story + ?1, language, n_entities, n_quotes, n_claims FROM documents WHERE id <= ?3",
            (off, copies, last))
        conn.execute("INSERT INTO bodies (id, minhash, record) SELECT id + ?1, minhash, record FROM bodies"
                     " WHERE id <= ?2", (off, last))
        conn.executemany("INSERT INTO doc_fts (rowid, title, body) VALUES (?, ?, ?)",
                         ((d + off, t, b) for d, t, b in doc_terms[:want]))
        conn.execute("INSERT INTO mentions SELECT doc_id + ?1, entity_id, start, end, text FROM mentions"
                     " WHERE doc_id <= ?2", (off, last))
        conn.execute("INSERT INTO quotes SELECT id + ?1, doc_id + ?2, start, end, text, kind, speaker, speaker_start,"
                     " speaker_end, speaker_norm, entity_id, cue, cue_start, cue_end FROM quotes"
                     " WHERE doc_id <= ?3 AND id <= ?4", (copies * quote_max, off, last, quote_max))
        conn.execute("INSERT INTO claims SELECT id + ?1, doc_id + ?2, stance, source, source_start, source_end,"
                     " source_norm, entity_id, cue, cue_start, cue_end, content, content_start, content_end FROM claims"
                     " WHERE doc_id <= ?3 AND id <= ?4", (copies * claim_max, off, last, claim_max))
        kept = {r[0] for r in conn.execute("SELECT id FROM claims WHERE doc_id <= ? AND id <= ?", (last, claim_max))}
        conn.executemany("INSERT INTO claim_fts (rowid, content) VALUES (?, ?)",
                         ((cid + copies * claim_max, terms) for cid, terms in claim_terms if cid in kept))
        conn.execute("COMMIT")
        stored += want
        print(f"  replica: {stored:,} documents ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    conn.execute("BEGIN")
    conn.execute("CREATE TEMP TABLE counts AS SELECT entity_id, count(DISTINCT doc_id) AS d, count(*) AS m"
                 " FROM mentions GROUP BY entity_id")
    conn.execute("UPDATE entities SET documents = (SELECT d FROM counts WHERE entity_id = entities.id),"
                 " mentions = (SELECT m FROM counts WHERE entity_id = entities.id)")
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    seconds = time.perf_counter() - started
    count = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    conn.close()
    return {"documents": count, "copies": copies, "seconds": round(seconds, 1), "db_bytes": db_size(dst)}


# -- 4. report ------------------------------------------------------------------------------
def mib(n: int) -> str:
    return f"{n / 2 ** 20:,.0f} MiB" if n < 2 ** 30 else f"{n / 2 ** 30:,.2f} GiB"


def write_report(path: Path, results: dict) -> None:
    m, ing, s31, s1m, rec, rep = (results.get(k) for k in ("machine", "ingest", "search_31k", "search_1m", "recall",
                                                          "replica"))
    lines = [
        "# Corpus benchmark: SaudiNewsNet ingest, search at 31k and at 1M articles", "",
        f"Run {results['date']} with `{results['command']}`.", "",
        "## Machine", "",
        f"- {m['nproc']} cores ({m['cpu']}), {m['ram_gib']} GiB RAM, {m['os']}",
        f"- Python {m['python']}, SQLite {m['sqlite']}",
        f"- Shared with other jobs: load average {m['load_at_start']} at the start; the run was under `nice -n 10`,"
        " so wall-clock rates are lower bounds.", "",
        "## Ingest (`marsad ingest ../shared/data/saudinewsnet/*.zip`)", "",
        f"- Pipeline: {' → '.join(ing['pipeline'])}",
        f"- {ing['items']:,} articles read from {ing['zips']} zip files; **{ing['stored']:,} stored**, "
        f"{ing['skipped']:,} skipped ({'; '.join(f'{n} × {r}' for r, n in ing['skip_reasons'].items()) or 'none'})",
        f"- **{ing['articles_per_s']:.1f} articles/s** ({ing['seconds']:,.0f} s, {ing['workers']} analysis processes "
        "+ one writer)",
        f"- Peak memory (RSS, sampled every 0.25 s): **{ing['peak_rss_total_mib']:,} MiB** for the whole process tree, "
        f"{ing['peak_rss_writer_mib']:,} MiB for the writer",
        f"- Database: **{mib(ing['db_bytes'])}** ({ing['db_bytes'] / max(ing['stored'], 1) / 1024:.1f} KiB per article,"
        " records zlib-compressed, FTS5 index, entity/quote/claim tables)",
        f"- Rows: {ing['entities']:,} corpus entities, {ing['mentions']:,} mentions, {ing['quotes']:,} quotes, "
        f"{ing['claims']:,} claims",
        f"- Stories (MinHash/LSH, exact Jaccard ≥ 0.5 on word 3-grams): {ing['story_groups']:,} groups holding "
        f"{ing['articles_in_groups']:,} articles; {ing['story_pairs']:,} verified pairs of "
        f"{ing['story_candidates']:,} LSH candidates; {ing['story_seconds']:.0f} s", "",
    ]

    def search_block(title: str, s: dict) -> list[str]:
        out = [f"## {title}", "",
               f"{s['queries']} fixed queries × {REPEATS} timed runs (first run not counted), 10 ranked hits with "
               "highlighted snippets:", "",
               f"- **p50 {s['p50_ms']:.1f} ms, p95 {s['p95_ms']:.1f} ms** wall clock (max {s['max_ms']:.1f} ms; "
               f"load average {s['load_after'][0]} when it ended)",
               f"- CPU time of the searching process: p50 {s['cpu_p50_ms']:.1f} ms, p95 {s['cpu_p95_ms']:.1f} ms "
               "(what the wall clock would show on an otherwise idle core)",
               f"- SQL part alone (ranking, count, filters; no records loaded, no snippets): p50 {s['sql_p50_ms']:.1f} ms,"
               f" p95 {s['sql_p95_ms']:.1f} ms", "",
               "| kind | p50 ms | p95 ms |", "|---|---:|---:|"]
        out += [f"| {k} | {v['p50_ms']:.1f} | {v['p95_ms']:.1f} |" for k, v in s["by_kind"].items()]
        out += ["", "<details><summary>Per query</summary>", "", "| query | filters | articles | median ms | max ms |",
                "|---|---|---:|---:|---:|"]
        out += [f"| {q['query'] or '(none)'} | {', '.join(f'{k}={v}' for k, v in q['filters'].items())} | "
                f"{q['total']:,} | {q['median_ms']:.1f} | {q['max_ms']:.1f} |" for q in s["per_query"]]
        return out + ["", "</details>", ""]

    lines += search_block(f"Search at {ing['stored']:,} articles", s31)
    if rec:
        lines += ["### Side by side: SQLite FTS5's own tokenizer on the raw text", "",
                  "Articles found for one word (FTS5 `unicode61 remove_diacritics 2` has no Arabic folding, clitic "
                  "splitting or stemming: it finds only the exact written form):", "",
                  "| word | FTS5 unicode61 | marsad | FTS5 ms | marsad ms (with snippet) |", "|---|---:|---:|---:|---:|"]
        lines += [f"| {r['word']} | {r['fts5_unicode61']:,} | {r['marsad']:,} | {r['fts5_ms']:.1f} | "
                  f"{r['marsad_ms']:.1f} |" for r in rec[1:]]
        lines += [""]
    if rep and s1m:
        lines += [f"## Scaling: the same rows replicated to {rep['documents']:,} articles", "",
                  f"{rep['copies']} copies of the stored rows (documents, FTS terms, mentions, quotes, claims; ids "
                  f"shifted, nothing re-analysed), built in {rep['seconds']:,.0f} s; database **{mib(rep['db_bytes'])}**.",
                  "Every query matches ~32× as many articles as at 31k (the copies are identical), so ranking and "
                  "counting touch 32× the rows.", ""]
        lines += search_block(f"Search at {rep['documents']:,} articles", s1m)
        lines += ["| | 31k | 1M |", "|---|---:|---:|",
                  f"| p50 ms | {s31['p50_ms']:.1f} | {s1m['p50_ms']:.1f} |",
                  f"| p95 ms | {s31['p95_ms']:.1f} | {s1m['p95_ms']:.1f} |",
                  f"| SQL p95 ms | {s31['sql_p95_ms']:.1f} | {s1m['sql_p95_ms']:.1f} |",
                  f"| database | {mib(ing['db_bytes'])} | {mib(rep['db_bytes'])} |", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "saudinewsnet"))
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--reuse", action="store_true", help="keep an existing 31k database and its ingest figures")
    ap.add_argument("--replicate-to", type=int, default=1_000_000, help="0 to skip the scaling run")
    ap.add_argument("--keep", action="store_true", help="keep the 1M replica")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "corpus.md"))
    args = ap.parse_args()
    TMP.mkdir(parents=True, exist_ok=True)
    db = TMP / "saudinewsnet.db"
    figures = TMP / "corpus.json"
    results = {"date": time.strftime("%Y-%m-%d %H:%M"), "machine": machine(),
               "command": "nice -n 10 .venv/bin/python bench/corpus.py " + " ".join(sys.argv[1:])}
    if args.reuse and db.exists() and figures.exists():
        results["ingest"] = json.loads(figures.read_text())["ingest"]
    else:
        print("ingest ...", file=sys.stderr, flush=True)
        results["ingest"] = run_ingest(Path(args.data), db, args.workers)
    figures.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    print(json.dumps(results["ingest"], ensure_ascii=False), file=sys.stderr, flush=True)
    print("search at 31k ...", file=sys.stderr, flush=True)
    results["search_31k"] = run_search(db)
    results["recall"] = recall_side_by_side(db)
    figures.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    print(f"  p50 {results['search_31k']['p50_ms']} ms, p95 {results['search_31k']['p95_ms']} ms", file=sys.stderr)
    if args.replicate_to:
        big = TMP / "replica-1m.db"
        print(f"replicate to {args.replicate_to:,} ...", file=sys.stderr, flush=True)
        results["replica"] = replicate(db, big, args.replicate_to)
        print("search at 1M ...", file=sys.stderr, flush=True)
        results["search_1m"] = run_search(big)
        print(f"  p50 {results['search_1m']['p50_ms']} ms, p95 {results['search_1m']['p95_ms']} ms", file=sys.stderr)
        if not args.keep:
            for p in big.parent.glob(big.name + "*"):
                p.unlink()
    figures.write_text(json.dumps(results, ensure_ascii=False, indent=1))
    write_report(Path(args.out), results)
    print(f"written {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
