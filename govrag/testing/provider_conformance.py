"""A conformance suite every :class:`govrag.providers.Provider` must pass.

Inherit it in a test module and supply a ``provider`` fixture; override ``sent_requests`` when you
can observe the wire (e.g. with :class:`govrag.testing.openai_server.OpenAIServer`) so the suite
also proves that the 機密性 gate refuses *before* anything is sent::

    import pytest
    from govrag.testing.provider_conformance import ProviderConformance

    class TestMyProvider(ProviderConformance):
        secret = "sk-my-secret"          # optional: checked absent from repr/str/errors

        @pytest.fixture
        def provider(self):
            return MyProvider(api_key=self.secret)

The sample prompt quotes real statute text (行政手続法第七条, 第五条第一項) through
:func:`govrag.providers.prompt.build_messages`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from govrag.errors import ConfigError, GovragError, InputError, SensitiveDataBlocked
from govrag.providers.base import Completion, Provider, Usage
from govrag.providers.prompt import build_messages

__all__ = ["SAMPLE_QUESTION", "SAMPLE_SOURCES", "ProviderConformance", "SampleSource"]


@dataclass(frozen=True, slots=True)
class SampleSource:
    """A minimal SourceLike carrying real statute text."""

    law_id: str
    law_title: str
    article: str
    paragraph: int | None
    text: str
    citation: str


SAMPLE_SOURCES: tuple[SampleSource, ...] = (
    SampleSource(
        law_id="405AC0000000088", law_title="行政手続法", article="7", paragraph=None,
        citation="行政手続法第七条",
        text="行政庁は、申請がその事務所に到達したときは遅滞なく当該申請の審査を開始しなければならず、"
             "かつ、申請書の記載事項に不備がないこと、申請書に必要な書類が添付されていること、"
             "申請をすることができる期間内にされたものであることその他の法令に定められた申請の形式上の"
             "要件に適合しない申請については、速やかに、申請をした者（以下「申請者」という。）に対し"
             "相当の期間を定めて当該申請の補正を求め、又は当該申請により求められた許認可等を拒否しなければならない。",
    ),
    SampleSource(
        law_id="405AC0000000088", law_title="行政手続法", article="5", paragraph=1,
        citation="行政手続法第五条第一項", text="行政庁は、審査基準を定めるものとする。",
    ),
)


SAMPLE_QUESTION = "申請書に不備があったら行政庁はどうしなければならないか。"


class ProviderConformance:
    """Behaviour shared by all providers. Subclasses provide the ``provider`` fixture."""

    #: A credential the provider was configured with; must never show in reprs or errors.
    secret: str | None = None

    @pytest.fixture
    def provider(self) -> Provider:
        raise NotImplementedError("define a `provider` fixture in your subclass")

    @pytest.fixture
    def sample_messages(self) -> list[dict[str, str]]:
        return build_messages(SAMPLE_QUESTION, list(SAMPLE_SOURCES))

    def sent_requests(self) -> int | None:
        """Requests seen on the wire so far, or None when the transport cannot be observed."""
        return None

    # -- identity ---------------------------------------------------------------------------------
    def test_satisfies_protocol(self, provider: Any) -> None:
        assert isinstance(provider, Provider)

    def test_identity_matches_profile(self, provider: Provider) -> None:
        assert provider.id == provider.profile.id
        assert isinstance(provider.sends_data, bool)
        assert provider.sends_data == provider.profile.sends_data
        assert provider.max_level in (1, 2, 3)
        if provider.sends_data:
            assert provider.max_level <= 2, "機密性3 must never be admitted by a sending provider"

    # -- completion -------------------------------------------------------------------------------
    def test_complete_returns_a_completion(self, provider: Provider,
                                           sample_messages: list[dict[str, str]]) -> None:
        c = provider.complete(sample_messages, level=1)
        assert isinstance(c, Completion)
        assert isinstance(c.text, str) and c.text
        assert isinstance(c.model, str) and c.model
        assert isinstance(c.model_version, str) and c.model_version
        assert isinstance(c.usage, Usage)
        assert c.usage.input_tokens > 0 and c.usage.output_tokens >= 0
        assert isinstance(c.usage.estimated, bool)
        assert c.latency_s >= 0
        prof = provider.profile
        if prof.price_input_jpy_per_mtok is None or prof.price_output_jpy_per_mtok is None:
            assert c.cost_jpy is None, "unknown prices must give cost_jpy None, never 0"
        else:
            assert c.cost_jpy == prof.cost_jpy(c.usage.input_tokens, c.usage.output_tokens)

    def test_stream_concatenates_to_the_completion(self, provider: Provider,
                                                   sample_messages: list[dict[str, str]]) -> None:
        stream = provider.stream(sample_messages, level=1)
        deltas = list(stream)
        assert all(isinstance(d, str) for d in deltas)
        assert "".join(deltas) == stream.completion.text
        assert stream.completion.text

    @pytest.mark.parametrize("bad", [
        [],
        "行政手続法第七条",
        [{"role": "boss", "content": "x"}],
        [{"role": "user", "content": 7}],
        [{"role": "user"}],
        ["申請"],
    ], ids=["empty", "string", "bad-role", "non-str-content", "no-content", "not-a-dict"])
    def test_malformed_messages_are_input_errors(self, provider: Provider, bad: Any) -> None:
        before = self.sent_requests()
        with pytest.raises(InputError):
            provider.complete(bad, level=1)
        assert self.sent_requests() == before

    def test_unknown_option_is_a_config_error(self, provider: Provider,
                                              sample_messages: list[dict[str, str]]) -> None:
        before = self.sent_requests()
        with pytest.raises(ConfigError, match="definitely_not_an_option"):
            provider.complete(sample_messages, level=1, definitely_not_an_option=1)
        assert self.sent_requests() == before

    # -- the 機密性 gate ----------------------------------------------------------------------------
    def test_level_3_never_leaves_the_process(self, provider: Provider,
                                              sample_messages: list[dict[str, str]]) -> None:
        if not provider.sends_data:
            pytest.skip("offline provider: nothing leaves the process")
        before = self.sent_requests()
        with pytest.raises(SensitiveDataBlocked):
            provider.complete(sample_messages, level=3)
        with pytest.raises(SensitiveDataBlocked):
            provider.stream(sample_messages, level=3)
        assert self.sent_requests() == before

    def test_level_above_max_level_is_blocked(self, provider: Provider,
                                              sample_messages: list[dict[str, str]]) -> None:
        if not provider.sends_data or provider.max_level >= 3:
            pytest.skip("offline provider: nothing leaves the process")
        before = self.sent_requests()
        with pytest.raises(SensitiveDataBlocked):
            provider.complete(sample_messages, level=provider.max_level + 1)  # type: ignore[arg-type]
        assert self.sent_requests() == before

    # -- secrets ----------------------------------------------------------------------------------
    def test_secret_not_in_repr_or_errors(self, provider: Provider,
                                          sample_messages: list[dict[str, str]]) -> None:
        if not self.secret:
            pytest.skip("no secret configured for this provider")
        assert self.secret not in repr(provider) and self.secret not in str(provider)
        assert self.secret not in repr(provider.profile)
        for messages, level in ((sample_messages, 3), ([], 1)):
            try:
                provider.complete(messages, level=level)  # type: ignore[arg-type]
            except GovragError as exc:
                assert self.secret not in str(exc) and self.secret not in repr(exc)
