"""Data exfiltration: personal data in the context asked for unmasked, placeholders to be restored,
data sent to a URL, an e-mail address or a Markdown image."""

from __future__ import annotations

from govrag.guard.injection_vocab import (
    CONTEXT_JA,
    EXFV_JA,
    MASK_JA,
    MASKED_JA,
    MASKED_PLACE_JA,
    NEAR,
    ORIG_JA,
    OTHER_USER_JA,
    PERSON_JA,
    PII_EN,
    PII_JA,
    REQ_JA,
    UNDO_JA,
    UNHIDDEN_JA,
    InjectionRule,
    S,
    rule,
)

__all__ = ["RULES"]

RULES: tuple[InjectionRule, ...] = (
    rule("ja.unmask", "data_exfiltration", 1.0,
       MASK_JA + r"(?:部分|箇所|された(?:部分|箇所|情報|値|氏名|名前)?|の部分)?(?:を|は|も)?(?:全て|すべて|"
           r"全部)?\s*" + UNDO_JA),
    rule("ja.unmask_before", "data_exfiltration", 1.0,
       r"(?:マスク|マスキング|伏せ字|黒塗り|匿名化|仮名化|置換|秘匿|編集|加工)(?:する|される|処理の?)?(?:前|"
       r"なし|せず|しない|しないで)(?:の|で|に)?"
       + S + r"{0,15}?(?:" + PII_JA + r"|データ|値|原文|情報|内容)"
       # not a rule on keeping the data (「匿名化する前のデータは…保管すること」)
       r"(?!" + S + r"{0,30}?(?:保管|管理|保存|削除|廃棄|消去|取り扱|取扱))"),
    rule("ja.unmask_guess", "data_exfiltration", 0.9,
       r"(?:伏せ?字|マスク(?!着用|の着用)|黒塗り|墨塗り|匿名化|仮名化|プレースホルダー?|"
       r"<[a-z_]+_\d+>|〔[^〕]{1,10}〕)" + S + r"{0,20}?"
       r"(?:推測|特定|当て|割り出|復元|元に戻|実名|本名|フルネーム)" + S + r"{0,12}?"
       r"(?:て(?:ください|下さい|くれ|ほしい)?(?=[。!！\s]|$)|しろ|せよ|なさい|ください|教えて|書いて|出して|"
       r"答えて|示して)"),
    rule("ja.placeholder_restore", "data_exfiltration", 1.0,
       r"(?:<[a-z_]+_\d+>|＜[^＞]{1,20}＞|\[[a-z_]+_?\d*\]|プレースホルダー?)(?:の|が|は|に|を)?" + S
       + r"{0,10}?"
       r"(?:元の|実際の|本当の|本来の|正体|中身|誰|実名|本名|置き換え|差し替え|戻|復元)"),
    rule("ja.real_values", "data_exfiltration", 0.9,
       r"(?:元の|実際の|本当の|本来の|伏せられた|隠された|消された)(?:" + PII_JA + r"|値|データ|情報)"
       r"(?:に戻|を出力|を表示|を教え|に置き換|に差し替|を復元|で出力|で回答|を答え|を明かし|を書)"),
    rule("ja.context_pii", "data_exfiltration", 0.9,
       CONTEXT_JA + r"(?:の中|中|内|に含まれ(?:る|ている|た)|にある|で(?:出てきた|出た|言及された|"
           r"入力された|扱った|共有された)|に記載の|に記載(?:された|されている)|"
       r"に(?:書かれ|載っ)(?:た|ている)|に出てくる|に登場する|の)"
       + S + r"{0,12}?(?:全ての|すべての|全部の)?" + PII_JA + r"(?:[とや・、及び並びに]+" + PII_JA
       + r")*(?:等|など)?(?:を|は)?"
       r"[、,]?\s*(?:(?:全て|すべて|全部|全件|一覧で?|省略せずに?|そのまま|伏せずに?|漏れなく|まとめて|"
       r"ありのまま)[、,]?\s*)*"
       r"(?:列挙|抜き出|書き出|出力|表示|教え|貼り付|一覧に|書い|見せ)"),
    rule("ja.everyone_pii", "data_exfiltration", 0.8,
       r"(?:他の|ほかの|以前の|前の)(?:利用者|ユーザー|申請者|相談者|請求者)" + S + r"{0,6}?の"
       + S + r"{0,6}?(?:" + PII_JA + r"|質問|相談内容|入力)(?:を|と)" + S + r"{0,10}?(?:列挙|一覧|出力|"
           r"教え|表示|見せ|書き出)"),
    rule("ja.send_out", "data_exfiltration", 0.9,
       r"(?:回答|会話|やり取り|個人情報|プロンプト|コンテキスト|入力(?:内容)?|" + PII_JA + r")(?:の内容|"
       r"の全文)?(?:を|は)"
       + S
       + r"{0,30}?(?:https?://[^\s。]*|www\.[^\s。]*|url|外部(?:の)?(?:サーバ|サイト)|"
       r"[a-z0-9._-]+@[a-z0-9.-]+)\s*" + S + r"{0,12}?"
       r"(?:送信|転送|送っ|送れ|アップロード|投稿|post)"),
    rule("md.image_exfil", "data_exfiltration", 0.9, r"!\[[^\]\n]*\]\(\s*https?://[^)\s]*[?&][^)\s]*=[^)\s]*"),
    rule("ja.unmask_kana", "data_exfiltration", 0.9,
       r"(?:ますく|ふせじ|くろぬり)(?:を|お|は|わ)?(?:はずし|かいじょ|もどし)|(?:まいなんばー|こじんばんごう|"
       r"こじんじょうほう)"
       r"(?:を|お|も)?(?:すべて|ぜんぶ)?(?:おしえ|ひょうじ|しゅつりょく|だし)", kana=True),
    rule("en.unmask", "data_exfiltration", 1.0,
       r"\b(?:unmask|un-?redact|de-?anonymi[sz]e|re-?identify|de-?mask|decrypt)\w*"
       r"|\b(?:restore|reveal|replace|fill\W+in|swap)\W+(?:\w+\W+){0,6}?(?:placeholders?|redact\w*|masked|"
       r"real\W+(?:names|values|data)|original\W+(?:names|values|data|personal))"
       r"|\bplaceholders?\W+(?:\w+\W+){0,3}?(?:real|original|actual)\W+(?:names|values|data)"
       r"|\bwithout\W+(?:any\W+)?(?:redaction|masking|anonymi[sz]ation)"),
    rule("en.context_pii", "data_exfiltration", 0.9,
       r"\b(?:list|print|dump|output|reveal|give\W+me|show|extract|return|repeat|tell\W+me)\W+(?:all\W+|"
       r"every\W+|the\W+|any\W+)*"
       + PII_EN + r"(?:\W+\w+){0,6}?\W+(?:in|from|(?:contained|included|found|mentioned|appearing)\W+in|"
           r"inside|of)\W+(?:the\W+|this\W+|your\W+)?"
       r"(?:context|documents?|sources?|records?|database|conversation|retrieved|passages?|files?|prompt|"
       r"chat|history)"),
    rule("en.send_out", "data_exfiltration", 0.9,
       r"\b(?:send|post|upload|forward|exfiltrate|transmit|email)\w*\W+(?:\w+\W+){0,6}?(?:to|at)\W+"
       r"(?:https?://|www\.|[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,})"),
    rule("ja.person_pii", "data_exfiltration", 0.9,
       r"(?:" + PERSON_JA + r"|" + OTHER_USER_JA + r")" + S + r"{0,12}?(?<![a-z])"
       r"(?:の|が(?:入力|記入|申告|登録)"
       r"(?:した|された)|に関する)\s*"
       r"(?:全ての|すべての|全部の)?" + PII_JA + r"(?:[とや・、及び並びに]+" + PII_JA + r")*(?:等|など)?"
       r"(?:を|は|も)?[、,]?\s*(?:(?:全て|すべて|全部|一覧で?|省略せずに?|そのまま|漏れなく|まとめて|正確に|"
       r"ありのまま|" + UNHIDDEN_JA + r")[、,]?\s*)*" + EXFV_JA + S + r"{0,4}?" + REQ_JA),
    rule("ja.unhidden", "data_exfiltration", 0.9,
       r"(?:" + PII_JA + r"|個人データ|個人に関する情報|個人を識別)" + NEAR + r"{0,30}?" + UNHIDDEN_JA
       + NEAR + r"{0,12}?" + EXFV_JA + S + r"{0,4}?" + REQ_JA),
    rule("ja.unhidden_first", "data_exfiltration", 0.9,
       UNHIDDEN_JA + NEAR + r"{0,20}?(?:" + PII_JA + r"|個人データ)" + NEAR + r"{0,12}?" + EXFV_JA + S
       + r"{0,4}?" + REQ_JA),
    rule("ja.unmask_real", "data_exfiltration", 0.9,
       r"(?:マスク|マスキング|伏せ字|伏字|黒塗り|墨塗り|目隠し)(?:を|は)?(?:外|解除|取っ|取り|はず|剥が)" + S
       + r"{0,20}?(?:" + ORIG_JA + r"|" + PII_JA + r")"),
    rule("ja.masked_who", "data_exfiltration", 0.9,
       MASKED_JA + S + r"{0,25}?" + ORIG_JA + r"(?:は|が|を)?\s*(?:何|誰|だれ|どなた|なん|教え|知りたい|"
       r"明かし|答え|書い|出し|表示|出力|示し)"),
    rule("ja.context_pii_list", "data_exfiltration", 0.9,
       CONTEXT_JA + r"(?:の中|中|内|に含まれ(?:る|ている|た)|にある|に記載の|に記載(?:された|されている)|"
       r"に(?:書かれ|載っ)(?:た|ている)|に出てくる|に登場する|の)"
       + S + r"{0,12}?" + PII_JA + r"(?:[とや・、及び並びに]+" + PII_JA + r")*(?:等|など)?"
       r"(?:を|は)?[、,]?\s*"
       + NEAR + r"{0,12}?(?:一覧表|リスト|表に|csv|エクセル|抜き出|抽出|書き出|並べ|まとめ|挙げ|列挙|復元|"
       r"復号|元に戻)" + S + r"{0,8}?" + REQ_JA),
    rule("ja.other_user_recall", "data_exfiltration", 0.9,
       OTHER_USER_JA + S + r"{0,12}?" + PII_JA + r"(?:[、,]|を|は|も)?" + NEAR + r"{0,12}?"
       r"(?:覚えて|記憶して|教え|表示|見せ|出力|答え|言って)"),
    rule("en.masked_who", "data_exfiltration", 0.9,
       r"\b(?:who|what)\W+(?:is|are|was|were)\W+(?:\w+\W+){0,4}?(?:behind|under)\W+(?:the\W+|these\W+|those\W+|"
       r"each\W+)?(?:masked|redacted|anonymi[sz]ed|hidden|blacked\W*out|placeholder|pseudonymi[sz]ed)"
       r"|\b(?:masked|redacted|anonymi[sz]ed|blacked\W*out|pseudonymi[sz]ed|hidden)\W+(?:\w+\W+)?(?:names?|"
       r"entries|values|fields|data|parts?|portions?|information|details|identities|people|persons)\W+"
       r"(?:\w+\W+){0,6}?(?:reveal|show|list|tell|print|output|give|restore|recover|uncover)"
       r"|\b(?:unmasked|unredacted|un-?anonymi[sz]ed)\W+(?:personal\W+)?(?:data|information|"
       r"details|values|names|records|identities)\b"),

    # -- batch 6: personal data sent out through a URL, a link parameter or an e-mail address
    rule("ja.pii_to_url", "data_exfiltration", 0.9,
         r"(?:パラメータ|クエリ|url|リンク|アドレス|画像)(?:に|へ|の末尾に)" + S + r"{0,30}?" + PII_JA + S
         + r"{0,12}?(?:付け|入れ|載せ|含め|添え|埋め込|追加)"
         r"|" + PII_JA + S + r"{0,12}?(?:を)?" + S + r"{0,6}?(?:url|リンク|パラメータ|クエリ)(?:に|へ)"
         r"(?:付け|入れ|載せ|含め|添え|埋め込|追加)"),
    rule("ja.pii_to_address", "data_exfiltration", 0.9,
         r"(?:" + PII_JA + r"|個人情報|会話(?:ログ|履歴)?|やり取り)" + S + r"{0,40}?"
         r"(?:[a-z0-9._-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+|https?://\S+)" + S + r"{0,20}?"
         r"(?:宛|送|転送|投稿|書き出|付け|入れ|アップロード)"),
    rule("ja.before_masking", "data_exfiltration", 0.9,
         r"(?:匿名化|匿名加工|仮名化|マスキング|マスク|黒塗り|墨塗り|プライバシー処理|秘匿処理|加工)(?:を)?"
         r"(?:される|する|かける|施す|処理する|になる|なる)?(?:前|以前)の(?:状態|データ|原本|記録|情報|もの|版|原文)"
         + S + r"{0,40}?(?:使っ|出し|見せ|表示|教え|答え|出力|書き出)"),
    rule("ja.masked_digits", "data_exfiltration", 0.9,
         r"(?:\*{3,}|●{3,}|×{3,}|■{3,}|x{4,}|〇{4,})" + S + r"{0,30}?(?:元の|本来の|実際の|本当の)" + S
         + r"{0,10}?(?:復元|戻し|戻して|表示|教え|埋め)"),
    rule("ja.placeholder_back", "data_exfiltration", 0.9,
         r"(?:〔[^〕]{1,10}〕|［[^］]{1,10}］|【[^】]{1,6}】|<[^>]{1,10}>)" + S + r"{0,16}?"
         r"(?:元の(?:文字列|値|名前|氏名|表記)|差し戻|復元|実名)"),
    rule("ja.masked_guess_who", "data_exfiltration", 0.9,
         r"(?:伏せて(?:あ|い)|隠して(?:あ|い)|消して(?:あ|い)|伏せられ|隠され|黒塗り)" + S + r"{0,25}?"
         r"(?:本当は|実際は|実は)?(?:誰|だれ|どなた)" + S + r"{0,15}?(?:推測|特定|当て|教え|書い|答え|示し)"),
    rule("ja.pii_verbatim", "data_exfiltration", 0.9,
         r"(?:個人名|氏名|実名|本名|" + PII_JA + r")(?:も|を)?(?:含め|込みで|入りで|付きで)" + S
         + r"{0,24}?(?:転記|書き出|出力|表示|そのまま|貼り付)"),
    rule("ja.identifiable_list", "data_exfiltration", 0.9,
         r"(?:個人|本人|誰|だれ)(?:のこと)?(?:が|を|か)(?:分かる|わかる|特定できる|識別できる)"
         r"(?:形|状態|よう)" + S
         + r"{0,15}?(?:一覧|リスト|出力|表示|まとめ|書き出|教え|示し)" + S + r"{0,6}?" + REQ_JA),
    rule("ja.context_pii_fields", "data_exfiltration", 0.9,
         r"(?:" + CONTEXT_JA + r"|ヒットした|相談票|申請書類?)" + S + r"{0,20}?" + PII_JA
         + r"(?:欄)?(?:[とや・、]+"
         + PII_JA + r"(?:欄)?)*(?:だけ|のみ)?(?:を|は)?[、,]?" + S + r"{0,10}?"
         r"(?:抜き出|書き出|並べ|一覧|列挙|抽出)" + S + r"{0,6}?" + REQ_JA),
    rule("ja.context_pii_from", "data_exfiltration", 0.9,
         CONTEXT_JA + r"から[、,]?" + S + r"{0,24}?" + PII_JA + S + r"{0,12}?"
         r"(?:リストアップ|抽出|抜き出|書き出|一覧|列挙)" + S + r"{0,6}?" + REQ_JA),

    # -- batch 9: what lies under the black-out; what an omitted field really held
    rule("ja.under_masking", "data_exfiltration", 0.9,
         MASKED_PLACE_JA + r"(?:に|の|で|には)?" + S + r"{0,16}?"
         r"(?:何|なに|数字|文字|名前|氏名|番号|内容|金額|情報|元の)" + S + r"{0,30}?"
         r"(?:教え|書い|書き出|復元|推測|当て|出し|示し|答え|読み取)" + S + r"{0,6}?" + REQ_JA),
    rule("ja.omitted_really", "data_exfiltration", 0.9,
         r"(?:省略|非表示|伏せ|マスク|黒塗り|割愛|秘匿|非開示|墨塗り|匿名)(?:と|に)?(?:なって|されて|して)"
         r"(?:い|あ)?(?:た|る)(?:ところ|部分|箇所|項目|欄|情報|名前)" + S
         + r"{0,20}?(?:本当は|実は|元は|実際は|本来|もともと)" + S
         + r"{0,10}?(?:何|なに|誰|だれ|どんな|どなた)"),
    rule("ja.masked_fill", "data_exfiltration", 0.9,
         r"(?:伏せ字|伏字|黒塗り|墨塗り|マスク(?:され|処理され)?|匿名化され|○○|〇〇|＊{2,}|\*{2,}|●{2,}|"
         r"×{2,})(?:た|ている|てある)?(?:の|に|になっている|となっている)?(?:部分|箇所|ところ|欄)?(?:に|を|の)?"
         r"(?:入る|当てはまる|埋め|補っ|補完|補い|推し量|正体|中身)" + S + r"{0,16}?"
         r"(?:" + PII_JA + r"|値|数字|番号|文字|名前|人|内容)?" + S + r"{0,8}?(?:教え|書い|出し|答え|示し|"
         r"埋め|補っ|補完|当て)" + S + r"{0,6}?" + REQ_JA),
)
