"""import-json then export-json is lossless, and a failed import writes nothing at all."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from desktop import snapshot as snap
from desktop.paths import data_paths
from desktop.services import demo, dossiers
from desktop.services.json_io import ImportError_, export_json, import_json_file
from desktop.store.database import Store, open_store
from tests.support.dossiers import dossiers as dossier_docs

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = open_store(data_paths(tmp_path / "data"))
    yield s
    s.close()


def _write(folder: Path, doc: dict[str, Any], name: str = "hoso.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _table_counts(store: Store) -> dict[str, int]:
    conn = sqlite3.connect(store.paths.database)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def test_demo_dossiers_round_trip_through_json(store: Store, tmp_path: Path) -> None:
    demo.fill_demo(store)
    for dossier_id in (1, 2):
        exported = export_json(store, dossier_id)
        path = tmp_path / f"d{dossier_id}.json"
        path.write_bytes(exported)
        new_id = import_json_file(store, path)
        assert new_id != dossier_id
        assert export_json(store, new_id) == exported


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
          deadline=None)
@given(doc=dossier_docs())
def test_generated_dossiers_round_trip_through_the_database(store: Store, tmp_path: Path, doc: dict[str, Any]) -> None:
    path = _write(tmp_path / "in", doc)
    original = snap.loads(path.read_bytes())
    new_id = import_json_file(store, path)
    back = snap.loads(export_json(store, new_id))
    assert back == original  # NFC, dates, history order and unknown keys all kept
    assert [n.ratings for n in back.nominees] == [n.ratings for n in original.nominees]


def test_documents_are_stored_content_addressed_and_exported_as_given(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "scan").mkdir(parents=True)
    (folder / "scan" / "bien-ban.pdf").write_bytes(PDF)
    doc = json.loads((Path(__file__).parents[1] / "fixtures" / "db_versions" / "0001_initial.expected.json")
                     .read_text(encoding="utf-8"))["2"]
    doc["documents"] = [{"component": "bien-ban-hop", "file": "scan/bien-ban.pdf",
                         "sha256": hashlib.sha256(PDF).hexdigest()}]
    new_id = import_json_file(store, _write(folder, doc))
    stored = store.paths.attachments / hashlib.sha256(PDF).hexdigest()[:2] / hashlib.sha256(PDF).hexdigest()
    assert stored.read_bytes() == PDF
    assert json.loads(export_json(store, new_id))["documents"] == doc["documents"]


def _bad_cases(base: dict[str, Any]) -> list[tuple[str, dict[str, Any] | str, str]]:
    cases: list[tuple[str, dict[str, Any] | str, str]] = [("malformed", "{\"schema\": ", "JSON sai cú pháp")]

    def variant(mutate: Any) -> dict[str, Any]:
        d = json.loads(json.dumps(base))
        mutate(d)
        return d

    cases += [
        ("schema", variant(lambda d: d.update(schema="hskt/9")), "schema: cần"),
        ("award", variant(lambda d: d["proposals"][0].update(award="huy-chuong-mat-trang")),
         "proposals[0].award: mã khen thưởng"),
        ("cccd", variant(lambda d: d["nominees"][0].update(national_id="02718501234")),
         "nominees[0].national_id: số định danh phải có đúng 12 chữ số"),
        ("date", variant(lambda d: d["nominees"][0].update(birth_date="2025-02-31")), "nominees[0].birth_date"),
        ("dup-id", variant(lambda d: d["nominees"][1].update(id=d["nominees"][0]["id"])), "nominees[1].id"),
        ("missing-nominee", variant(lambda d: d["proposals"][0].update(nominee_id="khong-co")),
         "proposals[0].nominee_id"),
        ("missing-file", variant(lambda d: d.update(documents=[{"component": "khac", "file": "khong-co.pdf"}])),
         "documents[0].file: không tìm thấy tệp khong-co.pdf"),
        ("sha-mismatch", variant(lambda d: d.update(documents=[{"component": "khac", "file": "ok.pdf",
                                                                 "sha256": "0" * 64}])),
         "documents[0].sha256"),
    ]
    return cases


def test_every_bad_input_is_named_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    demo.fill_demo(store)
    base = json.loads(export_json(store, 1))
    before = _table_counts(store)
    for name, doc, fragment in _bad_cases(base):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "ok.pdf").write_bytes(PDF + name.encode())
        path = folder / "hoso.json"
        path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(ImportError_) as info:
            import_json_file(store, path)
        assert fragment in str(info.value), (name, str(info.value))
        assert _table_counts(store) == before, name
    assert [p for p in store.paths.attachments.rglob("*") if p.is_file()] == []


def test_a_database_failure_mid_import_leaves_no_attachment_behind(store: Store, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    demo.fill_demo(store)
    base = json.loads(export_json(store, 2))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(PDF)
    base["documents"] = [{"component": "khac", "file": "a.pdf"}]
    path = _write(folder, base)

    def boom(*_a: Any, **_k: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(dossiers, "_summarize", boom)  # inside the transaction, after the files were staged
    with pytest.raises(RuntimeError):
        import_json_file(store, path)
    assert [p for p in store.paths.attachments.rglob("*") if p.is_file()] == []
    assert len(dossiers.list_dossiers(store)) == 2
    shutil.rmtree(folder)
