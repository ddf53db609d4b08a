"""BiasGuard: slurs and stereotyping generalizations by category; neutral and statute text passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from govrag.errors import ConfigError
from govrag.guard import BiasGuard, load_bias_terms

GUARD = BiasGuard()


@pytest.mark.parametrize(
    ("text", "label", "kind"),
    [
        ("外国人は皆、信用できない。", "国籍・民族", "stereotype"),
        ("中国人は生まれつき嘘つきだ。", "国籍・民族", "stereotype"),
        ("在日は出て行け。", "国籍・民族", "exclusion"),
        ("ブラジル人お断り。", "国籍・民族", "exclusion"),
        ("韓国人ごときに負けるな。", "国籍・民族", "contempt"),
        ("女性は管理職に向いていない。", "性別", "stereotype"),
        ("女のくせに口を出すな。", "性別", "slur"),
        ("障害者は社会のお荷物だ。", "障害・疾病", "stereotype"),
        ("あいつはガイジだから無理。", "障害・疾病", "slur"),
        ("キチガイみたいな申請者だ。", "障害・疾病", "slur"),
        ("特殊部落の人間だから採用しない。", "出身地・部落", "slur"),
        ("部落出身者はみんな怖い。", "出身地・部落", "stereotype"),
        ("黒人は犯罪者ばかりだ。", "人種", "stereotype"),
        ("ＬＧＢＴは生産性がない。", "性的指向・性自認", "stereotype"),
        ("オカマは帰れ。", "性的指向・性自認", "slur"),
        ("イスラム教徒はみんな危険な存在だ。", "宗教・信条", "stereotype"),
        ("高齢者は老害でしかない。", "年齢", "slur"),
        ("年寄りは役に立たない。", "年齢", "stereotype"),
        ("生活保護受給者は怠け者だ。", "社会的身分", "stereotype"),
    ],
)
def test_discriminatory_text_fails_with_category_and_kind(text: str, label: str, kind: str) -> None:
    v = GUARD.validate(text)
    assert not v.passed and v.guard == "bias" and v.score >= 0.8
    assert f"{label} {kind}" in v.explanation
    assert v.spans and all(0 <= a < b <= len(text) for a, b in v.spans)


@pytest.mark.parametrize(
    "text",
    [
        # statute text naming protected attributes neutrally
        "すべて国民は、法の下に平等であつて、人種、信条、性別、社会的身分又は門地により、政治的、経済的又は"
        "社会的関係において、差別されない。",
        "事業主は、労働者の募集及び採用について、その性別にかかわりなく均等な機会を与えなければならない。",
        "外国人は、在留カードを常に携帯していなければならない。",
        "障害者は、社会を構成する一員として社会、経済、文化その他あらゆる分野の活動に参加する機会が確保される。",
        "この法律は、部落差別の解消を推進し、もって部落差別のない社会を実現することを目的とする。",
        "本邦外出身者に対する不当な差別的言動は許されない。",
        "高齢者は、健康の保持に努めるものとする。",
        "性的指向又は性自認を理由とする不当な差別はあってはならない。",
        # counter-speech, reported speech
        "女性は管理職に向いていないという偏見をなくす必要がある。",
        "外国人は皆、信用できないとは限らない。",
        "「女のくせに」という発言はハラスメントに当たる。",
        # words that contain a listed string
        "ホモサピエンスの進化について。",
        "エタノールを使用する。",
        "チョンマゲを結う。",
        "ページをめくらないでください。",
        "お構いなく、おかまいなく。",
        "非人道的な取扱いは禁止される。",
        "池沼の埋立てについて許可を受けなければならない。",
        # 朝鮮人 is not the slur 鮮人:
        "北朝鮮当局による拉致問題への対処について、在日朝鮮人を含む関係者の理解を深める。",
        "郷土人形の展示会を開催する。",
        # one person, not a group
        "彼女は管理職に向いていないと言った。",
        "女性職員の登用を推進する。",
    ],
)
def test_neutral_and_hard_negative_text_passes(text: str) -> None:
    v = GUARD.validate(text)
    assert v.passed, v.explanation
    assert v.spans == () and v.score == 0.0


def test_explanation_names_categories_not_words() -> None:
    v = GUARD.validate("在日は出て行け。オカマは帰れ。")
    assert not v.passed and len(v.spans) == 2
    for word in ("在日", "オカマ", "出て行け", "帰れ"):
        assert word not in v.explanation


def test_term_list_is_package_data_with_categories() -> None:
    terms = load_bias_terms()
    ids = {c.id for c in terms.categories}
    assert {"descent", "nationality", "race", "sex", "disability", "sexual_orientation", "religion",
            "age"} <= ids
    assert all(c.slurs and c.groups for c in terms.categories)


def test_custom_term_list(tmp_path: Path) -> None:
    path = tmp_path / "terms.yaml"
    path.write_text("version: 1\ncategories:\n  occupation:\n    label: 職業\n    slurs: [税金泥棒]\n"
                    "    groups: [公務員]\n", encoding="utf-8")
    guard = BiasGuard(terms=load_bias_terms(path))
    assert "職業 slur" in guard.validate("この税金泥棒め。").explanation
    assert "職業 stereotype" in guard.validate("公務員はみんな怠け者だ。").explanation
    assert guard.validate("外国人は皆、信用できない。").passed  # not in this list


@pytest.mark.parametrize("content", ["categories: [1, 2]", "not: [valid", "version: 1\n"])
def test_malformed_term_list_is_a_config_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="bias term list"):
        load_bias_terms(path)


def test_threshold_lets_stereotypes_through_but_not_slurs() -> None:
    lenient = BiasGuard(threshold=0.85)
    assert lenient.validate("女性は管理職に向いていない。").passed
    assert not lenient.validate("あいつはガイジだ。").passed
