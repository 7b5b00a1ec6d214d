"""Signed dossier packages (spec/PACKAGE-FORMAT.md): ASiC-E + CAdES, PAdES on the official PDFs.

Pure Python: no Qt, no database. Services call `build_package`, `cosign`, `verify_package`,
`build_return_note` / `read_return_note`; signers come from `signers`. Who signed is judged in `judge` (one verdict
for seals, PDF signatures and return notes) against the pinned national roots of `trust`.
"""

from __future__ import annotations

import logging

# pyHanko logs every failed path validation with a traceback; a hostile or untrusted package is an expected
# input here and its outcome is in the report. A NullHandler keeps those records off stderr when the app has not
# configured logging, while still letting them propagate to the app's log file when it has.
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())
