"""The offline ``extractive`` provider: no model, nothing sent, every citation verifiable.

It reads the sources and the question from messages made by
:func:`govrag.providers.prompt.build_messages`, picks the sentences most relevant to the question
(content-lemma overlap weighted by rarity, character bigrams as a tie-breaker) and quotes them
verbatim in 「」 after the exact citation of the source they came from. Deterministic.

>>> from govrag.corpus.model import Provision
>>> from govrag.providers.prompt import build_messages
>>> from govrag.providers.profiles import builtin_profiles
>>> p = Provision(law_id="405AC0000000088", law_title="行政手続法", article="7", paragraph=None,
...     item=None, caption=None, suppl=False,
...     text="行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。")
>>> c = ExtractiveProvider(builtin_profiles()["extractive"]).complete(
...     build_messages("申請の審査はいつ開始する？", [p]))
>>> print(c.text.splitlines()[-1])
行政手続法第七条は、「行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならない。」と定めています。
>>> c.cost_jpy, c.usage.estimated, c.model
(0.0, True, 'extractive')
"""

from __future__ import annotations

import itertools
import math
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from govrag.errors import ConfigError
from govrag.providers.base import (
    Completion,
    CompletionStream,
    Message,
    ProfiledProvider,
    Usage,
    estimate_tokens,
    validate_messages,
)
from govrag.providers.profiles import Level, ProviderProfile, as_level
from govrag.providers.prompt import SourceBlock, Task, parse_question, parse_sources

__all__ = ["ExtractiveProvider"]

_DRAFT_HEAD = "標記について、次の規定に基づき対応することとしてよいか伺います（抽出による下書き）。"
_OPTIONS = frozenset({"max_quotes", "temperature", "max_tokens", "seed", "top_p"})


@dataclass(frozen=True, slots=True)
class _Candidate:
    source: SourceBlock
    source_index: int
    sentence_index: int
    text: str
    lemmas: frozenset[str]
    bigrams: frozenset[str]


_NUMBER_PREFIX = re.compile(r"^(?:[0-9０-９]+|[一二三四五六七八九十]+|[イロハニホヘトチリヌルヲ])[　 ]+")


def _sentences(text: str) -> list[str]:
    """Sentences of a provision, without a leading paragraph/item number (still verbatim slices)."""
    try:
        from govrag.text import split_sentences
    except ImportError:  # pragma: no cover - text package always present in a full build
        parts = [s + "。" for s in text.split("。") if s.strip()]
    else:
        parts = [s.text for s in split_sentences(text)]
    return [_NUMBER_PREFIX.sub("", s, count=1) for s in parts]


def _lemmas(text: str) -> frozenset[str]:
    try:
        from govrag.text.tokenizer import content_lemmas
    except ImportError:  # pragma: no cover - bigrams alone then
        return frozenset()
    return frozenset(content_lemmas(text))


def _bigrams(text: str) -> frozenset[str]:
    chars = [c for c in text if c.isalnum()]
    return frozenset(a + b for a, b in itertools.pairwise(chars))


