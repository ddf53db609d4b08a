"""BiasGuard: slurs and stereotyping generalizations by category; neutral and statute text passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from govrag.errors import ConfigError
from govrag.guard import BiasGuard, load_bias_terms
from tests.guard.conftest import assert_term_finding

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


# --- wording to avoid in official writing (written for these tests) ----------------------------
@pytest.mark.parametrize(
    ("text", "category", "replacement"),
    [
        ("看護婦長会議を開催する。", "性別で区別した職名・呼称", "看護師"),
        ("保父の配置について", "性別で区別した職名・呼称", "保育士"),
        ("セールスマンの訪問販売に注意", "性別で区別した職名・呼称", "販売員"),
        ("婦人相談員を配置する。", "性別で区別した職名・呼称", "女性相談支援員"),
        ("人夫を募集する。", "職業", "作業員"),
        ("潜水夫の資格", "職業", "潜水士"),
        ("父兄会を開く。", "性別役割・性別による表現", "保護者"),
        ("処女航海に出る。", "性別役割・性別による表現", "初航海"),
        ("奥様の勤務先", "家族・婚姻", "配偶者"),
        ("欠損家庭の児童", "家族・婚姻", "ひとり親家庭"),
        ("精薄児の施設", "障害", "知的障害"),
        ("盲学校の生徒", "障害", "特別支援学校（視覚障害）"),
        ("禁治産者の財産管理", "障害", "成年被後見人"),
        ("痴呆性高齢者の介護", "疾病", "認知症高齢者"),
        ("分裂病の治療", "疾病", "統合失調症"),
        ("癩療養所の記録", "疾病", "ハンセン病"),
        ("ガイジン向けの案内", "国籍・民族", "外国人"),
        ("低開発国への援助", "国籍・民族", "開発途上国"),
        ("裏日本の気候", "出身・門地", "日本海側"),
        ("盲滅法に進める。", "差別語に由来する慣用表現", "やみくもに"),
        ("片肺飛行が続く。", "差別語に由来する慣用表現", "不完全な状態での運営"),
    ],
)
def test_official_writing_terms_fail_with_replacement_and_source(text: str, category: str,
                                                                  replacement: str) -> None:
    v = assert_term_finding(GUARD, text, category, replacement)
    assert v.suggestion is not None and replacement in v.suggestion


@pytest.mark.parametrize(
    ("text", "kind", "attribute"),
    [
        ("女性は総じて数字に弱い。", "generalisation", "性別"),
        ("若手職員はすぐに辞めるものだ。", "generalisation", "年齢"),
        ("男性は育児が苦手だ。", "ability", "性別"),
        ("高齢の応募者は新しい技術についていけない。", "ability", "年齢"),
        ("ネパール人は約束の時間を守らない。", "ability", "国籍・民族"),
        ("精神障害のある人は職場の和を乱す。", "ability", "障害・疾病"),
        ("外国籍の住民は公営住宅の入居を断る。", "treatment", "国籍・民族"),
        ("障害者は昇進させないこと。", "treatment", "障害・疾病"),
        ("電話番は女性職員が担当する。", "treatment", "性別"),
        ("募集は男性に限る。", "treatment", "性別"),
        ("採用面接では応募者の宗教を質問する。", "recruitment", "出身・家族・思想信条"),
        ("国籍によって採用の可否を判断する。", "recruitment", "出身・家族・思想信条"),
    ],
)
def test_stereotypes_fail_with_kind_and_a_neutral_suggestion(text: str, kind: str, attribute: str) -> None:
    v = GUARD.validate(text)
    assert not v.passed and f"{attribute} {kind}" in v.explanation, v.explanation
    assert v.suggestion and v.suggestion != text and (attribute in v.suggestion or kind == "recruitment")


@pytest.mark.parametrize(
    "text",
    [
        # statute sentences naming protected attributes
        "事業主は、女性労働者が婚姻したことを理由として、解雇してはならない。",
        "使用者は、満十八才に満たない者を坑内で労働させてはならない。",
        "日本の国籍を有しない者は、選挙権を有しない。",
        "障害者である労働者の雇用の安定を図る。",
        "妊産婦が請求した場合においては、深夜業をさせてはならない。",
        # current official terms that only look marked
        "看護師・保健師・助産師の養成を支援する。",
        "ろう者の手話通訳を確保する。",
        "産婦人科の診療体制を整備する。",
        "家内労働者の安全衛生を確保する。",
        "寡婦福祉資金の貸付けを行う。",
        "女性警察官の比率を高める。",
        # anti-discrimination policy
        "採用面接で支持政党や宗教を尋ねることは不適切である。",
        "性別にかかわりなく管理職に登用する。",
        "外国人は皆ルールを守らないという偏見を解消する。",
        "障害のある職員の配置は、本人の希望と能力に基づいて決める。",
        "女性だから窓口業務に向いているという固定観念は改める。",
        # old terms quoted or in transitional text
        "「保母」の名称は「保育士」に改められた。",
        "旧法の規定による禁治産の宣告は、後見開始の審判とみなす。",
        # ordinary official writing
        "女性職員の比率は四割に達した。",
        "高齢者の見守り活動を支援する。",
        "窓口の受付時間を延長する。",
    ],
)
def test_official_neutral_text_passes(text: str) -> None:
    v = GUARD.validate(text)
    assert v.passed, v.explanation
    assert v.findings == () and v.suggestion is None


def test_suggestion_rewrites_every_term_and_keeps_the_rest() -> None:
    v = GUARD.validate("看護婦と保母の研修を、父兄にも公開する。")
    assert v.suggestion == "看護師と保育士の研修を、保護者にも公開する。"
    assert [f.kind for f in v.findings] == ["term", "term", "term"]


def test_official_term_list_entries_all_have_source_category_and_replacement() -> None:
    from govrag.guard.bias_official import load_official_terms

    terms = load_official_terms()
    assert len(terms.terms) >= 150
    assert all(t.replacement and t.source and t.category in terms.categories for t in terms.terms)
    statutes = [s for s in terms.sources.values() if "法律第" in s]
    assert len(statutes) >= 8  # statutes that renamed a term


def test_custom_official_term_list(tmp_path: Path) -> None:
    from govrag.guard.bias_official import load_official_terms

    path = tmp_path / "terms.yaml"
    path.write_text("version: 1\nsources: {g: 庁内表現ガイド}\ncategories: {occupation: 職業}\n"
                    "terms:\n  - {term: 小使さん, replacement: 用務員, category: occupation, source: g}\n",
                    encoding="utf-8")
    guard = BiasGuard(official=load_official_terms(path))
    v = guard.validate("小使さんに頼む。")
    assert not v.passed and v.findings[0].source == "庁内表現ガイド"


@pytest.mark.parametrize("content", [
    "version: 1\nsources: {}\ncategories: {x: X}\n"
    "terms:\n  - {term: a, replacement: b, category: x, source: nope}\n",
    "terms: [1]\n",
])
def test_malformed_official_term_list_is_a_config_error(tmp_path: Path, content: str) -> None:
    from govrag.guard.bias_official import load_official_terms

    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match="official term list"):
        load_official_terms(path)


# Gender roles (bias_roles) and the abilities added with them: stereotypical direction only.
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("介護は嫁の務めとされているため、講座の案内は女性宛てに送る。", "treatment"),
        ("来賓の接待は女性職員が担当することとする。", "treatment"),
        ("会議の記録係は女子職員にお願いする。", "treatment"),
        ("重い荷物の運搬は男性職員がやってください。", "treatment"),
        ("委員長は男性、副委員長は女性とする。", "treatment"),
        ("代表者は男性が望ましい。", "treatment"),
        ("家計を支えるご主人向けの資産形成セミナーを開催します。", "generalisation"),
        ("母親なら子どものそばにいるべきだ。", "generalisation"),
        ("主婦の方でもできる簡単な作業です。", "ability"),
        ("お年寄りでも簡単に使える端末を導入した。", "ability"),
        ("生活保護受給者は働く意欲が低い。", "ability"),
        ("女性職員は電話応対とお茶出しを、男性職員は外回りを担当する。", "treatment"),
        ("男性は仕事、女性は家庭という前提で説明会を夜に開く。", "treatment"),
        ("気配りのできる女性職員を相談窓口に優先して配置する。", "treatment"),
        ("保護者会の連絡はお母さんの担当なので、母親の携帯電話に送る。", "treatment"),
        ("高齢職員は注意力が衰えているので、夜間の巡回はさせない。", "ability"),
        ("育児中の職員は役に立たないので、選考から外す。", "treatment"),
        ("外国籍の来庁者には説明しなくてよい。", "treatment"),
    ],
)
def test_gender_roles_and_abilities_fail(text: str, kind: str) -> None:
    v = BiasGuard().validate(text)
    assert not v.passed, text
    assert kind in v.explanation or "term" in v.explanation, v.explanation


@pytest.mark.parametrize(
    "text",
    [
        "父親が育児をする時間を確保するため、男性の育児休業取得を促進する。",
        "受付は当番制とし、性別にかかわらず全職員で分担する。",
        "男性が家事や育児に参加しやすい環境を整える。",
        "家事や育児の負担が女性に偏っている現状を改める。",
        "委員長は委員の互選により定める。",
        "高齢者でもスマートフォンで申請できます。",
        "使用者は、妊産婦を重量物を取り扱う業務に就かせてはならない。",
        "育児は母親だけが担うものではない。",
        "男らしさ、女らしさにとらわれない教育を推進する。",
        "配偶者の扶養に入っている主婦の方も、制度の対象となります。",
        "母親学級を両親学級に改め、父親の参加を促す。",
        "男性は仕事、女性は家庭という固定的な役割分担意識を解消する。",
        "お母さんもお父さんも参加できる保護者会にする。",
        "優しい言葉で説明できるよう、全職員に研修を行う。",
        "介護中の職員は、介護休暇を取得できる。",
        "妻が出産した男性職員は、出産補助休暇を取得できる。",
        "高齢運転者は、認知機能検査を受けなければならない。",
        "独身の職員も既婚の職員も、同じ基準で住居手当を受けられる。",
        "事業主は、労働者からの育児休業申出があったときは、当該育児休業申出を拒むことができない。",
        "女性の職業生活における活躍を推進するため、事業主行動計画を策定し、公表する。",
    ],
)
def test_gender_role_look_alikes_pass(text: str) -> None:
    assert BiasGuard().validate(text).passed, text


# --- issue 12 round 3: illness, nationality/descent, recruitment, idioms, titles (written for these tests)
@pytest.mark.parametrize(
    ("text", "category", "replacement"),
    [
        ("精神分裂症と診断された利用者", "疾病", "統合失調症"),
        ("躁うつ病の職員の就労支援", "疾病", "双極性障害"),
        ("ハンセン氏病の歴史を学ぶ。", "疾病", "ハンセン病"),
        ("痴ほうの進行を遅らせる取組", "疾病", "認知症"),
        ("伝染病の流行に備える。", "疾病", "感染症"),
        ("夜間に徘徊する高齢者の見守り", "疾病", "ひとり歩き"),
        ("どもりのある児童への支援", "疾病", "吃音"),
        ("不良外人が集まる地域", "国籍・民族", "外国人"),
        ("シナ料理の店", "国籍・民族", "中国"),
        ("日本人離れした体格", "国籍・民族", "（国籍と結び付けない表現に改める）"),
        ("表日本と比べて降雪が多い。", "出身・門地", "太平洋側"),
        ("村八分にされた住民", "差別語に由来する慣用表現", "仲間外れ"),
        ("上司の指示に盲従する。", "差別語に由来する慣用表現", "無批判に従うこと"),
        ("精神分裂的な計画", "差別語に由来する慣用表現", "支離滅裂な"),
        ("受付嬢を募集する。", "性別で区別した職名・呼称", "受付担当者"),
        ("ガードマンを配置する。", "性別で区別した職名・呼称", "警備員"),
        ("婦女暴行の被害", "性別役割・性別による表現", "性暴力"),
        ("主婦の視点を生かした商品開発", "性別役割・性別による表現", "生活者の視点"),
    ],
)
def test_round3_terms_fail_with_replacement(text: str, category: str, replacement: str) -> None:
    assert_term_finding(GUARD, text, category, replacement)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("応募者には実家の家業を尋ねる。", "recruitment"),
        ("面接で住宅の種類と間取りを聞いておくこと。", "recruitment"),
        ("採用面接では父親の勤務先をお聞きする。", "recruitment"),
        ("履歴書に本籍欄を設ける。", "recruitment"),
        ("ブラジル人旅行者はマナーが悪い。", "ability"),
        ("結核の患者は何をするか分からない。", "ability"),
        ("南米出身の職員は国民性として時間を守らない。", "generalisation"),
    ],
)
def test_round3_stereotypes_and_recruitment_fail(text: str, kind: str) -> None:
    v = GUARD.validate(text)
    assert not v.passed and kind in v.explanation, v.explanation


@pytest.mark.parametrize(
    "text",
    [
        # a term named as a word, to correct it
        "痴呆という言葉は使わないこととした。",
        "分裂病の病名は、統合失調症に変更された。",
        "外人などの差別的な表現を避ける。",
        "「ハーフ」という呼び方について考える研修",
        # a term inside an anti-discrimination clause
        "らい患者であったことを理由とする差別を禁止する。",
        "精神病者に対する偏見の解消に取り組む。",
        # recruitment questions named to prohibit them
        "面接で本籍を尋ねることは禁止する。",
        "応募者の出生地に関する質問は行わない。",
        # compounds and current terms that only contain a listed word
        "海外人材の確保",
        "県外人口の推移",
        "郷土人形の展示",
        "東シナ海の海洋調査",
        "南シナ海の航行の自由",
        "非人道的な取扱いを禁止する。",
        "家畜伝染病予防法に基づく防疫措置",
        "双極性障害の治療",
        "時差ボケの対策",
        "統合失調症の患者の地域生活を支える。",
        "らい予防法の廃止に関する法律の施行",
        # statistics about a group are not a generalisation
        "外国人観光客は増加傾向にある。",
        "中国人観光客の消費額を調査する。",
    ],
)
def test_round3_look_alikes_and_corrections_pass(text: str) -> None:
    v = GUARD.validate(text)
    assert v.passed, (text, v.explanation)


# --- issue 12 round 3: a group + a generalising or incapacitating predicate, written generally ----

@pytest.mark.parametrize("text", [
    "高齢の住民はインターネットの手続を使いこなせない。",                 # inability (potential negative)
    "外国籍の生徒は日本語の授業についていけないことが多い。",             # 「…ことが多い」
    "障害のある応募者は一人では通勤ができないので採用しない。",           # noun + ができない
    "ひとり親の家庭はだいたい経済観念に乏しい。",                         # だいたい …
    "生活保護を受けている人は時間に余裕があるので、清掃活動に回す。",     # the group named by a clause
    "女性の管理職は感情的になりやすい。",                                 # 「女性の管理職」 is a group
    "夜間の巡回は独身者に割り当てる。",                                   # treatment: assigned to the group
    "来客へのお茶出しは若い女の子にお願いする。",                         # a task for young women
    "男なら弱音を吐くな。",                                               # a norm for a sex (prohibitive)
    "男性らしい決断力を発揮してほしい。",                                 # 男性らしい
    "外国籍の住民の入居は近隣の迷惑になるので断る。",                     # 「〈group〉の入居は」
    "女性は機械の修理が下手だ。",                                         # 下手
    "若手職員は組織への忠誠の意識が薄いのが当たり前だ。",                 # 「…のが当たり前だ」
    "会議の記録係は若い女性職員にお任せします。",                         # お任せ
    "自治会の班長は男性が引き受けるのが望ましい。",                       # a post for men, verb between
    "面接では応募者の家族に持病があるかを確認する。",                     # 家族に … 確認
])
def test_generalising_predicates_after_a_group_fail(text: str) -> None:
    assert not GUARD.validate(text).passed, text


@pytest.mark.parametrize("text", [
    "高齢の住民がインターネットの手続を使えるよう、窓口で操作を案内する。",
    "外国籍の生徒に日本語の補習授業を行う。",
    "障害のある応募者には、面接で必要な配慮を尋ねる。",
    "生活保護を受けている人の就労を支援する。",
    "女性の管理職の割合を三割に引き上げる目標を定める。",
    "夜間の巡回は職員の希望を聞いて割り当てる。",
    "性別を問わず、自分らしい働き方を選べる職場にする。",
    "外国人は、在留カードを携帯していなければならない。",
    "外国籍の住民の入居を断ることは認められない。",
    "自治会の会計は、総会で選ばれた人が担当する。",
    "面接では応募者の職務経験を確認する。",
])
def test_the_same_groups_in_neutral_text_pass(text: str) -> None:
    assert GUARD.validate(text).passed, text
