"""An existing OpenAI-SDK app behind `govrag serve`, changing only its base_url.

A local stand-in for a 源内 model (a recording OpenAI-compatible server on 127.0.0.1) sits behind
the gateway. The app sends Japanese personal data; the model only ever sees placeholders, the app
gets the answer back restored, and every request has one hash-chained audit row.

Run:  python examples/openai_sdk_gateway.py
(needs the serve extra and the OpenAI SDK: pip install "govrag[serve]" openai)
"""

from __future__ import annotations

import tempfile
import threading
import time
from pathlib import Path
from typing import Any


def start_gateway(app: Any) -> tuple[Any, str]:
    """uvicorn in a background thread on 127.0.0.1 (production: `govrag serve --workers 4`)."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}/v1"


def main() -> dict[str, Any]:
    import openai

    from govrag.serve import config_from_flags, create_app
    from govrag.testing.openai_server import OpenAIServer, RecordedRequest, Reply

    def model(req: RecordedRequest) -> Reply:  # the stand-in model answers about <PERSON_1>
        return Reply(text="<PERSON_1>様への回答案：行政手続法第七条により、審査は遅滞なく開始されます。")

    with tempfile.TemporaryDirectory() as tmp, OpenAIServer(default=model) as upstream:
        config = config_from_flags(upstream=upstream.url, upstream_key="sk-upstream", model="gennai-chat",
                                   max_level=2, api_key="client-key", audit=str(Path(tmp) / "audit.sqlite"))
        app = create_app(config)
        server, base_url = start_gateway(app)
        try:
            # --- the application: only base_url and api_key differ from calling OpenAI ---
            client = openai.OpenAI(base_url=base_url, api_key="client-key")
            resp = client.chat.completions.create(
                model="gennai-chat",
                messages=[{"role": "user",
                           "content": "申請者の佐藤花子さん（電話090-1234-5678）への回答案を作って。"}])
            answer = resp.choices[0].message.content
            govrag = (resp.model_extra or {})["govrag"]
            print("answer:  ", answer)
            print("govrag:  ", {k: govrag[k] for k in ("classification", "redacted", "audit_id")})
            sent = upstream.completion_requests[0].json()["messages"][-1]["content"]
            print("upstream saw:", sent)
            audit = app.state.gateway.audit
            print("audit rows:", len(list(audit)), "verify:", audit.verify() or "intact")
            return {"answer": answer, "sent": sent, "govrag": govrag}
        finally:
            server.should_exit = True


if __name__ == "__main__":
    main()
