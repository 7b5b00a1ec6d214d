"""Vietnamese text reaches any stdout/stderr: a Windows pipe or file is cp1252 (a frozen hskt-cli.exe ignores
PYTHONIOENCODING), which these tests reproduce on Linux in real subprocesses with PYTHONIOENCODING or a non-UTF-8
locale. Without desktop.console, `hskt --help > file` died with UnicodeEncodeError."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HELP_TEXT = "HSKT — Hồ sơ khen thưởng"
USAGE_ERROR = "tham số không hợp lệ"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONIOENCODING", "PYTHONUTF8", "LC_"))}
    env.update({"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **extra})
    return env


def _hskt(*args: str, stdout: object = subprocess.PIPE, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], stdout=stdout, stderr=subprocess.PIPE,
                          env=_env(**env), cwd=ROOT, timeout=120)


@pytest.mark.parametrize("encoding", ["cp1252", "cp1258", "latin-1", "ascii", "cp1252:strict"])
def test_help_through_a_non_utf8_pipe_is_utf8(encoding: str) -> None:
    done = _hskt("--help", PYTHONIOENCODING=encoding)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"UnicodeEncodeError" not in done.stderr
    text = done.stdout.decode("utf-8")  # strict: every byte is UTF-8
    assert HELP_TEXT in text
    assert "tạo dữ liệu mẫu" in text


def test_help_redirected_to_a_file_is_utf8(tmp_path: Path) -> None:
    out = tmp_path / "help.txt"  # `hskt-cli --help > help.txt`: a real file as stdout
    with out.open("wb") as f:
        done = _hskt("--help", stdout=f, PYTHONIOENCODING="cp1252")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert HELP_TEXT in out.read_text(encoding="utf-8")


def test_usage_error_on_a_cp1252_stderr_is_readable() -> None:
    done = _hskt("--khong-co-tuy-chon-nay", PYTHONIOENCODING="cp1252")
    assert done.returncode == 2
    message = done.stderr.decode("utf-8")
    assert USAGE_ERROR in message
    assert "Traceback" not in message


def test_non_utf8_locale_without_pythonioencoding() -> None:
    # LANG=C with UTF-8 mode and locale coercion off: Python picks ASCII for both streams, as cp1252 on Windows.
    done = _hskt("--help", LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert HELP_TEXT in done.stdout.decode("utf-8")


def test_utf8_output_is_left_exactly_as_it_was() -> None:
    reference = _hskt("--help", PYTHONIOENCODING="utf-8")
    again = _hskt("--help", PYTHONIOENCODING="utf-8:strict")
    assert reference.returncode == again.returncode == 0
    assert reference.stdout == again.stdout
    assert HELP_TEXT in reference.stdout.decode("utf-8")


def test_a_utf16_stream_stays_utf16() -> None:
    done = _hskt("--help", PYTHONIOENCODING="utf-16")
    assert done.returncode == 0
    assert HELP_TEXT in done.stdout.decode("utf-16-le")  # still UTF-16, not re-encoded as UTF-8


def _snippet(code: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, env=_env(**env), cwd=ROOT, timeout=60)


def test_lone_surrogate_is_escaped_not_fatal() -> None:
    # A file name read with surrogateescape (undecodable bytes) printed to the console must not crash a command.
    done = _snippet("from desktop.console import make_utf8_safe; make_utf8_safe(); print('tệp \\udcff.asice')",
                    PYTHONIOENCODING="cp1252")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.decode("utf-8").strip() == "tệp \\udcff.asice"


def test_windowed_program_without_streams() -> None:
    # hskt.exe (windowed) has sys.stdout and sys.stderr set to None; print() there is a no-op and must stay one.
    done = _snippet("import sys; sys.stdout = sys.stderr = None\n"
                    "from desktop.console import make_utf8_safe; make_utf8_safe(); print('Bước')\n"
                    "sys.stdout = sys.__stdout__; print('ok')")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.decode() == "ok\n"


def test_streams_that_cannot_be_reconfigured_are_left_alone() -> None:
    done = _snippet("import io, sys; buf = io.StringIO(); sys.stdout = buf\n"
                    "from desktop.console import make_utf8_safe; make_utf8_safe(); print('Bước')\n"
                    "sys.stdout = sys.__stdout__; print(repr(buf.getvalue()))")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert done.stdout.decode("utf-8").strip() == repr("Bước\n")
