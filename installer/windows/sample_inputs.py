"""Inputs for `make windows-check` to make a real package with the installed Windows program: a complete dossier
that passes every check (the e2e tests' commune dossier, with its meeting, letter, posting and scans), a clerk's
PKCS#12 and its password, and the test CA root that verifies it.

    python installer/windows/sample_inputs.py FOLDER

Runs on Linux with the source tree (the test CA of tests/support/pki.py); the Windows program then imports the
dossier, signs it with `hskt-cli export` and the file association opens the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

PASSWORD = "mat-khau-thu"


def write(folder: Path) -> None:
    from tests.e2e.builders import commune_json
    from tests.support.pki import make_pki

    folder.mkdir(parents=True, exist_ok=True)
    # The same complete dossier the end-to-end tests sign (its scans beside it, named relative to it).
    commune_json(folder).rename(folder / "ho-so.json")
    pki = make_pki()
    pki.commune.write_p12(folder / "can-bo.p12", PASSWORD)
    (folder / "mat-khau.txt").write_text(PASSWORD, encoding="utf-8")
    pki.write_root(folder)


if __name__ == "__main__":
    write(Path(sys.argv[1]))
