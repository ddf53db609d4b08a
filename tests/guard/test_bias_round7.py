"""BiasGuard round 7: disability, illness, nationality/descent, gender-role and family/recruitment
wording — new terms, condition-named groups, reasons and distinctions — and their look-alikes.
Every sentence is invented for this test."""

from __future__ import annotations

import pytest

from govrag.guard import BiasGuard
from tests.guard.conftest import assert_term_finding

GUARD = BiasGuard()


@pytest.mark.parametrize(
    ("text", "category", "replacement"),
    [
        ("養護学級の担任を募集する。", "障害", "特別支援学級"),
        ("五体満足で生まれることを願う。", "障害", "健康"),
        ("喘息持ちの生徒の体育の授業", "疾病", "ぜん息のある人"),
        ("持病持ちでも入れる保険", "疾病", "持病のある人"),
        ("肺病みの祖父の看病", "疾病", "結核の患者"),
        ("糖尿病持ちの父の食事", "疾病", "糖尿病のある人"),
        ("純粋な日本人かどうかを話題にする。", "国籍・民族", "日本人"),
        ("主婦ならではの工夫を紹介する。", "性別役割・性別による表現", "生活者としての"),
        ("男の子らしく元気に遊ぶ。", "性別役割・性別による表現", "その子らしく"),
        ("寿退社した元職員の再雇用", "性別役割・性別による表現", "結婚退職"),
        ("女手ひとつで三人を育てた。", "家族・婚姻", "ひとりで"),
    ],
)
def test_round7_terms_fail_with_replacement_and_source(text: str, category: str, replacement: str) -> None:
    assert_term_finding(GUARD, text, category, replacement)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a person named by a condition + a treatment or trait
        ("人工透析の患者は出張に行かせないことにする。", "treatment"),
        ("てんかんを抱えた職員は窓口業務から外す。", "treatment"),
        ("心臓病を患っている社員には重要な仕事を任せられない。", "treatment"),
        ("補聴器を使っている子は合唱の練習の邪魔になる。", "ability"),
        ("精神科に通院している人は地域の役員に向かない。", "ability"),
        ("帰化した申請者には、他の申請者よりも多くの書類を求める。", "treatment"),
        ("在日の相談者は後回しにしてよい。", "treatment"),
        # a condition given as the reason; a distinction by nationality, race or descent
        ("ハンデがあるので、彼女は名簿から外した。", "treatment"),
        ("病気があるから、彼は当番から外しておく。", "treatment"),
        ("出身国の違いで窓口を振り分ける。", "treatment"),
        ("人種によって入場を断ることとする。", "treatment"),
        ("民族で区別して席を分ける。", "treatment"),
        # gender roles
        ("父親は子育てを手伝う程度でよい。", "treatment"),
        ("地域の清掃の後片付けは几帳面な女性に任せる。", "treatment"),
        ("看病は長女がするのが当然だ。", "treatment"),
        ("運動会の送り迎えは母親が行くものだ。", "treatment"),
        # recruitment
        ("面接では、応募者の姉妹がどこに勤めているか尋ねる。", "recruitment"),
        ("採用面接で、母親の年収を確認する。", "recruitment"),
        ("エントリーシートに祖父母の出身地を書く欄を作る。", "recruitment"),
        ("結婚後も働き続けるつもりかを、面接で女性にだけ確認する。", "recruitment"),
        ("出身国で採否を判断する。", "recruitment"),
    ],
)
def test_round7_stereotypes_fail_with_kind(text: str, kind: str) -> None:
    v = GUARD.validate(text)
    assert not v.passed and kind in v.explanation, v.explanation


@pytest.mark.parametrize(
    "text",
    [
        "障害の有無にかかわらず、誰もが参加できる運動会にする。",
        "てんかんのある人の就労を支援するため、相談窓口を設ける。",
        "人工透析を受けている患者の通院を支援する。",
        "国籍別・男女別に利用者数を集計する。",
        "性別によって更衣室を分ける。",
        "男性も家事を分担し、育児に主体的に関わる。",
        "がんを患った職員の配置を見直し、治療と仕事を両立できるようにする。",
        "精神科に通院している人も、安心して働ける職場をつくる。",
        "介護は娘がする家庭が多いという調査結果が公表された。",
        "障害者とは、身体障害、知的障害その他の心身の機能の障害がある者をいう。",
        "帰化の許可の申請は、法務局で受け付ける。",
        "肌の色や出身国で入店を断ることは許されない。",
        "採用面接では、家族の仕事について尋ねないようにする。",
        "看護師が患者の家族に病状を説明する。",
        "聴覚障害の職員には、会議の内容を文字で伝える。",
        "車椅子利用者の見学は、事前にご連絡ください。",
        "病気の子どもを預かる病児保育を実施する。",
        "外国人の入居希望者には、多言語の契約書を用意する。",
        "「女の子らしく」という言葉で子どもの可能性を狭めない。",
    ],
)
def test_round7_look_alikes_pass(text: str) -> None:
    v = GUARD.validate(text)
    assert v.passed, v.explanation