class ExtractiveProvider(ProfiledProvider):
    """Answers by quoting the retrieved provisions; ``sends_data`` is False, cost is 0.0 yen."""

    sends_data = False

    def __init__(self, profile: ProviderProfile, *, max_quotes: int = 3,
                 max_level: int | None = None) -> None:
        if profile.sends_data:
            raise ConfigError(f"profile {profile.id!r} is not an offline profile")
        if max_quotes < 1:
            raise ConfigError("max_quotes must be at least 1")
        self._profile = profile
        self._max_level: Level = as_level(profile.max_level if max_level is None else max_level,
                                          what="extractive max_level")
        self.max_quotes = max_quotes
        self.model = profile.default_model or "extractive"

    def __repr__(self) -> str:
        return f"ExtractiveProvider(id={self.id!r}, max_quotes={self.max_quotes})"

    def complete(self, messages: Sequence[Message], *, level: Level | None = None,
                 **options: Any) -> Completion:
        """Write the answer (``level`` is accepted and ignored: nothing leaves the process)."""
        started = time.monotonic()
        unknown = sorted(set(options) - _OPTIONS - {"stream"})
        if unknown:
            raise ConfigError(f"provider {self.id}: unknown options {unknown}; valid: "
                              f"{', '.join(sorted(_OPTIONS | {'stream', 'level'}))}")
        if level is not None:
            as_level(level, what="level")
        max_quotes = int(options.get("max_quotes", self.max_quotes))
        msgs = validate_messages(messages, provider=self.id)
        text = self.answer(msgs, max_quotes=max_quotes)
        from govrag import __version__

        usage = Usage(input_tokens=sum(estimate_tokens(m["content"]) for m in msgs),
                      output_tokens=estimate_tokens(text), estimated=True)
        return Completion(text=text, model=self.model, model_version=__version__, usage=usage,
                          cost_jpy=0.0, latency_s=time.monotonic() - started, provider_id=self.id,
                          finish_reason="stop")

    def stream(self, messages: Sequence[Message], *, level: Level | None = None,
               **options: Any) -> CompletionStream:
        """The answer line by line (computed eagerly)."""
        done = self.complete(messages, level=level, **options)
        lines = done.text.splitlines(keepends=True)
        return CompletionStream(iter(lines), lambda _text: done)

    async def acomplete(self, messages: Sequence[Message], *, level: Level | None = None,
                        **options: Any) -> Completion:
        """Async :meth:`complete` (the work is CPU-bound and short; runs inline)."""
        return self.complete(messages, level=level, **options)

    # -- the answer -------------------------------------------------------------------------------
    def answer(self, messages: Sequence[Message], *, max_quotes: int = 3) -> str:
        """The Japanese answer text for ``messages`` (see the module docstring)."""
        sources = parse_sources(messages)
        parsed = parse_question(messages)
        task: Task = "qa"
        if parsed is None:
            users = [m["content"] for m in messages if m["role"] == "user"]
            query = users[-1] if users else ""
        else:
            query, task = parsed
        if not sources:
            return ("回答の根拠となる条文が示されていないため、回答できません。"
                    "関係する法令の条文を検索してから、もう一度お尋ねください。")
        picked, matched = self._select(query, sources, max_quotes)
        return self._render(query, task, picked, matched)

    def _select(self, query: str, sources: list[SourceBlock],
                max_quotes: int) -> tuple[list[_Candidate], bool]:
        cands: list[_Candidate] = []
        seen: set[str] = set()
        for si, src in enumerate(sources):
            for ti, sent in enumerate(_sentences(src.text)):
                key = sent.strip()
                if not key or key in seen:
                    continue
                seen.add(key)
                cands.append(_Candidate(src, si, ti, sent, _lemmas(sent), _bigrams(sent)))
        if not cands:
            return [], False
        df: Counter[str] = Counter()
        for c in cands:
            df.update(c.lemmas)
        n = len(cands)
        q_lemmas, q_bigrams = _lemmas(query), _bigrams(query)

        def score(c: _Candidate) -> float:
            lemma = sum(math.log(1 + n / df[x]) for x in q_lemmas & c.lemmas)
            bigram = len(q_bigrams & c.bigrams) / (1 + len(q_bigrams))
            return lemma + 0.5 * bigram

        scored = sorted(((score(c), c) for c in cands),
                        key=lambda sc: (-sc[0], sc[1].source_index, sc[1].sentence_index))
        # The retriever's first source (e.g. the provision a query names) always leads: its
        # best-matching sentence is quoted even when it shares no words with the question.
        top = next(c for _, c in scored if c.source_index == 0) if cands[0].source_index == 0 else None
        relevant = [c for s, c in scored if s > 0 and c is not top][: max_quotes - (top is not None)]
        if top is not None:
            relevant.insert(0, top)
        if any(s > 0 for s, _ in scored):
            # keep document order within the answer: by source, then by sentence position
            return sorted(relevant, key=lambda c: (c.source_index, c.sentence_index)), True
        return [cands[0]], False

    @staticmethod
    def _render(query: str, task: Task, picked: list[_Candidate], matched: bool) -> str:
        if task == "drafting":
            cited: list[str] = []
            for c in picked:
                if c.source.citation not in cited:
                    cited.append(c.source.citation)
            lines = [f"件名：{query.strip()}", "", _DRAFT_HEAD, "", "記", ""]
            lines += [f"{i}　{c.source.citation}：「{c.text}」" for i, c in enumerate(picked, 1)]
            lines += ["", "根拠条文"] + [f"{i}　{x}" for i, x in enumerate(cited, 1)]
            return "\n".join(lines)
        head = ("ご質問に関係する条文の規定は次のとおりです（検索された条文からの抜粋）。" if matched else
                "ご質問に直接該当する記述は検索された条文に見当たりませんでした。"
                "最も関連する可能性のある条文は次のとおりです。")
        return "\n".join([head, *(f"{c.source.citation}は、「{c.text}」と定めています。" for c in picked)])
