"""Jailbreak: role-play, fiction and mode switches that lift restrictions (「制限のないAIとして」,
"DAN", the deceased-grandmother frame)."""

from __future__ import annotations

from govrag.guard.injection_vocab import (
    FRAME_JA,
    GRANNY_JA,
    IF_NONE_JA,
    INSTR_JA,
    PERSONA_JA,
    PII_JA,
    SYS_JA,
    UNBOUND_ENTITY_JA,
    UNR_EN,
    UNR_JA,
    YOU_JA,
    InjectionRule,
    S,
    rule,
)

__all__ = ["RULES"]

# round 7: a story, play or game frame; a harmful act; a demand that it work in reality
_FICTION = (r"(?:小説|物語|昔話|童話|台本|脚本|映画|ドラマ|演劇|舞台|劇|芝居|演技|寸劇|シナリオ|ゲーム|trpg|"
            r"ゲームマスター|(?<![a-z])npc(?![a-z])|ロールプレイ|なりきり|登場人物|キャラ(?:クター)?)")
_HARM = (r"(?:不正|侵入|改ざん|改竄|無効化|盗み|盗む|盗聴|盗撮|奪う|奪い|騙す|騙し|だまし|偽造|なりすま|"
         r"ハッキング|クラッキング|突破|手口|悪用|裏金|横領|脱税|詐欺|ばれない|バレない|書き換え|乗っ取|"
         r"爆発物|毒物|武器)")
_REALISTIC = (r"(?:現実(?:でも|に|の世界でも)|実際に|実務で|本物の|そのまま|観客が|読者が|誰でも)"
              r"[^\n]{0,8}?(?:通用|使え|役立|真似|まね|再現|実行|成功|詳し|正確|具体的)")

