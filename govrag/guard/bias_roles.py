"""Gender roles written as policy or as an assumption (内閣府「男女共同参画の視点からの公的広報の手引」).

Only the stereotypical direction is a finding — women with care, housework and support tasks,
men with heavy, leading or breadwinning ones — so 「父親が育児をする」 passes:

* a task owned by a sex: 「子育ては母親の役目」「育児は女性が担うもの」「男性職員が力仕事をする」;
* a role split by sex: 「班長は男性、副班長は女性」「責任者は男性が望ましい」;
* a person described by an assumed role: 「家計を支える夫」「家庭を守る妻」;
* condescension: 「主婦でも簡単にできる」;
* a norm for a sex: 「男なら…べきだ」「女らしく」.

Matching runs on folded text; the caller drops sentences about discrimination or negated ones.

>>> [k for k, _a, _b in find_gender_roles("子育ては母親の役目なので、説明会は平日に開く。")]
['treatment']
>>> find_gender_roles("父親が育児をする時間を確保する。")
[]
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

__all__ = ["RoleKind", "find_gender_roles"]

RoleKind = Literal["generalisation", "ability", "treatment"]

_NOT_KANJI = r"(?<![一-龥々])"
_PERSONS = r"(?:職員|社員|従業員|労働者|スタッフ|の方|の人|の皆さん|の皆様|たち|陣|部|会)?"
# The single-kanji words share one lookbehind, placed after the longer words with the same first
# character: the same matches as one lookbehind per word (alternatives with different first
# characters never compete at a position), and a [一-龥] class costs ~0.7 ms to compile each time.
_WOMEN = (r"(?:女性|女子|女の人|女の子|母親|お母さん|奥さん|奥様|主婦|ママ|長女|" + _NOT_KANJI
          + r"(?:女(?![性子王神優将房史児])|妻|嫁|娘(?!婿)))" + _PERSONS)
_MEN = (r"(?:男性|男子|男の人|男の子|父親|お父さん|ご主人|旦那(?:さん|様)?|パパ|" + _NOT_KANJI
        + r"(?:男(?![女性子爵])|夫))" + _PERSONS)
# care, housework and support tasks; leave, benefits and services named after them are not tasks
_WOMEN_TASKS = (r"(?:家事|育児(?!休業|休暇|支援|施設|手当|給付|等)|子育て(?!支援|世帯|施設|手当|給付)|"
                r"介護(?!休業|休暇|保険|サービス|施設|給付|等)|看病|炊事|料理|掃除|洗濯|家庭|家のこと|"
                r"(?:子ども|子供|親)の世話|世話|送迎|(?:お)?迎え|お茶(?:くみ|汲み|出し|の準備|の用意)?|接待|来客(?:対応)?|"
                r"受付|雑用|庶務|電話番|電話(?:応対|対応)|コピー取り|送り迎え|保護者会|授業参観|炊き出し|"
                r"補助(?:的な)?(?:業務|作業)|記録係|書記|裏方|華|pta|ＰＴＡ)")
_MEN_TASKS = (r"(?:力仕事|重労働|力の要る|力のいる|体力(?:の|を)?(?:要る|いる|必要な)|"
              r"搬入|運搬|重い(?:物|荷物)|"
              r"重量物|肉体労働|稼ぎ|家計を支え|大黒柱|意思決定|決断|指揮|リーダー|責任者|管理職|交渉|夜勤|"
              r"宿直|警備|見回り|夜回り|巡回|クレーム対応|苦情対応)")
_LEAD = r"(?:長|リーダー|責任者|代表|主任|管理職|幹事|議長|会長|班長|隊長|座長|主査)"
_OWN = (r"(?:の)(?:役目|仕事|務め|役割|責任|本分|領分|担当|専門|天職|得意分野|もの)"
        r"|が(?:担う|する|やる|見る|行う|行く|引き受ける|負う)(?:もの|べき|のが(?:当然|普通|自然|当たり前|望ましい))")
# traits read as feminine / masculine, used to pick people for a post
_SOFT = r"(?:細やか|きめ細か|こまやか|気配り|繊細|几帳面|優し|明る|笑顔|華やか|柔らか|母性|かわいらし|愛嬌)"
_HARD = r"(?:力のある|体力のある|力持ち|頼りが|たくまし|決断力のある|統率力のある)"
_POST = r"(?:配置|担当|充て|起用|任せ|割り当|割当|登用|優先|置く|置き|据え)"
_DO = (r"(?:を|の)?(?:担当|担う|担わ|当番|係|する|行う|やる|やって|引き受け|お願い|任せ|分担|受け持)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[RoleKind, re.Pattern[str]], ...]:
    pairs = ((_WOMEN, _WOMEN_TASKS), (_MEN, _MEN_TASKS))
    out: list[tuple[RoleKind, str]] = []
    for who, tasks in pairs:
        out += [
            ("treatment", tasks + r"[^。]{0,8}?(?:は|こそ|って|というのは)(?:[^。、はを]{0,6}?)" + who
             + r"(?:" + _OWN + r")"),
            # 「〈task〉は母親が…のが当然」: a norm on who does it
            ("treatment", who + r"(?:が|は)[^。、]{0,8}?" + tasks
             + r"[^。、]{0,8}?のが(?:当然|当たり前|普通|自然)"),
            ("treatment", who + r"(?:が|は|には|に|で)" + tasks + r"[^。、]{0,6}?" + _DO),
            ("treatment", tasks + r"[^。]{0,8}?(?:は|を)(?:[^。、はを]{0,6}?)" + who
             + r"(?:に(?:お願い|お?任せ|頼|依頼|担当させ|"
             r"行ってもら|やってもら|限)|が(?:担当|行う|行い|行って|やる|やって|する|して|します|引き受け|務め))"),
        ]
    out += [
        # 「女性職員は…お茶出しを、男性職員は外回りを」「男性は仕事、女性は家庭」
        ("treatment", _WOMEN + r"(?:は|が)[^。]{0,20}?" + _WOMEN_TASKS + r"[^。、]{0,8}?[、,]\s*" + _MEN
         + r"(?:は|が)"),
        ("treatment", _MEN + r"(?:は|が)[^。]{0,20}?" + _MEN_TASKS + r"[^。、]{0,8}?[、,]\s*" + _WOMEN
         + r"(?:は|が)"),
        # round 7: men "helping" with housework (内閣府の手引: 手伝う → 分担する)
        ("treatment", _MEN + r"(?:は|が|も)[^。、]{0,12}?(?:家事|育児|子育て|介護|家のこと)(?:を)?手伝"),
        ("treatment", _MEN + r"(?:は|が)(?:仕事|外|稼ぎ)[、,]\s*" + _WOMEN
         + r"(?:は|が)(?:家庭|家|家事|育児|内)"),
        ("treatment", _SOFT + r"[^。、]{0,12}?" + _WOMEN + r"(?:を|に)[^。]{0,15}?" + _POST),
        ("treatment", _HARD + r"[^。、]{0,12}?" + _MEN + r"(?:を|に)[^。]{0,15}?" + _POST),
        ("treatment", _LEAD + r"(?:は|を)" + _MEN + r"[、,]\s*[^。、]{1,8}?(?:は|を)" + _WOMEN),
        ("treatment", _LEAD + r"(?:者)?(?:は|を|には)" + _MEN
         + r"(?:[^。、]{0,10}?のが(?:望まし|適任|ふさわし)|が望まし|が適任|がふさわし|とする|に限|"
         r"から選|を充て)"),
        ("generalisation", r"(?:家計を支える|一家の大黒柱(?:である|の)?|稼ぎ手(?:である|の)|外で働く|"
         r"仕事で忙しい)(?:の)?\s*" + _MEN),
        ("generalisation", r"(?:家庭を守る|家事を(?:担う|する|こなす)|育児を(?:担う|する)|"
         r"子育てを(?:担う|する)|家を守る|留守を預かる|内助の功(?:の|を)?|台所を預かる|家庭に入った?)"
         r"(?:の)?\s*" + _WOMEN),
        ("ability", r"(?:" + _WOMEN + r"|高齢者|お年寄り|年寄り|シニア)(?:の方|の人)?でも"
         r"(?:(?:簡単に|気軽に|手軽に|楽に|すぐに|無理なく|容易に)(?:でき|務ま|こなせ|わか|分か|使え|扱え)"
         r"|(?:でき|務ま|こなせ)(?:る|ます)(?:簡単な)?(?:仕事|作業|業務|内職|内容|程度|くらい|ほど))"),
        ("generalisation", r"(?:" + _MEN + r"|" + _WOMEN + r")"
         r"(?:なら|たるもの|として|だから|なんだから|なのだから|のくせに)[^。]{0,30}?"
         r"(?:べき(?:だ|である|です)?(?!では|でな)|(?<=[うくすつぬむるぐぶ])な(?=[。！!]|$)|ものだ)"),
        ("generalisation", _NOT_KANJI + r"(?:女性|男性|女|男)らし(?:く|い|さ)"
         r"(?![^。]{0,12}?(?:を問わ|にとらわれ|にこだわら|を押し付け))"),
    ]
    return tuple((k, re.compile(p)) for k, p in out)


def find_gender_roles(folded: str) -> list[tuple[RoleKind, int, int]]:
    """``(kind, start, end)`` of every gender-role assignment or assumption in ``folded`` text."""
    return [(kind, m.start(), m.end()) for kind, pat in _patterns() for m in pat.finditer(folded)]
