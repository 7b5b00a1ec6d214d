"""installer/windows/hskt.iss read as Inno Setup reads it: the per-user folder, the .asice association and what the
uninstaller removes (and must not). `make windows-check` compiles and runs it under Wine; these checks run anywhere."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

WINDOWS = Path(__file__).resolve().parents[2] / "installer" / "windows"
ISS = WINDOWS / "hskt.iss"
ISL = WINDOWS / "Vietnamese.isl"


def _sections(path: Path) -> dict[str, list[str]]:
    """Section name (lower case) -> its lines, without comments, blank lines and preprocessor directives."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "//")):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1).lower()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def _directives(lines: list[str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in lines if "=" in line)


def _entries(lines: list[str]) -> list[dict[str, str]]:
    """`Name: "value"; Flags: a b` lines as dicts; quoted values may hold `;` and doubled quotes."""
    entries = []
    for line in lines:
        entry = {}
        for m in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', line):
            value = m.group(2).strip()
            if value.startswith('"'):
                value = value[1:-1].replace('""', '"')
            entry[m.group(1).lower()] = value
        entries.append(entry)
    return entries


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return _sections(ISS)


def test_script_is_utf8_with_bom_and_nfc() -> None:
    # Without the BOM, Inno Setup reads the script as ANSI and every Vietnamese message is mojibake.
    for path in (ISS, ISL):
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), path.name
        text = raw.decode("utf-8-sig")
        assert unicodedata.normalize("NFC", text) == text, path.name


def test_per_user_folder_without_admin_rights(iss: dict[str, list[str]]) -> None:
    setup = _directives(iss["setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no "install for all users" detour
    # {autopf} is the same folder on Windows 10/11 but Wine 8 cannot expand it; {pf} would need admin rights.
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\HSKT"
    assert setup["UsePreviousAppDir"] == "yes"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    # The AppId ties updates and the uninstaller together: check.sh looks for exactly this uninstall key.
    assert setup["AppId"] == "{{6F1C2B0E-5A9D-4E55-9B7A-3D2C8A1E7F40}"
    # ("{{" is Inno's escaped brace; the key is named {GUID}_is1)
    assert setup["AppId"][1:] + "_is1" in (WINDOWS / "check.sh").read_text(encoding="utf-8")
    assert setup["ChangesAssociations"] == "yes"


def test_association_is_per_user_and_removed_cleanly(iss: dict[str, list[str]]) -> None:
    registry = _entries(iss["registry"])
    assert registry and all(e["root"] == "HKA" for e in registry)  # HKA = HKCU when PrivilegesRequired=lowest
    by_key = {e["subkey"]: e for e in registry}
    ext = by_key[r"Software\Classes\.asice"]
    assert ext["valuedata"] == "HSKT.GoiHoSo"
    assert set(ext["flags"].split()) == {"uninsdeletevalue", "uninsdeletekeyifempty"}
    progids = by_key[r"Software\Classes\.asice\OpenWithProgids"]
    assert progids["valuename"] == "HSKT.GoiHoSo"
    # Without uninsdeletekeyifempty Wine showed an empty OpenWithProgids key left after uninstalling.
    assert set(progids["flags"].split()) == {"uninsdeletevalue", "uninsdeletekeyifempty"}
    assert by_key[r"Software\Classes\HSKT.GoiHoSo"]["flags"] == "uninsdeletekey"
    command = by_key[r"Software\Classes\HSKT.GoiHoSo\shell\open\command"]
    assert command["valuedata"] == r'"{app}\hskt.exe" view "%1"'
    assert all(e.get("tasks") == "associate" for e in registry)  # the clerk can untick it


def test_uninstall_never_touches_the_data_folder(iss: dict[str, list[str]]) -> None:
    for section in ("uninstalldelete", "installdelete", "files", "dirs"):
        for entry in _entries(iss.get(section, [])):
            for value in entry.values():
                assert "{localappdata}\\HSKT" not in value, (section, entry)
                assert not value.startswith(("{userappdata}", "{localappdata}")), (section, entry)
    removed = [e["name"] for e in _entries(iss["uninstalldelete"])]
    assert removed and all(name.startswith("{app}\\") for name in removed)


def test_shortcuts_and_self_test(iss: dict[str, list[str]]) -> None:
    icons = _entries(iss["icons"])
    names = {e["name"]: e for e in icons}
    assert names["{group}\\HSKT"]["filename"] == r"{app}\hskt.exe"
    selftest = names["{group}\\{cm:SelfTestShortcut}"]
    assert '"{app}\\hskt-cli.exe" --self-test' in selftest["parameters"]
    code = "\n".join(iss["code"])
    # The post-install self-test fails a silent install: its exit code becomes setup's through GetCustomSetupExitCode.
    assert re.search(r"Exec\(ExpandConstant\('\{app\}\\hskt-cli\.exe'\), '--self-test'", code)
    assert re.search(r"function GetCustomSetupExitCode\(\): Integer;.*?SelfTestResult <> 0.*?Result := 10", code,
                     re.S)
    assert "SuppressibleMsgBox" in code and "MsgBox(" not in code.replace("SuppressibleMsgBox(", "")


def test_every_custom_message_used_is_defined(iss: dict[str, list[str]]) -> None:
    defined = set(_directives(iss["custommessages"]))
    text = ISS.read_text(encoding="utf-8-sig")
    used = set(re.findall(r"\{cm:(\w+)\}", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    assert used and used <= defined, used - defined  # a missing one is a run-time error inside setup
    assert all(value and "%" not in value.replace("%1", "").replace("%n", "")
               for value in _directives(iss["custommessages"]).values())


def test_wizard_is_vietnamese(iss: dict[str, list[str]]) -> None:
    languages = _entries(iss["languages"])
    assert [e["name"] for e in languages] == ["vi"]
    assert languages[0]["messagesfile"] == "compiler:Default.isl,Vietnamese.isl"
    isl = _sections(ISL)
    options = _directives(isl["langoptions"])
    assert options["LanguageID"] == "$042A" and options["LanguageName"] == "Tiếng Việt"
    messages = _directives(isl["messages"])
    for key in ("WelcomeLabel1", "ButtonNext", "ButtonInstall", "ButtonCancel", "ButtonFinish", "WizardSelectDir",
                "WizardSelectTasks", "WizardReady", "WizardInstalling", "FinishedHeadingLabel", "ConfirmUninstall",
                "UninstalledAll", "SetupAppRunningError", "ExitSetupMessage"):
        assert messages[key].strip(), key
    assert "[name]" in messages["WelcomeLabel1"] and "%1" in messages["UninstalledAll"]
    assert messages["ButtonNext"] == "&Tiếp >"
