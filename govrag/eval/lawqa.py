"""Adapter for デジタル庁 lawqa_jp (PDL 1.0): its questions as :class:`~govrag.eval.questions.Question`.

lawqa_jp is multiple choice; each record's ``コンテキスト`` is the statute excerpt the answer rests
on, as Markdown (``## 法令名``, ``### 第N条``, ``#### 第N項``, ``##### 第N号``). The gold articles
are the ``###`` article headings under each ``##`` law heading, mapped to e-Gov law ids through the
dataset's ``law_list.json`` (title -> ``https://laws.e-gov.go.jp/law/<id>``) and, when given, the titles of
a corpus (exact titles after NFKC; no fuzzy matching). Guidelines and PDFs have no law id and
give no gold. With ``law_ids``/``corpus`` the gold is limited to those laws (and, with a corpus,
to articles that exist in it); records left without gold are skipped.

>>> ctx = "## 借地借家法\\n### 第28条\\n建物の賃貸人による…\\n## 原状回復ガイドライン\\n### 第2条の2"
>>> parse_context(ctx)
[('借地借家法', '28'), ('原状回復ガイドライン', '2_2')]
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, Protocol

from govrag.corpus.ids import LAW_ID_PATTERN
from govrag.errors import GovragError, InputError
from govrag.eval.questions import Gold, Kind, Question, QuestionSetError
from govrag.text.numerals import NUMERAL, article_key

__all__ = ["LawqaCorpus", "load_lawqa", "parse_context", "title_index"]

_EGOV_URL = re.compile(rf"^https?://laws\.e-gov\.go\.jp/law/({LAW_ID_PATTERN})/?")
_HEADING = re.compile(r"^(#{2,3})(?!#)\s*(.+?)\s*$")
_N = NUMERAL
_ARTICLE_HEAD = re.compile(rf"^(第{_N}条(?:の{_N})*)")
_CITES_ARTICLE = re.compile(rf"第{_N}条")


class LawqaCorpus(Protocol):
    """What the adapter reads from a corpus (``govrag.corpus.Corpus`` fits)."""

    @property
    def laws(self) -> Iterable[Any]: ...

    def provision(self, law: str, article: str) -> Any: ...


def _norm_title(title: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", title))


def parse_context(text: str) -> list[tuple[str, str]]:
    """``(law heading, article key)`` pairs in order of appearance, without repeats.

    Only ``###`` headings that start with 第N条 (kanji, arabic or full-width, with の-branches)
    are articles; other ``###`` headings (chapters, Q&A, guideline sections) are skipped.
    """
    out: list[tuple[str, str]] = []
    law: str | None = None
    for line in text.splitlines():
        m = _HEADING.match(line.strip())
        if not m:
            continue
        level, title = len(m.group(1)), m.group(2)
        if level == 2:
            law = title
            continue
        head = _ARTICLE_HEAD.match(title.replace(" ", "").replace("　", ""))
        if law is None or not head:
            continue
        try:
            key = article_key(head.group(1))
        except ValueError:
            continue
        if (law, key) not in out:
            out.append((law, key))
    return out


def title_index(path: str | Path) -> dict[str, str]:
    """Normalized law title -> e-Gov law id from a lawqa_jp ``law_list.json`` (non-e-Gov URLs skipped)."""
    p = Path(path)
    data = _read_json(p)
    if not isinstance(data, list):
        raise QuestionSetError("law_list.json must be a JSON list of {title, url}", path=p)
    out: dict[str, str] = {}
    for i, row in enumerate(data):
        if not isinstance(row, Mapping) or not isinstance(row.get("title"), str):
            raise QuestionSetError(f"entry {i} lacks a string 'title'", path=p)
        m = _EGOV_URL.match(str(row.get("url", "")))
        if m:
            out[_norm_title(row["title"])] = m.group(1)
    return out


def _read_json(p: Path) -> Any:
    if not p.is_file():
        raise QuestionSetError("no such file", path=p)
    try:
        return json.loads(p.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise QuestionSetError(f"not valid UTF-8 (byte {exc.start})", path=p) from None
    except json.JSONDecodeError as exc:
        raise QuestionSetError(f"invalid JSON: {exc.msg}", path=p, line=exc.lineno) from None


def _selection_path(path: Path) -> Path:
    if path.is_dir():
        return path / "selection.json"
    return path


def load_lawqa(
    path: str | Path,
    *,
    corpus: LawqaCorpus | None = None,
    law_ids: Collection[str] | None = None,
    include_choices: bool = False,
) -> list[Question]:
    """Questions from lawqa_jp ``selection.json`` (or the folder holding it) with article gold.

    ``corpus``: keep gold only for its laws and articles (titles also resolve law names);
    ``law_ids``: keep gold only for these laws. ``kind`` is ``explicit`` when the question text
    cites an article (第N条), else ``paraphrase``; ``split`` is None (an external test set).
    ``include_choices`` appends the answer options to the query text (some 問題文 are only
    「次のうち、正しいものを教えてください。」 and carry their content in the options).
    """
    sel = _selection_path(Path(path))
    data = _read_json(sel)
    samples = data.get("samples") if isinstance(data, Mapping) else None
    if not isinstance(samples, list):
        raise QuestionSetError("expected an object with a 'samples' list", path=sel)
    titles: dict[str, str] = {}
    law_list = sel.parent / "law_list.json"
    if law_list.is_file():
        titles.update(title_index(law_list))
    corpus_titles: dict[str, str] = {}
    allowed: set[str] | None = None if law_ids is None else set(law_ids)
    if corpus is not None:
        ids: set[str] = set()
        for law in corpus.laws:
            ids.add(law.law_id)
            corpus_titles[law.law_id] = law.title
            titles.setdefault(_norm_title(law.title), law.law_id)
        allowed = ids if allowed is None else allowed & ids
    out: list[Question] = []
    seen: set[str] = set()
    for i, rec in enumerate(samples):
        if not isinstance(rec, Mapping):
            raise QuestionSetError(f"sample {i} is not an object", path=sel)
        try:
            qid, question, context = rec["ファイル名"], rec["問題文"], rec["コンテキスト"]
        except KeyError as exc:
            raise QuestionSetError(f"sample {i} lacks field {exc.args[0]!r}", path=sel) from None
        if not all(isinstance(x, str) for x in (qid, question, context)):
            raise QuestionSetError(f"sample {i}: ファイル名/問題文/コンテキスト must be strings", path=sel)
        if qid in seen:
            raise QuestionSetError(f"duplicate ファイル名 {qid!r}", path=sel)
        seen.add(qid)
        gold: list[Gold] = []
        for law_title, art in parse_context(context):
            law_id = titles.get(_norm_title(law_title))
            if law_id is None:
                continue  # a guideline, a book, or a law without an e-Gov id
            if allowed is not None and law_id not in allowed:
                continue
            if corpus is not None and _missing(corpus, law_id, art):
                continue
            g = Gold(law_id=law_id, law_title=corpus_titles.get(law_id, law_title), article=art)
            if g.key not in {x.key for x in gold}:
                gold.append(g)
        if not gold:
            continue
        kind: Kind = "explicit" if _CITES_ARTICLE.search(question) else "paraphrase"
        text = question.strip()
        choices = rec.get("選択肢")
        if include_choices and isinstance(choices, str) and choices.strip():
            text = text + "\n" + choices.strip()
        answer = rec.get("output", "")
        out.append(Question(id=qid, question=text, kind=kind, gold=tuple(gold),
                            note=f"lawqa_jp (PDL 1.0); answer {answer}", split=None))
    if not out:
        raise InputError(f"no lawqa_jp question has gold in the given laws ({sel})")
    return out


def _missing(corpus: LawqaCorpus, law_id: str, article: str) -> bool:
    try:
        prov = corpus.provision(law_id, article)
    except (LookupError, GovragError):  # a corpus may raise for an unknown law
        return True
    return prov is None or bool(getattr(prov, "deleted", False))
