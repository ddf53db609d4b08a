"""E-mail addresses, including when glued to Japanese text (「連絡先はtaro@example.comです」).

Source: RFC 5322 §3.4.1 addr-spec (dot-atom subset) and RFC 1035 host names. govrag's own
recognizer: presidio's stock EmailRecognizer relies on word boundaries that Japanese text lacks and
validates the TLD with tldextract, which downloads the public-suffix list; this one is offline and
accepts any alphabetic TLD of 2-24 letters.

>>> r = JpEmailRecognizer()
>>> t = "連絡先はtaro.yamada@example.co.jpです"
>>> [t[x.start:x.end] for x in r.analyze(t, [])]
['taro.yamada@example.co.jp']
"""

from __future__ import annotations

from govrag.dlp.recognizers.base import JaPattern, JaPatternRecognizer

__all__ = ["JpEmailRecognizer"]

# RFC 5322 allows / | = in a local part, but a field separator (／ ｜, folded / |) or a key's = right
# before an address is no part of it: 「TEL 03-…／someone@example.jp」 is a phone and an address
_ATEXT = r"[A-Za-z0-9!#$%&'*+?^_`{}~-]"
# a quote or backquote never starts an address: it frames one ('a@example.jp', `a@example.jp`)
# round BK: a local part may end with a dot or hold two dots in a row (「name.@…」「a..b@…」): old
# Japanese mobile carriers issued such addresses, and they are someone's like any other
_LOCAL = r"(?!['`])" + _ATEXT + r"+(?:\.+" + _ATEXT + r"+)*\.*"
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}"


class JpEmailRecognizer(JaPatternRecognizer):
    """RFC 5322 dot-atom addresses; ASCII-only so adjacent Japanese text ends the match."""

    ENTITY = "EMAIL_ADDRESS"
    SOURCE = "RFC 5322 §3.4.1 (addr-spec, dot-atom); RFC 1035 §2.3.1 (host names)"
    PATTERNS = (
        JaPattern(
            "email",
            r"(?<![A-Za-z0-9!#$%&*+?^_{}~.-])['`]?(?P<v>" + _LOCAL + "@" + _DOMAIN + r")(?![A-Za-z0-9])",
            0.9,
        ),
    )
    CONTEXT = ("メール", "mail", "Mail", "連絡先", "アドレス", "E-mail")

    def validate_result(self, pattern_text: str) -> bool | None:
        local, _, domain = pattern_text.rpartition("@")
        if len(local) > 64 or len(pattern_text) > 254 or ".." in domain:
            return False
        return None
