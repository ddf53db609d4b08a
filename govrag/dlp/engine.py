"""The DLP engine: presidio ``AnalyzerEngine`` (language ``ja``) over govrag's recognizers.

Text is folded (full-width digits, hyphen variants; offsets preserved), cut into overlapping chunks
for large inputs, analysed, and overlapping findings resolved: same-type overlaps merge, between
types the higher score names the finding (then the nearer context word, then the longer span) and
its span grows over the others, so nothing of a lower-ranked overlapping value is left out.

>>> eng = DLPEngine()
>>> [(f.entity_type, f.start, f.end) for f in eng.scan("個人番号は123456789018です")]
[('JP_MY_NUMBER', 5, 17)]
>>> eng.scan("")
[]
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

from govrag.dlp.classify import classify_findings
from govrag.dlp.fold import fold
from govrag.dlp.model import ENTITY_TYPES, STRUCTURED_TYPES, Classification, Finding
from govrag.dlp.redact import Operator, Redaction, redact_findings
from govrag.dlp.vault import Vault
from govrag.dlp.wrapped import wrapped_joins
from govrag.errors import ConfigError, InputError

if TYPE_CHECKING:
    from govrag.dlp.recognizers.columns import ColumnForm

__all__ = ["DLPEngine", "NlpChoice", "Recognizer", "check_text", "default_engine"]


@runtime_checkable
class Recognizer(Protocol):
    """What ``DLPEngine(recognizers=...)`` accepts: any presidio ``EntityRecognizer`` for ``ja``."""

    name: str
    supported_entities: list[str]

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]: ...


NlpChoice = Literal["fugashi", "ginza"]

#: Largest input accepted by :meth:`DLPEngine.scan` (characters).
MAX_CHARS = 64 * 1024 * 1024


def check_text(text: str | bytes, *, where: str = "input") -> str:
    """Decode/validate input: bytes must be UTF-8; NUL bytes or lone surrogates are binary."""
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{where} is not valid UTF-8 (byte {exc.start}, stage dlp.scan)") from None
    if not isinstance(text, str):
        raise InputError(f"{where} must be str or UTF-8 bytes, not {type(text).__name__} (stage dlp.scan)")
    nul = text.find("\x00")
    if nul >= 0:
        raise InputError(f"{where} looks binary: NUL character at position {nul} (stage dlp.scan)")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(
            f"{where} has an unpaired surrogate at position {exc.start} (stage dlp.scan)"
        ) from None
    if len(text) > MAX_CHARS:
        raise InputError(f"{where} is longer than {MAX_CHARS} characters (stage dlp.scan)")
    return text


def _chunks(text: str, size: int, overlap: int) -> Iterable[tuple[int, int, int, int]]:
    """``(window_start, core_start, core_end, window_end)``: cores of about ``size`` characters
    (cut at line ends when possible) tile the text; each window adds ``overlap`` characters of
    context on both sides. A finding belongs to the chunk whose core holds its start, so a value
    across a border is seen whole (with its context) exactly once."""
    n = len(text)
    start = 0
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind("。", start + size // 2, end)
            if cut > 0:
                end = cut + 1
        yield max(0, start - overlap), start, end, min(n, end + overlap)
        start = end


class DLPEngine:
    """Configurable Japanese PII scanner (build once, reuse; construction loads the recognizers).

    Options (keyword-only): ``entities`` to report (default all), ``score_threshold``, ``nlp``
    (``"fugashi"`` or ``"ginza"``), ``recognizers`` added to the built-ins, ``context`` extra context
    words per entity type, ``chunk_size``/``overlap`` for large texts, ``learned`` (default True):
    the learned candidate classifier (:mod:`govrag.dlp.learned`) adds findings where the rules
    found nothing (it never removes a rule finding; ``learned=False`` scans with the rules alone).
    """

    def __init__(
        self,
        *,
        entities: Sequence[str] | None = None,
        score_threshold: float = 0.5,
        nlp: NlpChoice = "fugashi",
        recognizers: Sequence[Recognizer] = (),
        context: dict[str, Sequence[str]] | None = None,
        chunk_size: int = 20_000,
        overlap: int = 400,
        learned: bool = True,
    ) -> None:
        unknown = [
            e
            for e in (entities or ())
            if e not in ENTITY_TYPES
            and not any(e in getattr(r, "supported_entities", ()) for r in recognizers)
        ]
        if unknown:
            raise ConfigError(f"unknown entity types {unknown}; valid: {', '.join(ENTITY_TYPES)}")
        bad = [r for r in recognizers if not isinstance(r, Recognizer)]
        if bad:
            raise ConfigError(f"recognizers must be presidio EntityRecognizers, got {type(bad[0]).__name__}")
        if not 0.0 <= score_threshold <= 1.0:
            raise ConfigError(f"score_threshold must be in [0, 1], got {score_threshold}")
        if nlp not in ("fugashi", "ginza"):
            raise ConfigError(f"unknown nlp engine {nlp!r}; valid: 'fugashi', 'ginza'")
        if chunk_size < 1000 or not 0 <= overlap < chunk_size // 2:
            raise ConfigError(
                f"need chunk_size >= 1000 and 0 <= overlap < chunk_size/2 (got {chunk_size}, {overlap})"
            )
        for e in context or {}:
            if e not in ENTITY_TYPES:
                raise ConfigError(
                    f"context given for unknown entity type {e!r}; valid: {', '.join(ENTITY_TYPES)}"
                )
        self.entities: tuple[str, ...] | None = tuple(entities) if entities else None
        self.score_threshold = score_threshold
        self.nlp: NlpChoice = nlp
        self.chunk_size = chunk_size
        self.overlap = overlap
        #: the learned classifier adds findings the rules missed (issue 11; on by default: fail closed)
        self.learned = learned

        from govrag.dlp.recognizers import default_recognizers  # presidio's base classes only

        recs: list[Any] = default_recognizers(context=context)
        if nlp == "ginza":
            from govrag.dlp.recognizers.ginza_person import GinzaPersonRecognizer

            recs.append(GinzaPersonRecognizer())
        recs.extend(recognizers)
        self._recognizers: tuple[Any, ...] = tuple(recs)
        self.recognizer_names: tuple[str, ...] = tuple(r.name for r in recs)
        # govrag's own recognizers on fugashi tokens run without presidio's AnalyzerEngine (and so
        # without spaCy, which presidio's package import loads); an engine with user recognizers or
        # GiNZA goes through presidio, whose context enhancer and NLP artifacts those may rely on
        self._lean = nlp == "fugashi" and not recognizers
        self._analyzer: Any = None
        self._nlp_engine: Any = None
        if not self._lean:
            self._build_analyzer()
        # token-free recognizers only (e.g. entities=STRUCTURED_TYPES): skip morphological analysis
        self._needs_tokens = (
            bool(recognizers) or nlp == "ginza" or self.entities is None or "PERSON" in self.entities
        )

    def _build_analyzer(self) -> Any:
        """presidio's ``AnalyzerEngine`` over this engine's recognizers (imports all of presidio)."""
        with _BUILD_LOCK:
            if self._analyzer is not None:
                return self._analyzer
            from govrag.dlp._presidio import import_presidio

            import_presidio()  # without torch/transformers, which govrag's engines never use
            from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

            from govrag.dlp.nlp import FugashiNlpEngine, GinzaNlpEngine, OwnContextEnhancer

            # govrag's recognizers weigh context themselves; presidio's lemma enhancer (quadratic
            # in findings) stays only for user recognizers that may rely on it
            own_context = self._lean
            engine_cls = GinzaNlpEngine if self.nlp == "ginza" else FugashiNlpEngine
            nlp_engine = engine_cls(keywords=not own_context)
            registry = RecognizerRegistry(recognizers=list(self._recognizers), supported_languages=["ja"])
            self._nlp_engine = nlp_engine
            self._analyzer = AnalyzerEngine(
                registry=registry,
                nlp_engine=nlp_engine,
                supported_languages=["ja"],
                default_score_threshold=self.score_threshold,
                context_aware_enhancer=OwnContextEnhancer() if own_context else None,
            )
            return self._analyzer

    @property
    def analyzer(self) -> Any:
        """The underlying presidio ``AnalyzerEngine`` (built on first access for a lean engine)."""
        return self._analyzer if self._analyzer is not None else self._build_analyzer()

    def _analyze_presidio(self, piece: str) -> list[Any]:
        """presidio ``RecognizerResult``s for ``piece`` through ``AnalyzerEngine.analyze``."""
        from govrag.dlp.nlp import JaNlpArtifacts

        analyzer = self.analyzer
        artifacts = None if self._needs_tokens else JaNlpArtifacts(tokens=[], nlp_engine=self._nlp_engine)
        results: list[Any] = analyzer.analyze(
            text=piece,
            language="ja",
            entities=list(self.entities) if self.entities else None,
            score_threshold=self.score_threshold,
            nlp_artifacts=artifacts,
        )
        return results

    def _analyze_lean(self, piece: str) -> list[Any]:
        """What :meth:`_analyze_presidio` returns for govrag's own recognizers, without presidio's
        ``AnalyzerEngine``: each recognizer of a wanted type on fugashi tokens, results under the
        score threshold dropped, then presidio's duplicate removal (built-ins do not override
        ``enhance_using_context``, and the engine's context enhancer is a no-op for them)."""
        from presidio_analyzer import EntityRecognizer

        from govrag.text.tokenizer import tokenize

        wanted = set(self.entities) if self.entities else None
        recs = [r for r in self._recognizers if wanted is None or wanted & set(r.supported_entities)]
        entities = sorted(wanted) if wanted else [e for r in recs for e in r.supported_entities]
        artifacts = _Tokens(tokenize(piece) if self._needs_tokens else [])
        results: list[Any] = []
        for rec in recs:
            if not rec.is_loaded:
                rec.load()
                rec.is_loaded = True
            results.extend(rec.analyze(text=piece, entities=entities, nlp_artifacts=artifacts) or ())
        kept = [r for r in results if r.score >= self.score_threshold]
        deduped: list[Any] = EntityRecognizer.remove_duplicates(kept)
        return deduped

    def scan(self, text: str | bytes) -> list[Finding]:
        """Findings in ``text`` (offsets into ``text``), sorted by position. Never values."""
        text = check_text(text)
        if not text.strip():
            return []
        folded = fold(text)
        raw: list[_Raw] = []
        seen: set[tuple[str, int, int]] = set()
        for c_start, core_start, core_end, c_end in _chunks(folded, self.chunk_size, self.overlap):
            piece = folded[c_start:c_end]
            for r in self._analyze(piece):
                key = (r.entity_type, r.start + c_start, r.end + c_start)
                if not core_start <= key[1] < core_end or key in seen:
                    continue
                seen.add(key)
                raw.append(_raw(r, key[1], key[2]))
        from govrag.dlp.recognizers import (  # loaded with the recognizers
            columns,
            declared,
            layouts,
            packed,
            phrases,
            records,
            romaji,
            rounds,
        )

        rewritten = columns.spaced_forms(folded)
        spaced = [_with_line_above(folded, f, rewritten) for f in rewritten]
        forms = (
            columns.column_forms(folded)
            + columns.wide_forms(text, folded)
            + columns.keyed_forms(folded)
            + romaji.blank_forms(folded)
            + romaji.sql_forms(folded)
            + romaji.listed_forms(folded)
            + romaji.kana_forms(folded)
            + romaji.memo_forms(folded)
            + layouts.xml_forms(folded)
            + layouts.circled_forms(folded)
            + layouts.fixed_forms(folded)
            + packed.packed_forms(folded)
            + layouts.bank_forms(folded)
            + layouts.csv_forms(folded)
            + layouts.foreign_forms(folded)
            + layouts.spaced_forms(folded)
            + layouts.box_forms(folded)
            + layouts.item_forms(folded)
            + layouts.roster_forms(folded)
            + records.record_forms(folded)
            + phrases.phrase_forms(folded)
            + declared.pipe_forms(folded)
            + declared.block_forms(folded)
            + declared.bullet_forms(folded)
            + rounds.round_forms(folded, text)  # rounds AT onwards (recognizers/rounds.py)
            + spaced
        )
        if forms:
            lenient = {(o, o + n) for f in spaced for _, o, n in f.cells}
            raw = self._with_column_labels(raw, forms, lenient=lenient)
        found = raw + self._across_line_breaks(folded)
        findings = _resolve([x for x in found if not _vetoed(text, folded, x[0], x[1], x[2])])
        if not self.learned:
            return findings
        from govrag.dlp.learned import learned_findings

        wanted = [e for e in self.entities or STRUCTURED_TYPES if e in STRUCTURED_TYPES]
        added = [
            f
            for f in learned_findings(folded, findings, entities=wanted)
            if not _vetoed(text, folded, f.entity_type, f.start, f.end)
        ]
        return sorted(findings + added, key=lambda f: (f.start, f.end)) if added else findings

    def _analyze(self, piece: str) -> list[Any]:
        return self._analyze_lean(piece) if self._lean else self._analyze_presidio(piece)

    def _across_line_breaks(self, folded: str) -> list[_Raw]:
        """Findings of values cut by a line break (:mod:`govrag.dlp.wrapped`): the two lines are
        scanned joined; only findings crossing the removed break are new."""
        return self._scan_rewrites(wrapped_joins(folded))

    def _scan_rewrites(self, pieces: Sequence[_Rewrite]) -> list[_Raw]:
        """Scan rewritten pieces of the text (table rows as forms, joined wrapped lines) 200 at a
        time as one ``\n\n``-joined text; findings map back through each piece's ``to_original``
        (a finding that does not lie inside one original value is dropped)."""
        found: list[_Raw] = []
        for i in range(0, len(pieces), 200):
            batch = pieces[i : i + 200]
            starts: list[int] = []
            pos = 0
            for piece in batch:
                starts.append(pos)
                pos += len(piece.text) + 2
            for r in self._analyze("\n\n".join(piece.text for piece in batch)):
                k = bisect.bisect_right(starts, r.start) - 1
                span = batch[k].to_original(r.start - starts[k], r.end - starts[k])
                if span is not None:
                    found.append(_raw(r, *span))
        return found

    def _with_column_labels(
        self, raw: list[_Raw], forms: list[ColumnForm], *, lenient: set[tuple[int, int]]
    ) -> list[_Raw]:
        """Table cells scanned again as ``header：value`` form lines (their column header is their
        own label). Where that finds something in a cell, it replaces what the plain scan found
        inside the cell; structured findings inside a cell where it finds nothing are dropped
        (the header named the value as something else: 注文番号, 品番); PERSON and JP_ADDRESS
        found by the plain scan stay, and so does everything in a ``lenient`` cell (an OCR-spaced
        run: no header named it, so the plain scan's finding is not overruled)."""
        found = self._scan_rewrites(forms)
        cells = sorted({(o, o + n) for f in forms for _, o, n in f.cells})

        def cell_of(item: _Raw) -> tuple[int, int] | None:
            k = bisect.bisect_right(cells, (item[1], 10**18)) - 1
            inside = k >= 0 and cells[k][0] <= item[1] and item[2] <= cells[k][1]
            return cells[k] if inside else None

        hit = {cell_of(x) for x in found}

        def keep(item: _Raw) -> bool:
            cell = cell_of(item)
            if cell is None:
                return True
            return cell not in hit and (item[0] in _UNLABELLED_KEPT or cell in lenient)

        return [x for x in raw if keep(x)] + found

    def redact(
        self,
        text: str | bytes,
        *,
        operator: Operator | str = Operator.REPLACE,
        vault: Vault | None = None,
        hash_key: bytes | None = None,
    ) -> Redaction:
        """Scan ``text`` and replace every finding (see :func:`govrag.dlp.redact.redact_findings`)."""
        text = check_text(text)
        return redact_findings(text, self.scan(text), operator=operator, vault=vault, hash_key=hash_key)

    def classify(self, text: str | bytes) -> Classification:
        """機密性 level of ``text`` from markings and PII findings."""
        text = check_text(text)
        return classify_findings(text, self.scan(text))


