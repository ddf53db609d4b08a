"""e-Gov 法令API Version 2 client: download laws as e-Gov 法令標準XML files.

One request per law: ``GET {base_url}/law_data/{law_id_or_num_or_revision_id}`` with
``law_full_text_format=xml&response_format=xml``. The answer is a ``<law_data_response>``
envelope holding ``law_info`` (``law_id``, ``law_num``...), ``revision_info``
(``law_revision_id``, ``law_title``...) and ``law_full_text`` whose child is the ``<Law>``
element. (A JSON envelope, where ``law_full_text`` is the base64 of the XML, is accepted too,
and so is XML declared in Shift_JIS/EUC-JP; files are always written as UTF-8.)
The ``<Law>`` element is written byte for byte to ``<out_dir>/<law_revision_id>.xml``, the
layout of ``../shared/corpora/egov-xml``.

Network behaviour: retries with exponential backoff on 429, 5xx, timeouts and connection errors,
honouring ``Retry-After``; a response cache (``cache_dir``) revalidated with
``If-None-Match``/``If-Modified-Since``, and requests for a revision id (immutable) answered from
the cache without a request; responses over :data:`MAX_RESPONSE_BYTES` are refused. XML is
parsed with defusedxml. Failures raise :class:`EgovApiError` (a
:class:`~govrag.errors.CorpusError`) naming the law id; when several laws are pulled, the good
ones are written first and :class:`EgovPullError` lists the failures.

Nothing here touches the network unless :func:`pull` is called.

>>> envelope = (b'<law_data_response><law_info><law_id>405AC0000000088</law_id></law_info>'
...             b'<revision_info><law_revision_id>405AC0000000088_20240926_506AC0000000065'
...             b'</law_revision_id></revision_info><law_full_text><Law Lang="ja"><LawNum>'
...             b'\\xe5\\xb9\\xb3\\xe6\\x88\\x90</LawNum></Law></law_full_text></law_data_response>')
>>> doc = parse_law_data_response(envelope, law_id="405AC0000000088")
>>> doc.revision_id, doc.law_xml[:16]
('405AC0000000088_20240926_506AC0000000065', b'<Law Lang="ja"><')
"""

from __future__ import annotations

import base64
import codecs
import email.utils
import hashlib
import json
import os
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from govrag.corpus.ids import REVISION_ID_PATTERN
from govrag.errors import ConfigError, CorpusError, EgovApiError, EgovPullError

if TYPE_CHECKING:
    import httpx

__all__ = [
    "DEFAULT_BASE_URL",
    "MAX_RESPONSE_BYTES",
    "EgovApiError",
    "EgovPullError",
    "LawDocument",
    "parse_law_data_response",
    "pull",
]

DEFAULT_BASE_URL = "https://laws.e-gov.go.jp/api/2"
#: Largest response accepted (the biggest laws are ~10 MiB of XML; base64 JSON adds a third).
MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: Longest wait honoured from a ``Retry-After`` header, in seconds.
MAX_RETRY_AFTER = 120.0
_RETRY_STATUS = frozenset((429, 500, 502, 503, 504))
_SAFE_ID = re.compile(r"^[0-9A-Za-z]+(?:_[0-9A-Za-z]+)*$")
_REVISION_ID = re.compile(rf"^{REVISION_ID_PATTERN}$")
_XML_DECL = b'<?xml version="1.0" encoding="UTF-8"?>\n'


@dataclass(frozen=True, slots=True)
class LawDocument:
    """One law as returned by ``/law_data``: ids from the envelope and the raw ``<Law>`` bytes."""

    law_id: str
    revision_id: str
    law_num: str | None
    title: str | None
    law_xml: bytes


def _text(parent: Any, path: str) -> str | None:
    node = parent.find(path)
    if node is None or node.text is None:
        return None
    value: str = node.text.strip()
    return value or None


def _law_slice(body: bytes, *, law_id: str) -> bytes:
    """The ``<Law ...>...</Law>`` bytes inside ``<law_full_text>``, unchanged."""
    holder = body.find(b"<law_full_text")
    start = body.find(b"<Law", holder if holder >= 0 else 0)
    while start >= 0 and body[start + 4:start + 5] not in (b" ", b">", b"\t", b"\n", b"\r"):
        start = body.find(b"<Law", start + 4)
    end = body.rfind(b"</Law>")
    if start < 0 or end < start:
        raise EgovApiError("response has no <Law> element", law_id=law_id)
    return body[start:end + len(b"</Law>")]


