"""`hskt-dossier/1` in and out of the database, lossless both ways."""

from __future__ import annotations

from pathlib import Path

from desktop import snapshot as snap
from desktop.services import attachments
from desktop.services.dossiers import add_snapshot, load_snapshot
from desktop.store.database import Store
from desktop.store.errors import DiskFull


class ImportError_(ValueError):
    """The file cannot be imported; the message names the path and the problem. Nothing was written."""


def known_awards() -> frozenset[str] | None:
    from desktop.awards.catalogue import known_award_codes

    return known_award_codes()


def read_file(path: Path) -> snap.Dossier:
    try:
        size = path.stat().st_size
        if size > snap.MAX_FILE_BYTES:
            raise ImportError_(f"{path.name}: tệp lớn {size // (1024 * 1024)} MB, vượt giới hạn "
                               f"{snap.MAX_FILE_BYTES // (1024 * 1024)} MB của một hồ sơ")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportError_(f"{path}: không tìm thấy tệp") from None
    except OSError as exc:
        raise ImportError_(f"{path}: không đọc được tệp ({exc.strerror})") from None
    try:
        return snap.loads(raw, known_awards())
    except snap.SchemaError as exc:
        raise ImportError_(f"{path.name}: {exc}") from exc


def _check_ruleset(path: Path, d: snap.Dossier) -> None:
    from desktop.awards.catalogue import ruleset_names

    known = ruleset_names()
    if d.ruleset is not None and d.ruleset not in known:
        raise ImportError_(f'{path.name}: ruleset: bộ quy tắc "{d.ruleset}" không có trong HSKT; '
                           f"cần một trong: {', '.join(known)} (hoặc bỏ trống để dùng bộ đang có hiệu lực)")


def _inside(base: Path, src: Path) -> bool:
    try:
        src.relative_to(base)
    except ValueError:
        return False
    return True


def import_json_file(store: Store, path: Path, title: str | None = None) -> int:
    """Validate everything (schema, codes, rule set, referenced files and their SHA-256) before writing anything;
    a failure at any step (a full disk included) leaves the database and the attachment files as they were."""
    d = read_file(path)
    _check_ruleset(path, d)
    base = path.parent.resolve()
    sources: list[tuple[int, Path]] = []
    for i, doc in enumerate(d.documents):
        where = f"documents[{i}].file"
        try:
            src = (base / doc.file).resolve()
            found = src.is_file()
        except OSError as exc:
            raise ImportError_(f"{path.name}: {where}: không đọc được tệp {doc.file} ({exc.strerror})") from None
        if not _inside(base, src):
            raise ImportError_(f"{path.name}: {where}: tệp {doc.file} nằm ngoài thư mục chứa tệp JSON; "
                               "hãy chép nó vào thư mục đó")
        if not found:
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
    except BaseException as exc:
        for _, st in staged:
            attachments.unstage(st)
        if _disk_full(exc):
            needed = sum(src.stat().st_size for _, src in sources) + 4 * path.stat().st_size
            raise DiskFull(store.paths.root, needed=needed, kept="mọi dữ liệu đã lưu trước đó (chưa nhập gì)"
                           ) from None
        raise


def _disk_full(exc: BaseException) -> bool:
    from desktop.services.environment import explain

    return isinstance(explain(exc), DiskFull)


def export_json(store: Store, dossier_id: int) -> bytes:
    return snap.canonical_bytes(load_snapshot(store, dossier_id))