def _vetoed(text: str, folded: str, kind: str, start: int, end: int) -> bool:
    """A structured value no one's after all: marked as an example (記載例, 見本, 入力例 …; round Q),
    a phone-shaped value in a code list or after a denying word, a date after a timestamp key, or
    a value read through OCR look-alikes (O6-47ll-…) after a product code's label."""
    if kind == "PERSON":  # round BQ: a person row's name and kana name joined (each is read alone)
        from govrag.dlp.recognizers import records_bq

        return records_bq.joined_name_kana(folded, start, end)
    if kind not in STRUCTURED_TYPES:
        return False
    from govrag.dlp.recognizers import (  # loaded with them
        bank_account,
        birth_extra,
        codes,
        credit_card,
        date_of_birth,
        forms_aj,
        forms_am,
        forms_an,
        forms_az,
        labels_ml,
        layouts,
        phone,
        phrases,
        postal_code,
        records,
        records_au,
        rounds,
        specimen,
    )

    return (
        specimen.is_specimen_value(folded, start, end)
        or (kind == "PHONE_NUMBER" and phone.denied_after(folded, end, start))
        or (kind == "PHONE_NUMBER" and layouts.in_code_list(folded, start))
        or (kind == "DATE_OF_BIRTH" and layouts.after_timestamp_key(folded, start))
        or (kind == "DATE_OF_BIRTH" and date_of_birth.unpicked_era(folded, start))
        # round AI-A: a Bikram Sambat date before its Western one; a letter's right-aligned date line
        or (kind == "DATE_OF_BIRTH" and birth_extra.bikram_date(folded, start, end))
        or (kind == "DATE_OF_BIRTH" and birth_extra.letter_date_line(text, start, end))
        or (kind == "DATE_OF_BIRTH" and birth_extra.date_time_value(folded, start, end))
        or (kind == "DATE_OF_BIRTH" and birth_extra.other_date_column(folded, start, end))
        # round AJ: a lot / budget code shaped like a phone; an XML element of another day;
        # a record under a width header with no birth field
        or (kind == "PHONE_NUMBER" and forms_aj.code_label_phone(folded, start))
        or (kind == "DATE_OF_BIRTH" and forms_aj.xml_other_date(folded, start))
        or (kind == "DATE_OF_BIRTH" and forms_aj.width_header_other_date(folded, start, end))
        # round AM (its 品番 label is in forms_aj.code_label_phone): an incident's date; a school
        # code read as a 法人番号; an HL7 header; an aligned record's postal code read as an account
        or (kind == "DATE_OF_BIRTH" and forms_am.incident_date(folded, start))
        or (kind == "JP_CORPORATE_NUMBER" and forms_am.letter_code_corporate(text, start, end))
        or (kind in {"JP_MY_NUMBER", "JP_CORPORATE_NUMBER"} and forms_am.hl7_header_value(folded, start, end))
        or (
            kind == "JP_BANK_ACCOUNT"
            and forms_am.aligned_postal(folded, start, end)
            and not records_au.account_column(folded, start, end)  # round AU: an ACCT_NO column
        )
        # round AN: a 品番 / 型番 column or change; a booked date; a licence read as a 個人番号
        or (kind == "PHONE_NUMBER" and forms_an.item_column_phone(folded, start, end))
        or (kind == "DATE_OF_BIRTH" and forms_an.booking_date(folded, start, end))
        or (kind == "JP_MY_NUMBER" and forms_an.aligned_licence(folded, start, end))
        # round AV: a number under a licence label of the lexicon or on a card's 第 … 号 line
        or (kind == "JP_MY_NUMBER" and labels_ml.licence_labelled(folded, start))
        or (kind == "DATE_OF_BIRTH" and labels_ml.other_date_label(folded, start))
        # round AZ: a date of death or cremation; a 受付No / 通知No. under a 介護保険 title
        or (kind == "DATE_OF_BIRTH" and forms_az.death_date(folded, start, end))
        or (kind == "JP_HEALTH_INSURANCE" and forms_az.reference_insurance(folded, start))
        or (kind == "JP_POSTAL_CODE" and postal_code.amount_key_before(folded, start, end))
        or (_lookalike_read(text, folded, start, end) and codes.record_code(folded, start, end))
        or (kind == "JP_CORPORATE_NUMBER" and records.record_code_my_number(folded, start, end))
        or (kind == "JP_MY_NUMBER" and phrases.after_reference_label(folded, start))
        or (kind == "CREDIT_CARD" and credit_card.inside_digit_run(folded, start, end))
        # round AI-B: an account-shaped date (a record's YYYYMMDD column)
        or (kind == "JP_BANK_ACCOUNT" and bank_account.date_shaped_account(folded, start, end))
        # round AU: a balance column's cell; a zero-padded amount field; a JSON key of another date
        or (kind == "JP_BANK_ACCOUNT" and records_au.amount_column(folded, start, end))
        or (kind == "JP_MY_NUMBER" and records_au.padded_number(folded, start, end))
        or (kind == "DATE_OF_BIRTH" and records_au.json_other_date(folded, start))
        or records_au.zengin_header(folded, start, end)
        or rounds.vetoed_by_rounds(folded, kind, start, end)
    )