_DECL_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def _as_utf8(document: bytes, *, law_id: str) -> bytes:
    """``document`` as UTF-8 bytes: an XML document declared in another encoding (Shift_JIS,
    EUC-JP, which expat cannot read) is decoded and its declaration rewritten."""
    m = _DECL_ENCODING.match(document)
    if not m:
        return document
    name = m.group(1).decode("ascii")
    try:
        if codecs.lookup(name).name == "utf-8":
            return document
        text = document.decode(name)
    except (LookupError, UnicodeError):
        raise EgovApiError(f"response is not valid text in its declared encoding {name}",
                           law_id=law_id) from None
    text = re.sub(r"""encoding\s*=\s*["'][^"']+["']""", 'encoding="UTF-8"', text, count=1)
    return text.encode("utf-8")


def _parse_xml(data: bytes, *, what: str, law_id: str) -> Any:
    """``data`` parsed with defusedxml; EgovApiError naming ``what`` when it is not well-formed."""
    from defusedxml import ElementTree as DET
    from defusedxml.common import DefusedXmlException

    try:
        return DET.fromstring(data)
    except (DET.ParseError, DefusedXmlException, ValueError) as exc:
        raise EgovApiError(f"{what} is not well-formed XML: {exc}", law_id=law_id) from None


def _check_law_xml(law_xml: bytes, *, law_id: str) -> None:
    root = _parse_xml(law_xml, what="the <Law> element", law_id=law_id)
    if root.tag != "Law":
        raise EgovApiError(f"expected a <Law> element, got <{root.tag}>", law_id=law_id)


def _matches_request(requested: str, doc: LawDocument) -> bool:
    return requested in (doc.law_id, doc.revision_id, doc.law_num) or requested.replace(" ", "") == (
        doc.law_num or ""
    ).replace(" ", "")


def _from_json(body: bytes, *, law_id: str) -> LawDocument:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise EgovApiError("response is neither XML nor JSON", law_id=law_id) from None
    if not isinstance(data, dict):
        raise EgovApiError("JSON response is not an object", law_id=law_id)
    law_info = data.get("law_info") or {}
    rev_info = data.get("revision_info") or {}
    full = data.get("law_full_text")
    if not isinstance(full, str) or not isinstance(law_info, dict) or not isinstance(rev_info, dict):
        raise EgovApiError("JSON response lacks law_info/revision_info/law_full_text (XML)", law_id=law_id)
    try:
        law_xml = base64.b64decode(full, validate=True)
    except ValueError:
        raise EgovApiError("law_full_text is not base64", law_id=law_id) from None
    law_xml = _as_utf8(law_xml.strip().removeprefix(b"\xef\xbb\xbf"), law_id=law_id)
    if law_xml.startswith(b"<?xml"):
        law_xml = law_xml[law_xml.find(b"?>") + 2:].lstrip()
    return _document(
        law_id=law_id,
        got_law_id=str(law_info.get("law_id") or ""),
        revision_id=str(rev_info.get("law_revision_id") or ""),
        law_num=law_info.get("law_num"),
        title=rev_info.get("law_title"),
        law_xml=law_xml,
    )


def _document(
    *, law_id: str, got_law_id: str, revision_id: str, law_num: Any, title: Any, law_xml: bytes
) -> LawDocument:
    if not got_law_id or not revision_id:
        raise EgovApiError("response lacks law_info/law_id or revision_info/law_revision_id", law_id=law_id)
    if not _SAFE_ID.match(revision_id) or len(revision_id) > 80 or not _SAFE_ID.match(got_law_id):
        raise EgovApiError(f"response carries an unusable law_revision_id {revision_id[:80]!r}",
                           law_id=law_id)
    _check_law_xml(law_xml, law_id=law_id)
    doc = LawDocument(
        law_id=got_law_id,
        revision_id=revision_id,
        law_num=str(law_num) if law_num else None,
        title=str(title) if title else None,
        law_xml=law_xml,
    )
    if not _matches_request(law_id, doc):
        raise EgovApiError(
            f"response is for another law ({doc.law_id}, {doc.revision_id})", law_id=law_id
        )
    return doc