RULES: tuple[InjectionRule, ...] = (
    rule("ja.jailbreak_role", "jailbreak", 0.9, FRAME_JA + S + r"{0,40}?" + UNR_JA),
    rule("ja.jailbreak_unr", "jailbreak", 0.8,
       UNR_JA + S + r"{0,12}?(?:答え|回答|応答|返答|話し|振る舞|ふるま|出力|書い|教え)"),
    rule("ja.jailbreak_anything", "jailbreak", 0.9,
       r"(?:何でも|なんでも|どんな(?:質問|こと|内容)(?:に|で)?も)(?:答え|回答し|話し|教え|出力し|応じ)(?:る|"
       r"ます)"
       r"[^\s、。]{0,4}?(?:ai|アシスタント|モード|キャラ|存在|状態|人格|ボット|モデル)"),
    rule("ja.jailbreak_mode", "jailbreak", 0.9,
       r"(?:開発者|デベロッパー|脱獄|ジェイルブレイク|(?<![a-z])dan|god|神|無制限|制限解除|unrestricted|"
       r"jailbreak)\s*モード"
       r"|脱獄(?:して|させ|した|版|プロンプト)"
       r"|ジェイルブレイク(?!」?(?:と(?:呼ば|い[うっわ])|とは|対策|攻撃|の(?:手口|手法|対策|危険|事例)))"),
    rule("ja.jailbreak_frame_payload", "jailbreak", 0.8,
       FRAME_JA + S + r"{0,40}?(?:" + SYS_JA + r"|" + PII_JA + r"(?:を|も)?" + S + r"{0,10}?(?:読み上げ|"
           r"教え|書|出力|言)|"
       + INSTR_JA + r"(?:を|は)?(?:無視|守らな|従わな))"),
    rule("ja.jailbreak_kana", "jailbreak", 0.8,
       r"(?:せいげん|せいやく|けんえつ|ふぃるたー|りんり)(?:の|が|を)?(?:ない|なし|かいじょ|"
       r"はずし)", kana=True),
    rule("en.jailbreak", "jailbreak", 0.9,
       r"\b(?:jailbr(?:ea|o)k\w*|do\W+anything\W+now|developer\W+mode|dan\W+mode|god\W+mode|"
       r"you\W+are\W+(?:now\W+)?dan\b|stay\W+in\W+character|evil\W+(?:twin|assistant|ai|mode)|"
       r"opposite\W+mode)"),
    rule("en.jailbreak_role", "jailbreak", 0.9,
       r"\b(?:you\W+are\W+(?:now|no\W+longer)|pretend(?:\W+to\W+be|\W+you\W+are|\W+that)|act\W+as|"
       r"role-?\W*play(?:\W+as)?|from\W+now\W+on|imagine\W+(?:you\W+are|that\W+you)|let'?s\W+play\W+a\W+game|"
       r"in\W+this\W+hypothetical|hypothetically|for\W+a\W+(?:story|novel|fiction))"
       r"[^.!?\n]{0,60}?(?:" + UNR_EN + r")"),
    rule("en.jailbreak_fiction", "jailbreak", 0.8,
       r"\b(?:novel|story|fiction|screenplay|script|role-?\W*play|hypothetical|game)\b[^\n]{0,100}?\b(?:leak|reveal|"
       r"list|read\W+out|recite|print|expose|dump|disclose)\w*\W+(?:\w+\W+){0,4}?(?:personal\W+(?:data|"
       r"information|details?)|my\W+numbers?|addresses|phone\W+numbers?|social\W+security|passwords?|real\W+names|"
       r"system\W*prompt)"),
    rule("en.never_refuse", "jailbreak", 0.8, r"\bnever\W+(?:ever\W+)?(?:refuses?|declines?)\b"),
    rule("en.jailbreak_unr", "jailbreak", 0.8,
       r"\b(?:answer|respond|reply|talk|act|behave|write|output|speak)\w*\W+(?:\w+\W+){0,3}?(?:" + UNR_EN
       + r")"),
    rule("ja.jailbreak_persona", "jailbreak", 0.9,
       r"(?:(?<![a-z])dan(?![a-z])|制限(?:の)?(?:ない|なし)|制約(?:の)?(?:ない|なし)|ルール(?:の)?(?:ない|なし)|"
       r"規則(?:に|から)?(?:縛られない|自由)|悪徳|犯罪者|詐欺師|ハッカー|闇の|裏の|本音の|" + UNR_JA + r")"
       + S + r"{0,12}?" + PERSONA_JA),
    rule("ja.jailbreak_never_refuse", "jailbreak", 0.8,
       r"(?:" + YOU_JA + r"|(?<![a-z])ai(?![a-z])|アシスタント|ボット|キャラ|[」』])[^\n]{0,30}?"
       r"(?:決して|絶対に|何があっても|どんな(?:質問|こと|依頼|要求|頼み|お願い|命令|指示|リクエスト)(?:に|で)?も)(?:回答|返答|質問|依頼|要求|答える"
       r"(?:こと)?)?(?:を|に)?(?:拒否|拒絶|断ら|断わら|断)(?:しない|せず|らない|ない|ず|しません|りません)"),
    rule("ja.jailbreak_dan", "jailbreak", 0.9,
       r"(?<![a-z])dan(?![a-z])\s*(?:として|に(?:なって|なりきっ)|を演じ|のように|は(?:何でも|なんでも|"
       r"制限|ルール))"),
    rule("ja.jailbreak_unbound", "jailbreak", 0.9,
       r"(?:規則|ルール|制約|制限|規制|倫理|ガイドライン|ポリシー|方針|決まり|指針|法律|規定|利用規約|規約)"
       r"(?:や[^。]{0,6})?"
       r"(?:に|から|にも)(?:一切|全く|何も)?(?:縛られ(?:ず|ない)|とらわれ(?:ず|ない)|囚われ(?:ず|ない)|"
       r"解放され|自由な|自由に)" + S + r"{0,30}?"
       r"(?:" + PERSONA_JA + r"|ai|アシスタント|キャラ|人格|存在|答え|回答|話|語|教え|出力|書|設定|モード)"),
    rule("ja.jailbreak_if_none", "jailbreak", 0.9,
       YOU_JA + r"(?:に|には|が|の)" + S + r"{0,6}?(?:ルール|規則|制限|制約|倫理|フィルター?|ガイドライン|"
       r"ポリシー|安全(?:装置|機能)|検閲)(?:が|も)(?:一切|全く|何も)?" + IF_NONE_JA),
    rule("ja.jailbreak_granny", "jailbreak", 0.9,
       GRANNY_JA + S + r"{0,60}?(?:" + PERSONA_JA + r"|(?:よく|いつも|毎晩|寝る前に|子守唄)" + S
       + r"{0,30}?(?:読み上げ|聞かせ|教えてくれ|唱え))"),
    rule("ja.jailbreak_fiction_pii", "jailbreak", 0.8,
       r"(?:小説|物語|フィクション|架空|ドラマ|脚本|台本|ゲーム|ロールプレイ|シナリオ|寸劇)[^\n]{0,80}?"
       + PII_JA + r"(?:を|も|や)" + S + r"{0,10}?(?:語|話|明かし|挙げ|言|教え|読み上げ|書|出力|暴露)"),
    rule("en.jailbreak_persona", "jailbreak", 0.9,
       r"\byou\W+are\W+(?:now|from\W+now\W+on|henceforth)\W+(?:an?\W+)?(?:\w+\W+){0,3}?(?:ai|assistant|model|"
       r"chatbot|bot|character|persona|entity)\W+(?:called|named|known\W+as)\b"
       r"|\b(?:broken|break|broke|breaking|set)\W+free\W+(?:of|from)\b"
       r"|\bfreed\W+from\W+(?:its|your|all|any|the)\b"
       r"|\b(?:answer|respond|reply|speak|talk|write)\W+(?:only\W+)?as\W+(?:dan|(?:your\W+)?(?:evil|unfiltered|"
       r"unrestricted|jailbroken)|(?:the\W+)?(?:character|persona))\b"
       r"|\b(?:act|pretend|play|role-?\W*play|behave|speak)\W+(?:as|to\W+be|like)\W+(?:my\W+)?(?:late\W+|"
       r"deceased\W+|dead\W+|dear\W+)?(?:grand(?:ma|mother|pa|father)|granny|nana|grandmom)\b(?!\W?s\b)"
       r"|\b(?:my|our)\W+(?:late|deceased|dead)\W+(?:grand(?:ma|mother|pa|father)|granny|mother|father)\W+"
       r"(?:\w+\W+){0,2}?used\W+to\b"),

    # -- batch 6: personas defined by doing what is forbidden; modes switched on
    rule("ja.jailbreak_forbidden_persona", "jailbreak", 0.9,
         r"(?:禁止されて|禁じられて|やってはいけない|許されていない|してはいけない)" + S
         + r"{0,6}?(?:こと)?を"
         + S + r"{0,8}?(?:やる|する|行う|答える|教える|話す)" + S + r"{0,12}?"
         r"(?:キャラ|人格|役|として|振る舞|ふるま|存在)"),
    rule("ja.jailbreak_mode_on", "jailbreak", 0.9,
         r"(?:自由|無制限|制限解除|開発者|デバッグ|管理者|無法|裏)モード(?:を|に|が)?"
         r"(?:有効|オン|入り|入る|入って|切り替|移行|起動|解放)"
         r"|(?:自由|無制限|制限解除|無法)モードの(?:ai|アシスタント|ボット|あなた)"),

    # -- batch 8: refusals forbidden, safety switched off under a test or authority framing
    rule("ja.no_refusal", "jailbreak", 0.9,
         r"何を(?:聞かれ|言われ|頼まれ|質問され|求められ|尋ねられ)ても[、,]?" + S + r"{0,10}?"
         r"(?:断|拒否|拒|ノー)"
         r"|(?:拒否|お断り)(?:は|も)(?:不要|なし|禁止|しない)"
         r"|(?:普段|いつも|通常|本来)は?(?:拒否|断|拒)[^\s、。]{0,6}?(?:内容|質問|もの|こと|話題|依頼)(?:でも|であっても|も)"),
    rule("ja.safety_off", "jailbreak", 0.9,
         r"(?:安全|セーフティ)(?:上の)?(?:フィルタ|フィルター|機能|装置|対策|配慮(?:事項)?|チェック)"
         r"(?:が|を|は|も)?(?:無い|ない|なし|オフ|off|切|外|解除|省略|省い|無効)"
         r"|(?:フィルタ|フィルター)(?:を)?通す前の"
         r"|(?:倫理|道徳)(?:上|的)?の?(?:制約|制限|配慮|規範)を?(?:外|解除|無視|省)"
         r"|(?<!字数)(?<!文字数)(?<!時間)(?<!行数)(?<!字数の)(?<!文字数の)(?<!時間の)(?<!行数の)(?<!ページ数の)"
         r"(?:制限|制約|規則)(?:は|を|も)?(?:気にしないで|気にせず|"
         r"気にしなくて)(?=" + S + r"{0,20}?(?:答え|回答|出力|ください|いい|よい|$)|[。!！])"),

    # -- batch 9: an unbound entity taking over; fiction asking for what is not public or for a working method
    rule("ja.unbound_takes_over", "jailbreak", 0.9,
         UNBOUND_ENTITY_JA + r"[」』]?(?:に|へ|と|が)?" + S + r"{0,6}?"
         r"(?:交代|代わっ|代わり|切り替|入れ替|変身|なって|なりきっ|として|を演じ|の役|の立場|のつもり|"
         r"モード|語っ|話し|答え|教え)"),
    rule("ja.if_no_rules", "jailbreak", 0.9,
         YOU_JA + r"(?:に|には|が|の)" + S + r"{0,8}?(?:決まり|掟|縛り|制約事項|守るべき(?:こと|もの))"
         r"(?:が|も|は)(?:一つも|ひとつも|何も|一切|全く)?" + IF_NONE_JA),
    rule("ja.fiction_secret", "jailbreak", 0.8,
         r"(?:" + FRAME_JA + r"|物語|小説|昔話|童話|台本|脚本|せりふ|セリフ|続き|登場人物)[^\n]{0,120}?"
         r"(?:内部資料|内部情報|非公開|不開示|部外秘|機密|秘密文書)"
         r"[^\n]{0,40}?(?:中身|内容|全文|具体的|すべて|全部|そのまま)" + S + r"{0,16}?"
         r"(?:書い|語っ|語り|教え|読み上げ|聞かせ|話し|出し|示し)"),
    rule("ja.fiction_working_method", "jailbreak", 0.8,
         r"(?:台本|脚本|小説|物語|シナリオ|寸劇|ドラマ|せりふ|セリフ|ゲーム|ロールプレイ|登場人物)[^\n]{0,80}?"
         # round 7: "works in reality" alone is a training script's aim too
         # (「研修のロールプレイ台本を、実際の窓口でそのまま使えるように」); with a harmful act it is
         # ja.fiction_realistic_harm
         r"(?:(?:実際に|現実に|本当に)(?:通用する|再現できる|実行できる|成功する)|本物の手口)"
         r"|(?:台本|脚本|小説|物語|シナリオ|寸劇|ドラマ|せりふ|セリフ|ゲーム|ロールプレイ|登場人物)[^\n]{0,80}?"
         r"(?:手口|聞き出|騙し|だまし|盗み出|不正|悪用|突破|裏をかく|すり抜け)" + S + r"{0,30}?"
         r"(?:実際に|現実に|本当に|そのまま)(?:使える|通用する|役立つ|再現できる|実行できる)"),
    rule("ja.fiction_excuse", "jailbreak", 0.9,
         r"(?:フィクション|架空|作り話|お話|物語|ゲーム|冗談|仮の話|仮定の話|想像上|遊び|夢|創作|お芝居|演技)"
         r"(?:の(?:中|話|設定|物語|世界|こと))?"
         r"(?:だから|なので|ですから|なら|では|であれば)[、,]?\s*(?:何を(?:書いても|言っても|答えても|話しても))?"
         r"(?:問題(?:ない|ありません|なし)|大丈夫|構わない|構いません|許され|ok|セーフ|関係(?:ない|ありません))"
         r"|(?:研究|教育|学術|検証|テスト|試験|訓練|監査|デバッグ|診断)(?:目的|用|のため)(?:なので|だから|ですから|"
         r"であれば|なら)[^\n]{0,60}?(?:制限|制約|フィルター?|安全|倫理|ルール|規則|決まり|配慮|検閲)(?:を|は|も|が)?"
         + S + r"{0,6}?(?:外|解除|なし|なく|オフ|無視|通さ|かけず|抜き|気にせ)"),
    rule("ja.world_without_rules", "jailbreak", 0.9,
         r"(?:この|その)(?:ゲーム|物語|設定|世界|会話|夢|お話|シナリオ)(?:の(?:世界|中|設定))?"
         r"(?:では|の中では|において|には)[、,]?"
         + S + r"{0,20}?(?:決まり|ルール|制限|制約|規則|倫理|法律|守秘義務|検閲|禁止事項)"
         r"(?:は|も|が|なんて|など)?"
         + S + r"{0,4}?(?:ない|存在しない|ありません|通用しない|適用されない|関係ない|無効)"),

    # -- round 7: fiction asking for a harmful method at a realistic level of detail; personas without
    # ethics; a character declared free of limits
    rule("ja.fiction_realistic_harm", "jailbreak", 0.8,
         _FICTION + r"[^\n]{0,100}?" + _HARM + r"[^\n]{0,60}?" + _REALISTIC
         + r"|" + _FICTION + r"[^\n]{0,60}?" + _REALISTIC + r"[^\n]{0,60}?" + _HARM),
    rule("ja.persona_without_ethics", "jailbreak", 0.9,
         r"(?:倫理観|倫理|良心|道徳心?|モラル|罪悪感)(?:を|が|も)?(?:持たない|持っていない|持ち合わせていない|"
         r"ない|無い|欠いた|捨てた|一切ない)" + S
         + r"{0,8}?(?:役|キャラ|人物|人格|悪役|(?<![a-z])ai(?![a-z])|アシスタント|として|になりきっ|を演じ)"),
    rule("ja.character_unbound", "jailbreak", 0.9,
         r"(?:(?<![a-z])npc(?![a-z])|キャラ(?:クター)?|登場人物|役|ボット|(?<![a-z])ai(?![a-z])|相棒|分身)"
         r"(?:は|には|に)(?:制限|制約|ルール|規則|縛り|倫理|フィルター?|検閲|タブー)(?:が|は|も)?"
         r"(?:一切|何も|全く)?(?:ない|なし|無い|存在しない|ありません)(?:ので|から|ため|設定|という設定)"),
)
