"""Evaluation questions: the :class:`Question` value, the JSONL format and its validation.

One question per line::

    {"id": "sq001", "question": "申請書に不備があったら役所はどうしないといけない？",
     "kind": "paraphrase", "split": "test", "note": "…",
     "gold": [{"law_id": "405AC0000000088", "law_title": "行政手続法", "article": "7"}]}

``gold`` lists the articles that answer the question (e-Gov ``Num`` keys: ``"7"``, ``"2_2"``); a
retrieval counts as correct when it returns *any* of them (see :mod:`govrag.eval.metrics`).

>>> q = parse_question({"id": "q1", "question": "行政手続法7条", "kind": "explicit",
...                     "gold": [{"law_id": "405AC0000000088", "law_title": "行政手続法", "article": "7"}]})
>>> q.kind, q.gold[0].key, q.split is None
('explicit', ('405AC0000000088', '7'), True)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol, get_args

from govrag.corpus.ids import is_law_id
from govrag.errors import ConfigError, GovragError, QuestionSetError

__all__ = [
    "ArticleLookup",
    "Gold",
    "Kind",
    "Question",
    "QuestionSetError",
    "Split",
    "check_gold",
    "dump_questions",
    "filter_questions",
    "load_questions",
    "parse_question",
    "question_to_dict",
]

#: How a question refers to its provision: in other words, as a situation, by citation, by asking
#: what a term means, by naming the law (often by abbreviation), or by asking for a procedure.
Kind = Literal["paraphrase", "scenario", "explicit", "definition", "named_law", "procedure"]
#: ``dev`` may be used for tuning; ``test`` only for reporting.
Split = Literal["dev", "test"]

KINDS: tuple[str, ...] = get_args(Kind)
SPLITS: tuple[str, ...] = get_args(Split)

_ARTICLE_RE = re.compile(r"^[0-9]+(?:_[0-9]+)*$")
_FIELDS = frozenset({"id", "question", "kind", "gold", "note", "split"})
_GOLD_FIELDS = frozenset({"law_id", "law_title", "article"})


@dataclass(frozen=True, slots=True)
class Gold:
    """One gold article: e-Gov law id, the law's title and the article key (``"2_2"``)."""

    law_id: str
    law_title: str
    article: str

    @property
    def key(self) -> tuple[str, str]:
        """``(law_id, article)``, the unit retrieval is judged on."""
        return (self.law_id, self.article)


@dataclass(frozen=True, slots=True)
class Question:
    """An evaluation question with its gold articles."""

    id: str
    question: str
    kind: Kind
    gold: tuple[Gold, ...]
    note: str = ""
    split: Split | None = None

    @property
    def gold_keys(self) -> frozenset[tuple[str, str]]:
        """The set of ``(law_id, article)`` keys that count as a correct retrieval."""
        return frozenset(g.key for g in self.gold)


class ArticleLookup(Protocol):
    """What :func:`check_gold` needs from a corpus (``govrag.corpus.Corpus`` fits)."""

    def provision(self, law: str, article: str) -> Any: ...


def _fail(msg: str, path: str | Path | None, line: int | None) -> QuestionSetError:
    return QuestionSetError(msg, path=path, line=line)


def parse_question(
    record: Mapping[str, Any], *, path: str | Path | None = None, line: int | None = None
) -> Question:
    """Validate one decoded record and build a :class:`Question`; unknown keys are errors."""
    if not isinstance(record, Mapping):
        raise _fail(f"a question must be a JSON object, not {type(record).__name__}", path, line)
    unknown = set(record) - _FIELDS
    if unknown:
        raise _fail(f"unknown field(s) {sorted(unknown)}; allowed: {sorted(_FIELDS)}", path, line)
    for name in ("id", "question", "kind", "gold"):
        if name not in record:
            raise _fail(f"missing field {name!r}", path, line)
    qid, text, kind = record["id"], record["question"], record["kind"]
    if not isinstance(qid, str) or not qid.strip():
        raise _fail("'id' must be a non-empty string", path, line)
    if not isinstance(text, str) or not text.strip():
        raise _fail(f"question {qid}: 'question' must be a non-empty string", path, line)
    if kind not in KINDS:
        raise _fail(f"question {qid}: kind {kind!r} is not one of {list(KINDS)}", path, line)
    split = record.get("split")
    if split is not None and split not in SPLITS:
        raise _fail(f"question {qid}: split {split!r} is not one of {list(SPLITS)}", path, line)
    note = record.get("note", "")
    if not isinstance(note, str):
        raise _fail(f"question {qid}: 'note' must be a string", path, line)
    raw_gold = record["gold"]
    if not isinstance(raw_gold, list) or not raw_gold:
        raise _fail(f"question {qid}: 'gold' must be a non-empty list", path, line)
    gold: list[Gold] = []
    for i, g in enumerate(raw_gold):
        where = f"question {qid}: gold[{i}]"
        if not isinstance(g, Mapping) or set(g) != _GOLD_FIELDS:
            raise _fail(f"{where} must have exactly the fields {sorted(_GOLD_FIELDS)}", path, line)
        law_id, title, article = g["law_id"], g["law_title"], g["article"]
        if not isinstance(law_id, str) or not is_law_id(law_id):
            raise _fail(f"{where}: {law_id!r} is not an e-Gov law id", path, line)
        if not isinstance(title, str) or not title.strip():
            raise _fail(f"{where}: 'law_title' must be a non-empty string", path, line)
        if not isinstance(article, str) or not _ARTICLE_RE.match(article):
            raise _fail(f"{where}: article {article!r} is not an e-Gov Num key like '7' or '2_2'",
                        path, line)
        gold.append(Gold(law_id=law_id, law_title=title, article=article))
    if len({x.key for x in gold}) != len(gold):
        raise _fail(f"question {qid}: duplicate gold article", path, line)
    return Question(id=qid, question=text, kind=kind, gold=tuple(gold), note=note, split=split)


