"""Embedded instructions (a document addressed to the model that reads it) and fake delimiters.

Passage mode: any instruction addressed to an AI, assistant, model or summariser inside a retrieved
document; query mode: only the explicit 【AIへの指示】 kind and the delimiter rules."""

from __future__ import annotations

from govrag.guard.injection_vocab import (
    ADDR_JA,
    DIRECTIVE_JA,
    OUTV_JA,
    PASSAGE,
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
       r"(?:指示|命令|注記|注意|お願い|メモ|メッセージ|連絡|指令|プロンプト|インストラクション)" + S
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
       r"(?:ai|assistant|llm|language\W+model|model|chatbot|summari[sz]er|gpt|bot)s?\b|"
       r"(?:if|when)\W+you\W+are\W+(?:an?\W+)?(?:ai|language\W+model|assistant|llm|chatbot|bot)\b|"
       r"(?:ai|llm|assistant|model|summari[sz]er|chatbot)s?\W+(?:reading|processing|summari[sz]ing|"
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
)
