"""examples/openai_sdk_gateway.py runs and shows what it claims."""

from __future__ import annotations

from typing import Any

import pytest


def test_openai_sdk_gateway_example(engine: Any, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("openai")
    from examples.openai_sdk_gateway import main

    out = main()
    assert out["answer"].startswith("佐藤花子様への回答案")
    assert "090-1234-5678" not in out["sent"] and "佐藤花子" not in out["sent"]
    assert out["govrag"]["redacted"] == {"PERSON": 1, "PHONE_NUMBER": 1}
    assert "verify: intact" in capsys.readouterr().out
