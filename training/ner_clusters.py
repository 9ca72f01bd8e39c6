"""Word clusters for the NER tagger, learned from the open unlabeled prose (`make train-ner`).

    python -m training.ner_clusters [--out DIR] [--words N] [--dim D] [--epochs E]

Reads every `*.txt.xz` of ../shared/data/unlabeled (~40M words: public-domain Hindawi books,
Arabic and Egyptian-Arabic Wikipedia text, UN documents, news; licenses in each `.SOURCE`,
notices in the package's NOTICE), splits it into words as marsad's tokeniser does (Arabic
letter runs with their clitics), folds them (`marsad.text.normalize.fold`), trains word2vec
(gensim, CBOW) on them and clusters the vectors of the most frequent words with k-means at two
sizes (the coarse and the fine cluster of a word are two features of the tagger). Writes
`clusters.tsv.gz` (folded word, coarse cluster, fine cluster). Needs the `train` extra (gensim);
the run time reads only the table (`marsad.annotators.entities.resources.word_clusters`).
Deterministic for one gensim version: one worker thread and fixed seeds (gensim's corpus_file
mode; the folded corpus is written once to `--work`).
"""
from __future__ import annotations

import argparse
import lzma
import re
import sys
import time
from pathlib import Path

import numpy as np

from marsad.annotators.entities.resources import CLUSTERS_FILE, model_dir
from marsad.text.normalize import fold

from .ner_tables import write_gz
from .splits import SHARED

UNLABELED = SHARED / "data" / "unlabeled"
SEED = 20242
PARAMS = {"dim": 100, "window": 5, "min_count": 5, "epochs": 3, "words": 100_000, "coarse": 64, "fine": 512,
          "workers": 1}
_WORD = re.compile(r"[\u0621-\u063A\u0641-\u064A\u0670\u0671-\u06D3\u064B-\u0652\u0640]+")


def write_corpus(files: list[Path], path: Path) -> int:
    """The unlabeled files as folded words, one line each, space-separated (gensim's corpus_file
    form); returns the number of words."""
    cache: dict[str, str] = {}
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        for source in files:
            with lzma.open(source, "rt", encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("#book"):
                        continue
                    words = []
                    for w in _WORD.findall(line):
                        f = cache.get(w)
                        if f is None:
                            f = cache[w] = fold(w)
                        words.append(f)
                    if len(words) > 1:
                        out.write(" ".join(words) + "\n")
                        n += len(words)
    return n


def kmeans(x: np.ndarray, k: int, seed: int, iterations: int = 25) -> np.ndarray:
    """Cluster ids of the rows of `x` (unit vectors; cosine k-means, k-means++ start)."""
    rng = np.random.default_rng(seed)
    n = len(x)
    centres = [x[rng.integers(n)]]
    dist = 1.0 - x @ centres[0]
    for _ in range(1, k):
        p = np.clip(dist, 0, None) ** 2
        centres.append(x[rng.choice(n, p=p / p.sum())])
        dist = np.minimum(dist, 1.0 - x @ centres[-1])
    c = np.array(centres)
    for _ in range(iterations):
        assign = np.argmax(x @ c.T, axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                m = members.sum(axis=0)
                c[j] = m / (np.linalg.norm(m) or 1.0)
    return np.argmax(x @ c.T, axis=1)


def train(out: Path, params: dict, work: Path, log=print) -> dict:
    from gensim.models import Word2Vec
    files = sorted(UNLABELED.glob("*.txt.xz"))
    if not files:
        raise FileNotFoundError(f"no *.txt.xz under {UNLABELED}")
    start = time.time()
    corpus = work / "unlabeled-folded.txt"
    if not corpus.exists():
        log(f"corpus: {write_corpus(files, corpus)} words in {time.time() - start:.0f} s")
    model = Word2Vec(corpus_file=str(corpus), vector_size=params["dim"], window=params["window"],
                     min_count=params["min_count"], sg=0, epochs=params["epochs"], workers=params["workers"],
                     seed=SEED)
    log(f"word2vec: {len(model.wv)} words in {time.time() - start:.0f} s")
    words = model.wv.index_to_key[:params["words"]]
    vectors = np.array([model.wv[w] for w in words], dtype=np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    coarse = kmeans(vectors, params["coarse"], SEED)
    fine = kmeans(vectors, params["fine"], SEED + 1)
    lines = [f"{w}\t{c}\t{f}" for w, c, f in sorted(zip(words, coarse.tolist(), fine.tolist()))]
    write_gz(out / CLUSTERS_FILE, lines)
    return {"vocabulary": len(model.wv), "clustered": len(words), "seconds": round(time.time() - start, 1),
            "corpus_words": model.corpus_total_words}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=None, help="folder (default: the packaged model folder)")
    ap.add_argument("--work", default="/tmp/marsad-clusters", help="folder for the folded corpus (~300 MB)")
    for key in ("words", "dim", "epochs"):
        ap.add_argument(f"--{key}", type=int, default=PARAMS[key])
    args = ap.parse_args(argv)
    out = Path(args.out) if args.out else model_dir()
    out.mkdir(parents=True, exist_ok=True)
    params = {**PARAMS, "words": args.words, "dim": args.dim, "epochs": args.epochs}
    try:
        work = Path(args.work)
        work.mkdir(parents=True, exist_ok=True)
        info = train(out, params, work, log=lambda m: print(m, file=sys.stderr, flush=True))
    except ImportError as exc:
        print(f"ner_clusters: error: {exc.name} is needed (pip install 'marsad[train]')", file=sys.stderr)
        return 2
    except FileNotFoundError as exc:
        print(f"ner_clusters: error: {exc}", file=sys.stderr)
        return 2
    print(f"{info['clustered']} words clustered ({info}) -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
