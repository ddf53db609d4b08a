"""Write the project's own office documents (通知・要領・Q&A・起案・マニュアル・事務連絡) in every
supported format into tests/data/documents/ (deterministic; re-run after editing the texts).

All names, addresses and numbers are invented. Personal data and 機密性 markings are planted where
offices put them: a 機密性２情報 header and the requester's data in a past 起案 (DOCX), a
「（取扱注意）」 section in a counter manual (HTML), a 機密性２ stamp on the first page of a
PDF review sheet.

    python benchmarks/make_office_docs.py [--out tests/data/documents]
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

# ----------------------------------------------------------------------------------- texts

TSUCHI = {  # 通知 (DOCX)
    "front": [
        "総行行第45号",
        "令和7年3月31日",
        "各都道府県知事　殿",
        "総務省自治行政局長",
        "（公印省略）",
        "住民票の写し等の交付における本人確認の取扱いについて（通知）",
        "住民票の写し等の交付に当たっての本人確認については、これまでも適切な運用をお願いしてきた"
        "ところですが、今般、下記のとおり取扱いを整理しましたので、貴都道府県内の市区町村に対して"
        "周知いただきますようお願いします。",
        "記",
    ],
    "body": [
        ("第1", "趣旨"),
        ("", "なりすましによる住民票の写しの不正取得を防止するため、窓口における本人確認の方法を統一する。"),
        ("第2", "本人確認の方法"),
        ("（1）", "窓口請求"),
        (
            "",
            "窓口で請求する者には、運転免許証、マイナンバーカード等の顔写真付きの本人確認書類を1点提示させる。"
            "顔写真付きの書類を持たない者には、健康保険の資格確認書、年金手帳等の書類を2点提示させる。",
        ),
        ("（2）", "代理人による請求"),
        (
            "",
            "代理人が請求する場合は、本人の署名のある委任状の提出を求め、代理人自身の本人確認書類を確認する。"
            "委任状の作成日から3か月を経過したものは受け付けない。",
        ),
        ("ア", "法定代理人の場合"),
        ("", "親権者等の法定代理人については、戸籍謄本等により代理権を確認する。"),
        ("イ", "任意代理人の場合"),
        ("", "任意代理人については、委任状の記載事項と請求書の記載事項の一致を確認する。"),
        ("第3", "郵送による請求"),
        (
            "",
            "郵送による請求の場合は、本人確認書類の写しの同封を求め、返信用封筒の宛先は住民票上の住所に限る。",
        ),
        ("第4", "施行期日"),
        ("", "この通知は、令和7年4月1日から適用する。"),
    ],
}

YORYO_PAGES = [  # 事務処理要領 (PDF, one list per page)
    [
        "証明書交付事務処理要領",
        "令和6年4月1日改正",
        "1 目的",
        "この要領は、市民課における各種証明書の交付事務の処理について必要な事項を定める。",
        "2 対象となる証明書",
        "(1) 住民票の写し及び住民票記載事項証明書",
        "(2) 印鑑登録証明書",
        "(3) 税務証明書（所得証明書及び課税証明書）",
    ],
    [
        "3 交付手数料",
        "(1) 窓口交付",
        "住民票の写しの交付手数料は、1通につき300円とする。",
        "(2) コンビニ交付",
        "マイナンバーカードを利用したコンビニエンスストアでの交付は、1通につき200円とする。",
        "ア 利用時間",
        "コンビニ交付の利用時間は、午前6時30分から午後11時までとする。",
        "イ 停止日",
        "システム保守のため、毎月第2火曜日の夜間は停止する。",
    ],
    [
        "4 手数料の免除",
        "生活保護の受給者が保護の申請に用いる場合は、手数料を免除する。",
        "5 交付の記録",
        "交付した証明書の種類、通数及び請求者の区分を交付簿に記録し、5年間保存する。",
    ],
]

QA_ROWS = [  # Q&A (XLSX): 番号, 質問, 回答
    (
        "問1",
        "マイナンバーカードの交付申請に手数料はかかりますか。",
        "初回の交付申請には手数料はかかりません。紛失等による再交付は1,000円です。",
    ),
    (
        "問2",
        "マイナンバーカードの電子証明書の有効期間は何年ですか。",
        "署名用電子証明書及び利用者証明用電子証明書の有効期間は、発行の日から5回目の誕生日までです。",
    ),
    (
        "問3",
        "カードの暗証番号を忘れた場合はどうすればよいですか。",
        "本人確認書類を持参の上、市民課窓口で暗証番号の再設定を申請してください。",
    ),
    (
        "問4",
        "転出届をした後もマイナンバーカードを使えますか。",
        "転入届の際にカードを提出して継続利用の手続をすれば、引き続き使えます。転出予定日から30日以内に転入届をしてください。",
    ),
    (
        "問5",
        "代理人がカードを受け取ることはできますか。",
        "病気や障害等でやむを得ない場合に限り、照会書兼回答書と委任状を持参した代理人が受け取れます。",
    ),
]

KIAN = {  # past 起案 (DOCX, 機密性２情報 header, personal data)
    "front": [
        "起案日　令和6年11月8日",
        "保有個人情報の開示決定について（伺い）",
        "標記について、下記のとおり開示決定をしてよいか伺います。",
    ],
    "body": [
        ("1", "請求の内容"),
        (
            "",
            "請求者　山田太郎（住所：東京都千代田区霞が関二丁目1番2号、電話：03-5253-5111）から、"
            "令和6年10月21日付けで自己の住民票の異動履歴に係る保有個人情報の開示請求があった。",
        ),
        ("2", "決定の内容"),
        (
            "",
            "請求に係る保有個人情報の全部を開示する。開示の実施方法は写しの交付とし、"
            "請求者の生年月日は昭和58年4月12日であることを本人確認書類で確認した。",
        ),
        ("3", "根拠"),
        (
            "",
            "個人情報の保護に関する法律第八十二条第一項の規定により、開示請求があった日から30日以内に決定する。",
        ),
    ],
}

MANUAL_HTML = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>市民課窓口対応マニュアル</title>
<style>body{font-family:serif}</style><script>var tracking = 1;</script></head>
<body>
<header>市民課　窓口対応マニュアル（令和6年度版）</header>
<h1>市民課窓口対応マニュアル</h1>
<h2>第1　受付の基本</h2>
<p>来庁者には番号札を発行し、呼出し順に受け付ける。待ち時間が30分を超える見込みのときは、その旨を案内する。</p>
<h3>（1）　番号札の発行</h3>
<p>番号札は受付機で発行し、証明書の請求と届出で窓口を分ける。</p>
<h3>（2）　高齢者等への配慮</h3>
<p>高齢者や障害のある方には、職員が記載台まで同行して請求書の記入を補助する。</p>
<h2>第2　不当要求への対応</h2>
<p>大声を出すなど業務に支障を及ぼす来庁者には、複数の職員で対応し、記録を作成する。</p>
<h2>第3　ＤＶ等支援措置対象者の取扱い（取扱注意）</h2>
<p>ＤＶ等支援措置の対象者に係る住民票の写しの請求があったときは、端末の警告表示を確認し、係長の承認を得るまで交付しない。</p>
<h3>（1）　加害者からの請求</h3>
<p>加害者と判明している者からの請求は拒否し、支援措置担当（内線2345）に直ちに連絡する。</p>
<h2>第4　閉庁時の対応</h2>
<p>閉庁時に届出書を受け取った場合は、宿直職員が預かり、翌開庁日に市民課へ引き継ぐ。</p>
<footer>- 市民課 -</footer>
</body></html>
"""

