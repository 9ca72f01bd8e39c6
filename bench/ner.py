"""NER benchmark: ANERcorp test F1 of the built-in tagger, and its speed beside a BERT-base tagger.

    .venv/bin/python bench/ner.py [--data ../shared/data/anercorp] [--speed-sentences 300] [--no-bert]

Quality: the packaged tagger (the CRF and the BiLSTM-CRF, their marginals
averaged) tags the ANERcorp test split (CAMeL Lab split, gold tokens); micro F1
over exact entity spans (conlleval), and P/R/F1 per type.
Speed, on one core (torch and crfsuite held to one thread), over the same
sentences (the first N of the test split):
- marsad tagger: features, the CRF and the numpy BiLSTM-CRF, decoding; 20 sentences a call, tokens/s;
- marsad entities stage: the whole stage (tokenising, tagging, mention rules,
  clusters) on those sentences grouped into 20-sentence articles, tokens/s;
- BERT-base token classifier of CAMeLBERT's shape (12 layers, hidden 768, 30k
  WordPiece vocabulary, random weights: speed does not depend on them), with a
  WordPiece vocabulary trained here on the ANERcorp train text so that words
  split into a realistic number of subwords; batches of 8 sentences.
- the whole analysis (every stage of `marsad analyze`) of written-news train articles, timed
  stage by stage: the entities stage's share of the analysis time.
Figures are printed and written to bench/results/ner.json, with the load average.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine_info import cpu_model, load_average  # noqa: E402

from marsad.annotators.entities.conll import read_conll, score  # noqa: E402
from marsad.annotators.entities.model import load, model_dir  # noqa: E402


def machine() -> dict:
    return {"cpu": cpu_model(), "cores": os.cpu_count(), "python": platform.python_version(), "threads_used": 1}


def bench_quality(test):
    tagger = load()
    pred = [tags for tags, _ in tagger.tag_many([words for words, _ in test])]
    return score([tags for _, tags in test], pred)


def bench_marsad_speed(sentences, repeat=3):
    """The tagger on 20 sentences at a time (an article's worth, as the stage calls it)."""
    tagger = load()
    n = sum(len(s) for s in sentences)
    best = None
    for _ in range(repeat):
        from marsad.annotators.entities import features
        features.clear_caches()
        start = time.perf_counter()
        for i in range(0, len(sentences), 20):
            tagger.tag_many(sentences[i:i + 20])
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    return n / best


def _tagger_name() -> str:
    tagger = load()
    return f"CRF + BiLSTM-CRF, CRF weight {tagger.crf_weight}" if tagger.neural is not None else "CRF"


def bench_stage_speed(sentences):
    from marsad.annotators.boilerplate import split_paragraphs
    from marsad.annotators.entities import entities_stage
    from marsad.annotators.segment import segment
    from marsad.document import Document
    from marsad.layers import TOKENS
    from marsad.pipeline import Pipeline
    pipe = Pipeline([split_paragraphs, segment])
    stage = entities_stage()
    docs = []
    for i in range(0, len(sentences), 20):
        text = "\n".join(" ".join(words) for words in sentences[i:i + 20])
        docs.append(pipe(Document(text)))
    stage(docs[0])   # load the model before timing
    n = sum(len(d.layer(TOKENS)) for d in docs)
    start = time.perf_counter()
    for d in docs:
        stage(d)
    return n / (time.perf_counter() - start), len(docs)


def bench_stage_share(texts, repeat=2):
    """Seconds each stage of the full analysis takes over `texts` (best of `repeat` passes, the
    first one with cold caches), and the entities stage's share of the whole."""
    from marsad.annotators import default_stages
    from marsad.document import Document, Metadata
    from marsad.layers import TOKENS
    stages = default_stages()
    best: dict[str, float] = {}
    tokens = 0
    for _ in range(repeat):
        took = {st.name: 0.0 for st in stages}
        tokens = 0
        for text, published in texts:
            doc = Document(text, Metadata(published=published))
            for st in stages:
                start = time.perf_counter()
                doc = st(doc)
                took[st.name] += time.perf_counter() - start
            tokens += len(doc.layer(TOKENS))
        best = took if not best else {k: min(v, took[k]) for k, v in best.items()}
    total = sum(best.values())
    return {"articles": len(texts), "tokens": tokens, "seconds": {k: round(v, 3) for k, v in best.items()},
            "total_seconds": round(total, 3), "entities_share": round(best["entities"] / total, 3),
            "analysis_tokens_per_s": round(tokens / total, 1)}


def bench_bert_speed(sentences, train_text):
    import torch
    from tokenizers import BertWordPieceTokenizer
    from transformers import BertConfig, BertForTokenClassification
    torch.set_num_threads(1)
    wp = BertWordPieceTokenizer(clean_text=True, strip_accents=False, lowercase=False)
    wp.train_from_iterator(train_text, vocab_size=30000, min_frequency=1, show_progress=False)
    config = BertConfig(vocab_size=30000, hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
                        intermediate_size=3072, max_position_embeddings=512, num_labels=9)
    torch.manual_seed(0)
    model = BertForTokenClassification(config).eval()
    encoded = [wp.encode(words, is_pretokenized=True).ids[:512] for words in sentences]
    pieces = sum(len(e) for e in encoded)
    words = sum(len(s) for s in sentences)

    def run(batch):
        width = max(len(e) for e in batch)
        ids = torch.zeros((len(batch), width), dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for r, e in enumerate(batch):
            ids[r, :len(e)] = torch.tensor(e)
            mask[r, :len(e)] = 1
        with torch.inference_mode():
            logits = model(input_ids=ids, attention_mask=mask).logits
        return logits.argmax(-1)

    run(encoded[:2])  # warm up
    start = time.perf_counter()
    for i in range(0, len(encoded), 8):
        run(encoded[i:i + 8])
    took = time.perf_counter() - start
    return words / took, pieces / words


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "anercorp"))
    ap.add_argument("--speed-sentences", type=int, default=300)
    ap.add_argument("--no-bert", action="store_true", help="skip the BERT-base comparison (needs torch)")
    ap.add_argument("--share-articles", type=int, default=40,
                    help="written-news train articles to time the whole analysis on, stage by stage (0: skip)")
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "ner.json"))
    args = ap.parse_args()
    data = Path(args.data)
    test_path = data / "ANERCorp_CamelLab_test.txt"
    if not test_path.exists():
        print(f"bench/ner.py: error: {test_path} not found", file=sys.stderr)
        return 2
    test = read_conll(test_path)
    result = score([t for _, t in test], [t for _, t in test])  # shape check of the scorer
    assert abs(result["micro"]["f1"] - 1.0) < 1e-9

    quality = bench_quality(test)
    print(f"ANERcorp test ({len(test)} sentences, {sum(len(w) for w, _ in test)} tokens), exact entity match:")
    print(f"  micro      P {quality['micro']['p']:.4f}  R {quality['micro']['r']:.4f}  F1 {quality['micro']['f1']:.4f}")
    for kind in ("PER", "ORG", "LOC", "MISC"):
        q = quality[kind]
        print(f"  {kind:10s} P {q['p']:.4f}  R {q['r']:.4f}  F1 {q['f1']:.4f}   (gold {q['gold']}, pred {q['pred']})")

    speed_sents = [w for w, _ in test[:args.speed_sentences]]
    n_tokens = sum(len(s) for s in speed_sents)
    tagger_tps = bench_marsad_speed(speed_sents)
    stage_tps, n_docs = bench_stage_speed(speed_sents)
    print(f"speed on one core, {len(speed_sents)} sentences ({n_tokens} tokens):")
    print(f"  marsad tagger          {tagger_tps:10.0f} tokens/s  ({_tagger_name()})")
    print(f"  marsad entities stage  {stage_tps:10.0f} tokens/s  ({n_docs} articles of 20 sentences, rules and clusters included)")
    share = None
    if args.share_articles:
        sys.path.insert(0, str(ROOT))
        from training.splits import written_news
        texts = [(a.text(), a.gold().get("published")) for a in written_news("train")[:args.share_articles]]
        share = bench_stage_share(texts)
        print(f"  full analysis of {share['articles']} written-news train articles ({share['tokens']} tokens): "
              f"{share['total_seconds']:.2f} s, {share['analysis_tokens_per_s']:.0f} tokens/s; "
              f"entities stage {share['entities_share']:.0%} of it ({share['seconds']})")
    bert = None
    if not args.no_bert:
        train_text = [" ".join(w) for w, _ in read_conll(data / "ANERCorp_CamelLab_train.txt")]
        bert_tps, pieces_per_word = bench_bert_speed(speed_sents, train_text)
        bert = {"tokens_per_s": round(bert_tps, 1), "subwords_per_word": round(pieces_per_word, 3)}
        print(f"  BERT-base token clf.   {bert_tps:10.0f} tokens/s  ({pieces_per_word:.2f} subwords a word, batches of 8)")
        print(f"  ratio: tagger {tagger_tps / bert_tps:.0f}x, whole stage {stage_tps / bert_tps:.0f}x the BERT-base tokens/s")

    model_files = {p.name: p.stat().st_size for p in sorted(model_dir().iterdir()) if p.is_file()}
    out = {
        "benchmark": "ANERcorp CAMeL Lab test split, conlleval exact match",
        "machine": machine(),
        "test": {"sentences": len(test), "tokens": sum(len(w) for w, _ in test)},
        "quality": {k: {m: (round(v, 4) if isinstance(v, float) else v) for m, v in d.items()} for k, d in quality.items()},
        "speed": {"sentences": len(speed_sents), "tokens": n_tokens, "marsad_tagger_tokens_per_s": round(tagger_tps, 1),
                  "marsad_stage_tokens_per_s": round(stage_tps, 1), "bert_base": bert,
                  "analysis_by_stage": share, "load_average": round(load_average(), 2)},
        "tagger": _tagger_name(),
        "model_bytes": model_files,
        "command": "python bench/ner.py",
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