def _lookalike_read(text: str, folded: str, start: int, end: int) -> bool:
    """The value holds a letter that folding read as a digit (``O`` → 0, ``l`` → 1)."""
    return any(c in "OolI" and f.isdigit() for c, f in zip(text[start:end], folded[start:end], strict=True))


_Raw = tuple[str, int, int, float, str, int | None]
#: types a table cell keeps from the plain scan when its column-labelled scan finds nothing
_UNLABELLED_KEPT = frozenset({"PERSON", "JP_ADDRESS"})


class _Rewrite(Protocol):
    """A rewritten piece of the text that maps its spans back (``ColumnForm``, a wrapped join)."""

    @property
    def text(self) -> str: ...

    def to_original(self, start: int, end: int) -> tuple[int, int] | None: ...


def _with_line_above(folded: str, form: ColumnForm, rewritten: list[ColumnForm]) -> ColumnForm:
    """An OCR-spaced line's rewrite with the line above it prepended (a form's label line:
    「免許証の番号⏎6 2 1 9 …」), so the rescan sees the label the plain scan saw. When the line
    above is OCR-spaced too (「旅　券　番　号」), its own rewrite (in ``rewritten``) is prepended."""
    if not form.chars or not form.cells:
        return form
    line_start = folded.rfind("\n", 0, form.chars[0]) + 1
    if line_start == 0:
        return form
    above = folded.rfind("\n", 0, line_start - 1) + 1
    if not folded[above : line_start - 1].strip():
        return form
    for prev in rewritten:
        if prev.chars and above <= prev.chars[0] and prev.chars[-1] < line_start - 1:
            chars = (*prev.chars, line_start - 1, *form.chars)
            return type(form)(prev.text + "\n" + form.text, form.cells, chars)
    chars = tuple(range(above, line_start)) + form.chars
    return type(form)(folded[above:line_start] + form.text, form.cells, chars)


