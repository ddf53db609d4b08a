"""The shipped conformance suite, run against the built-in providers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govrag.providers import Provider, get_provider
from govrag.providers.openai_compat import RetryPolicy
from govrag.testing.openai_server import OpenAIServer, Reply
from govrag.testing.provider_conformance import ProviderConformance

from .conftest import SECRET


class TestExtractiveConformance(ProviderConformance):
    @pytest.fixture
    def provider(self) -> Provider:
        return get_provider("extractive")


class _ServerBacked(ProviderConformance):
    provider_id = "openai-compatible"
    secret = SECRET
    srv: OpenAIServer | None = None

    def sent_requests(self) -> int | None:
        assert self.srv is not None
        return len(self.srv.requests)

    @pytest.fixture
    def provider(self) -> Iterator[Provider]:
        with OpenAIServer(require_key=SECRET, default=Reply(text="行政庁は、遅滞なく審査を開始します。",
                                                              usage=(300, 20))) as srv:
            type(self).srv = srv
            p = get_provider(self.provider_id, base_url=srv.url, api_key=SECRET,
                             retry=RetryPolicy(max_retries=0))
            yield p
            p.close()  # type: ignore[attr-defined]
            type(self).srv = None


class TestOpenAICompatibleConformance(_ServerBacked):
    provider_id = "openai-compatible"


class TestPlamoConformance(_ServerBacked):
    provider_id = "plamo-2.0-prime"


def test_conformance_suite_catches_a_broken_provider() -> None:
    """The suite can fail: a provider that reports unknown prices as 0 yen is rejected."""
    from dataclasses import replace

    from govrag.providers.base import Completion, Usage

    real = get_provider("extractive")

    class ZeroCostForUnknown:
        id, sends_data, max_level = "x", True, 1
        profile = replace(real.profile, id="x", api_style="openai", max_level=1,
                          price_input_jpy_per_mtok=None, price_output_jpy_per_mtok=None)

        def complete(self, messages, *, level=None, **options):  # type: ignore[no-untyped-def]
            return Completion(text="a", model="m", model_version="m", usage=Usage(1, 1, True),
                              cost_jpy=0.0, latency_s=0.0)

        def stream(self, messages, *, level=None, **options):  # type: ignore[no-untyped-def]
            raise NotImplementedError

    suite = ProviderConformance()
    with pytest.raises(AssertionError, match="never 0"):
        suite.test_complete_returns_a_completion(ZeroCostForUnknown(), [{"role": "user", "content": "q"}])  # type: ignore[arg-type]