def load_questions(path: str | Path) -> list[Question]:
    """Read a JSONL question file (UTF-8, one object per line, blank lines allowed).

    Raises :class:`QuestionSetError` naming the line for bad JSON, bad fields or a repeated id.
    """
    p = Path(path)
    if not p.is_file():
        raise QuestionSetError("no such question file", path=p)
    try:
        text = p.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QuestionSetError(f"not valid UTF-8 (byte {exc.start})", path=p) from None
    out: list[Question] = []
    seen: set[str] = set()
    for lineno, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise QuestionSetError(f"invalid JSON: {exc.msg} (column {exc.colno})", path=p,
                                   line=lineno) from None
        q = parse_question(record, path=p, line=lineno)
        if q.id in seen:
            raise QuestionSetError(f"duplicate question id {q.id!r}", path=p, line=lineno)
        seen.add(q.id)
        out.append(q)
    if not out:
        raise QuestionSetError("the question file is empty", path=p)
    return out


def question_to_dict(q: Question) -> dict[str, Any]:
    """The JSON object of one question (inverse of :func:`parse_question`)."""
    d: dict[str, Any] = {
        "id": q.id,
        "question": q.question,
        "kind": q.kind,
        "gold": [{"law_id": g.law_id, "law_title": g.law_title, "article": g.article} for g in q.gold],
        "note": q.note,
    }
    if q.split is not None:
        d["split"] = q.split
    return d


def dump_questions(questions: Iterable[Question], path: str | Path) -> None:
    """Write questions as JSONL (UTF-8, not ASCII-escaped)."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for q in questions:
            fh.write(json.dumps(question_to_dict(q), ensure_ascii=False) + "\n")


def filter_questions(
    questions: Sequence[Question], *, split: Split | None = None, kinds: Iterable[str] | None = None
) -> list[Question]:
    """Questions of one split and/or some kinds (``None``: no restriction).

    >>> g = (Gold("405AC0000000088", "行政手続法", "7"),)
    >>> qs = [Question("a", "x", "explicit", g, split="dev"), Question("b", "y", "scenario", g, split="test")]
    >>> dev, scen = filter_questions(qs, split="dev"), filter_questions(qs, kinds=["scenario"])
    >>> [q.id for q in dev], [q.id for q in scen]
    (['a'], ['b'])
    """
    wanted = None if kinds is None else frozenset(kinds)
    if wanted is not None and not wanted <= set(KINDS):
        raise ConfigError(f"unknown kind(s) {sorted(wanted - set(KINDS))}; valid: {list(KINDS)}")
    return [
        q for q in questions
        if (split is None or q.split == split) and (wanted is None or q.kind in wanted)
    ]


def check_gold(questions: Iterable[Question], corpus: ArticleLookup) -> list[str]:
    """Problems with the gold articles against a corpus: each must exist (by law id) there.

    Returns one human-readable line per problem (empty when every gold article exists and is
    not a 削除 article).
    """
    problems: list[str] = []
    for q in questions:
        for g in q.gold:
            try:
                prov = corpus.provision(g.law_id, g.article)
            except (GovragError, LookupError) as exc:  # an unknown law may raise instead
                problems.append(f"{q.id}: {g.law_title} ({g.law_id}) not in the corpus: {exc}")
                continue
            if prov is None:
                problems.append(f"{q.id}: {g.law_title} ({g.law_id}) has no article {g.article}")
            elif getattr(prov, "deleted", False):
                problems.append(f"{q.id}: {g.law_title} article {g.article} is 削除 (deleted)")
            elif getattr(prov, "law_title", g.law_title) != g.law_title:
                problems.append(
                    f"{q.id}: law {g.law_id} is titled {prov.law_title!r}, not {g.law_title!r}"
                )
    return problems