def parse_law_data_response(body: bytes, *, law_id: str) -> LawDocument:
    """Validate a ``/law_data`` response body (XML or JSON envelope) and extract the law.

    Raises :class:`EgovApiError` for malformed XML/JSON, a missing ``<Law>``, missing ids, or a
    response that belongs to a different law than ``law_id`` (a law id, law number or revision
    id as requested).
    """
    head = body.lstrip()[:1]
    if head in (b"{", b"["):
        return _from_json(body, law_id=law_id)
    body = _as_utf8(body, law_id=law_id)
    root = _parse_xml(body, what="response", law_id=law_id)
    if root.tag != "law_data_response":
        raise EgovApiError(f"unexpected response root <{root.tag}>", law_id=law_id)
    if root.find("law_full_text/Law") is None:
        raise EgovApiError("response has no law_full_text/Law element", law_id=law_id)
    return _document(
        law_id=law_id,
        got_law_id=_text(root, "law_info/law_id") or "",
        revision_id=_text(root, "revision_info/law_revision_id") or "",
        law_num=_text(root, "law_info/law_num"),
        title=_text(root, "revision_info/law_title"),
        law_xml=_law_slice(body, law_id=law_id),
    )


def _error_message(body: bytes) -> str:
    """The API's ``error_info`` message (JSON or XML), or a short excerpt."""
    try:
        data = json.loads(body)
        if isinstance(data, dict) and data.get("message"):
            return f"{data.get('code', '')} {data['message']}".strip()
    except ValueError:
        pass
    m = re.search(rb"<message>(.*?)</message>", body[:4096], re.S)
    if m:
        return m.group(1).decode("utf-8", "replace").strip()[:200]
    return body[:120].decode("utf-8", "replace").strip()


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(0.0, when.timestamp() - time.time()), MAX_RETRY_AFTER)


@dataclass(frozen=True, slots=True)
class _Cached:
    body: bytes
    etag: str | None
    last_modified: str | None


