r"""The readers and vetoes that evaluation rounds AT onwards added, as two tables the engine walks.

A round's **reader** takes the folded text and the original and returns
:class:`~govrag.dlp.recognizers.columns.ColumnForm`\ s: values it recognised by layout or wording,
rewritten as ``label：value`` lines that the engine scans again (the rescan decides the type). A
round's **veto** names the entity types it applies to and a check ``(folded, start, end) -> bool``:
a structured finding it matches is dropped (a record code read as a 個人番号, an event date read as
a birth date). A new round adds its module to the one import of ``_tables``, one row to its
``readers`` and its rows to its ``vetoes`` (:func:`form_readers`, :func:`record_vetoes`); the engine
does not change. Order is kept as the rounds were added (the
rescan batches the forms in this order).

>>> from govrag.dlp.recognizers.rounds import round_forms, vetoed_by_rounds
>>> text = "ﾌﾘｶﾞﾅ:ﾀﾃﾔﾏ ｼﾞｭﾝ\nｾｲﾈﾝｶﾞｯﾋﾟ:081102"
>>> any("生年月日：2008年11月02日" in f.text for f in round_forms(text, text))
True
>>> vetoed_by_rounds('{"checksum": "123456789018"}', "JP_MY_NUMBER", 14, 26)
True
>>> vetoed_by_rounds("個人番号：123456789018", "JP_MY_NUMBER", 5, 17)
False
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govrag.dlp.recognizers.columns import ColumnForm

__all__ = ["FormReader", "Veto", "form_readers", "record_vetoes", "round_forms", "vetoed_by_rounds"]

#: ``(folded, text) -> forms``: a round's values as ``label：value`` lines for the rescan
FormReader = Callable[[str, str], "list[ColumnForm]"]
#: ``(entity types, check(folded, start, end))``: a finding of one of the types the check matches
#: is dropped
Veto = tuple[frozenset[str], Callable[[str, int, int], bool]]

_BIRTH = frozenset({"DATE_OF_BIRTH"})
_INSURANCE = frozenset({"JP_HEALTH_INSURANCE"})
_MY_NUMBER = frozenset({"JP_MY_NUMBER"})
_PENSION = frozenset({"JP_PENSION_NUMBER"})
_POSTAL = frozenset({"JP_POSTAL_CODE"})


@cache
def _tables() -> tuple[tuple[FormReader, ...], tuple[Veto, ...]]:
    """Both tables, built once on first use with one import of the round modules (a new round adds
    its module here, its reader to ``readers`` and its vetoes to ``vetoes``)."""
    from govrag.dlp.model import STRUCTURED_TYPES
    from govrag.dlp.recognizers import (  # the recognizers' own modules
        forms_az,
        labels_ml,
        records_au,
        records_ay,
        records_ba,
        records_bb,
        records_bc,
        records_bd,
        records_be,
        records_bf,
        records_bg,
        records_bh,
        records_bi,
        records_bj,
        records_bl,
        records_bm,
        records_bn,
        records_bo,
        records_bp,
        records_bq,
        records_br,
        records_bs,
        records_bt,
        records_bv,
        records_bw,
        records_bx,
        records_by,
        records_bz,
        records_cb,
        records_cc,
        records_cd,
        records_cf,
        records_cg,
        records_ch,
    )

    readers: tuple[FormReader, ...] = (
        labels_ml.ml_forms,  # AT: the multilingual label lexicon
        lambda folded, _text: records_au.record_au_forms(folded),  # AU: Zengin / fixed-width persons
        lambda folded, _text: forms_az.az_forms(folded),  # AZ: bracketed postal codes, spaced cards
        records_ay.record_ay_forms,  # AY: glued records, lists of children
        records_ba.record_ba_forms,  # BA: coded records, households, account labels
        records_bb.record_bb_forms,  # BB: insurance keys, kana layouts, birth notes
        records_bc.record_bc_forms,  # BC: fixed-width / 介護 rows, dialogue answers
        records_bd.record_bd_forms,  # BD: transfer rows, licences in pt/en, 生年は
        records_be.record_be_forms,  # BE: person rows, REC pensions, 法人/個人番号
        records_bf.record_bf_forms,  # BF: 生年月日欄「…」, era codes, spaced cards
        records_bg.record_bg_forms,  # BG: licence records, romaji headers, 枝番
        records_bh.record_bh_forms,  # BH: 法人番号／…, DOB sentences, 番号 read digit by digit
        records_bi.record_bi_forms,  # BI: glued header rows, MRZ, birth + transfer
        records_bj.record_bj_forms,  # BJ: 생년월, （…生）, 記号・番号, 届出
        records_bl.record_bl_forms,  # BL: Japanese XML insurance elements
        records_bo.record_bo_forms,  # BO: half-width kana birth labels
        records_bp.record_bp_forms,  # BP: qualified births, co-op bank accounts
        records_bm.record_bm_forms,  # BM: record columns typed across rows
        records_bn.record_bn_forms,  # BN: foreign labels, partial births, chats
        records_bq.record_bq_forms,  # BQ: transfer lines, person rows, kana columns
        records_br.record_br_forms,  # BR: spoken phones, passport scripts, 生年 月日
        records_bs.record_bs_forms,  # BS: births in prose / janma / sinh, log phones, 記号・番号
        records_bv.record_bv_forms,  # BV: Zengin files, corrected accounts, payee blocks, ｶﾅ labels
        records_bt.record_bt_forms,  # BT: columns typed by a header the rows split differently
        records_bw.record_bw_forms,  # BW: 出生 labels, partial births, foreign 記号 / 番号, 記号・番号
        records_bx.record_bx_forms,  # BX: bare phones in signature blocks
        records_by.record_by_forms,  # BY: headerless / glued person rows, glued runs, tour passports
        records_bz.record_bz_forms,  # BZ: births / passports / phones in phrases, titled lists, XML
        records_cb.record_cb_forms,  # CB: mobiles glued after a row's letter codes
        records_cc.record_cc_forms,  # CC: b. / born Showa / เกิด, phone speakers, call logs, bank names
        records_cd.record_cd_forms,  # CD: headerless transfer rows, glued person runs, send logs, families
        records_cf.record_cf_forms,  # CF: birth-date columns known by their spread over the years
        records_cg.record_cg_forms,  # CG: declared fixed-width layouts, postal columns by region, OIDs
        records_ch.record_ch_forms,  # CH: spaced Zengin detail rows
    )

    def column(kind: str) -> Veto:  # BM: a cell its column's type rules out
        return frozenset({kind}), lambda f, s, e: records_bm.column_vetoed(f, kind, s, e)

    def header(kind: str) -> Veto:  # BT: a cell its header word rules out
        return frozenset({kind}), lambda f, s, e: records_bt.header_vetoed(f, kind, s, e)

    def code_label(kind: str) -> Veto:  # BX: a value after another number's / code's label
        return frozenset({kind}), lambda f, s, _e: records_bx.code_label_number(f, kind, s)

    def numbered(kind: str) -> Veto:  # BX: a value wrapped in 第…号
        return frozenset({kind}), lambda f, s, e: records_bx.numbered_document(f, kind, s, e)

    vetoes: tuple[Veto, ...] = (
        # BM: check digits across a column's rows, amount / count headers
        *(column(k) for k in ("JP_MY_NUMBER", "CREDIT_CARD", "JP_BANK_ACCOUNT", "PHONE_NUMBER")),
        # BB: an event / meal / period-end date; a *_id value as a licence; a glued 後期高齢者
        # record's numbers as a pension number; a money order's 記号番号 as an insurance number
        (_BIRTH, records_bb.event_date),
        (frozenset({"JP_DRIVER_LICENSE"}), lambda f, s, _e: records_bb.id_key_licence(f, s)),
        (_PENSION, lambda f, s, _e: records_bb.kouki_row_digits(f, s)),
        (_INSURANCE, lambda f, s, _e: records_bb.money_order_number(f, s)),
        (_INSURANCE, records_bb.kokuho_joint),
        # BC: a glued 介護保険 record's leading digits as a 個人番号; an amount row's date; a
        # 記号・番号・枝番 value outside any insurance text
        (_MY_NUMBER, lambda f, s, _e: records_bc.care_row_digits(f, s)),
        (_BIRTH, lambda f, s, _e: records_bc.amount_row_date(f, s)),
        (_INSURANCE, lambda f, s, _e: records_bc.bare_branch_code(f, s)),
        (_INSURANCE, records_bc.branch_joint),
        # BD: a transfer row's amount as an account; a licence number as a 個人番号
        (frozenset({"JP_BANK_ACCOUNT"}), lambda f, s, _e: records_bd.transfer_amount(f, s)),
        (_MY_NUMBER, lambda f, s, _e: records_bd.licence_number(f, s)),
        # BH / BJ: a date bounding a cohort (…生まれ以降) or ending a range; a joint mutual-aid pair
        (_BIRTH, records_bh.cohort_bound),
        (_BIRTH, lambda f, s, _e: records_bj.range_end(f, s)),
        (_INSURANCE, records_bj.card_joint),
        # BG: a log line's record= / id= value as a passport; a licence's digits as a pension
        (frozenset({"JP_PASSPORT"}), lambda f, s, _e: records_bg.record_key_value(f, s)),
        (_PENSION, lambda f, s, _e: records_bg.licence_digits(f, s)),
        (_INSURANCE, records_bg.dot_joint),
        # BI: a cut glued run's cross-piece value; a bank branch attribute; a JSON period
        (STRUCTURED_TYPES, records_bi.glued_piece),
        (_INSURANCE, lambda f, s, _e: records_bi.bank_attribute(f, s)),
        (_BIRTH, lambda f, s, _e: records_bi.period_value(f, s)),
        # BO: a glued person row's event date and record id; an animal's birth date
        (_BIRTH, records_bo.row_event_date),
        (_PENSION, records_bo.row_record_id),
        (_BIRTH, records_bo.animal_birth),
        # BP: a district / area / route code column's cell as a postal code
        (_POSTAL, records_bp.code_column_postal),
        # BN: a checksum / hash field's twelve digits as a 個人番号; a whole 記号-番号-枝番 triple
        (_MY_NUMBER, lambda f, s, _e: records_bn.hash_field(f, s)),
        (_INSURANCE, records_bn.triple_joint),
        (_INSURANCE, records_bs.joined_kigo_bango),  # BS: 被保険者証記号・番号 after 保険者番号
        # BR: seven digits inside 第…号 as a postal code
        (_POSTAL, records_br.numbered_document),
        # BV: digits followed by 円 (or after ¥) as an account
        (frozenset({"JP_BANK_ACCOUNT"}), records_bv.amount_value),
        # BT: a plain-digit cell under a not-personal header (No, RCVNO, AMOUNT) or typed by its
        # header as another type
        *(header(k) for k in ("JP_POSTAL_CODE", "JP_HEALTH_INSURANCE", "JP_BANK_ACCOUNT", "PHONE_NUMBER")),
        (_INSURANCE, records_bw.joined_kigo_bango),  # BW: 記号・番号：A・B after any insurance word
        # BX: a date under another event's key / label or closing a staff line; a value after another
        # number's / code's label; a phone or 個人番号 wrapped in 第…号
        (_BIRTH, records_bx.other_date_label),
        *(code_label(k) for k in ("JP_POSTAL_CODE", "JP_MY_NUMBER")),
        *(numbered(k) for k in ("PHONE_NUMBER", "JP_MY_NUMBER")),
        (_PENSION, records_by.glued_key_digits),  # BY: digits of a record key glued to a kana name
        (frozenset({"PHONE_NUMBER"}), records_bz.protocol_phone),  # BZ: a protocol / 受付 number
        (_BIRTH, records_cb.event_column_date),  # CB: a date cell under another event's header
        # CC: numbers a block says are no phones; twelve digits under another number's header
        (frozenset({"PHONE_NUMBER"}), records_cc.denied_phone),
        (_MY_NUMBER, records_cc.other_number_list),
        (frozenset({"CREDIT_CARD"}), records_cc.non_credit_card),  # CC: a transit / prepaid card
        (frozenset({"PHONE_NUMBER"}), records_cd.form_number_phone),  # CD: a form / product number
        (STRUCTURED_TYPES, records_cg.across_fields),  # CG: a run read across a declared layout's fields
        (frozenset({"PHONE_NUMBER"}), records_ch.aligned_other_column),  # CH: a cell under another column
        (_BIRTH, records_ch.other_date_title),  # CH: a roster titled by another day (入会日, 支給日)
    )
    return readers, vetoes


def form_readers() -> tuple[FormReader, ...]:
    """The round readers, in the order the rounds added them (built once)."""
    return _tables()[0]


def record_vetoes() -> tuple[Veto, ...]:
    """The vetoes of rounds BB onwards (record layouts and their look-alikes), built once."""
    return _tables()[1]


def round_forms(folded: str, text: str) -> list[ColumnForm]:
    """Every round reader's forms for ``folded`` (``text``: the original), in table order."""
    return [form for reader in form_readers() for form in reader(folded, text)]


def vetoed_by_rounds(folded: str, kind: str, start: int, end: int) -> bool:
    """Whether a round veto drops the ``kind`` finding ``folded[start:end]``."""
    return any(kind in kinds and check(folded, start, end) for kinds, check in record_vetoes())
