"""Malformed hskt-dossier/1 input never crashes HSKT and a failed import changes nothing (issue 13).

Each document goes through `hskt import-json` and `hskt check` as the CLI runs them (desktop.cli.main, in process):
the exit status is 0, 1 or 2, nothing reaches the terminal but one line per failure, every failure names the file
and the JSON path, and a failed import leaves every table's row count and the attachment files as they were.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "dossiers" / "demo_commune.json"
BASE: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _nested(depth: int, kind: str) -> str:
    return ("[" * depth + "]" * depth) if kind == "list" else ('{"a":' * depth + "1" + "}" * depth)


def _with(change: str, raw: str | None = None) -> str:
    """The base document with one key replaced by raw JSON text (so shapes json.dumps cannot make stay possible)."""
    doc = copy.deepcopy(BASE)
    doc["documents"] = [{"component": "bien-ban-hop", "file": "scan/bien-ban.pdf"}]
    text = json.dumps(doc, ensure_ascii=False)
    if raw is None:
        return text
    path = change.split(".")
    marker = '"__HOLE__"'
    target = doc
    for key in path[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    if isinstance(target, list):
        target[int(path[-1])] = "__HOLE__"
    else:
        target[path[-1]] = "__HOLE__"
    return json.dumps(doc, ensure_ascii=False).replace(marker, raw, 1)


# The nine shapes that raised a traceback before issue 13, and the five that were accepted although wrong.
SHAPES = {
    "place-not-string": ("unit.place", "5"),
    "short-name-not-string": ("unit.short_name", '["UBND"]'),
    "deep-lists": ("producer", _nested(100_000, "list")),
    "deep-objects": ("producer", _nested(50_000, "object")),
    "5000-digit-integer": ("producer", "9" * 5000),
    "5000-digit-year": ("campaign.year", "2" * 5000),
    "lone-surrogate": ("nominees.0.full_name", '"Nguy\\ud800n"'),
    "nul-in-file": ("documents.0.file", '"scan/bien\\u0000ban.pdf"'),
    "5000-character-file-name": ("documents.0.file", json.dumps("a" * 5000 + ".pdf")),
    "file-outside-the-folder": ("documents.0.file", '"../outside/secret.pdf"'),
    "absolute-file": ("documents.0.file", "ABSOLUTE"),  # the real absolute path of ../outside/secret.pdf
    "unknown-ruleset": ("ruleset", '"nd999-2099"'),
    "date-with-spaces": ("nominees.0.birth_date", '" 1985-03-12 "'),
    "non-ascii-digits": ("nominees.0.birth_date", '"١٩٨٥-03-12"'),
}


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    data = tmp_path_factory.mktemp("fuzz") / "data"
    inputs = tmp_path_factory.mktemp("fuzz-in")
    (inputs / "scan").mkdir()
    (inputs / "scan" / "bien-ban.pdf").write_bytes(PDF)
    outside = inputs.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.pdf").write_bytes(PDF)
    assert main(["--data-dir", str(data), "demo"]) == 0
    return data, inputs


def _state(data: Path) -> tuple[dict[str, int], list[str]]:
    conn = sqlite3.connect(data / "hskt.sqlite3")
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        counts = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()
    files = sorted(str(p.relative_to(data)) for p in (data / "attachments").rglob("*") if p.is_file())
    return counts, files


def _run(folders: tuple[Path, Path], text: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    data, inputs = folders
    source = inputs / "hoso.json"
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = _state(data)
    capsys.readouterr()
    status = main(["--data-dir", str(data), "import-json", str(source)])
    out = capsys.readouterr()
    assert status in (0, 2), out.err
    assert "Traceback" not in out.err + out.out
    if status == 2:
        lines = out.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("hskt: hoso.json: "), out.err
        assert _state(data) == before, "a failed import changed the data folder"
    checked = main(["--data-dir", str(data), "check", str(source), "--json"])
    out2 = capsys.readouterr()
    assert checked in (0, 1, 2), out2.err
    assert "Traceback" not in out2.err
    if checked == 2:
        assert out2.err.strip().startswith(f"hskt: {source}"), out2.err
    return status, out.err


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_each_known_bad_shape_is_refused_with_its_path(folders: tuple[Path, Path], shape: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    key, raw = SHAPES[shape]
    if raw == "ABSOLUTE":
        raw = json.dumps(str(folders[1].parent / "outside" / "secret.pdf"))
    status, err = _run(folders, _with(key, raw), capsys)
    assert status == 2, f"{shape} was imported"
    json_path = key.replace(".0.", "[0].").replace("producer", "")
    assert json_path in err or shape.startswith("deep") or shape == "5000-digit-integer", err


def test_the_base_document_imports(folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    status, err = _run(folders, _with(""), capsys)
    assert status == 0, err


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc[:3]):
            out += _paths(v, (*prefix, i))
    return out


SMALL = copy.deepcopy(BASE)
SMALL["nominees"] = SMALL["nominees"][:3]
keep = {n["id"] for n in SMALL["nominees"]}
SMALL["proposals"] = [p for p in SMALL["proposals"] if p["nominee_id"] in keep]
SMALL["documents"] = [{"component": "bien-ban-hop", "file": "scan/bien-ban.pdf"}]
PATHS = _paths(SMALL)


@settings(deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(mutations=st.lists(st.tuples(st.sampled_from(PATHS), st.one_of(json_values, st.just("__DELETE__"))),
                          min_size=1, max_size=3))
@example(mutations=[(("unit", "place"), 5)])
@example(mutations=[(("schema",), {"\x1e": 9007199254740993})])  # a key with a record separator: one message line
@example(mutations=[(("unit", "name"), "UBND\u2028xã\x85A")])
@example(mutations=[(("documents", 0, "file"), "../outside/secret.pdf")])
def test_mutated_documents_never_crash_and_a_failed_import_changes_nothing(
        folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str], mutations: list[tuple[Any, Any]]) -> None:
    doc = copy.deepcopy(SMALL)
    for path, value in mutations:
        target = doc
        try:
            for key in path[:-1]:
                target = target[key]
            if value == "__DELETE__":
                del target[path[-1]]
            else:
                target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed this path
    _run(folders, json.dumps(doc, ensure_ascii=True), capsys)
