"""Run the gateway with uvicorn: one process, or ``workers`` processes sharing the port (the
config reaches them as JSON in :data:`govrag.serve.app.CONFIG_ENV`; uvicorn restarts a worker
that dies). Blocks until stopped.
"""

from __future__ import annotations

import os

from govrag.errors import ConfigError
from govrag.serve.config import GatewayConfig, config_to_json

__all__ = ["run_server"]


def run_server(config: GatewayConfig, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 1,
               log_level: str = "info") -> None:
    """Serve ``config`` on ``host:port`` (put TLS termination in front; see docs/serve.md)."""
    import uvicorn

    from govrag.serve.app import CONFIG_ENV, create_app

    if workers < 1:
        raise ConfigError(f"workers must be at least 1, got {workers}")
    common = {"host": host, "port": port, "log_level": log_level, "timeout_graceful_shutdown": 10,
              "server_header": False, "proxy_headers": True}
    if workers == 1:
        uvicorn.run(create_app(config), **common)  # type: ignore[arg-type]
        return
    os.environ[CONFIG_ENV] = config_to_json(config)
    uvicorn.run("govrag.serve.app:app_from_env", factory=True, workers=workers, **common)  # type: ignore[arg-type]
