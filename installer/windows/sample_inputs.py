"""Inputs for `make windows-check` to make a real package with the installed Windows program: a dossier that passes
every check (hskt-dossier/1), a clerk's PKCS#12 and its password, and the test CA root that verifies it.

    python installer/windows/sample_inputs.py FOLDER

Runs on Linux with the source tree (the test CA of tests/support/pki.py); the Windows program then imports the
dossier, signs it with `hskt-cli export` and the file association opens the package.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DOSSIER = {
    "schema": "hskt-dossier/1",
    "unit": {"name": "UBND xã Tân Lập", "level": "xa", "code": "27115"},
    "campaign": {"name": "Tổng kết năm 2025", "year": 2025},
    "nominees": [{"id": "p1", "kind": "individual", "full_name": "Nguyễn Thị Hoa", "national_id": "001190000001",
                  "birth_date": "1990-02-05", "gender": "nu",
                  "ratings": [{"year": 2025, "rating": "hoan-thanh-tot"}]}],
    "proposals": [{"nominee_id": "p1", "award": "lao-dong-tien-tien", "year": 2025}],
}
PASSWORD = "mat-khau-thu"


def write(folder: Path) -> None:
    from tests.support.pki import make_pki

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ho-so.json").write_text(json.dumps(DOSSIER, ensure_ascii=False, indent=1), encoding="utf-8")
    pki = make_pki()
    pki.commune.write_p12(folder / "can-bo.p12", PASSWORD)
    (folder / "mat-khau.txt").write_text(PASSWORD, encoding="utf-8")
    pki.write_root(folder)


if __name__ == "__main__":
    write(Path(sys.argv[1]))
