"""A learned lay→statute word association for the rerank trees (round AX, issue 13).

Lay questions say こわれた, 大家, クビ where the statute says 毀損, 賃貸人, 解雇: the lexical signals
miss them. An IBM Model 1 table t(q | a) — the probability of question lemma ``q`` given a lemma
``a`` of the answering article — is fitted by EM on the used question sets' (question → gold
article) pairs (``benchmarks/fit_rerank_assoc.py``, pruned to t ≥ 0.005) and ships as
``data/rerank_assoc.npy`` (question-word ids, article-word ids, t, the question-word background)
with ``data/rerank_assoc.json`` (SHA-256, vocabularies, settings, fitting command).

A candidate's association is the length-normalised Model-1 log-likelihood of the question's known
lemmas given the candidate's lemmas (its caption and text),

    (1/m) Σ_j log( λ·bg(q_j) + (1 − λ)·(t(q_j | NULL) + Σ_{a∈A} t(q_j | a)) / (|A| + 1) ),

min-max over the question's candidates (all 0 when they tie or no lemma is known). It is a feature
of the rerank trees (:mod:`govrag.retrieval.rerank_model`), not a weighted signal. numpy only.

>>> t = AssocTable(qv=("大家",), av=(NULL, "賃貸人", "申請"), q=[0, 0], a=[0, 1], t=[0.1, 0.8],
...                bg=[1.0], smooth=0.2)
>>> [round(v, 2) for v in t.normalised("大家に言われた", [["賃貸人", "修繕"], ["申請"]])]
[1.0, 0.0]
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from govrag.errors import ConfigError

__all__ = ["NULL", "QUESTION_WORDS", "AssocTable", "article_lemmas", "load_assoc", "question_lemmas",
           "save_assoc"]

NULL = "<NULL>"
ASSOC_FILE = "rerank_assoc.npy"
_META_FILE = "rerank_assoc.json"

#: Question and meta words (the reranker's too): they say *that* something is asked, not *what*.
QUESTION_WORDS = frozenset(
    """どう 如何 何 なに 何故 なぜ いつ 誰 どこ 何処 どの どれ どんな どのよう 幾つ いくら くらい ぐらい
    場合 必要 決まり 規定 ルール 法律 法 条文 法令 定め 定める 教える 知る 良い いい 出来る できる 可能
    べし 仕方 扱い 取り扱う 対応 する なる ある いる 意味 定義 内容 ため 点 について 上 本 該当 際 何時
    つく 付く 於く 良い 構う 許す 許される 仕舞う 貰う 呉れる 下さる 人 方 事 物 もの こと""".split()
)


def question_lemmas(text: str) -> list[str]:
    """The question's content lemmas minus question words and numbers (the table's rows)."""
    from govrag.text import content_lemmas

    return [w for w in content_lemmas(text) if w not in QUESTION_WORDS and not w.isdigit()]


@lru_cache(maxsize=8192)
def article_lemmas(caption: str, text: str) -> tuple[str, ...]:
    """The distinct content lemmas (no numbers) of an article's caption and text, sorted."""
    from govrag.text import content_lemmas

    return tuple(sorted({w for w in content_lemmas(f"{caption}\n{text}") if not w.isdigit()}))


