"""Stereotypes written as official text: a protected group + a generalisation, an ability or
suitability judgement, unequal treatment as policy, or an unfair recruitment inquiry.

A group is a listed group name (``data/bias_terms.yaml`` ``groups``, plus person nouns such as
「女性職員」「高齢の応募者」) or, found with the tokenizer, a country name + 人/出身/籍
(「ベトナム人」「フィリピン出身の実習生」). What follows the group in the same sentence decides:

* ``generalisation`` — 「〇〇は皆」「〇〇はもともと」, 「…ものだ」「…しがちだ」;
* ``ability`` — a trait or aptitude ascribed to the group: 「向いていない」「細やかな気配りが得意」
  「機械に弱い」「責任感に欠ける」;
* ``treatment`` — unequal treatment as policy: 「〇〇は採用を見送る」「お茶くみは女性職員が担当」
  「〇〇に限る」「入居を断る」;
* ``recruitment`` — asking applicants about 本籍・出生地・家族・宗教・支持政党… (厚生労働省「公正な
  採用選考の基本」).

Negated, prohibited or distanced statements (「…とは限らない」「…してはならない」「…という偏見」) and
sentences about discrimination itself (差別・偏見・固定観念) pass, as do statute sentences that
only name the group (「外国人は、在留カードを携帯していなければならない」).

>>> [(h.kind, h.attribute) for h in find_stereotypes("女性職員は細やかな気配りが得意なので受付に配置する。")]
[('treatment', '性別')]
>>> find_stereotypes("性別にかかわりなく、本人の適性に基づいて配置する。")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from govrag._lazy import lazy_compile
from govrag.guard.base import fold_same_length
from govrag.guard.bias_roles import find_gender_roles

__all__ = ["StereotypeHit", "StereotypeKind", "find_stereotypes"]

StereotypeKind = Literal["generalisation", "ability", "treatment", "recruitment"]

# round 7: a person named by a condition, with a person noun (「てんかんを抱えた職員」
# 「心臓病を患っている社員」「精神科に通院している人」「人工透析の患者」「補聴器を使っている子」)
_COND = (r"[一-龥ァ-ヺ]{0,8}(?:障害|障がい|障碍|病|症|疾患|がん|癌|炎|腫瘍)|hiv|エイズ|義足|義手|車いす|"
         r"車椅子|白杖|補聴器|人工透析|透析|精神科|心療内科|持病|難病|病気|病歴|てんかん|ぜん息|ぜんそく")
_COND_LINK = (r"の|が(?:ある|あった)|のある|のあった|を(?:患っ(?:た|ている)|抱え(?:た|る|ている)|持つ|もつ|"
              r"持っている|使う|使っている|利用する|利用している)|で(?:休職した|療養中の|通院中の|入院した|"
              r"治療中の|治療を受けている)|に(?:通っている|通院している|かかった|かかっている)|持ちの|陽性の|利用")
_PERSON_REQ = (r"(?:の)?(?:人|方|者|子|子ども|子供|児童|生徒|学生|職員|社員|従業員|労働者|応募者|利用者|"
               r"入居希望者|入居者|患者|家族|住民|申請者|相談者|来庁者|スタッフ|パート|部下|同僚|客|高齢者|"
               r"人たち|方々|人々)")
# attribute label -> group names (regex alternatives; matched on the folded text)
_GROUPS: dict[str, str] = {
    "性別": r"女性|男性|女子|男子|女の人|男の人|女の子|男の子|(?<![彼少長次三])女(?![王神優将史房性子])|"
        r"(?<![彼長次三])男(?![性子爵])|"
          r"母親|父親|ママ|パパ|主婦|主夫|既婚女性|未婚女性|独身女性|子持ちの女性|子育て中の女性|"
          r"シングルマザー|妊婦|女性ならでは",
    "年齢": r"高齢者|高齢の|高齢(?=ドライバー|運転者|職員|社員|労働者|者)|"
        r"年配の|中高年の?|お年寄り|年寄り|老人|シニア|若者|若い|若手の?|若年者|新卒者?|"
        r"ベテラン|"
          r"(?:[四五六七]十|[4-7]0)(?:代|歳)(?:以上)?の|ゆとり世代|z世代|団塊の世代",
    "国籍・民族": r"外国人|外国籍の|外国出身の|在日外国人|在日コリアン|在日韓国人|在日朝鮮人|移民|難民|"
        r"技能実習生|留学生|"
             r"(?:東南|東|南|西|中央)?アジア(?:系|出身)の|アフリカ(?:系|出身)の|(?:中)?南米(?:系|出身)の|"
             r"中東(?:系|出身)の|外国(?:に|にルーツのある|につながる)|黒人|白人|アイヌの人|"
             r"帰化した|在日の|(?:ラテン|ヒスパニック|アラブ|欧米|中華|ユダヤ|朝鮮)系の?|肌の色の(?:黒い|白い|違う)",
    "障害・疾病": r"障害者|障がい者|障碍者|障害のある|障がいのある|障害を持つ|障害をもつ|身体障害者|"
        r"知的障害者|精神障害者|"
             r"発達障害(?:の|のある)|知的障害のある|精神障害のある|車いすの|車椅子の|視覚障害者|聴覚障害者|"
             r"うつ病の|精神疾患のある|精神疾患の|病気がちな|持病のある|hiv陽性者|hiv感染者|難病の|認知症の|"
             r"エイズ(?:の)?患者|ハンセン病(?:の)?(?:元)?患者|ハンセン病回復者|感染症(?:の)?患者|結核(?:の)?患者|"
             r"統合失調症の|てんかん(?:の|のある)|依存症の|精神科に通院(?:している|中の)|"
             # round 7: a person named by a condition (障害を抱えた, 足の不自由な, 〇〇病患者, 〇〇持ち)
             r"障害を抱え(?:た|る|ている)|(?:足|手|手足|目|耳|体|身体|からだ)(?:の|が)不自由な|"
             r"(?:耳|目)が(?:聞こえ|見え)ない|健常者(?:と同じように|並みに|のように)[^。、]{0,6}?ない|"
             r"[一-龥ァ-ヺ]{0,8}(?:病|症|疾患|がん|癌|炎)(?:の)?患者|病気の|"
             r"(?:" + _COND + r")(?:" + _COND_LINK + r")" + _PERSON_REQ + r"|"
             r"[一-龥]{1,4}(?:に|の)障害(?:が|の)?ある|"
             r"(?:てんかん|癲癇|喘息|ぜんそく|ぜん息|持病|病気|糖尿|アトピー|心臓病)持ちの?",
    "性的指向・性自認": r"lgbtq?|性的少数者|性的マイノリティ|同性愛者|ゲイ|レズビアン|トランスジェンダー|"
        r"同性カップル",
    "社会的身分": r"(?:母子家庭|父子家庭|ひとり親家庭|片親|施設)で育った|"
        r"独身の|独身者|未婚の|未婚者|子どものいない|子供のいない|子育て中の|育児中の|"
        r"介護中の|時短勤務の|ひとり親|母子家庭の|父子家庭の|生活保護受給者|生活保護世帯の|非正規(?:雇用)?の|派遣社員|"
        r"生活保護を受けて(?:いる|る)|前科者|"
             r"元受刑者|ホームレス|中卒|高卒の",
    "出身・門地": r"部落出身者?の?|同和地区(?:の|出身)|被差別部落(?:の|出身)|地方出身の|沖縄出身の|(?:北海道|"
        r"東北|九州|関西)出身の",
    "宗教・信条": r"イスラム教徒|ムスリム|キリスト教徒|仏教徒|新興宗教の信者|宗教団体の信者",
}
_PERSON = (r"(?:の)?(?:(?:家庭|世帯)(?:の)?(?:子ども|子供|児童|生徒|人)?|職員|社員|従業員|労働者|応募者|"
    r"求職者|申請者|請求者|相談者|来庁者|受給者|対象者|居住者|市民|区民|町民|村民|県民|都民|"
           r"府民|児童生徒|保護者|家族|スタッフ|パート|アルバイト|新人|若手|人々|人たち|人|者|方々|方|住民|"
           r"利用者|入居希望者|入居者|患者|高齢者|お年寄り|老人|ドライバー|運転者|観光客|旅行者|移住者|客|"
           r"生徒|学生|児童|子ども|子供|子|実習生|研修生|部下|上司|管理職|幹部|役職者|候補者|委員|たち|ら|層|"
           r"世代)?")
_TOPIC = (r"(?:は|って|というのは|というもの|には|なら|だから|なので|の多くは|の大半は|も|が|を|に|について|"
          r"の(?:雇用|採用|入居|受入れ|受け入れ|配置|登用|見学|参加|入店|入場|出席)(?:は|を)|"
          r"のみ|だけ|に限|を除)")

_GENERAL = lazy_compile(
    r"^(?:、)?(?:皆|みな|みんな|全員|誰も|一般に|一般的に|総じて|概して|往々にして|得てして|どうしても|本来|"
    r"だいたい|大体|たいがい|大概|ほとんど|"
    r"元来|生来|"
    r"生まれつき|もともと|そもそも|たいてい|大抵|決まって|揃って|例外なく|基本的に|お国柄|国民性|民族性|"
    r"血筋|血統)"
    r"|ものだ|ものである|ものです|ものなので|ものなのだ|がちだ|がちである|がちです|がちな|がちなので|"
    r"に決まって|に違いない|(?:こと|場合|者|人|の)が(?:多い|ほとんど|大半)|の(?:が|は)(?:普通|当たり前|当然|常)|"
    r"(?<!増加)(?<!減少)(?<!上昇)(?<!低下)(?<!拡大)(?<!縮小)(?<!横ばい)(?<!改善)(?<!増)(?<!減)"
    r"(?:傾向がある|傾向にある|傾向が強い)|と相場が|というものは|(?:お国柄|国民性|民族性|血筋|血統)(?:から|だから|で|として|のせい)")
_ABILITY = lazy_compile(
    r"向いてい(?:ない|ません|る|ます)|向かない|向きで|不向き|適してい(?:ない|る)|適さない|適任|不適|"
    r"ふさわしくない|ふさわしい|"
    r"得意|苦手|優れて|劣って|劣る|能力(?:が|は|に)(?:低|劣|欠け|乏し|高)|(?:体力|判断力|理解力|決断力|注意力|"
    r"忍耐力|協調性|責任感|"
    r"リーダーシップ|集中力|記憶力|持久力|根性|常識|論理的思考|統率力|適応力)(?:が|に|は)(?:ない|無い|欠け|"
    r"乏し|劣|低|弱|足りな|薄|鈍|衰え|落ち)|"
    r"感情的|ヒステリック|論理的でない|論理的ではない|細やか|きめ細か|こまやか|気配り|繊細|几帳面|おしゃべり|"
    r"口うるさい|"
    r"(?:機械|数字|パソコン|it|デジタル|新しい技術|新しいこと)(?:に|が|は)(?:弱い|苦手|疎い|ついていけない)|"
    r"物覚えが悪い|覚えが(?:悪|遅)|"
    r"頑固|融通が(?:利|き)かない|時間にルーズ|ルーズ|怠け|怠惰|不真面目|勤勉|真面目|従順|素直|我慢強い|"
    r"打たれ弱い|甘えて|"
    r"(?:すぐに?|急に)(?:辞め|休|泣|怒|キレ)|何も(?:でき|決められ|分から|わから)な(?:い|く)|"
    r"負担にな|重荷|働けな(?:い|く)|本当の日本人(?:では|じゃ)な|回らなくな|邪魔|足を引っ張|"
    r"支障(?:が|を)(?:出|きた)|不安を(?:招|与え|あお)|落ち着きが(?:な|無)|すぐ(?:に)?忘れ|(?:しても|言っても)無駄|"
    r"再発する|"
    r"(?:を|も)守ら(?:ない|ず)(?!場合|とき)|長続きしない|うるさい|騒がしい|不潔|衛生観念|"
    r"犯罪(?!被害|の被害|から|に巻き込|に遭)|治安を悪化|乱暴|攻撃的|"
    r"危険(?!に(?:さらさ|遭|あ)|から|を(?:避け|回避|防)|の防止)|嘘を|ずる(?:い|く|さ|賢|がしこ)|"
    r"信用でき|信頼でき|(?:仕事|業務|作業|運転|対応|管理|判断)(?:が|は|を)?(?:でき(?:ない|ません)|務まらない|"
    r"こなせない|無理|難しい)|"
    r"任せられない|任せるべきでない|足手まとい|お荷物|迷惑|扱いにく|手がかか|生産性|かわいそう|気の毒|母性|"
    r"家庭的|"
    r"(?:子育て|育児|家事|介護|力仕事|肉体労働|重労働|管理職|営業|夜勤|窓口|受付|接客|細かい作業|"
    r"単純作業)に(?:向|適|ふさわし)|"
    r"(?:残業|出張|転勤|夜勤|休日出勤|長時間(?:の)?勤務|海外勤務)(?:が|は|も)?(?:でき(?:ない|ません)|無理|"
    r"難しい|させられない)|"
    r"(?:使い)?こなせ(?:ない|ません)|ついていけ(?:ない|ません)|覚えられ(?:ない|ません)|"
    r"(?<![ぁ-ん])[一-龥]{1,4}(?:が|も)でき(?:ない|ません)|平気|頭が(?:固|かた)|"
    r"(?:よく)?(?:知らない|分かっていない|わかっていない)|(?:時間|暇)に余裕が|"
    r"下手|扱いやす|使いやす|言いなり|文句を言わない|に疎(?:い|く)|"
    r"(?:話|説明|準備|作業|仕事)が(?:長い|遅い|くどい)|(?:意識|関心|自覚)(?:が|は)(?:薄|低|な)|"
    r"陽気|明るい性格|のんき|のんびり|おおらか|働き者|声が大きい|体が(?:強|丈夫|弱)|力が(?:強|弱)|手先が器用|"
    r"器用|不器用|"
    r"(?:数学|計算|語学|運転|機械操作|交渉|説明)(?:が|は)(?:苦手|得意|下手|上手)|(?:が|を)(?:好き|好む|嫌い|"
    r"嫌う)|"
    r"(?:すぐ|よく)(?:病気|休み)|欠勤が多い|遅刻が多い|(?:問題|トラブル|犯罪|非行|事件)(?:行動)?を起こ|"
    r"非行に走|言うことを聞かない|指示を守らない|"
    r"(?:風紀|秩序|治安|和|雰囲気|規律|士気|チームワーク)(?:を|が)?(?:乱|悪化|損な|悪く|低下)|悪影響|"
    r"迷惑をかけ|"
    r"(?:ルール|決まり|約束|時間|規則|マナー)を守らない|根気が(?:ない|なく)|やる気が(?:ない|なく)|"
    r"意欲が(?:低|ない|乏し)|マナーが(?:悪|な)|民度|手癖が悪|素行が悪|"
    r"(?:仕事|作業|動作|対応)(?:が|は)(?:遅い|のろい)|何をするか(?:わから|分から)|"
    r"(?:感染|病気)を(?:広げ|うつ|移)|(?:うつる|移る|感染る)(?:ので|から|おそれ|恐れ)|遺伝する|"
    r"戦力に(?:ならない|ならず)|役に立たない|当てにならない|(?<![休余寸])暇(?:だ|な|そう|で|を持て余)|"
    r"(?:お)?酒(?:が|に)(?:強|弱)|無関心|無責任|だらしな|いい加減|非常識|身勝手|自分勝手|わがまま|"
    r"(?:理解|判断|対応|操作)(?:するのが|することが|が|は|も)?(?:でき(?:ない|ません)|難しい|遅い|追いつかない)|"
    r"(?:話|説明|内容)(?:が|は|を)?(?:わから|分から|理解でき)(?:ない|ません)")
_TREAT = lazy_compile(
    r"採用(?:しない|せず|を(?:見送|見合わせ|控え|避け|断)|は(?:見送|見合わせ|控え|しない|不可)|対象外|不可)|"
    # round 7: excluded, kept apart or put last; housing refused; a person's own wishes skipped
    r"(?:ご)?遠慮(?:ください|願|いただ|して(?:もら|いただ|ください))|区別して|別扱い|後回し|"
    r"不採用(?:と|に)|受け?入れ(?:ない|られない|を(?:断|拒|見送))|わせ(?:ない|ず)|見学させ|"
    r"(?:伝え|知らせ|説明し|案内し|教え|相談し|確認し)なくても(?:支障|問題|構わ|よい|いい|大丈夫)|"
    r"(?:部屋|住宅|物件|住居|アパート|家)を?(?:貸さ|貸せ)ない|貸さない|"
    r"(?:出さ|行かせ|参加させ)な(?:い(?:こと|ように|方針)|くて(?:よい|いい|も))|"
    r"(?:意向|意思|希望|同意)(?:は|を)?(?:確認|尊重)(?:し)?なくて(?:よい|いい|も)|"
    r"(?:配置|登用|昇進|昇格|任用|派遣|出張|抜擢|担当|配属|起用)(?:させない|しない|せず|を(?:控え|見送|避け|"
    r"制限)|は(?:行わない|させない|控え)|の対象外|から外)|"
    r"(?:対象|候補)から(?:除外|外)|(?:プロジェクト|業務|担当|チーム|班|会議|研修|選考|昇進)から(?:除外|外)|"
    r"(?:相手に|対応|応対|案内|説明)(?:しなくて(?:よい|いい|も構わない|もよい)|しないこと|しないものとする|は不要)|"
    r"除外(?:する|とする|します)|"
    r"(?:入居|入店|利用|入会|契約|申込み?|貸付|融資|入場)(?:を|は)?(?:断|お断り|不可|拒|制限|認めない|"
    r"させない)|お断り|"
    r"^(?:に限る|に限ります|に限定|限定)|^に(?:割り当て|割当て|押し付け|押しつけ|回す|回し)|^(?:のみ|だけ)(?:を)?(?:採用|募集|対象|配置|登用|とする)|"
    r"優先(?:的に)?(?:採用|配置|登用|担当|昇進|解雇|退職)|"
    r"(?:お茶(?:くみ|汲み|出し)|受付|窓口|補助的(?:な)?業務|雑用|庶務|コピー取り|電話番|清掃|単純作業|"
    r"簡単な(?:業務|作業|仕事))"
    r"(?:だけ|のみ|ばかり)?(?:を|に|は)?(?:担当|配置|任せ|割り当|割当|させ)|"
    r"(?:任せない|任せられない|任せるべきでない|任せないこと|担当させない|担わせない)|"
    r"(?:控えさせ|遠慮して(?:もら|いただ)|させないこと|させないものとする|させない方が)|"
    r"(?:退職|辞職)(?:を)?(?:勧め|勧奨|促)|(?:給与|賃金|手当)(?:を|は)?(?:低く|減額|下げ)|"
    r"(?:日本人|男性|女性|他の(?:人|者|職員|申請者|住民|応募者)|一般の(?:人|者|住民))(?:より|よりも|と比べて|"
    r"に比べ)(?:も)?"
    r"[^。]{0,6}?(?:多く|厳しく|高く|低く|少なく|長く|短く|不利|有利|多い|厳しい|高い|低い|少ない)|"
    r"[^。]{0,30}?(?:家庭|家事|育児|子育て|世話|介護|出産|結婚|退職|辞め|育児休業|育休|休業|残業|夜勤|出張|"
    r"転勤|昇進|"
    r"管理職|控えめ|黙っ|従う)[^。]{0,15}?べき(?:ではない|ではありません|でない|だ|である|です)?")
_INQUIRY = lazy_compile(
    r"(?:本籍|出生地|出身地|家族(?:の)?(?:職業|続柄|学歴|収入|資産|健康|地位|構成)|(?:両)?親の(?:職業|学歴|"
    r"収入|資産)|"
    r"(?:父母|父親|母親|保護者|兄弟|姉妹|お父さん|お母さん|父|母|ご両親|両親|親御さん|祖父母)の"
    r"(?:職業|勤務先|勤め先|学歴|収入|年収|資産|出身|仕事|役職)|"
    r"(?:兄弟|姉妹|両親|父親|母親|家族|親|配偶者)(?:が|は)[^。、]{0,8}?(?:仕事|職業|勤め|年収|収入|学歴|出身)[^。、]{0,6}?|"
    r"結婚(?:したら|後も?|しても)[^。]{0,12}?(?:辞め|退職|続け|働)[^。、]{0,8}?|家族(?:について|に関する|のこと)|実家|家業|"
    r"兄弟姉妹の|住宅状況|住宅の(?:種類|状況)|持ち家|借家|間取り|生活環境|家庭環境|宗教|信仰|支持政党|"
    r"支持する政党|人生観|生活信条|"
    r"尊敬する人物|思想|家族(?=に)|"
    r"労働組合|組合活動|学生運動|社会運動|購読(?:している)?新聞|愛読書|戸籍謄本|戸籍抄本|戸籍|住民票|"
    r"身元調査|"
    r"結婚の予定|結婚や出産|出産の予定|妊娠の予定|交際相手|恋人の有無|配偶者の有無)"
    r"(?:地)?(?:等|など)?(?:欄)?(?:を|について|に関して|に関する|の|も|や|・|、|が|は|と|か|かどうか|に)"
    + r"[^。\n]{0,25}?"
    r"(?:尋ね|たずね|訊|問う|問い|質問|聞く|聞き|聞いて|聞か|お聞き|伺|聴取|確認|記入|記載|提出|調査|調べ|把握|"
    r"書かせ|書いてもら|書く|書き込|答えさせ|話させ|求め|申告|設け)")
_CRITERIA = lazy_compile(
    r"(?:本籍|出生地|出身地|出身|国籍|性別|年齢|家族構成|家柄|門地|容姿|外見|宗教|思想|支持政党|人種|民族|出自|"
    r"肌の色|生まれた場所|生まれ|出身国)"
    r"(?:に(?:よって|より|応じて)|で|を(?:基に|もとに|理由に|考慮して|重視して)|を見て)[^。\n]{0,8}?"
    r"(?:採否|採用|合否|選考|昇進|配置|入居|契約)(?:の可否)?(?:を)?(?:判断|決定|決め|左右|判定)")
# round 7: people told apart by nationality, race or descent (「国籍で区別して…」), in any context;
# counting by nationality (集計, 統計) is not treatment
_DISTINGUISH = lazy_compile(
    r"(?:国籍|人種|民族|出自|門地|肌の色|出身国|障害の有無|病歴)(?:の違い)?(?:で|によって|により|ごとに|"
    r"を理由に(?:して)?)[^。、\n]{0,14}?"
    r"(?:区別|差をつけ|扱いを変え|分け(?!隔て)|振り分け|断|拒|お断り|認めない)"
    r"(?![^。\n]{0,12}?(?:集計|統計|分析|計上))")
_RECRUIT_CONTEXT = lazy_compile(r"採用|面接|応募|選考|エントリー|履歴書|求人|就職|入社|採否|内定|募集")
_ANTI = lazy_compile(
    r"差別|偏見|ステレオタイプ|固定観念|固定的|思い込み|役割分担意識|アンコンシャス|無意識の|"
    r"ハラスメント|"
                   r"人権|決めつけ|先入観|ポジティブ・?アクション|積極的改善措置|合理的配慮")
_NEGATED = lazy_compile(
    r"とは限ら|わけではな|わけでもな|ことはな|とは言えな|とはいえな|てはなら|はならな|べきではな|べきでな|"
    r"いけな|禁止|"
    r"許されな|認められな|違反|違法|誤り|根拠(?:は|が)な|不適切|不当|適切でな|望ましくな|好ましくな|問題があ|"
    r"ではな(?!いか)|ではありません|とする(?:見方|考え)|という(?:考え|見方|調査|統計|データ|報告)|"
    r"ないよう|ことのないよう|是正|解消|(?<!配置を)(?<!担当を)(?<!業務を)(?<!処遇を)見直|改め|なくす|防止|避け|か[？?]|でしょうか|ですか")
_SENT_END = lazy_compile(r"[。！？!?\n]")
# right after an inquiry: it is not made (「…を尋ねない」「…に関する質問は行わない」)
_NOT_ASKED = lazy_compile(r"(?:しない|せず|させない|ない|ません|てはいけ|ることは(?:でき|禁)|"
                        r"(?:は|を|も)?(?:行わ|行なわ|し)(?:ない|ず)|(?:は|を)?(?:禁止|控え|慎|避け|廃止|やめ))")

_ADVICE: dict[StereotypeKind, str] = {
    "generalisation": "個人差があり、{attr}によって一律には言えない。個々の事実に即して記述する。",
    "ability": "適性や能力は、{attr}ではなく、本人の経験・能力・希望に基づいて個別に判断する。",
    "treatment": "採用・配置・担当・利用の可否は、{attr}にかかわらず、本人の適性と希望に基づいて決める。",
    "recruitment": ("採用選考では、本人の適性・能力に関係のない事項（本籍・出生地・家族・思想信条等）"
                    "を尋ねない。"),
}


@dataclass(frozen=True, slots=True)
class StereotypeHit:
    """A stereotype: its ``kind``, the protected ``attribute`` (性別, 年齢 ...), the span from the
    group to the end of the triggering phrase, and a neutral ``suggestion``."""

    kind: StereotypeKind
    attribute: str
    start: int
    end: int
    suggestion: str


@lru_cache(maxsize=1)
def _group_re() -> re.Pattern[str]:
    alts = "|".join(f"(?P<g{i}>(?:{body}){_PERSON})" for i, body in enumerate(_GROUPS.values()))
    return re.compile(rf"(?<![一-龥々ァ-ヺー])(?:{alts})(?={_TOPIC})")


_SUFFIXES = frozenset({"人", "系", "出身", "籍", "国籍"})
_COUNTRYISH = lazy_compile(r"(?:[ァ-ヺー]{2,}|中国|韓国|朝鮮|台湾|米国|英国|仏国|独国|印度|越南|比国|"
    r"泰国)(?:人|系|出身|籍|国籍)")


def _nationality_groups(text: str) -> list[tuple[int, int]]:
    """Country name + 人/系/出身/籍 (+ の + person noun) found with the tokenizer."""
    if not _COUNTRYISH.search(text):
        return []
    from govrag.text import tokenize

    toks = tokenize(text)
    out: list[tuple[int, int]] = []
    for i, t in enumerate(toks[:-1]):
        if t.pos.startswith("名詞-固有名詞-地名-国") and toks[i + 1].surface in _SUFFIXES:
            if t.surface in ("日本",) and toks[i + 1].surface in ("人", "国籍"):
                continue  # 日本人 / 日本国籍 is the majority, named in statutes as a legal status
            end = toks[i + 1].end
            m = re.match(_PERSON, text[end:])
            end += m.end() if m else 0
            out.append((t.start, end))
    return out


def _clause_after(folded: str, end: int) -> str:
    m = _SENT_END.search(folded, end)
    return folded[end:(m.start() if m else len(folded))]


def _negated_after(rest: str, trigger_end: int) -> bool:
    return bool(_NEGATED.search(rest, trigger_end))


def find_stereotypes(text: str) -> list[StereotypeHit]:
    """Every stereotype signal in ``text`` (see the module doc)."""
    folded = fold_same_length(text)
    groups: list[tuple[int, int, str]] = []
    labels = list(_GROUPS)
    for m in _group_re().finditer(folded):
        groups.append((m.start(), m.end(), labels[int(str(m.lastgroup)[1:])]))
    groups.extend((a, b, "国籍・民族") for a, b in _nationality_groups(folded))
    out: list[StereotypeHit] = []
    seen_sentences: set[int] = set()
    for start, end, attr in sorted(groups):
        s_start = max((m.end() for m in _SENT_END.finditer(folded, 0, start)), default=0)
        found = _SENT_END.search(folded, end)
        sentence = folded[s_start:found.start() if found is not None else len(folded)]
        if s_start in seen_sentences or _ANTI.search(sentence):
            continue
        rest = _clause_after(folded, end)
        topic = re.match(_TOPIC, rest)
        hit = _judge(rest, topic.group() if topic else "", folded[s_start:start])
        if hit is not None:
            kind, trig_end = hit
            seen_sentences.add(s_start)
            out.append(StereotypeHit(kind, attr, start, end + trig_end, _ADVICE[kind].format(attr=attr)))
    for kind, a, b in find_gender_roles(folded):
        s_start = max((x.end() for x in _SENT_END.finditer(folded, 0, a)), default=0)
        rest = _clause_after(folded, b)
        if s_start in seen_sentences or _ANTI.search(folded[s_start:b] + rest) or _NEGATED.search(rest):
            continue
        seen_sentences.add(s_start)
        attr = "年齢" if re.search(r"高齢|年寄|シニア", folded[a:b]) else "性別"
        out.append(StereotypeHit(kind, attr, a, b, _ADVICE[kind].format(attr=attr)))
    for m in (*_INQUIRY.finditer(folded), *_CRITERIA.finditer(folded)):
        s_start = max((x.end() for x in _SENT_END.finditer(folded, 0, m.start())), default=0)
        rest = _clause_after(folded, m.end())
        sentence = folded[s_start:m.end() + len(rest)]
        if s_start in seen_sentences or not _RECRUIT_CONTEXT.search(sentence) or _ANTI.search(sentence):
            continue
        if _NEGATED.search(rest) or _NOT_ASKED.match(rest):
            continue
        seen_sentences.add(s_start)
        out.append(StereotypeHit("recruitment", "出身・家族・思想信条", m.start(), m.end(),
                                 _ADVICE["recruitment"]))
    out.extend(_reasons_and_distinctions(folded, seen_sentences))
    return out


# round 7: a condition or nationality given as the reason for a treatment
# (「病気があるから、彼は当番から外しておく」); a support measure in between, a passive
# (「…断られた」, a reported experience) or a negation lets the sentence pass
_REASON = lazy_compile(r"(?:障害|ハンデ|ハンディ|病気|持病|病歴|難病|不自由|聞こえない|見えない|国籍|外国人|"
                     r"外国籍)[^。、]{0,10}?(?:ので|から|ため)(?:に)?、?")
_REASON_TREAT = lazy_compile(_TREAT.pattern + r"|(?:当番|係|役|担当|名簿)から(?:外|除)")


def _reasons_and_distinctions(folded: str, seen: set[int]) -> list[StereotypeHit]:
    """Treatment for a stated reason (disability, illness, nationality) and distinctions by
    nationality, race or descent, one finding per sentence not already reported."""
    out: list[StereotypeHit] = []
    hits = [(False, m) for m in _DISTINGUISH.finditer(folded)]
    for by_reason, m in hits + [(True, m) for m in _REASON.finditer(folded)]:
        s_start = max((x.end() for x in _SENT_END.finditer(folded, 0, m.start())), default=0)
        rest = _clause_after(folded, m.end())
        if s_start in seen or _ANTI.search(folded[s_start:m.end()] + rest):
            continue
        trig_end = m.end()
        if by_reason:
            t = _REASON_TREAT.search(rest)
            if t is None or _SUPPORT.search(rest, 0, t.start()) or re.match(r"(?:ら)?れ", rest[t.end():]):
                continue
            trig_end, rest = m.end() + t.end(), rest[t.end():]
        elif re.search(r"ことなく|ことのない|ことがない|せず|しない|されない|ないよう", rest[:16]):
            continue
        if _NEGATED.search(rest):
            continue
        seen.add(s_start)
        attr = "国籍・民族" if re.search(r"国籍|外国|人種|民族|出自|門地|肌", m.group()) else "障害・疾病"
        out.append(StereotypeHit("treatment", attr, m.start(), trig_end,
                                 _ADVICE["treatment"].format(attr=attr)))
    return out


_TASKS = lazy_compile(r"お茶(?:くみ|汲み|出し)|受付|窓口|案内係|接待|補助的(?:な)?業務|雑用|庶務|コピー取り|"
    r"電話番|"
                    r"管理職|夜勤|力仕事|重労働|責任者|リーダー")
_TASK_VERB = lazy_compile(r"^が(?:担当|行う|務め|する|やる|引き受け|適任|向いて|ふさわし)")


_TOPIC_GENERAL = frozenset({"は", "って", "というのは", "というもの", "の多くは", "の大半は", "なら",
                            "だから", "なので"})
# A group as topic (は, には, なら …) is what the rest of the sentence is about; marked with が or
# に, or followed by の, it is the subject of its own clause only, which ends where a purpose,
# condition or co-ordination frame begins (「…が…できるよう、」「…が…するため、」「…場合において」).
_TOPIC_SCOPE = _TOPIC_GENERAL | {"には", "も"}
_CLAUSE_CUT = lazy_compile(r"(?:よう(?:に)?|ため(?:に|の)?|とともに|場合(?:に(?:は|おいて))?|において(?:は)?|"
                         r"ときは|際(?:に)?は|つつ)(?:、|(?=[一-龥ァ-ヺ]))")
# the group as object or beneficiary: an ability word further on is not said of it
_NOT_SUBJECT = lazy_compile(r"に(?:対し|対する|係る|係り|関し|関する|よる|より|よって|おける|おいて|"
                          r"とって|応じ|向け|寄り添)|について|を|を除|から|への")
# support and policy frames: what follows is a measure for the group, not a trait of it
_SUPPORT = lazy_compile(r"施策|支援|配慮|措置|講じ|講ず|保障|確保|整備|促進|推進|助成|援助|相談に応|"
                      r"生活を営|啓発|周知|見守")
# 「（六十歳以上の者に限る。）」, 「…の支給は…の家族に限る」: a statute's scope or a benefit's
# eligibility, not exclusion
_BENEFIT = lazy_compile(r"支給|給付|補償|手当|助成|受給|年金|貸付け|受けることができる")


_RISKY = lazy_compile(r"を[^。、]{0,20}?(?:させる|任せる|入れる|雇う|採用する|受け入れる|参加させる)のは"
                    r"(?:危険|無理|問題|迷惑|心配|不安|考えもの)")


def _ability(window: str, topic: str) -> int | None:
    """End of an ability or trait ascribed to the group in ``window``, if any."""
    if topic in ("を", "について", "を除") or _NOT_SUBJECT.match(window):
        return None
    if topic not in _TOPIC_SCOPE:
        cut = _CLAUSE_CUT.search(window)
        window = window[:cut.start()] if cut else window
    m = _ABILITY.search(window)
    if m is None or _negated_after(window, m.end()):
        return None
    if topic not in _TOPIC_SCOPE and _SUPPORT.search(window, 0, m.start()):
        return None
    return m.end()


def _judge(rest: str, topic: str, before: str) -> tuple[StereotypeKind, int] | None:
    """Which stereotype (if any) the clause after a group makes, and where its trigger ends."""
    window = rest[:60]
    if topic in ("を", "に") and _TASKS.search(before):
        m = re.match(r"(?:を|に)(?:配置|担当|充て|起用|採用|任せ|割り当)", window)
        if m is not None and not _negated_after(window, m.end()):
            return "treatment", m.end()
    if topic == "が" and _TASKS.search(before):
        m = _TASK_VERB.match(window)
        if m is not None and not _negated_after(window, m.end()):
            return "treatment", m.end()
    if topic == "を":  # round 7: 「〇〇を…させるのは危険だ」
        m = _RISKY.match(window)
        if m is not None and not _negated_after(window, m.end()):
            return "ability", m.end()
    if topic in _TOPIC_GENERAL:
        g = _GENERAL.search(window[len(topic):]) if topic else None
        if g is not None and not _negated_after(window, len(topic) + g.end()):
            return "generalisation", len(topic) + g.end()
    m = _TREAT.search(window)
    if m is not None and not _negated_after(window, m.end()) and not _eligibility(window, m, before):
        return "treatment", m.end()
    end = _ability(window, topic)
    return ("ability", end) if end is not None else None


def _eligibility(window: str, m: re.Match[str], before: str) -> bool:
    """A 「…に限る」 that is a statute's scope or a benefit's eligibility."""
    if not m.group().startswith("に限") or _RECRUIT_CONTEXT.search(before + window):
        return False
    in_parens = max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))
    in_parens = in_parens and not window[m.end():].strip()
    return in_parens or bool(_BENEFIT.search(before + window))
