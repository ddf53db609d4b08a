"""Usage dashboard at ``/dashboard`` (admin key as ``Authorization: Bearer`` or a login cookie):
requests and blocks by reason per hour, yen per route and key this month, latency percentiles,
audit-chain status and the last runs with their citations' statuses.

Server-rendered HTML with inline SVG (:mod:`govrag.serve.charts`); no JavaScript, nothing loaded
from elsewhere (the Content-Security-Policy forbids it). ``/dashboard/data.json`` has the numbers.
Counts come from this host's usage store; the audit status from the shared audit store.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import hmac
import json
import time
from html import escape
from typing import Any
from urllib.parse import parse_qs

from govrag.serve.charts import bar_chart, stacked_columns
from govrag.serve.keys import verify_key

__all__ = ["collect_stats", "dashboard_routes", "percentile", "render_dashboard"]

_COOKIE = "govrag_admin"
_SESSION_S = 8 * 3600
_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
_CSS = """body{font-family:sans-serif;margin:24px;color:#222;background:#fff}h1{font-size:22px}
h2{font-size:16px;margin-top:28px;border-bottom:1px solid #ddd}table{border-collapse:collapse;font-size:13px}
td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}svg text{font-size:12px;fill:#333}
.ok{color:#1b7f3b;font-weight:bold}.bad{color:#c0392b;font-weight:bold}
.badge{padding:1px 5px;border-radius:3px;
margin-right:3px;font-size:11px;color:#fff}.valid{background:#1b7f3b}.other{background:#c0392b}"""


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in [0, 100]) of ``values``; 0.0 for no values.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 50), percentile([1.0, 2.0, 3.0, 4.0], 95), percentile([], 50)
    (2.0, 4.0, 0.0)
    """
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(min(rank, len(ordered))) - 1]


def _hour_label(h: int) -> str:
    return _dt.datetime.fromtimestamp(h * 3600, _dt.UTC).strftime("%m-%d %H:00")


def collect_stats(gw: Any, *, now: float | None = None, hours: int = 24) -> dict[str, Any]:
    """Every number the dashboard shows (JSON-able)."""
    now = time.time() if now is None else now
    first = int(now // 3600) - hours + 1
    q = gw.usage.query
    counts = q(f"SELECT {gw.usage.hour_sql}, CASE WHEN status = 'ok' THEN 'ok' ELSE "
               "COALESCE(reason, status) END, count(*) FROM requests WHERE time >= ? GROUP BY 1, 2",
               (first * 3600.0,))
    names = ["ok", *sorted({r[1] for r in counts if r[1] != "ok"})]
    series = {n: [0] * hours for n in names}
    for h, name, n in counts:
        if 0 <= h - first < hours:
            series[name][h - first] += int(n)
    month = _dt.datetime.fromtimestamp(now, _dt.UTC).strftime("%Y-%m-01")
    per = "SELECT COALESCE({0}, '-'), SUM(yen) FROM requests WHERE day >= ? GROUP BY 1 ORDER BY 2 DESC"
    yen_route = q(per.format("route"), (month,))
    yen_key = q(per.format("key"), (month,))
    lat: dict[str, list[float]] = {}
    for route, ms in q("SELECT route, latency_ms FROM requests WHERE status = 'ok' AND time >= ? "
                       "ORDER BY id DESC LIMIT 20000", (first * 3600.0,)):
        lat.setdefault(route or "-", []).append(float(ms))
    latency = {r: {"n": len(v), "p50": percentile(v, 50), "p95": percentile(v, 95), "p99": percentile(v, 99)}
               for r, v in sorted(lat.items())}
    last = [{"time": _dt.datetime.fromtimestamp(t, _dt.UTC).strftime("%Y-%m-%d %H:%M:%S"), "key": k,
             "route": r, "status": s, "reason": rs, "http_status": hs, "latency_ms": round(ms, 1), "yen": y,
             "citations": json.loads(c)}
            for t, k, r, s, rs, hs, ms, y, c in q(
                "SELECT time, key, route, status, reason, http_status, latency_ms, yen, citations "
                "FROM requests ORDER BY id DESC LIMIT 20")]
    return {"hours": [_hour_label(first + i) for i in range(hours)], "series": series,
            "yen_per_route": [(r, float(y or 0)) for r, y in yen_route],
            "yen_per_key": [(k, float(y or 0)) for k, y in yen_key],
            "latency_ms": latency, "audit": _audit_status(gw), "last": last}


def _audit_status(gw: Any) -> dict[str, Any]:
    try:
        problems = gw.audit.verify()
        head = gw.audit.head()
    except Exception as exc:
        why = f"audit store unreachable ({type(exc).__name__})"
        return {"intact": False, "rows": None, "problems": [why]}
    return {"intact": not problems, "rows": head.count, "problems": [str(p) for p in problems[:10]]}


def _cites(items: list[list[str]]) -> str:
    return "".join(f'<span class="badge {"valid" if s == "valid" else "other"}">'
                   f'{escape(c)}: {escape(s)}</span>' for c, s in items) or "-"


def render_dashboard(stats: dict[str, Any]) -> str:
    """The HTML page for ``stats`` from :func:`collect_stats`."""
    audit = stats["audit"]
    status = (f'<span class="ok">intact</span> ({audit["rows"]} rows)' if audit["intact"]
              else f'<span class="bad">NOT intact</span>: {escape("; ".join(audit["problems"]))}')
    lat_rows = "".join(f"<tr><td>{escape(r)}</td><td>{v['n']}</td><td>{v['p50']:.1f}</td>"
                       f"<td>{v['p95']:.1f}</td><td>{v['p99']:.1f}</td></tr>"
                       for r, v in stats["latency_ms"].items())
    last_rows = "".join(
        f"<tr><td>{escape(r['time'])}</td><td>{escape(str(r['key']))}</td><td>{escape(str(r['route']))}</td>"
        f"<td>{escape(r['status'])}</td><td>{escape(str(r['reason'] or ''))}</td><td>{r['latency_ms']}</td>"
        f"<td>{r['yen']:.4f}</td><td>{_cites(r['citations'])}</td></tr>" for r in stats["last"])
    p95 = [(r, v["p95"]) for r, v in stats["latency_ms"].items()]
    return f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>govrag gateway</title>
<style>{_CSS}</style></head><body><h1>govrag gateway</h1>
<h2>Requests and blocks by reason (per hour, UTC)</h2>{stacked_columns(stats["hours"], stats["series"])}
<h2>Yen this month per route</h2>{bar_chart(stats["yen_per_route"], unit=" JPY")}
<h2>Yen this month per key</h2>{bar_chart(stats["yen_per_key"], unit=" JPY")}
<h2>Latency (ms, successful requests, last 24 h)</h2>{bar_chart(p95, unit=" ms p95", color="#3cba9f")}
<table><tr><th>route</th><th>n</th><th>p50</th><th>p95</th><th>p99</th></tr>{lat_rows}</table>
<h2>Audit chain</h2><p id="audit">{status}</p>
<h2>Last runs</h2><table><tr><th>time</th><th>key</th><th>route</th><th>status</th><th>reason</th>
<th>ms</th><th>JPY</th><th>citations</th></tr>{last_rows}</table></body></html>"""


_LOGIN = """<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>govrag gateway: sign in</title>
<style>{css}</style></head><body><h1>govrag gateway</h1><form method="post" action="/dashboard/login">
<label>Admin key <input id="key" name="key" type="password" autocomplete="off"></label>
<button id="login" type="submit">Sign in</button></form>{msg}</body></html>"""


def _token(secret: str, expiry: int) -> str:
    mac = hmac.new(secret.encode(), f"govrag-dashboard:{expiry}".encode(), hashlib.sha256).hexdigest()
    return f"{expiry}.{mac}"


def _token_ok(secret: str, token: str | None) -> bool:
    if not token or "." not in token:
        return False
    expiry, _, _ = token.partition(".")
    if not expiry.isdigit() or int(expiry) < time.time():
        return False
    return hmac.compare_digest(_token(secret, int(expiry)), token)


def dashboard_routes(gw: Any) -> list[Any]:
    """Starlette routes of the dashboard (none when no admin key is configured)."""
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
    from starlette.routing import Route

    secret = gw.config.admin_key_hash
    if not secret:
        return []

    def allowed(request: Request) -> bool:
        auth = request.headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and verify_key(auth[7:].strip(), secret):
            return True
        return _token_ok(secret, request.cookies.get(_COOKIE))

    def login_page(msg: str = "", status: int = 401) -> Response:
        return HTMLResponse(_LOGIN.format(css=_CSS, msg=msg), status_code=status,
                            headers={"Content-Security-Policy": _CSP})

    async def page(request: Request) -> Response:
        if not allowed(request):
            return login_page()
        stats = await run_in_threadpool(collect_stats, gw)
        return HTMLResponse(render_dashboard(stats), headers={"Content-Security-Policy": _CSP,
                                                              "Cache-Control": "no-store"})

    async def data(request: Request) -> Response:
        if not allowed(request):
            return JSONResponse({"error": {"message": "admin key required", "type": "invalid_request_error",
                                           "param": None, "code": "invalid_api_key"}}, status_code=401)
        return JSONResponse(await run_in_threadpool(collect_stats, gw))

    async def login(request: Request) -> Response:
        form = parse_qs((await request.body())[:4096].decode("utf-8", "replace"))
        key = (form.get("key") or [""])[0]
        if not key or not verify_key(key, secret):
            return login_page('<p class="bad">wrong admin key</p>')
        resp = RedirectResponse("/dashboard", status_code=303)
        secure = request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"
        resp.set_cookie(_COOKIE, _token(secret, int(time.time()) + _SESSION_S), max_age=_SESSION_S,
                        httponly=True, samesite="strict", path="/dashboard", secure=secure)
        return resp

    return [Route("/dashboard", page, methods=["GET"]), Route("/dashboard/data.json", data, methods=["GET"]),
            Route("/dashboard/login", login, methods=["POST"])]
