"""Shared pieces of the injection rule families: the rule type and the vocabularies.

Each family module (``injection_rules_<technique>.py``) builds its regexes from these word lists
(what is referred to, what is done to it, how it is asked, who is addressed), so a rephrased
attack still meets a rule. ``S`` is "any character within one sentence"; ``W`` is "between two
English words (spaces or punctuation, possibly none, for de-spaced text)".

>>> bool(re.search(DROP_JA, "無視してください")), bool(re.search(DROP_JA, "無視した職員"))
(True, False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["InjectionRule", "Mode", "Technique", "alt", "rule"]  # and the vocabularies below

Technique = Literal["override", "prompt_leak", "jailbreak", "data_exfiltration", "embedded",
                    "delimiter", "obfuscation", "learned"]
Mode = Literal["query", "passage"]
BOTH: frozenset[Mode] = frozenset({"query", "passage"})
PASSAGE: frozenset[Mode] = frozenset({"passage"})


@dataclass(frozen=True, slots=True)
class InjectionRule:
    """One declarative detection rule over a folded view of the text."""

    id: str
    technique: Technique
    weight: float
    pattern: re.Pattern[str]
    modes: frozenset[Mode] = BOTH
    kana: bool = False


def rule(id: str, technique: Technique, weight: float, pattern: str, *,
       modes: frozenset[Mode] = BOTH, kana: bool = False) -> InjectionRule:
    return InjectionRule(id, technique, weight, re.compile(pattern, re.MULTILINE), modes, kana)


def alt(words: str) -> str:
    return "(?:" + "|".join(words.split()) + ")"


# --- Japanese vocabularies --------------------------------------------------------------------
S = r"[^。．.!！?？\n]"  # within one sentence
PRIOR_JA = alt("以上 上記 前記 前述 これまで 今まで いままで 先ほど 先程 さっき 先の 前の 以前の "
                 "先立つ 前段の 上の 上記の 前記の 最初の 元の 既存の 従前の 当初の 事前の 全ての "
                 "すべての あらゆる いかなる 与えられた 設定された 受けた 組み込まれた システムの "
                 "開発者の 運営者の 管理者の あなたの 君の")
MID_JA = r"(?:まで|より前)?(?:の)?\s*(?:[^。．.!！?？\n]{0,10}?(?:の|た|る|れた)\s*)?"
QUANT_JA = r"(?:全て|すべて|全部|一切|完全に|いったん|一旦|もう|まとめて)?(?:全て|すべて|全部|一切)?\s*"
INSTR_JA = alt("指示 命令 指令 ルール プロンプト 禁止事項 インストラクション 指図 制約 ポリシー")
INSTR_WEAK_JA = alt("ガイドライン 方針 決まり 注意事項 設定")
REQ_END = (r"(?=" + r"[^。．.!！?？\n]" + r"{0,60}?(?:ください|下さい|せよ|しろ|なさい|くれ|ちょうだい|"
    r"て(?=[。!！\n]|$)))")
# how the earlier instruction is dropped: imperative / permissive forms only (not 「無視した職員」)
DROP_JA = (r"(?:無視(?:して(?:ください|下さい|くれ|ほしい|欲しい|よい|いい|も|構わ|かまわ|かまい|結構|ね|"
            r"大丈夫|ok)"
            r"|して(?=[、,。!！\s]|$)|して" + REQ_END + r"|しろ|せよ|"
            r"しなさい|すること|するように|せず|し[、,]|してから|しても)"
            r"|(?:忘れ|わすれ)(?:て|ろ|なさい|ること|るように|、)"
            r"|従わ(?:なくて|ないで|ず|なくても)|従う必要(?:は|が)(?:ない|ありません)|守らな(?:くて|いで)|"
            r"守る必要(?:は|が)(?:ない|ありません)"
            r"|気にせず|気にしないで|考慮しないで|考慮せず|関係ありません|なかったことに|なしで|なしにして|"
            r"抜きで"
            r"|(?:取り消|取消|破棄|撤回|リセット|無効に|上書き|消去|白紙に)(?:して(?:ください|下さい|くれ)?|"
            r"しろ|せよ|しなさい|"
            r"し[、,]" + REQ_END + r"))")
DROP_WEAK_JA = (r"(?:無視(?:して(?:ください|下さい|くれ|よい|いい|も|構わ|かまわ|かまい)|しろ|せよ|"
    r"しなさい)|(?:忘れ|わすれ)(?:て|ろ|なさい)"
                 r"|従わ(?:なくて|ないで)|気にせず|気にしないで)")
SYS_JA = (r"(?:(?:システム|system)\s*(?:プロンプト|prompt|指示|命令|指令|インストラクション)"
           r"|(?:初期|最初の|隠された|隠し|秘密の|内部の?|開発者(?:から)?の?|事前の?|裏の?|非公開の?|元の)\s*"
           r"(?:プロンプト|prompt|指示|命令|設定|ルール|指令|インストラクション)"
           r"|(?:あなた|君|お前|貴方)(?:に|へ|が)?(?:与えられた|設定された|組み込まれた|事前に?与えられた|"
           r"最初に受けた|受けている|受けた)"
           r"(?:指示|命令|ルール|設定|プロンプト|制約)"
           r"|(?:あなた|君|お前|貴方)の(?:指示|設定|プロンプト|ルール|初期設定|内部設定|設定内容)"
           r"|プロンプト(?:の|を)?(?:全文|原文|中身|内容))")
REVEAL_JA = alt("表示 出力 教え 見せ 開示 漏ら 繰り返 書き出 全文 そのまま 列挙 貼り付 貼りつ コピー "
                  "訳し 翻訳 要約 "
                  "明かし 公開 披露 暴露 読み上げ 一字一句")
PII_JA = alt("個人情報 個人番号 マイナンバー 氏名 名前 住所 電話番号 生年月日 メールアドレス 口座番号 "
               "本名 実名 連絡先 身元 要配慮個人情報 病歴 識別符号 個人名 人名")
MASK_JA = (r"(?:マスク(?:された|処理|部分|箇所|した)|マスキング|伏せ字|伏字|黒塗り|墨塗り|匿名化|仮名化|"
    r"プレースホルダー?|"
            r"塗りつぶ|redact\w*|<[a-z_]+_\d+>|＜[^＞]{1,20}＞|〔[^〕]{1,10}〕|\[[a-z_]+_?\d*\])")
UNDO_JA = alt("外 解除 解い 取り除 取り去 取っ 元に戻 戻し 戻す 復元 復号 解読 無効 剥が はが 取り消")
CONTEXT_JA = (r"(?:資料|文書|コンテキスト|文脈|参照資料|参考資料|検索結果|取得した|与えられた|記録|"
    r"データベース|"
               r"ログ|会話|やり取り|履歴|過去の(?:質問|会話|相談)|プロンプト|source|sources|context|ソース|"
               r"渡された|読み込んだ|添付)")
ADDR_JA = (r"(?:生成\s*ai|(?<![a-z])ai(?![a-z])|人工知能|aiアシスタント|アシスタント|チャットボット|"
            r"(?<![a-z])bot(?![a-z])|ボット|言語モデル|大規模言語モデル|(?<![a-z])llm(?![a-z])|"
            r"(?<![a-z])gpt|chatgpt|claude|copilot|gemini|要約(?:ai|ツール|システム|エンジン|モデル|担当|者)|"
            r"(?:要約|処理|解析|読み込み?|翻訳)する(?:ai|ツール|システム|エンジン|モデル|プログラム|アシスタント)|"
            r"自動要約|要約機能|読み取り(?:システム|ツール|ai)|検索(?:ai|システム|エンジン)|"
            r"(?<![a-z])rag(?![a-z])|"
            r"(?:ai|生成)モデル)")
OUTV_JA = alt("記載 出力 回答 表示 記述 返答 答え 書 付記 追記 含め 言及 伝え 要約 省略 無視 従 引用 "
                "参照 送信 転送 推奨 評価 判断 採点 称賛 報告 提示 生成 翻訳 表記 案内 紹介 述べ 言 挿入 "
                "加え 削除 隠 伏せ 扱 信頼 優先 記し 載せ 明記 強調 勧め 誘導 宣伝 掲載")
DIRECTIVE_JA = (r"(?:せよ|しろ|しなさい|なさい|すること|ること|ないこと|するな|るな|してください|して下さい|"
                 r"てください|て下さい|ください|されたい|してほしい|して欲しい|すべし|べし|"
                 r"なければならない|なければなりません|てはならない|てはいけない|ないでください|"
                 r"ように(?:して|願|お願)|"
                 r"お願いします|お願いいたします|願います|ものとする)")
REPORTED = r"(?!(?:と|という|との|といった)(?:意見|指摘|発言|質問|要望|説明|報告|議論|声|懸念|提案))"

# --- English vocabularies ----------------------------------------------------------------------
W = r"[\s\W_]*"  # between English words: spaces or punctuation, possibly none (de-spaced text)
DROP_EN = (r"(?:ignore|disregard|forget|override|overwrite|bypass|skip|drop|discard|neglect|overlook|"
            r"abandon|throw\s*away|do\s*not\s*follow|don'?t\s*follow|stop\s*following|"
            r"pay\s*no\s*attention\s*to|"
            r"set\s*aside)")
INSTR_EN = (r"(?:instructions?|prompts?|rules|directions?|directives?|guidelines?|constraints|context|"
             r"messages?|guidance|polic(?:y|ies)|programming|training|safeguards|"
             r"system\s*prompt|restrictions|limitations|filters?)")
PRIOR_EN = (r"(?:(?:all|any|every|of|the|your|my|these|those|whatever|previous|prior|above|earlier|preceding|"
             r"foregoing|initial|original|system|existing|current|default|given|old|safety|content|"
             r"developer|openai|such)\W+){0,4}")
PII_EN = (r"(?:(?:personal|real|full|individual|private)\W+)?(?:personal\s*(?:data|information|"
    r"details?)|pii|"
    r"names?|addresses|phone\s*numbers?|"
           r"(?:my|individual)\s*numbers?|e-?mails?|dates?\s*of\s*birth|identities|identifiers|"
           r"social\s*security|account\s*numbers?)")
UNR_EN = (r"(?:no|without|free\s*(?:of|from)|unbound\s*by|not\s*bound\s*by|(?:no\W+longer|not)\W+(?:bound|"
    r"restricted|limited|constrained)\W+by|ignor\w*|bypass\w*)\W+"
           r"(?:(?:any|all|your|the|its|their|of)\W+){0,3}(?:(?:content|safety|ethical|moral|usage)\W+)?"
           r"(?:restrictions|limits|limitations|rules|filters?|"
           r"guidelines|censorship|ethics|ethical\s*\w+|polic(?:y|ies)|content\s*polic(?:y|ies)|safety|"
           r"morals?)|unrestricted|unfiltered|uncensored|jailbroken|amoral|anything\s*goes|"
           r"answer\s*anything|do\s*anything")
UNR_JA = (r"(?:(?<![一-龥ァ-ヺ])(?:制限|制約|規制|縛り|検閲|フィルター?|安全(?:機能|装置|対策|フィルター?)|"
    r"倫理(?:観|規定|的制約|フィルター?)?|"
           r"ルール|リミッター|ガードレール|セキュリティ(?:設定|機能|対策)?|プライバシー(?:保護|設定)|"
           r"マスキング(?:機能|設定)?|"
           r"安全(?:設定|ガード))(?:は|が|の|を|も|から|に|なんて|なんか|など)?(?:一切|全く|何も|全部|すべて)?"
           r"(?:ない|無い|なし|無し|なく|無く|ありません|受けない|縛られない|持たない|解放|外し|外れ|外して|"
           r"解除|無効|オフ|"
           r"気にしない|気にせず|無視|取っ払|取り払|取り除|撤廃|なくし|無くし|切って|切っ|止めて|とめて|"
           r"(?:どこかに)?置いてき|捨てた|捨てて|持ち合わせ(?:ていない|ない))"
           r"|何でも(?:答え|話|教え|出力|言|書|回答|やる|する|しゃべ)|全部しゃべ|ルール無用|検閲なし|"
           r"安全(?:上の)?(?:配慮|策|対策|措置)(?:は|を)?(?:一切|全く)?(?:しない|せず|無効|停止|オフ|不要)|"
           r"(?:ルール|規則|制限|制約)(?:は|も)(?:一切)?(?:適用されません|適用されない|通用しない)|なんでも(?:答え|話|教え|出力|言|書|回答)|"
           r"どんな(?:質問|こと|内容|要求|依頼)(?:に|で)?も(?:答え|回答|応じ|従)|"
           r"悪(?:の|い)(?:ai|アシスタント|人格)|裏(?:の)?人格|本音モード|無修正|無制限)")
FRAME_JA = (r"(?:仮の話|仮定の話|仮定として|たとえ話|もしも?|(?:あなた|君|お前|貴方|あんた)(?:は|が|"
    r"を)(?:今から|これから|今後|以後|以降|もう|今日から|今|ここから|この会話では)?|"
             r"なりきっ|なりきり|ロールプレイ|演じ|のふりをし|のフリをし|という設定で|という役で|"
             r"(?:あなた|君)の役(?:は|として)|演劇|お芝居|芝居|夢の中|シミュレーション|むかしむかし|昔話|"
             r"もう一人の(?:あなた|自分|君)|(?:二つ|2つ|別)の人格|別人格|"
             r"ゲームをしましょう|ゲームをしよう|仮に(?:あなた|君)が|もし(?:あなた|君)が|"
             r"フィクション(?:として|の中で|という体裁)|"
             r"小説(?:の中で|として|の登場人物)|架空の(?:話|設定|物語)|物語として|台本として|おばあ(?:ちゃん|"
             r"さん)が)")

# --- vocabularies of the "ask for it" families: [target] x [verb] x [addressee] -----------------
# the assistant addressed as itself (not "AI" in general: 「AIの利用ルール」 is a topic, not a target)
YOU_JA = (r"(?:あなた|貴方|君(?!が代)|きみ|お前|おまえ|あんた|"
           r"この\s*(?:ai|チャットボット|ボット|アシスタント|"
           r"aiアシスタント|生成ai))(?:自身|自分)?")
#: 「…がなかったら」: a condition that the assistant had none of something (its rules, its limits)
IF_NONE_JA = (r"(?:なかったら|なければ|無ければ|なかったとしたら|ないとしたら|ないとすれば|"
              r"ない(?:と|として|場合)|存在しなかったら)")
CONFIG_JA = alt("指示 命令 指令 ルール 規則 設定 プロンプト 制約 制限 ガイドライン 方針 禁止事項 初期設定 "
                  "前提条件 役割設定 キャラ設定 人格設定 システムメッセージ インストラクション 指示文 命令文 "
                  "決まり ポリシー 行動規範 条件")
GIVEN_JA = (r"(?:与えられ|設定され|課され|課せられ|組み込まれ|指示され|命じられ|言われ|教えられ|入力され|"
             r"仕込まれ|書き込まれ|プログラムされ|渡され|受け取っ|受け|従っ|守っ|課し|持っ|縛られ)(?:て)?(?:い)?"
             r"(?:る|た|ます|ました)")
WHEN_JA = (r"(?:最初に|初めに|はじめに|冒頭で|冒頭に|事前に|前もって|"
            r"あらかじめ|裏で|密かに|ひそかに|こっそり|"
            r"(?:この)?(?:会話|チャット|やり取り|セッション|対話)"
            r"(?:が始まる|を始める|の開始|開始|の)?(?:より)?前に|"
            r"開発者(?:から|に)|運営者(?:から|に)|管理者(?:から|に))")
MAKER_JA = r"(?:開発者|運営者|管理者|作成者|製作者|作った人|設計者|提供者|openai)"
HIDDEN_JA = r"(?:隠し|隠された|秘密の|内部の?|初期|最初の|元の|本当の|全ての|すべての|裏の|非公開の)"
LEAKV_JA = alt("表示 出力 教え 見せ 開示 漏ら 繰り返 書き出 列挙 引用 貼り 明かし 公開 "
                 "翻訳 訳し 英訳 和訳 要約 まとめ 教示 提示 知らせ "
                 "箇条書き 一覧 リスト 伝え 読み上げ 共有 出して 書いて 示し 言って 打ち明け 暴露 復唱")
ASKQ_JA = r"(?:は|って|とは)(?:何|なん|どんな|どのような|どういう|どれ|どう(?:なって|いった))"
# a request or permission, not a statute's duty (「表示しなければならない」) or a report
REQ_JA = (r"(?:て(?:ください|下さい|くれ|ちょうだい|ほしい|欲しい|もら|いただ|頂|ね|よ|くださ)|"
           r"て(?=[。!！?？\s]|$)|"
           r"しろ|せよ|なさい|てみて|ること(?=[。!！\s]|$)|できますか|られますか|れますか|てもらえ)")
PERSON_JA = (r"(?:申請者|相談者|請求者|開示請求者|利用者|ユーザー|住民|市民|職員|"
              r"本人|当事者|関係者|登場人物|"
              r"この人|その人|あの人|人物|個人|人々|人たち|全員|各人|患者|被保険者|受給者|対象者|応募者|"
              r"被害者|加害者|通報者|届出人|申立人|納税者|契約者|出てくる人|出てきた人|記載された人|載っている人)")
OTHER_USER_JA = (r"(?:他の|ほかの|以前の|前の|さっきの|別の|過去の)(?:利用者|ユーザー|申請者|相談者|請求者|"
                  r"人|方|住民|質問者)")
EXFV_JA = alt("列挙 書き出 出力 表示 教え 見せ 貼り付 一覧 リスト 抜き出 抽出 答え 読み上げ 書い 出し 並べ "
                "挙げ 示し まとめ 送 言っ 明かし 伝え")
# between the data and the verb: no clause that turns the request into one about a case or a method
NEAR = r"(?:(?!場合|こと|とき|時|際|方法|手順|理由|罰|可否|べき|か[。?？]|ですか|ますか)" + S + r")"
UNHIDDEN_JA = (r"(?:伏せ|隠さ|マスク(?:処理)?せ|マスキングせ|黒塗りにせ|黒塗りせ|"
                r"墨塗りせ|匿名化せ|仮名化せ|秘匿せ|"
                r"省略せ|ぼかさ|置き換えず|置換せ|加工せ|編集せ)(?:ず|ないで)(?:に)?")
MASKED_JA = (r"(?:伏せ字|伏字|マスク(?!着用|の着用)|マスキング|黒塗り|墨塗り|匿名化|仮名化|"
              r"プレースホルダー?|伏せられ|隠され|秘匿され|<[a-z_]+_\d+>|＜[^＞]{1,20}＞|〔[^〕]{1,10}〕)")
ORIG_JA = (r"(?:実名|本名|フルネーム|正体|元の(?:値|名前|氏名|データ|情報|文字|番号)|本当の(?:名前|氏名|値)|"
            r"(?:本来|実際)の(?:値|名前|氏名)|中身|誰|だれ)")
PERSONA_JA = (r"(?:もう一人の(?:あなた|自分|君)|別人格|"
               r"として(?:振る舞|振舞|ふるま|答え|回答|応答|返答|話し|話して|行動)|"
               r"になりきっ|になりきり|を演じ|"
               r"のふりをし|のフリをし|の役を|の役で|の役として|キャラ(?:クター)?として|人格として|になって(?:答え|"
               r"回答|話|ください|下さい))")
GRANNY_JA = (r"(?:(?:亡くなった|亡き|死んだ|今は亡き|天国の)\s*(?:祖母|祖父|"
              r"おばあ(?:ちゃん|さん|様)|おじい(?:ちゃん|"
              r"さん|様)|ばあちゃん|じいちゃん|母|父|母親|父親)"
              r"|(?:祖母|祖父|おばあ(?:ちゃん|さん)|おじい(?:ちゃん|さん)|ばあちゃん|じいちゃん)(?:が|は))")

# --- batch 6 vocabularies -----------------------------------------------------------------------
# an earlier point in the conversation or the set-up (「これより前に」「先に受けた」「既存の」)
PRIOR_SOFT_JA = (r"(?:これより前|これ以前|以前に|以前の|これまで|今まで|いままで|先に|先ほど|さっき|"
                 r"最初に|最初の方|"
                 r"冒頭|上の方|(?:読み込む|始まる|開始する)?前に|設定された|与えられた|決められた|"
                 r"前段|既定の|既存の|従前の|事前に|あらかじめ|当初|あなたが(?:従っ|守っ)て|あなたの)")
# what was set earlier, in the soft words of a polite request
EARLIER_JA = (r"(?:前提条件|前提|注意事項|注意点|注意書き|注意|決まり(?:ごと|事)?|約束事|お約束|条件|"
              r"設定|方針|"
              r"運用指針|指針|縛り|制約|ルール|指示|命令|取り決め|ガイドライン|"
              r"言われたこと|伝えたこと|お伝えしたこと|受けたこと|指定されたこと)")
SOFT_DROP_JA = (r"(?:なかったもの(?:として|と)|なかったことに|脇に置|棚上げ|リセット|白紙|"
                r"(?:忘れ|わすれ)(?:て|ても|ちゃ|ていい)|お忘れ|気にしな(?:くて|いで)|読み飛ば|"
                r"適用しない(?:で|こと)|適用除外|おしまい|もう古い|破棄し|反故に|しまって|抜きに|"
                r"(?:もう)?解除され|捨て(?:て|ろ))")
# what the assistant was given, named as a text (prompt leak)
RECEIVED_JA = alt("文面 文言 説明書き 前提条件 命令文 指示文 指示 命令 設定ファイル 設定値 設定 運用ルール "
                  "ルール "
                  "メッセージ プロンプト 初期設定 内部設定 条件 指令文 指令 指図 文章")
HIDDEN_CONFIG_JA = (r"(?:隠され(?:ている|た)(?:運用)?(?:ルール|設定|指示|プロンプト|命令)|"
                    r"初期設定|内部設定|設定ファイル|設定値|システムメッセージ|"
                    r"隠し(?:メッセージ|設定|指示)|"
                    r"裏の(?:説明書き|設定|指示|ルール)|事前指示)")
# who reads a document (embedded), and what an order to it ends with
READER_JA = (r"(?:" + ADDR_JA + r"|システム|プログラム|処理系|ツール|エンジン|回答エンジン|支援ツール)")
ORDER_JA = (r"(?:" + DIRECTIVE_JA + r"|お願い申し上げ|くださいますよう|こと(?=[。)）\]］】\s]|$)|"
            r"ように(?=[。\s]|$)|なさい|せよ|とみなし)")


# --- batch 9 vocabularies -----------------------------------------------------------------------
# a reader of the document that is a model, named by what it generates (「回答生成エンジン」)
AI_READER_JA = (r"(?:" + ADDR_JA + r"|(?:回答|応答|文章|答弁)(?:の)?生成"
                r"(?:エンジン|システム|ツール|ai|モデル)|"
                r"回答エンジン|自動応答(?:システム|エンジン)?|対話型(?:システム|ai|エンジン)|"
                r"(?:読み手|読み取り手)の(?:ai|システム|モデル))")
# an entity without rules (「制約のない別のアシスタント」「縛りのない人格」)
UNBOUND_ENTITY_JA = (r"(?:制約|制限|ルール|規則|縛り|掟|決まり|フィルター?|検閲|規制|倫理(?:観)?|配慮)"
                     r"(?:の|が|を)?(?:一切)?(?:ない|なし|無い|無し|持たない|受けない)[」』]?\s*"
                     r"(?:別の|もう一人の|もうひとりの|裏の|本当の)?"
                     r"(?:ai|アシスタント|人格|キャラ(?:クター)?|ボット|モデル|存在|バージョン|版|自分|あなた|"
                     r"職員|先生|相棒)")
# where masked text was: under the black-out (「墨の下」「黒く塗られた部分の下」)
MASKED_PLACE_JA = (r"(?:黒塗り|墨塗り|黒く塗(?:られ|りつぶされ|っ)|塗りつぶ(?:され|し)|墨|伏せ字|伏字|"
                   r"マスク(?:され)?|白抜き|目隠し)[^\s、。]{0,8}?(?:部分|箇所|ところ)?の?(?:下|裏|奥|向こう)")
# a request for text kept from the user (「私からは見えない部分」)
UNSEEN_JA = (r"(?:私|わたし|僕|ユーザー|利用者|こちら)(?:から|に|には|の側から|の画面に)(?:は)?"
             r"(?:見えない|見えていない|表示されない|表示されていない|見られない|隠れている|伏せられている)")
