"""govrag's Japanese recognizers: one module per entity type, each citing its legal/spec source.

>>> sorted(r.supported_entities[0] for r in default_recognizers())[:3]
['CREDIT_CARD', 'DATE_OF_BIRTH', 'EMAIL_ADDRESS']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from govrag.dlp._presidio import import_presidio_core

__all__ = ["RECOGNIZER_CLASSES", "default_recognizers"]

# The recognizers subclass presidio's recognizer base classes; those load without the rest of
# presidio (spaCy, 199 predefined recognizers), which the first other use of presidio completes.
import_presidio_core()

#: ``module:Class`` of every built-in recognizer (imported lazily: presidio is heavy).
RECOGNIZER_CLASSES: tuple[str, ...] = (
    "govrag.dlp.recognizers.my_number:JpMyNumberRecognizer",
    "govrag.dlp.recognizers.corporate_number:JpCorporateNumberRecognizer",
    "govrag.dlp.recognizers.phone:JpPhoneRecognizer",
    "govrag.dlp.recognizers.email_address:JpEmailRecognizer",
    "govrag.dlp.recognizers.credit_card:JpCreditCardRecognizer",
    "govrag.dlp.recognizers.postal_code:JpPostalCodeRecognizer",
    "govrag.dlp.recognizers.address:JpAddressRecognizer",
    "govrag.dlp.recognizers.person:JpPersonRecognizer",
    "govrag.dlp.recognizers.passport:JpPassportRecognizer",
    "govrag.dlp.recognizers.driver_license:JpDriverLicenseRecognizer",
    "govrag.dlp.recognizers.bank_account:JpBankAccountRecognizer",
    "govrag.dlp.recognizers.residence_card:JpResidenceCardRecognizer",
    "govrag.dlp.recognizers.pension:JpPensionNumberRecognizer",
    "govrag.dlp.recognizers.health_insurance:JpHealthInsuranceRecognizer",
    "govrag.dlp.recognizers.date_of_birth:JpDateOfBirthRecognizer",
    "govrag.dlp.recognizers.labelled_line:LabelledLineRecognizer",
)


def default_recognizers(*, context: dict[str, Sequence[str]] | None = None) -> list[Any]:
    """Fresh instances of every built-in recognizer; ``context`` adds words per entity type."""
    import importlib

    out = []
    for spec in RECOGNIZER_CLASSES:
        mod, _, cls_name = spec.partition(":")
        cls = getattr(importlib.import_module(mod), cls_name)
        extra = (context or {}).get(cls.ENTITY, ())
        out.append(cls(extra_context=tuple(extra)))
    return out
