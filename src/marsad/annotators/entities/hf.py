"""Optional transformer backend: any Hugging Face token-classification model.

    marsad analyze --ner-model PATH_OR_ID article.txt

Needs `pip install 'marsad[hf]'` (torch, transformers); nothing here is imported
unless the option is given. Each sentence's word tokens (marsad's tokens, so
offsets stay those of the original text) are split into the model's subwords;
the prediction of a word's first subword is the word's tag. Labels are read
from the model's `id2label` (`B-PERS`/`B-PER`, `I-LOC` ...); a label outside
PER/ORG/LOC/MISC counts as O. Long sentences are cut into windows that fit the
model. The same mention and cluster rules as the built-in model follow.
"""
from __future__ import annotations

from ...errors import MarsadError
from .mentions import Tagged
from .model import load

BATCH = 16


def _normal_label(label: str) -> str:
    label = label.upper().replace("PERS", "PER")
    if label == "O" or "-" not in label:
        return "O"
    prefix, kind = label.split("-", 1)
    if prefix not in ("B", "I") or kind not in ("PER", "ORG", "LOC", "MISC"):
        return "O"
    return f"{prefix}-{kind}"


class TransformerBackend:
    name = "transformer"

    def __init__(self, model: str, device: str = "cpu"):
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise MarsadError("--ner-model needs torch and transformers: pip install 'marsad[hf]'") from exc
        self.torch = torch
        try:
            self.tokenizer = AutoTokenizer.from_pretrained(model)
            self.model = AutoModelForTokenClassification.from_pretrained(model).to(device).eval()
        except Exception as exc:       # a missing folder, an unknown id, no network, not a token classifier
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise MarsadError(f"cannot load the NER model {model!r}: {reason}") from exc
        self.device = device
        self.labels = [_normal_label(self.model.config.id2label[i]) for i in range(self.model.config.num_labels)]
        limit = getattr(self.model.config, "max_position_embeddings", 512) or 512
        self.max_len = min(limit, getattr(self.tokenizer, "model_max_length", limit) or limit, 512)
        self.vocab = load()          # the built-in model's vocabulary, for the mention rules

    def _pieces(self, word: str) -> list[int]:
        ids = self.tokenizer.convert_tokens_to_ids(self.tokenizer.tokenize(word))
        return ids or [self.tokenizer.unk_token_id]

    def _windows(self, words: list[str]):
        """(word index of the window's first word, subword ids, first-subword position of each word)."""
        budget = self.max_len - 2
        start, ids, firsts = 0, [], []
        for i, w in enumerate(words):
            pieces = self._pieces(w)[:budget]
            if len(ids) + len(pieces) > budget and firsts:
                yield start, ids, firsts
                start, ids, firsts = i, [], []
            firsts.append(len(ids) + 1)          # +1: the [CLS] in front
            ids.extend(pieces)
        if firsts:
            yield start, ids, firsts

    def tag(self, sentences: list[list]) -> list[Tagged]:
        torch = self.torch
        tok = self.tokenizer
        cls = tok.cls_token_id if tok.cls_token_id is not None else tok.bos_token_id
        sep = tok.sep_token_id if tok.sep_token_id is not None else tok.eos_token_id
        pad = tok.pad_token_id if tok.pad_token_id is not None else 0
        jobs = []                                # (sentence index, first word, ids, firsts)
        for s, toks in enumerate(sentences):
            for first, ids, firsts in self._windows([t.text for t in toks]):
                jobs.append((s, first, [cls, *ids, sep], firsts))
        tags = [["O"] * len(toks) for toks in sentences]
        probs = [[1.0] * len(toks) for toks in sentences]
        for b in range(0, len(jobs), BATCH):
            batch = jobs[b:b + BATCH]
            width = max(len(j[2]) for j in batch)
            input_ids = torch.full((len(batch), width), pad, dtype=torch.long)
            mask = torch.zeros((len(batch), width), dtype=torch.long)
            for r, (_, _, ids, _) in enumerate(batch):
                input_ids[r, :len(ids)] = torch.tensor(ids)
                mask[r, :len(ids)] = 1
            with torch.inference_mode():
                logits = self.model(input_ids=input_ids.to(self.device), attention_mask=mask.to(self.device)).logits
            p = logits.softmax(-1).cpu()
            best = p.argmax(-1)
            for r, (s, first, _, firsts) in enumerate(batch):
                for k, pos in enumerate(firsts):
                    label = int(best[r, pos])
                    tags[s][first + k] = self.labels[label]
                    probs[s][first + k] = float(p[r, pos, label])
        return [Tagged(toks, _repair(t), pr) for toks, t, pr in zip(sentences, tags, probs)]


def _repair(tags: list[str]) -> list[str]:
    """An I- after O or another type opens a name (B-), as conlleval reads it."""
    out = []
    for i, t in enumerate(tags):
        if t.startswith("I-") and (i == 0 or out[-1] == "O" or out[-1][2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
    return out