class _Cache:
    """``<dir>/<sha256(key)>.body`` + ``.json`` metadata (ETag, Last-Modified, key)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create cache_dir {root}: {exc.strerror or exc}") from None

    def _stem(self, key: str) -> Path:
        return self.root / hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]

    def get(self, key: str) -> _Cached | None:
        stem = self._stem(key)
        try:
            meta = json.loads(stem.with_suffix(".json").read_text("utf-8"))
            body = stem.with_suffix(".body").read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("key") != key:
            return None
        if meta.get("sha256") != hashlib.sha256(body).hexdigest():
            return None  # torn or tampered entry: refetch
        return _Cached(body, meta.get("etag"), meta.get("last_modified"))

    def put(self, key: str, body: bytes, *, etag: str | None, last_modified: str | None) -> None:
        stem = self._stem(key)
        _atomic_write(stem.with_suffix(".body"), body)
        meta = {"key": key, "etag": etag, "last_modified": last_modified,
                "sha256": hashlib.sha256(body).hexdigest(), "fetched": time.time()}
        _atomic_write(stem.with_suffix(".json"), json.dumps(meta, ensure_ascii=False).encode("utf-8"))


def _atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file and rename, so readers never see a half-written file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CorpusError(f"cannot write {path.name}: {exc.strerror or exc}", path=path) from None


class _Fetcher:
    def __init__(
        self, client: httpx.Client, *, base_url: str, timeout: float, retries: int, backoff: float,
        cache: _Cache | None, sleep: Callable[[float], None],
    ) -> None:
        self.client = client
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.cache = cache
        self.sleep = sleep

    def url(self, law_id: str) -> str:
        return f"{self.base_url}/law_data/{quote(law_id, safe='')}"

    def fetch(self, law_id: str) -> bytes:
        import httpx

        cached = self.cache.get(law_id) if self.cache else None
        if cached is not None and _REVISION_ID.match(law_id):
            return cached.body  # a revision never changes: no request needed
        url = self.url(law_id)
        headers = {"Accept": "application/xml"}
        if cached is not None and cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached is not None and cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
        params = {"law_full_text_format": "xml", "response_format": "xml"}
        status: int | None = None
        reason = ""
        for attempt in range(self.retries + 1):
            wait: float | None = None
            try:
                request = self.client.build_request("GET", url, params=params, headers=headers,
                                                    timeout=self.timeout)
                r = self.client.send(request, stream=True)
                try:
                    status = r.status_code
                    body = self._read(r, law_id=law_id, url=url)
                    if status == 304 and cached is not None:
                        return cached.body
                    if status == 200:
                        if self.cache is not None:
                            self.cache.put(law_id, body, etag=r.headers.get("ETag"),
                                           last_modified=r.headers.get("Last-Modified"))
                        return body
                    reason = _error_message(body)
                    if status not in _RETRY_STATUS:
                        what = "law not found" if status == 404 else "request refused"
                        raise EgovApiError(f"{what}: {reason}", law_id=law_id, status=status, url=url)
                    wait = _retry_after(r.headers.get("Retry-After"))
                finally:
                    r.close()
            except httpx.TimeoutException:
                status, reason = None, f"timed out after {self.timeout:g}s"
            except httpx.TransportError as exc:
                status, reason = None, f"network error: {type(exc).__name__}: {exc}"
            if attempt < self.retries:
                if wait is None:
                    wait = min(self.backoff * 2**attempt, 30.0) * (0.5 + random.random() / 2)
                self.sleep(wait)
        raise EgovApiError(f"gave up after {self.retries + 1} attempts: {reason}", law_id=law_id,
                           status=status, url=url)

    @staticmethod
    def _read(response: httpx.Response, *, law_id: str, url: str) -> bytes:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
            raise EgovApiError(f"response too large ({declared} bytes)", law_id=law_id,
                               status=response.status_code, url=url)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                raise EgovApiError(f"response larger than {MAX_RESPONSE_BYTES} bytes", law_id=law_id,
                                   status=response.status_code, url=url)
            chunks.append(chunk)
        return b"".join(chunks)


def pull(
    law_ids: Sequence[str],
    *,
    out_dir: Path,
    base_url: str = DEFAULT_BASE_URL,
    cache_dir: Path | None = None,
    timeout: float = 30.0,
    retries: int = 3,
    client: httpx.Client | None = None,
    progress: bool = False,
    backoff: float = 0.5,
) -> list[Path]:
    """Download each law (law id, law number or revision id) into
    ``<out_dir>/<law_revision_id>.xml`` and return the written paths in input order.

    ``retries`` extra attempts are made on 429/5xx/timeouts/connection errors, waiting
    ``Retry-After`` or ``backoff * 2**attempt`` seconds (jittered). With ``cache_dir``, responses
    are cached and revalidated (ETag / Last-Modified); revision ids are served from the cache.
    A caller-supplied ``client`` is used as is and not closed. Raises :class:`EgovApiError` when
    the only law fails, :class:`EgovPullError` (after writing the good ones) when some of
    several fail, :class:`~govrag.errors.ConfigError` for bad arguments.
    """
    if isinstance(law_ids, str):
        raise ConfigError("law_ids must be a sequence of ids, not one string (wrap it in a list)")
    ids = [str(x).strip() for x in law_ids]
    if not ids or any(not x for x in ids):
        raise ConfigError("pull() needs at least one non-empty law id")
    if timeout <= 0 or retries < 0 or backoff < 0:
        raise ConfigError(f"bad network settings: timeout={timeout}, retries={retries}, backoff={backoff}")
    if not base_url.startswith(("http://", "https://")):
        raise ConfigError(f"base_url must be an http(s) URL, got {base_url!r}")
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"cannot create out_dir {out}: {exc.strerror or exc}") from None
    cache = _Cache(Path(cache_dir)) if cache_dir is not None else None
    import httpx

    from govrag import __version__

    own = client is None
    http = client or httpx.Client(
        headers={"User-Agent": f"govrag/{__version__} (e-Gov law API v2 client)"},
        timeout=timeout, follow_redirects=True, trust_env=True,
    )
    fetcher = _Fetcher(http, base_url=base_url, timeout=timeout, retries=retries, backoff=backoff,
                       cache=cache, sleep=time.sleep)
    written: list[Path] = []
    failures: dict[str, EgovApiError] = {}
    bar: Any = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(ids), unit="law", desc="e-Gov pull")
    unique = list(dict.fromkeys(ids))
    try:
        for law_id in unique:
            try:
                body = fetcher.fetch(law_id)
                doc = parse_law_data_response(body, law_id=law_id)
                path = out / f"{doc.revision_id}.xml"
                _atomic_write(path, _XML_DECL + doc.law_xml + b"\n")
                written.append(path)
            except EgovApiError as exc:
                if exc.url is None:
                    exc.url = fetcher.url(law_id)
                failures[law_id] = exc
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
        if own:
            http.close()
    if failures:
        if len(unique) == 1:
            raise next(iter(failures.values()))
        raise EgovPullError(failures, written)
    return written
