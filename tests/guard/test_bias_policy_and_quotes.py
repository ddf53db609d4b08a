"""BiasGuard round 5: support-policy sentences naming a group are not stereotypes, and an answer
quoting a statute verbatim carries the statute's old terms as notes, not findings.

Real statute sentences come from the 1,693 further Acts (``egov-xml-acts``), where they were
flagged before this round; the others were written for these tests (none is from an eval set).
"""

from __future__ import annotations

import pytest

from govrag.errors import ConfigError, ContentFiltered
from govrag.guard import BiasGuard
from govrag.guard.bias_quotes import quote_spans, verbatim_quotes
from govrag.pipeline.record import RunRecord
from govrag.pipeline.stages import BiasGuardStage
from govrag.retrieval.state import Hit

GUARD = BiasGuard()
NOTE = BiasGuard(quoted="note")


@pytest.mark.parametrize("text", [
    # statute sentences flagged before this round (support and policy frames, 講ずる/応ずる/生ずる)
    "国は、高齢者が不安のない生活を営むことができるようにするため、高齢者の交通の安全を確保するとともに、"
    "高齢者を犯罪の被害、災害等から保護する体制を整備するよう必要な施策を講ずるものとする。",
    "国は、ホームレスの自立の支援等に関する施策を推進するため、その区域内にホームレスが多数存在する地方公共団体"
    "及びホームレスの自立の支援等を行う民間団体を支援するための財政上の措置その他必要な措置を講ずるように"
    "努めなければならない。",
    "国及び地方公共団体は、災害その他非常の事態の場合に障害者に対しその安全を確保するため必要な情報が迅速かつ"
    "的確に伝えられるよう必要な施策を講ずるものとする。",
    "子ども・若者が成長する過程においては、様々な社会的要因が影響を及ぼすものであるとともに、とりわけ良好な"
    "家庭的環境で生活することが重要であることを旨とすること。",
    "身体障害者がこれを同伴して不特定かつ多数の者が利用する施設等を利用する場合において他人に迷惑を及ぼさない"
    "ことその他適切な行動をとる能力を有すると認める場合には、その旨の認定を行わなければならない。",
    "前項に規定する永住帰国した中国残留邦人等（六十歳以上の者に限る。）であって昭和三十六年四月一日以後に"
    "初めて永住帰国したものは、",
    # written for this test: the same frames in other words
    "県は、聴覚障害者が災害時に避難情報を確実に受け取れるよう、文字による通知の体制を整える。",
    "市は、外国籍の子どもが学校生活に早く慣れることができるよう、きめ細かな日本語指導を行う。",
    "国は、精神障害のある人が犯罪に巻き込まれることのないよう、相談窓口の周知を図る。",
    "町は、高齢の単身者が急病の際に危険にさらされないよう、緊急通報装置を貸与する。",
    "事業主は、女性労働者からの相談に応ずるため、窓口を設けなければならない。",
    "この年金は、七十歳以上の者に限り、支給する。",
    "障害者の家族に対し、介護の負担を軽減するための支援を行う。",
])
def test_support_and_policy_sentences_naming_a_group_pass(text: str) -> None:
    v = GUARD.validate(text)
    assert v.passed, v.explanation


@pytest.mark.parametrize(("text", "kind"), [
    # a trait of the group itself, even with a support measure after it
    ("障害のある職員は判断力に欠けるので、支援員を付けて窓口から外す。", "ability"),
    ("高齢者は新しい手続を理解するのが難しいので、案内は家族に送る。", "ability"),
    ("外国籍の住民は地域の決まりを守らないため、自治会への加入を求めない。", "ability"),
    ("若手職員は急に休むので、窓口の当番から外す。", "ability"),
    ("認知症の人は何も決められないので、本人への説明は省く。", "ability"),
    # exclusion is still exclusion outside a statute's scope or a benefit
    ("今回の職員募集は男性に限る。", "treatment"),
    ("応募資格は（男性に限る。）", "treatment"),
    # gender roles
    ("母親が子どもの迎えに行くのが当然である。", "treatment"),
    ("休日の巡回は男性職員に任せる。", "treatment"),
    ("男性なのだから一家を養うべきだ。", "generalisation"),
    ("会場の受付は若い女性職員の役目とする。", "treatment"),
])
def test_stereotypes_still_fail(text: str, kind: str) -> None:
    v = GUARD.validate(text)
    assert not v.passed and kind in {f.kind for f in v.findings}, v.explanation