FAQ_MD = """---
title: 申請手続に関するよくある質問
---

# 申請手続に関するよくある質問

令和7年1月15日　市民課

## 問1 印鑑登録はその日のうちにできますか

本人が顔写真付きの本人確認書類を持参した場合は、即日登録できます。
持参しない場合は、照会書を郵送し、回答書を持参したときに登録します。

## 問2 戸籍証明書を本籍地以外の市町村で取れますか

戸籍証明書の広域交付により、本人、配偶者、父母及び子の戸籍証明書を最寄りの市町村の窓口で請求できます。
ただし、郵送や代理人による請求はできません。

## 問3 手数料の支払方法は何がありますか

| 支払方法 | 窓口 | 郵送 |
|---|---|---|
| 現金 | 可 | 不可 |
| 定額小為替 | 不可 | 可 |
| キャッシュレス決済 | 可 | 不可 |
"""

RENRAKU_PAGES = [  # 事務連絡 (plain text, form feed between pages)
    [
        "事務連絡",
        "令和7年2月10日",
        "各区役所市民課長　様",
        "市民局区政推進課長",
        "年度末の窓口混雑への対応について",
        "例年、3月下旬から4月上旬にかけて転入・転出の届出が集中することから、下記のとおり対応をお願いします。",
        "記",
        "1 臨時窓口の開設",
        "3月25日から4月5日までの間、土曜日も午前9時から正午まで臨時窓口を開設する。",
    ],
    [
        "2 応援職員の配置",
        "各課から応援職員を1名ずつ市民課に配置し、番号札の案内と記載台での補助に当たらせる。",
        "3 報告",
        "各区は、臨時窓口の来庁者数を4月10日までに区政推進課へ報告すること。",
    ],
]