@dataclass(frozen=True)
class AssocTable:
    """The pruned Model-1 table: rows ``q[i]`` (index into ``qv``), columns ``a[i]`` (into ``av``,
    0 the NULL word), values ``t[i]``; ``bg`` the question-word background; ``smooth`` λ."""

    qv: Sequence[str]
    av: Sequence[str]
    q: Any
    a: Any
    t: Any
    bg: Any
    smooth: float
    _rows: dict[int, tuple[Any, Any]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        import numpy as np

        q, a, t = (np.asarray(self.q, dtype=np.int64), np.asarray(self.a, dtype=np.int64),
                   np.asarray(self.t, dtype=np.float64))
        order = np.argsort(q, kind="stable")
        q, a, t = q[order], a[order], t[order]
        bounds = np.searchsorted(q, np.arange(len(self.qv) + 1))
        rows = {i: (a[s:e], t[s:e]) for i, (s, e) in enumerate(itertools.pairwise(bounds))
                if e > s}
        object.__setattr__(self, "_rows", rows)
        object.__setattr__(self, "_qi", {w: i for i, w in enumerate(self.qv)})
        object.__setattr__(self, "_ai", {w: i for i, w in enumerate(self.av)})

    def loglik(self, qlem: Sequence[str], articles: Sequence[Sequence[str]]) -> Any:
        """The length-normalised log-likelihood per article (zeros: no known question lemma)."""
        import numpy as np

        qi: dict[str, int] = self.__dict__["_qi"]
        ai: dict[str, int] = self.__dict__["_ai"]
        qids = [qi[w] for w in qlem if w in qi]
        if not qids or not articles:
            return np.zeros(len(articles))
        bag = np.zeros((len(articles), len(self.av)))
        for j, al in enumerate(articles):
            bag[j, [ai[w] for w in al if w in ai and w != NULL]] = 1.0
        s = np.zeros((len(qids), len(articles)))
        null = np.zeros(len(qids))
        for k, i in enumerate(qids):
            if i in self._rows:
                cols, vals = self._rows[i]
                s[k] = bag[:, cols] @ vals
                null[k] = float(vals[cols == 0].sum())
        length = np.array([len(al) for al in articles], dtype=np.float64) + 1.0
        p = (null[:, None] + s) / length[None, :]
        bg = np.asarray(self.bg, dtype=np.float64)[qids]
        return np.log(self.smooth * bg[:, None] + (1.0 - self.smooth) * p).mean(axis=0)

    def normalised(self, question: str, articles: Sequence[Sequence[str]]) -> list[float]:
        """:meth:`loglik` of ``question``'s lemmas, min-max over ``articles``."""
        v = self.loglik(question_lemmas(question), articles)
        if not len(v):
            return []
        lo, hi = float(v.min()), float(v.max())
        return [float(x) for x in (v - lo) / (hi - lo)] if hi > lo else [0.0] * len(v)


def _data_dir() -> Path:
    return Path(str(resources.files("govrag.retrieval").joinpath("data")))


@lru_cache(maxsize=2)
def load_assoc(directory: Path | None = None) -> AssocTable:
    """The packaged table (or the one in ``directory``); ConfigError on a hash mismatch."""
    import numpy as np

    from govrag._packaged import load_arrays

    arrays, meta = load_arrays(directory or _data_dir(), ASSOC_FILE, _META_FILE)
    if len(arrays) != 4 or arrays[2].dtype != np.float64:
        raise ConfigError(f"{ASSOC_FILE} holds {len(arrays)} arrays, not (q, a, t, bg)")
    return AssocTable(qv=tuple(meta["qv"]), av=tuple(meta["av"]), q=arrays[0], a=arrays[1],
                      t=arrays[2], bg=arrays[3], smooth=float(meta["smooth"]))


def save_assoc(table: dict[str, Any], *, smooth: float, command: str, extra: dict[str, Any],
               directory: Path | None = None) -> str:
    """Write a fitted table (``qv``, ``av``, ``q``, ``a``, ``t``, ``bg``); returns the SHA-256."""
    import numpy as np

    from govrag._packaged import save_arrays

    arrays = [np.asarray(table["q"], dtype=np.int32), np.asarray(table["a"], dtype=np.int32),
              np.asarray(table["t"], dtype=np.float64), np.asarray(table["bg"], dtype=np.float64)]
    meta = {"smooth": smooth, "command": command, **extra, "qv": list(table["qv"]),
            "av": list(table["av"])}
    digest = save_arrays(directory or _data_dir(), ASSOC_FILE, _META_FILE, arrays, meta)
    load_assoc.cache_clear()
    return digest
