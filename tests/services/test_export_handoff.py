"""The export signs the PDFs the pre-export check rendered (no second layout), and never PDFs of a dossier that was
edited after the check or while it was being signed. Real SQLite file, real PKCS#12 key, PDFs read with poppler."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.documents import render as render_module
from desktop.models import Dossier, ExportRecord
from desktop.packaging.container import PackageReader
from desktop.packaging.signers import PackageSigner, Pkcs12Signer
from desktop.services import exporting
from desktop.store.database import Store
from tests.e2e.builders import commune_store
from tests.support.pki import make_pki


@pytest.fixture
def signer(tmp_path: Path) -> Iterator[PackageSigner]:
    with Pkcs12Signer(make_pki().commune.write_p12(tmp_path / "c.p12", "pw"), "pw") as s:
        yield s


@pytest.fixture
def layouts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """File names of every document laid out from here on (the real renderer runs; this only counts)."""
    seen: list[str] = []
    real = render_module.render_spec

    def counting(spec: Any, ctx: Any) -> Any:
        seen.append(spec.title)
        return real(spec, ctx)

    monkeypatch.setattr(render_module, "render_spec", counting)
    return seen


def _pdfs(package: Path) -> dict[str, bytes]:
    with PackageReader(package) as r:
        return {n[len("documents/"):]: r.read(n) for n in r.names if n.startswith("documents/") and n.endswith(".pdf")
                and not n.startswith("documents/05_dinh-kem/")}


def _text(pdf: bytes, tmp: Path) -> str:
    path = tmp / "t.pdf"
    path.write_bytes(pdf)
    return " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                                   capture_output=True).stdout.decode("utf-8").split())


def _set_conclusion(store: Store, dossier_id: int, text: str) -> None:
    """What the clerk types into the minutes' conclusion in the editor."""
    with store.write() as s:
        d = s.get(Dossier, dossier_id)
        assert d is not None
        d.extra = {**d.extra, "meeting": {**d.extra["meeting"], "conclusion": text}}


def test_signed_pdfs_are_the_checks_rendering_apart_from_the_signature(tmp_path: Path, signer: PackageSigner,
                                                                       layouts: list[str]) -> None:
    store, did = commune_store(tmp_path)
    check = exporting.plan_export(store, did)
    assert check.problems == ()
    laid_out_by_check = len(layouts)
    result = exporting.export_dossier(store, did, signer, tmp_path / "out", checked=check)
    assert len(layouts) == laid_out_by_check  # the export laid out no form again

    packaged = _pdfs(result.path)
    rendered = {r.filename: r for r in check.rendered}
    assert sorted(packaged) == sorted(rendered)
    for name, r in rendered.items():
        pdf = packaged[name]
        if r.component in exporting.SIGNED_COMPONENTS:
            # PAdES is an incremental update: the check's bytes, untouched, then the signature appended.
            assert pdf.startswith(r.pdf_bytes) and len(pdf) > len(r.pdf_bytes), name
            signed = tmp_path / "signed.pdf"
            signed.write_bytes(pdf)
            info = subprocess.run(["pdfsig", "-nocert", str(signed)], capture_output=True, text=True)
            assert "Signature #1" in info.stdout and "Signature #2" not in info.stdout, name
        else:
            assert pdf == r.pdf_bytes, name


def test_an_edit_after_the_check_is_what_gets_signed(tmp_path: Path, signer: PackageSigner,
                                                     layouts: list[str]) -> None:
    store, did = commune_store(tmp_path)
    check = exporting.plan_export(store, did)
    _set_conclusion(store, did, "Hội đồng thống nhất đề nghị, sửa sau khi kiểm tra.")
    before = len(layouts)
    result = exporting.export_dossier(store, did, signer, tmp_path / "out", checked=check)
    assert len(layouts) > before  # the check's PDFs were stale, so the forms were laid out again

    minutes = _pdfs(result.path)["03_bien-ban-hop.pdf"]
    stale = next(r for r in check.rendered if r.filename == "03_bien-ban-hop.pdf").pdf_bytes
    assert not minutes.startswith(stale)
    assert "sửa sau khi kiểm tra" in _text(minutes, tmp_path)


def test_a_check_of_another_day_or_dossier_is_not_reused(tmp_path: Path, layouts: list[str]) -> None:
    import datetime as dt

    store, did = commune_store(tmp_path)
    check = exporting.plan_export(store, did, dt.date(2026, 3, 2))
    same = exporting.plan_export(store, did, dt.date(2026, 3, 2), reuse=check)
    assert same.rendered == check.rendered and same.fingerprint == check.fingerprint
    count = len(layouts)
    exporting.plan_export(store, did, dt.date(2026, 3, 3), reuse=check)  # the letter's default date moved on
    assert len(layouts) > count


def test_an_edit_while_signing_refuses_the_package(tmp_path: Path, signer: PackageSigner) -> None:
    store, did = commune_store(tmp_path)
    check = exporting.plan_export(store, did)
    edited: list[str] = []

    def meanwhile(step: str, _fraction: float) -> None:  # another window saves a field as the key signs
        if step == "Ký số các văn bản" and not edited:
            edited.append(step)
            _set_conclusion(store, did, "Sửa trong lúc đang ký.")

    with pytest.raises(exporting.ExportFailed, match="vừa bị thay đổi"):
        exporting.export_dossier(store, did, signer, tmp_path / "out", checked=check, progress=meanwhile)
    assert edited
    assert not any((tmp_path / "out").glob("*.asice"))
    with store.read() as s:
        assert s.scalars(select(ExportRecord)).all() == []
        d = s.get(Dossier, did)
        assert d is not None and d.status not in exporting.FROZEN_STATUSES