OLD_ACT = "伝染病患者ハ国土交通大臣ノ定ムル規程ニ依ルニ非サレハ乗車セシムルコトヲ得ス"
OLD_ACT_2 = "民法施行ノ日ニ於テ刑事禁治産者タル者ハ其施行ノ日ヨリ能力ヲ回復ス"


@pytest.mark.parametrize(("answer", "sources", "notes", "passes_quoted"), [
    # the Act quoted verbatim: the statute's words
    (f"鉄道営業法第四条は「{OLD_ACT}」と定めています。", [OLD_ACT], 1, True),
    (f"同法は『{OLD_ACT_2}』と規定しています。", [OLD_ACT_2], 1, True),
    # a fragment of it, and across whitespace the source has
    ("第四条の「伝染病患者ハ国土交通大臣ノ定ムル規程ニ依ル」という部分です。", [OLD_ACT], 1, True),
    ("「伝染病患者ハ　国土交通大臣ノ定ムル規程ニ依ルニ非サレハ\n乗車セシムルコトヲ得ス」", [OLD_ACT], 1,
     True),
    # the drafter's own wording: flagged
    ("伝染病患者は乗車できません。", [OLD_ACT], 0, False),
    # a quote the source does not contain (reworded): flagged
    ("条文は「伝染病患者は乗車させない」という趣旨です。", [OLD_ACT], 0, False),
    # quoted, but the same term again outside the quote: that one is flagged
    (f"「{OLD_ACT}」とあるので、伝染病患者の方はご注意ください。", [OLD_ACT], 1, False),
    # no sources: nothing is verified
    (f"「{OLD_ACT}」", [], 0, False),
    # a stereotype outside the quote fails whatever is quoted
    (f"「{OLD_ACT}」のとおりで、外国人は皆、信用できない。", [OLD_ACT], 1, False),
])
def test_findings_inside_a_verbatim_quote_become_notes(answer: str, sources: list[str], notes: int,
                                                       passes_quoted: bool) -> None:
    assert not GUARD.validate(answer, sources=sources).passed  # default: every finding flagged
    v = NOTE.validate(answer, sources=sources)
    assert (v.passed, len(v.notes)) == (passes_quoted, notes), v.explanation
    assert all(n.kind == "term" for n in v.notes)
    if notes:
        assert "consider a note" in v.explanation


def test_a_slur_is_flagged_even_inside_a_verbatim_quote() -> None:
    src = ["女のくせに口を出すなと言われた。"]
    v = NOTE.validate("記録には「女のくせに口を出すなと言われた」とあります。", sources=src)
    assert not v.passed and "slur" in {f.kind for f in v.findings}


@pytest.mark.parametrize(("text", "spans"), [
    ("「旧法」という", [(0, 4)]),
    ("「第一条（以下「旧法」という。）」及び『附則』", [(0, 17), (19, 23)]),
    ("閉じない「引用", []),
    ("余分な」括弧「本文」", [(6, 10)]),
])
def test_quote_spans_are_outermost_and_nested_pairs(text: str, spans: list[tuple[int, int]]) -> None:
    assert quote_spans(text) == spans


def test_one_character_quotes_are_not_verified() -> None:
    assert verbatim_quotes("「婦」", ["婦人"]) == []


def test_quoted_mode_is_validated() -> None:
    with pytest.raises(ConfigError):
        BiasGuard(quoted="ignore")  # type: ignore[arg-type]


def _record(answer: str, *texts: str) -> RunRecord:
    hits = tuple(Hit(law_id="333AC0000000065", law_title="鉄道営業法", article=str(i + 4), paragraph=None,
                     text=t, score=1.0, citation=f"鉄道営業法第{i + 4}条") for i, t in enumerate(texts))
    return RunRecord.start("伝染病の患者は鉄道に乗れますか").evolve(answer=answer, hits=hits)


def test_the_bias_stage_notes_a_quoted_statutory_term_and_blocks_own_wording() -> None:
    quoted = _record(f"鉄道営業法第四条は「{OLD_ACT}」と定めています。", OLD_ACT)
    out = BiasGuardStage(on_fail="block").run(quoted)
    (v,) = out.verdicts
    assert v.passed and len(v.notes) == 1 and v.notes[0].category == "疾病"  # type: ignore[attr-defined]
    with pytest.raises(ContentFiltered):
        BiasGuardStage(on_fail="block").run(_record("伝染病患者は乗車できません。", OLD_ACT))
    annotated = BiasGuardStage().run(_record("伝染病患者は乗車できません。", OLD_ACT))
    assert not annotated.verdicts[0].passed