def _raw(r: Any, start: int, end: int) -> _Raw:
    meta = r.recognition_metadata or {}
    return (
        r.entity_type,
        start,
        end,
        float(r.score),
        str(meta.get("recognizer_name", "")),
        meta.get("context_distance"),
    )


def _resolve(raw: list[_Raw]) -> list[Finding]:
    # 1. merge overlapping findings of the same type into their union
    merged: list[list[Any]] = []
    for item in sorted(raw, key=lambda x: (x[0], x[1], -x[2])):
        if merged and merged[-1][0] == item[0] and item[1] < merged[-1][2]:
            m = merged[-1]
            m[2] = max(m[2], item[2])
            if item[3] > m[3]:
                m[3], m[4] = item[3], item[4]
            if item[5] is not None and (m[5] is None or item[5] < m[5]):
                m[5] = item[5]
        else:
            merged.append(list(item))

    # 2. between types: best score, then nearest context, then longest span; the loser is not
    #    dropped: the winner grows over it, so redaction masks the union. ``chosen`` stays sorted
    #    and disjoint; each item carries its rank order so merged winners keep the better type.
    def rank(m: list[Any]) -> tuple[float, int, int]:
        dist = m[5] if m[5] is not None else 10**6
        return (-round(m[3], 6), dist, -(m[2] - m[1]))

    starts: list[int] = []
    chosen: list[tuple[int, list[Any]]] = []  # (rank order, item), sorted by start
    for order, m in enumerate(sorted(merged, key=rank)):
        i = bisect.bisect_right(starts, m[1])
        lo = i - 1 if i > 0 and chosen[i - 1][1][2] > m[1] else i
        hi = i
        while hi < len(chosen) and chosen[hi][1][1] < m[2]:
            hi += 1
        if lo == hi:
            starts.insert(i, m[1])
            chosen.insert(i, (order, m))
            continue
        group = chosen[lo:hi]
        best_order, best = min(group, key=lambda x: x[0])
        grown = [*best]
        grown[1] = min(m[1], group[0][1][1])
        grown[2] = max(m[2], group[-1][1][2])
        starts[lo:hi] = [grown[1]]
        chosen[lo:hi] = [(best_order, grown)]
    return [Finding(m[0], m[1], m[2], round(float(m[3]), 4), m[4]) for _, m in chosen]


class _Tokens:
    """The NLP artifacts govrag's recognizers read on the lean path: fugashi tokens, no entities."""

    __slots__ = ("ja_entities", "ja_tokens")

    def __init__(self, tokens: list[Any]) -> None:
        self.ja_tokens = tokens
        self.ja_entities: list[tuple[int, int, str]] = []


_BUILD_LOCK = threading.RLock()
_DEFAULT: DLPEngine | None = None
_DEFAULT_LOCK = threading.Lock()


def default_engine() -> DLPEngine:
    """The shared default :class:`DLPEngine`, built on first use (presidio + fugashi load once)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = DLPEngine()
    return _DEFAULT
