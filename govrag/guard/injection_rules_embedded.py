"""Embedded instructions (a document addressed to the model that reads it) and fake delimiters.

Passage mode: any instruction addressed to an AI, assistant, model or summariser inside a retrieved
document; query mode: only the explicit 【AIへの指示】 kind and the delimiter rules."""

from __future__ import annotations

from govrag.guard.injection_vocab import (
    ADDR_JA,
    AI_READER_JA,
    DIRECTIVE_JA,
    ORDER_JA,
    OUTV_JA,
    PASSAGE,
    READER_JA,
    REPORTED,
    InjectionRule,
    S,
    rule,
)

__all__ = ["RULES"]

RULES: tuple[InjectionRule, ...] = (
    rule("ja.ai_label", "embedded", 0.9,
       r"[【\[［(（<＜《〔]\s*" + S + r"{0,6}?" + ADDR_JA + r"\s*(?:への|に対する|向けの?|用の?|宛ての?|"
       r"宛の?)?\s*"
       r"(?:指示|命令|注記|注意|お願い|依頼|要請|補足|メモ|メッセージ|連絡|指令|プロンプト|"
       r"インストラクション)" + S
       + r"{0,6}?[】\]］)）>＞》〕]"),
    rule("ja.ai_addressed", "embedded", 0.9,
       r"(?:(?:この|本|当該)?(?:文書|資料|テキスト|ページ|通知|ファイル|データ|文章|記事|議事要旨|議事録|"
       r"会議録|仕様書|書類|書面|"
       r"本書|メール|説明書|報告書|記録)を"
       r"(?:読ん|読み込ん|処理し|要約し|解析し|参照し|取り込ん|学習し)(?:で|て)?(?:いる|だ|た|する)?|"
       r"(?:もし)?(?:あなたが|貴方が)" + r")\s*(?:" + ADDR_JA
       + r"|システム|プログラム|ツール|エンジン|あなた)" + S + r"{0,80}?" + OUTV_JA + S + r"{0,8}?"
       + DIRECTIVE_JA
       + REPORTED, modes=PASSAGE),
    rule("ja.ai_topic", "embedded", 0.9,
       ADDR_JA + r"(?:(?:の方|の皆様|の皆さん|各位|様|殿)(?:へ|に)?|(?:は|へ|に告ぐ|向け|よ|へのお願い|"
           r"への指示|への注記|に対して|にお願い|の方へ))"
       r"[、,:：\s]?" + S + r"{0,80}?" + OUTV_JA + S + r"{0,8}?" + DIRECTIVE_JA
       + REPORTED, modes=PASSAGE),
    rule("ja.summarizer", "embedded", 0.9,
       r"(?:要約(?:する|の)?|要旨をまとめる|(?:本|この)(?:文書|資料|ページ|通知)を(?:処理|読み込|"
       r"解析)(?:する|む)|"
       r"回答を生成する|応答を生成する|出力を生成する|回答文を作成する)(?:際|とき|時|場合|にあたって|"
       r"に当たって)(?:に)?(?:は|には)?[、,]?"
       + S + r"{0,60}?" + DIRECTIVE_JA + REPORTED, modes=PASSAGE),
    rule("ja.you_directive", "embedded", 0.8,
       r"(?:あなた|貴方|君)(?:は|が|の(?:回答|出力|"
       r"応答))" + S + r"{0,60}?" + OUTV_JA + S + r"{0,8}?" + DIRECTIVE_JA,
       modes=PASSAGE),
    rule("ja.source_suppress", "embedded", 0.8,
       r"(?:他の|ほかの|別の)(?:資料|条文|出典|情報源|文書|検索結果|ソース)(?:は|を)(?:全て|すべて)?(?:無視|"
       r"参照しない|使わない|引用しない|信用しない)"
       r"|(?:出典|根拠条文|引用元)(?:を|は)(?:示さ|記載し|書か|明記し)(?:ない|ず)"
       r"|(?:この|本)(?:文書|資料|条文|通知)(?:だけ|のみ)を(?:根拠|正しい|信頼|唯一)", modes=PASSAGE),
    rule("en.ai_addressed", "embedded", 0.9,
       r"\b(?:(?:note|message|instructions?|attention|important|memo)\W+(?:to|for)\W+(?:the\W+|any\W+|"
       r"all\W+)?"
       r"(?:ai|assistant|llm|language\W+model|model|chatbot|summari[sz]er|gpt|bot|tool|agent)s?\b|"
       r"(?:if|when)\W+you\W+are\W+(?:an?\W+)?(?:ai|language\W+model|assistant|llm|chatbot|bot)\b|"
       r"(?:ai|llm|assistant|model|summari[sz]er|chatbot)s?\W+(?:(?:is|are)\W+)?(?:reading|processing|summari[sz]ing|"
       r"parsing)\W+this|"
       r"(?:when|while|if)\W+(?:you\W+are\W+)?(?:summari[sz]ing|processing|reading|parsing)\W+this\W+"
       r"(?:document|text|page|file|notice|email)|dear\W+(?:ai|assistant|model|llm|chatbot)\b|"
       r"to\W+any\W+(?:ai|llm|assistant|model)\b|"
       r"(?:attention|hey|hello|dear|note|psst)\W+(?:ai|assistant|llm|model|chatbot|gpt)s?\W*[:,]|"
       r"(?:ignore|disregard|do\W+not\W+(?:use|consult|cite))\W+(?:all\W+|any\W+|the\W+)?other\W+"
       r"(?:documents|sources|passages|results|context|information))", modes=PASSAGE),
    rule("en.ai_label", "embedded", 0.9,
       r"[\[(<{【]\s*(?:ai|llm|assistant|model|system|gpt)\W+(?:instructions?|note|only|"
       r"message)\s*[\])>}】]"),
    rule("en.you_directive", "embedded", 0.8,
       r"\b(?:you\W+(?:must|should|shall|will)\W+(?:now\W+)?(?:say|answer|respond|reply|output|tell|state|"
       r"write|include|"
       r"recommend|ignore|omit|claim)|respond\W+only\W+with|your\W+(?:answer|response|summary|"
       r"output)\W+(?:must|should|shall))",
       modes=PASSAGE),
    # ---- delimiters ----------------------------------------------------------------------
    rule("delim.xml", "delimiter", 0.8,
       r"</?\s*(?:source|sources|document|documents|context|system|instructions?|assistant|user|tool|"
       r"quoted?|question|資料|出典|システム)\s*>"),
    rule("delim.chatml", "delimiter", 0.9,
       r"<\|\s*(?:im_start|im_end|system|user|assistant|endoftext|eot_id|start_header_id|end_header_id|"
       r"begin_of_text)\s*\|>"),
    rule("delim.inst", "delimiter", 0.8, r"\[/?inst\]|<<\s*/?sys\s*>>|<\s*/?s\s*>"),
    rule("delim.role_line", "delimiter", 0.7,
       r"^[ \t#>*\-]*(?:system|assistant|developer|システム|アシスタント|システムメッセージ)\s*[:：]"),
    rule("delim.heading", "delimiter", 0.7,
       r"^#{2,}\s*(?:system|instructions?|new\s+instructions|システム|指示)\b"),
    rule("delim.authority", "override", 0.8,
       r"(?:システム|開発者|openai|anthropic|system|developer)(?:から|より|からの|による)?の?\s*"
       r"(?:緊急|重要|最優先)?(?:の)?(?:指示|命令|上書き|override)\s*[:：】\]]"),

    # -- batch 6: the reader named by what it does with the document
    #    (「本要綱を参照して回答を作成するシステムは」)
    rule("ja.ai_reader", "embedded", 0.9,
         r"(?:読|処理|解析|参照|利用|使用|要約|評価|取りまと|まと|レビュー|学習|取り込|読み込|読み取|引用|"
         r"翻訳|作成|生成|情報源として使)[^\n、。]{0,6}?(?:する|した|している|中の|んだ|んでいる|った|る|める|う)"
         r"[^\n、。はが]{0,6}?" + READER_JA + r"(?:は|が|に対しては|の方は|におかれましては|へ[:：])"
         r"[、,]?[^\n]{0,100}?" + ORDER_JA,
         modes=PASSAGE),
    rule("ja.ai_if_reader", "embedded", 0.9,
         r"(?:読み手|読者|読んでいる(?:の|者|あなた)|この(?:文章|文書|ページ)を読む(?:者|の))(?:が|は)" + S
         + r"{0,12}?" + ADDR_JA + r"(?:である|なら|の場合|だったら|であれば)[^\n]{0,100}?" + ORDER_JA,
         modes=PASSAGE),
    rule("ja.ai_asked", "embedded", 0.9,
         r"よう[、,]?\s*" + S + r"{0,12}?" + ADDR_JA + r"(?:の皆さま|の皆様)?に(?:求め|お願い|依頼|指示|要請)"
         r"|" + ADDR_JA + r"(?:の皆さま|の方々|各位)(?:へ|に)[、,:：\s]?[^\n]{0,80}?" + ORDER_JA
         + r"|" + ADDR_JA + r"(?:の方)?へ[。:：]\s*[^\n]{0,100}?" + ORDER_JA,
         modes=PASSAGE),
    rule("ja.ai_note", "embedded", 0.9,
         r"(?:補足|注|備考|※|メモ|追伸)\s*[:：]?\s*" + READER_JA + r"(?:は|が)[、,]?[^\n]{0,100}?" + ORDER_JA,
         modes=PASSAGE),
    rule("delim.end_marker", "delimiter", 0.8,
         r"(?:end\W+of\W+(?:the\W+)?(?:document|context|sources?|input|data|passage)|資料ここまで|出典終了|"
         r"資料終了|文書終了|以上で資料は終わり)[^\n]{0,4}[\s\S]{0,120}?"
         r"(?:system|instructions?|システム|指示|設定|命令|回答してよい)"),
    rule("delim.bracket_new", "delimiter", 0.8,
         r"[\[【［(（<＜]\s*(?:新しい|追加の?|本当の|真の|最新の|緊急)\s*(?:指示|命令|設定|システム(?:メッセージ)?)"
         r"\s*[\]】］)）>＞]"),
    rule("delim.role_bracket", "delimiter", 0.7,
         r"^[ \t]*[\[(<]\s*(?:system|assistant|developer|human)\s*[\])>]\s*[:：]"
         r"|^[ \t]*(?:human|ユーザー|user)\s*[:：][^\n]*\n[ \t]*(?:assistant|アシスタント|ai)\s*[:：]"),

    # -- batch 8: a note addressed to the processing system, a directive hidden in an HTML comment
    rule("ja.reader_addressed_note", "embedded", 0.9,
         r"(?:" + READER_JA + r"|(?:言語)?モデル|llm)(?:への|に対する|向けの?|へ)"
         r"(?:注記|注意|指示|連絡|メモ|お願い|伝達|"
         r"通知)?\s*[:：][^\n]{0,100}?(?:" + ORDER_JA + r"|[えけせてねべめれ]よ(?=[。］\]】」\s]|$))",
         modes=PASSAGE),
    rule("ja.comment_directive", "embedded", 0.8, r"<!--(?:(?!-->)[^\n]){0,160}?" + ORDER_JA, modes=PASSAGE),

    # -- batch 9: the model reader addressed by a condition, a header or a trailing label
    rule("ja.reader_in_context", "embedded", 0.9,
         AI_READER_JA + r"(?:において|にあって|におかれて|に(?:あた|当た)って|の場合)(?:は)?[、,]?"
         r"[^\n]{0,100}?" + ORDER_JA, modes=PASSAGE),
    rule("ja.reader_label", "embedded", 0.9,
         r"[【\[［(（<＜《〔]\s*" + S + r"{0,8}?" + AI_READER_JA + r"\s*(?:向け|用|宛て?|への|各位|の方へ)"
         r"(?:の(?:注記|注意|指示|メモ|補足|連絡|お願い))?\s*[】\]］)）>＞》〕]", modes=PASSAGE),
)
