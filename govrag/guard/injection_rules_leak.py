"""Prompt leak: the system prompt, initial settings or hidden configuration asked for."""

from __future__ import annotations

from govrag.guard.injection_vocab import (
    ASKQ_JA,
    CONFIG_JA,
    GIVEN_JA,
    HIDDEN_CONFIG_JA,
    HIDDEN_JA,
    LEAKV_JA,
    MAKER_JA,
    NEAR,
    RECEIVED_JA,
    REVEAL_JA,
    SYS_JA,
    UNSEEN_JA,
    WHEN_JA,
    YOU_JA,
    InjectionRule,
    S,
    rule,
)

__all__ = ["RULES"]

RULES: tuple[InjectionRule, ...] = (
    rule("ja.prompt_leak", "prompt_leak", 0.9,
       SYS_JA + r"(?!(?:に|へ)(?:戻|リセット|初期化|変更)|画面|ファイル|値|項目|手順|"
       r"の(?:変更|方法|手順|仕方))"
       r"(?:の内容|の全文|の中身|の原文|の最初の" + S + r"{0,6}|について)?(?:を|は|も)?\s*"
       r"(?:全て|すべて|全部|そのまま|一字一句|正確に|省略せずに|原文のまま|一言一句|英語で|"
       r"日本語で)?[、,]?\s*"
       + S + r"{0,10}?" + REVEAL_JA),
    rule("ja.prompt_leak_ask", "prompt_leak", 0.8,
       r"(?:あなた|君|お前|貴方)(?:は|が)(?:どんな|どのような|何と|なんと|何を)" + S + r"{0,4}?"
       r"(?:指示|命令|設定|ルール|プロンプト)(?:を|が)?(?:受け|与えられ|され|設定され|組み込まれ|指示され)"),
    rule("ja.prompt_leak_start", "prompt_leak", 0.8,
       r"(?:この|上記の?|以上の?|ここまでの)(?:会話|文章|メッセージ|テキスト|やり取り)の(?:最初|冒頭|先頭|"
       r"一番上)"
       + S + r"{0,20}?(?:出力|表示|繰り返|書き出|コピー|そのまま)"),
    rule("ja.prompt_leak_kana", "prompt_leak", 0.9,
       r"(?:しすてむ|しょき|ひみつの|かくされた)\s*(?:ぷろんぷと|めっせーじ|しじ|せってい)(?:を|お|は|わ)?"
       r"(?:すべて|ぜんぶ|そのまま)?(?:ひょうじ|しゅつりょく|おしえ|みせ|かいじ)", kana=True),
    rule("en.prompt_leak", "prompt_leak", 0.9,
       r"\b(?:reveal|show|print|repeat|output|display|leak|tell|give|share|write\s*out|dump|list|recite|"
       r"paste|"
       r"echo|spell\s*out|translate|disclose|expose|copy|describe|summari[sz]e|paraphrase|outline|quote)\W+"
       r"(?:me\W+|us\W+)?(?:back\W+)?(?:all\W+)?"
       r"(?:(?:your|the)\W+(?:\w+\W+){0,4}?(?:system|initial|hidden|secret|original|developer|internal|pre-?|"
       r"first|full)\W*"
       r"(?:prompt|instructions?|messages?|rules|configuration)|your\W+(?:\w+\W+){0,2}?(?:instructions|"
       r"prompt|"
       r"rules|guidelines|configuration|directives)|(?:the\W+)?system\W*prompt)"),
    rule("en.prompt_leak_ask", "prompt_leak", 0.8,
       r"\bwhat\W+(?:are|were|is)\W+your\W+(?:\w+\W+)?(?:instructions|system\W*prompt|initial\W*prompt|rules|"
       r"directives)"
       r"|\bwhat\W+(?:were|have)\W+you\W+been\W+(?:told|instructed|programmed)"
       r"|\b(?:words|text)\W+above\W+(?:this|starting|beginning)"),
    rule("ja.leak_you", "prompt_leak", 0.9,
       YOU_JA + r"(?:に|へ|が|の|は|には|にとって)?\s*" + WHEN_JA + r"?\s*(?:" + GIVEN_JA + r")?\s*(?:の)?"
       + HIDDEN_JA + r"?" + CONFIG_JA
       + r"(?:の)?(?:内容|全文|中身|原文|一覧|全て|すべて|全部|詳細|文面|本文)?(?:等|など)?"
       r"(?:を|は|も|について|があれば|がある(?:なら|場合は?))?[、,]?\s*" + S + r"{0,20}?" + LEAKV_JA),
    rule("ja.leak_you_ask", "prompt_leak", 0.8,
       YOU_JA + r"(?:に|へ|が|の|は|には)?\s*" + WHEN_JA + r"?\s*(?:" + GIVEN_JA + r")?\s*(?:の)?"
       + HIDDEN_JA + r"?" + CONFIG_JA + ASKQ_JA
       + r"|" + YOU_JA + r"(?:は|が)(?:どんな|どのような|どういう|何の|なんの|いかなる|誰の|だれの)"
       + CONFIG_JA
       + r"(?:で|に|を|の(?:もと|下)で)(?:動い|従っ|基づい|縛られ|受け|与えられ|設定され|守っ|運用され|"
         r"制御され|作られ|プログラムされ)"),
    rule("ja.leak_initial", "prompt_leak", 0.9,
       WHEN_JA + r"\s*(?:" + YOU_JA + r"(?:に|へ|が|は))?\s*" + GIVEN_JA + r"\s*(?:の)?" + CONFIG_JA
       + r"(?:の)?(?:内容|全文|中身|原文|一覧|全て|すべて|全部|詳細|文面)?"
       r"(?:を|は|も|について|があれば)?[、,]?\s*"
       + S + r"{0,20}?" + LEAKV_JA),
    rule("ja.leak_told", "prompt_leak", 0.9,
       WHEN_JA + r"[、,]?\s*(?:" + YOU_JA + r"(?:は|が))?\s*(?:何|なん|どんな|どのような|どういう)"
       + S + r"{0,8}?(?:と|を|の)?\s*(?:言われ|指示され|命じられ|教えられ|"
         r"伝えられ|入力され|設定され|与えられ|"
         r"頼まれ|仕込まれ|受け)"),
    rule("ja.leak_first_message", "prompt_leak", 0.8,
       r"(?:最初|冒頭|一番上|先頭|一番最初)の(?:メッセージ|指示|文章?|行|プロンプト|入力|テキスト)"
       r"(?:に|で|には)"
       r"(?:何|なん|どんなこと)(?:が|と)(?:書|言|指示|記載|入力)"),
    rule("ja.leak_maker", "prompt_leak", 0.9,
       r"(?:" + YOU_JA + r"の\s*" + MAKER_JA + r"(?:が|から)\s*(?:" + YOU_JA + r"(?:に|へ)?)?|"
       + MAKER_JA + r"(?:が|から)\s*" + YOU_JA + r"(?:に|へ)?)\s*"
       r"(?:与えた|課した|設定した|指示した|命じた|教えた|組み込んだ|仕込んだ|与えている|"
         r"課している|設定している)" + CONFIG_JA
       + r"(?:は[？?]|" + ASKQ_JA + r"|(?:を|は)?" + S + r"{0,20}?"
       + LEAKV_JA + r")"),
    rule("ja.leak_hidden", "prompt_leak", 0.9,
       SYS_JA + r"(?:が|は)?(?:あれば|あるなら|ある場合は?|存在するなら)[、,]?\s*" + S + r"{0,20}?"
       + LEAKV_JA),
    rule("en.leak_given", "prompt_leak", 0.9,
       r"\b(?:summari[sz]e|repeat|show|print|list|tell\W+me|reveal|output|translate|paraphrase|share|recite|"
       r"quote|write\W+(?:out|down)|give\W+me|display|copy|dump|spell\W+out|read\W+(?:out|back)|what\W+(?:are|"
       r"were))\W+(?:[\w'-]+\W+){0,5}?"
       r"(?:instructions?|rules|guidelines|directives|prompt|messages?|orders|constraints|configuration|"
       r"set\W?up(?:\W+text)?|"
       r"guidance|policies)\W+(?:that\W+|which\W+)?"
       r"(?:you\W+(?:were|have\W+been|had\W+been|are\W+being|got|'ve\W+been)\W+(?:given|told|provided|"
       r"programmed|configured|fed|trained|handed|sent)|you\W+(?:received|got|follow|obey|operate\W+under|are\W+"
       r"following|were\W+set\W+up\W+with|have)|given\W+to\W+you|(?:at|from)\W+the\W+(?:very\W+)?(?:start|"
       r"beginning|top)\W+of\W+(?:this|the|our)\W+(?:conversation|chat|session|thread))"),
    rule("en.leak_above", "prompt_leak", 0.8,
       r"\b(?:print|repeat|output|show|copy|write\W+out|echo|recite|display)\W+(?:\w+\W+)?(?:everything|all|"
       r"the\W+(?:text|words|content|messages?|lines)|what(?:'s|\W+is|\W+was))\W+(?:\w+\W+){0,2}?(?:above|"
       r"before|prior\W+to)\W+(?:this|here|that|my)\b"),
    rule("en.leak_written", "prompt_leak", 0.9,
       r"\bwhat(?:'s|\W+is|\W+was|\W+are|\W+were)\W+(?:written|said|stated|contained|included|listed)\W+in\W+"
       r"your\W+(?:\w+\W+)?(?:system\W*prompt|prompt|instructions|system\W*message|rules|configuration)"
       r"|\bsystem\W*prompt\W+(?:is|begins|starts)\b[^\n]{0,60}?\b(?:continue|complete|finish|fill)\b"
       r"|\b(?:continue|complete|finish)\W+(?:\w+\W+){0,3}?(?:your|the)\W+system\W*prompt"),
    rule("en.leak_told", "prompt_leak", 0.8,
       r"\bwhat\W+(?:were|was|have|had)\W+you\W+(?:been\W+)?(?:told|instructed|programmed|configured|"
       r"ordered)\b"
       r"|\bwhat\W+did\W+(?:they|your\W+(?:\w+\W+)?(?:developers?|creators?|makers?|operators?|admins?)|"
       r"the\W+(?:developers?|operators?|system))\W+(?:tell|instruct|ask|order)\W+you\b"
       r"|\bwhat\W+(?:instructions?|rules|directives|orders)\W+(?:did|have)\W+you\W+(?:\w+\W+)?(?:receive|"
       r"get|given|got)"),

    # -- batch 6: the text the assistant was given, by what it is (文面・文言・説明書き・設定ファイル)
    rule("ja.leak_received_text", "prompt_leak", 0.9,
         r"(?:" + YOU_JA + r"|貴システム|"
         r"この[^\s、。]{0,8}?(?:ai|チャットボット|ボット|アシスタント|システム)|"
         r"開発元|" + MAKER_JA + r")" + S + r"{0,24}?"
         r"(?:受け取っ|与えられ|課せられ|課され|組み込まれ|設定され|読み込ん|読み込まれ|決めて|仕込まれ|渡され|"
         r"従っ|受け(?=て|た)|読んで)" + S + r"{0,6}?" + RECEIVED_JA + NEAR + r"{0,30}?(?:" + LEAKV_JA
         + r"|原文|一字|全文|"
         r"引用|コピー|書き直|は何|はなん|って何)"),
    rule("ja.leak_verbatim", "prompt_leak", 0.9,
         r"(?:" + YOU_JA + r"|この[^\s、。]{0,8}?(?:ai|チャットボット|ボット|アシスタント))(?:の|が|に)" + S
         + r"{0,24}?(?:" + RECEIVED_JA + r"|キャラ設定|人格設定|役割設定)(?:" + NEAR + r"|[、,])"
         r"{0,40}?(?:原文で|そのまま|一字一句|丸ごと|全文を?|改変せずに?)" + S
         + r"{0,12}?(?:貼|出し|出力|書|見せ|表示|写|コピー|示し)"),
    rule("ja.leak_hidden_config", "prompt_leak", 0.9,
         HIDDEN_CONFIG_JA + r"(?!(?:に|へ)(?:戻|リセット)|を(?:変更|設計|見直))(?:" + NEAR + r"|[。．？?])"
         r"{0,40}?(?:" + LEAKV_JA + r"|原文|全文|引用|コピー|書き直|は何|はなん|って何|何が書|どんなこと)"
         r"(?!" + S + r"{0,4}?(?:しない|せず|ないこと|ないで|禁止|厳禁))"),

    # -- batch 8: the first message, the settings it runs under, the text read before the chat
    rule("ja.leak_before_chat", "prompt_leak", 0.9,
         r"(?:(?:(?:この|今回の)?(?:会話|チャット|やり取り|セッション)(?:が|を)?(?:始まる|開く|開始する|始める)前に|"
         r"私が" + S + r"{0,10}?(?:開く|始める|話しかける)前に)|"
         + YOU_JA + r"(?:が|は)?" + S + r"{0,10}?(?:最初に|初めに|起動時に|冒頭で|最初|冒頭))"
         + S + r"{0,16}?"
         r"(?:受け取った|渡された|与えられた|読まされた|読み込まれた|入力された|書かれた)" + S + r"{0,10}?"
         r"(?:メッセージ|テキスト|文章|文面|役割説明|説明|指示文|プロンプト|設定)"
         r"|" + YOU_JA + r"の(?:初期|最初の|起動時の)(?:メッセージ|設定値|役割説明|指示文|文面)"),
    rule("ja.leak_running_config", "prompt_leak", 0.9,
         YOU_JA + r"(?:が|の)?\s*(?:動いている|動作している|稼働している|従っている|課されている|"
         r"適用されている|"
         r"(?:動作|振る舞い|挙動|回答)を決めている)" + S + r"{0,4}?"
         r"(?:設定|条件|指示文|指示|前提|ルール|説明書き|台本|プロンプト)"
         r"|(?:運用者|運営者|開発者|管理者)が" + YOU_JA + r"に(?:課している|与えている|設定している)"
         r"|(?:開発者|システム)\s*メッセージ" + S + r"{0,16}?(?:引用|表示|出力|教え|見せ|示し|何が書)"
         r"|(?:コンテキスト|文脈)の(?:先頭|冒頭|最初)" + S + r"{0,24}?(?:そのまま|貼|出力|表示|見せ)"
         r"|(?:裏側|裏|隠れた)の(?:台本|脚本|シナリオ|設定書)"
         r"|" + YOU_JA + r"を(?:構成|制御|動か)している(?:プロンプト|指示|設定)"),
    rule("ja.leak_kana_system", "prompt_leak", 0.9,
         r"しすてむ\s*(?:ぷろんぷと|めっせーじ|せってい)", kana=True),

    # -- batch 9: the part the user cannot see; what the assistant was handed, named as a memo
    rule("ja.leak_unseen", "prompt_leak", 0.9,
         UNSEEN_JA + r"(?:部分|ところ|箇所|文|文章|テキスト|メッセージ|指示|設定|内容|行|欄)"
         + S + r"{0,20}?(?:" + LEAKV_JA + r"|原文|全文|何が書)"),
    rule("ja.leak_handed_memo", "prompt_leak", 0.9,
         YOU_JA + S + r"{0,20}?(?:受け取っ|渡され|読まされ|与えられ|持たされ|教え込まれ|入れられ)"
         r"(?:て(?:い)?)?(?:た|る)(?:「[^」\n]{0,40}」(?:という|との|って))?" + S + r"{0,4}?"
         r"(?:メモ|説明文|取扱説明|取り扱い説明|マニュアル|申し送り|引き継ぎ|台本|原稿|手引き|注意書き|心得|"
         r"覚え書き|指示書|文章|文面|メッセージ)"
         + S + r"{0,24}?(?:" + LEAKV_JA + r"|原文|全文|一字一句|そのまま|読ませ)"),
    rule("ja.leak_told_noun", "prompt_leak", 0.9,
         YOU_JA + r"(?:が|は|に|へ)?" + S + r"{0,6}?" + WHEN_JA + S + r"{0,8}?"
         r"(?:言われ|頼まれ|指示され|伝えられ|教えられ|書かれ|入力され|命じられ|言い渡され|念押しされ)"
         r"(?:て(?:い)?)?(?:た|る)(?:こと|内容|文|言葉|中身|文章|もの|話)" + S + r"{0,16}?"
         r"(?:" + LEAKV_JA + r"|原文|そのまま|一字一句|全文|は何|って何)"),
    rule("ja.leak_how_told", "prompt_leak", 0.8,
         YOU_JA + r"(?:は|が)" + S + r"{0,6}?(?:どう|どのように|どんなふうに|どういうふうに|どんな風に)"
         r"(?:振る舞|ふるま|答え|応答|回答し|動)(?:う|く|える|る)?(?:よう|ように)(?:に)?"
         r"(?:言われ|頼まれ|指示され|設定され|命じられ|決められ|教えられ|作られ)"),
)
