"""A guarded Q&A endpoint: FastAPI in front of a govrag pipeline.

    pip install fastapi uvicorn
    GOVRAG_CORPUS=../shared/corpora/egov-xml uvicorn examples.fastapi_app:app --port 8000

``POST /ask {"query": "...", "user_id": "..."}`` returns the answer with citation statuses; a
query that policy blocks (機密性3, or personal data for a provider not approved for 機密性2)
returns HTTP 200 with ``blocked: true`` and the reason; the audit id is always returned. The
pipeline is built once per process (``create_app``) and shared by requests; ``Pipeline.arun``
runs each request in a worker thread.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

from govrag import Corpus, Pipeline
from govrag.audit import AuditLog, default_audit_path
from govrag.errors import GovragError, InputError
from govrag.retrieval.cache import default_cache_dir, open_or_build_index


class AskRequest(BaseModel):
    query: str = Field(min_length=1, max_length=4000)
    user_id: str | None = None


class CitationOut(BaseModel):
    text: str
    status: str
    law_id: str | None
    article: str | None
    explanation: str


class AskResponse(BaseModel):
    answer: str | None
    blocked: bool
    reason: str | None
    level: int | None
    citations: list[CitationOut]
    audit_id: str | None


def create_app(*, pipeline: Pipeline) -> FastAPI:
    """The app around an already-built pipeline (tests pass their own)."""
    app = FastAPI(title="govrag guarded Q&A")

    @app.post("/ask", response_model=AskResponse)
    async def ask(req: AskRequest) -> Any:
        try:
            result = await pipeline.arun(req.query, metadata={"user_id": req.user_id, "app_id": "fastapi"})
        except InputError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        except GovragError as exc:  # failed closed: no answer leaves
            raise HTTPException(status_code=503, detail=f"{type(exc).__name__}") from exc
        return AskResponse(
            answer=result.answer,
            blocked=result.blocked,
            reason=result.reason,
            level=getattr(result.classification, "level", None),
            citations=[
                CitationOut(text=c.citation.text, status=c.status, law_id=c.citation.law_id,
                            article=c.citation.article, explanation=c.explanation)
                for c in result.citations
            ],
            audit_id=result.audit_id,
        )

    return app


def _default_pipeline() -> Pipeline:
    corpus = Corpus.from_path(os.environ.get("GOVRAG_CORPUS", "../shared/corpora/egov-xml"))
    index = open_or_build_index(corpus, cache_dir=default_cache_dir(), progress=False)
    audit_path = Path(os.environ.get("GOVRAG_AUDIT", str(default_audit_path())))
    audit_path.parent.mkdir(parents=True, exist_ok=True)
    return Pipeline.preset("strict", index=index, corpus=corpus,
                           provider=os.environ.get("GOVRAG_PROVIDER", "extractive"),
                           audit=AuditLog(audit_path, app_id="fastapi"))


def __getattr__(name: str) -> Any:  # `uvicorn examples.fastapi_app:app` builds the app lazily
    if name == "app":
        return create_app(pipeline=_default_pipeline())
    raise AttributeError(name)
