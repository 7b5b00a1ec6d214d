"""`hskt-dossier/1` in and out of the database, lossless both ways."""

from __future__ import annotations

from pathlib import Path

from desktop import snapshot as snap
from desktop.services import attachments
from desktop.services.dossiers import add_snapshot, load_snapshot
from desktop.store.database import Store


class ImportError_(ValueError):
    """The file cannot be imported; the message names the path and the problem. Nothing was written."""


def known_awards() -> frozenset[str] | None:
    from desktop.awards.catalogue import known_award_codes

    return known_award_codes()


def read_file(path: Path) -> snap.Dossier:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportError_(f"{path}: không tìm thấy tệp") from None
    except OSError as exc:
        raise ImportError_(f"{path}: không đọc được tệp ({exc.strerror})") from None
    try:
        return snap.loads(raw, known_awards())
    except snap.SchemaError as exc:
        raise ImportError_(f"{path.name}: {exc}") from exc


def import_json_file(store: Store, path: Path, title: str | None = None) -> int:
    """Validate everything (schema, codes, referenced files and their SHA-256) before writing anything."""
    d = read_file(path)
    base = path.parent
    sources: list[tuple[int, Path]] = []
    for i, doc in enumerate(d.documents):
        src = (base / doc.file).resolve()
        where = f"documents[{i}].file"
        if not src.is_file():
            raise ImportError_(f"{path.name}: {where}: không tìm thấy tệp {doc.file} bên cạnh tệp JSON")
        if doc.sha256:
            from desktop.packaging.build import file_sha256

            if file_sha256(src) != doc.sha256:
                raise ImportError_(f"{path.name}: documents[{i}].sha256: tệp {doc.file} không khớp mã SHA-256 đã ghi")
        sources.append((i, src))
    staged: list[tuple[int, attachments.StagedFile]] = []
    try:
        for i, src in sources:
            try:
                staged.append((i, attachments.stage(store.paths.attachments, src)))
            except attachments.AttachmentError as exc:
                raise ImportError_(f"{path.name}: documents[{i}].file: {exc}") from None
        with store.write() as s:
            ids = {i: attachments.record(s, st) for i, st in staged}
            s.flush()
            dossier = add_snapshot(s, d, title=title, attachment_ids={i: a.id for i, a in ids.items()})
            s.flush()
            return dossier.id
    except BaseException:
        for _, st in staged:
            attachments.unstage(st)
        raise


def export_json(store: Store, dossier_id: int) -> bytes:
    return snap.canonical_bytes(load_snapshot(store, dossier_id))