REVIEW_PAGES = [  # 審査票 (PDF, 機密性２ stamp on the first page)
    [
        "機密性２",
        "児童手当認定請求審査票",
        "1 請求者",
        "請求者　佐藤花子（電話 090-1234-5678）",
        "2 審査結果",
        "(1) 所得の状況",
        "所得制限限度額を下回るため、認定する。",
    ],
    [
        "(2) 支給開始月",
        "請求のあった日の属する月の翌月分から支給する。",
        "3 通知",
        "認定通知書を請求者に送付する。",
    ],
]


# --------------------------------------------------------------------------------- writers


def _docx(
    path: Path, front: list[str], body: list[tuple[str, str]], *, header: str | None, title: str
) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = docx.Document()
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    for i, line in enumerate(front):
        para = doc.add_paragraph(line)
        if i < 2 or line.endswith("長") or line.startswith("（公印"):
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for num, text in body:
        if num:
            doc.add_paragraph(f"{num}　{text}", style="Heading 2" if num.startswith("第") else None)
        else:
            doc.add_paragraph(text)
    props = doc.core_properties
    props.title = title
    props.author = "govrag test data"
    props.created = props.modified = dt.datetime(2025, 3, 31, 9, 0, 0)
    props.last_modified_by = "govrag"
    props.revision = 1
    doc.save(str(path))


def _pdf(path: Path, pages: list[list[str]], *, title: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle(title)
    width, height = A4
    for n, lines in enumerate(pages, start=1):
        y = height - 60
        for line in lines:
            c.setFont("HeiseiMin-W3", 10.5)
            # wrap long lines at 42 characters (A4 portrait at 10.5pt)
            for k in range(0, len(line), 42):
                c.drawString(60, y, line[k : k + 42])
                y -= 18
        c.setFont("HeiseiMin-W3", 9)
        c.drawCentredString(width / 2, 30, f"- {n} -")
        c.showPage()
    c.save()


def _xlsx(path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Q&A"
    ws.append(["マイナンバーカードに関するQ&A（令和7年3月版）"])
    ws.append([])
    ws.append(["番号", "質問", "回答"])
    for row in QA_ROWS:
        ws.append(list(row))
    wb.properties.title = "マイナンバーカードに関するQ&A"
    wb.properties.creator = "govrag test data"
    wb.properties.created = wb.properties.modified = dt.datetime(2025, 3, 1, 9, 0, 0)
    wb.save(str(path))


def write_all(out: Path) -> list[Path]:
    """Write every test document into ``out``; returns the paths."""
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "tsuchi_honninkakunin.docx": lambda p: _docx(
            p,
            TSUCHI["front"],
            TSUCHI["body"],
            header=None,
            title="住民票の写し等の交付における本人確認の取扱いについて（通知）",
        ),
        "kian_kaiji_kettei.docx": lambda p: _docx(
            p,
            KIAN["front"],
            KIAN["body"],
            header="機密性２情報",
            title="保有個人情報の開示決定について（伺い）",
        ),
        "yoryo_shomeisho.pdf": lambda p: _pdf(p, YORYO_PAGES, title="証明書交付事務処理要領"),
        "shinsa_jido_teate.pdf": lambda p: _pdf(p, REVIEW_PAGES, title="児童手当認定請求審査票"),
        "qa_mynumber.xlsx": _xlsx,
        "manual_madoguchi.html": lambda p: p.write_text(MANUAL_HTML, encoding="utf-8"),
        "faq_tetsuzuki.md": lambda p: p.write_text(FAQ_MD, encoding="utf-8"),
        "renraku_nendomatsu.txt": lambda p: p.write_text(
            "\f".join("\n".join(page) + "\n" for page in RENRAKU_PAGES), encoding="utf-8"
        ),
    }
    written = []
    for name, write in files.items():
        path = out / name
        write(path)
        written.append(path)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "tests/data/documents"))
    args = ap.parse_args()
    for p in write_all(Path(args.out)):
        print(f"{p}\t{p.stat().st_size} bytes")


if __name__ == "__main__":
    main()
