"""Journey (a): from an empty data folder to a signed package, as a new commune clerk does it.

The unit's profile, a new dossier, two new people typed field by field (one proposed for Lao động tiên tiến, one for
Chiến sĩ thi đua cơ sở with her initiative and its certificate), the guided forms, the council's meeting with a vote
for each proposal, the letter and the public posting, then Ký số và xuất with a PKCS#12 key. After every step the
test asserts what is on the screen; at the end the package verifies with `hskt verify`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.views.main_window import EDITOR_PAGE
from tests.conftest import REPO
from tests.support.pki import make_pki
from tests.views.helpers import make_pdf

TITLE = "Đề nghị công nhận danh hiệu thi đua năm 2025"
PEOPLE = (
    # name, award, birth, gender, CCCD, position, workplace
    ("Nguyễn Thị Hoa", "Chiến sĩ thi đua cơ sở", "05/02/1985", "Nữ", "027185000123", "Công chức Văn hóa - Xã hội",
     "UBND xã Tiên Du"),
    ("Trần Văn Bình", "Lao động tiên tiến", "12081990", "Nam", "027090001234", "Công chức Địa chính - Xây dựng",
     "UBND xã Tiên Du"),
)


def _dialog(cls_name: str):
    return next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == cls_name and w.isVisible())


def _type_into(clerk, label: str, text: str, root=None, commit: str = "enter") -> None:
    clerk.click_field(label, root)
    clerk.select_all()
    clerk.type(text)
    clerk.enter() if commit == "enter" else clerk.tab()


def test_empty_folder_to_a_signed_package(qtbot, folder, open_app, tmp_path: Path, monkeypatch, opened_urls) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    w, ws, clerk = open_app(folder)
    assert w.pages.currentWidget() is w.empty
    assert "Chưa có hồ sơ nào" in clerk.texts(w)

    # 1. First start: the unit's profile.
    clerk.press_button("Tạo hồ sơ mới")
    profile = _dialog("UnitProfileDialog")
    clerk.choose(profile.province, "Bắc Ninh")
    clerk.choose(profile.commune, "Xã Tiên Du")
    assert profile.name.text() == "Ủy ban nhân dân xã Tiên Du" and profile.place.text() == "Tiên Du"
    # The commune's key is issued to "UBND xã Tân Lập", a commune the list does not hold yet: typed by hand.
    _type_into(clerk, "Tên đơn vị", "Ủy ban nhân dân xã Tân Lập", profile)
    _type_into(clerk, "Địa danh", "Tân Lập", profile)
    clerk.cell(profile.signers, 0, 2, "Nguyễn Văn Thành")
    clerk.press_button("Lưu thông tin đơn vị", profile)
    assert not profile.isVisible()
    assert ws.unit_name() == "Ủy ban nhân dân xã Tân Lập"

    # 2. The new dossier.
    new = _dialog("NewDossierDialog")
    clerk.click(new.title)
    clerk.type(TITLE)
    clerk.click(new.year)
    clerk.select_all()
    clerk.type("2025")
    clerk.press_button("Tạo hồ sơ", new) if any(b.text() == "Tạo hồ sơ" for b in clerk._buttons(new)) else \
        clerk.press_button("OK", new)
    assert w.pages.currentIndex() == EDITOR_PAGE
    editor = w.editor
    assert TITLE in editor.status_label.text()

    # 3. Two new people, each proposed; their records typed field by field.
    for name, award, birth, gender, cccd, position, workplace in PEOPLE:
        clerk.press_tool("Thêm đối tượng")
        add = _dialog("AddNomineeDialog")
        clerk.click(add.new_one)
        clerk.click(add.name)
        clerk.type(name)
        clerk.choose(add.award, award)
        clerk.press_button("Thêm", add)
        assert w.pages.currentIndex() == EDITOR_PAGE
        page = editor.subject_page
        assert editor.pages.currentWidget() is page and name in page.title.text()
        _type_into(clerk, "Ngày sinh", birth)
        clerk.choose(clerk.field("Giới tính"), gender)
        _type_into(clerk, "Số định danh", cccd)
        _type_into(clerk, "Chức vụ", position)
        _type_into(clerk, "Đơn vị công tác", workplace)
        _type_into(clerk, "Ngày tuyển dụng", "01/03/2012")
        _type_into(clerk, "Dân tộc", "Kinh")
        _type_into(clerk, "Quê quán", "Xã Tiên Du, tỉnh Bắc Ninh")
        _type_into(clerk, "Nơi thường trú", "Thôn Đông, xã Tiên Du, tỉnh Bắc Ninh")
        _type_into(clerk, "Trình độ chuyên môn", "Cử nhân")
        assert editor.pages.currentWidget() is page and w.pages.currentIndex() == EDITOR_PAGE
        # The year's rating, in the history table.
        tabs = page.tabs
        clerk.click(tabs.tabBar(), tabs.tabBar().tabRect(tabs.indexOf(page.tables["ratings"])).center())
        ratings = page.tables["ratings"]
        clerk.press_button("Thêm dòng", ratings)
        assert ratings.model.draft["year"] == 2025
        combo = clerk.focus()
        excellent = "Hoàn thành xuất sắc nhiệm vụ"
        while combo.currentText() != excellent:
            clerk.key(Qt.Key.Key_Down)
        clerk.enter()
        qtbot.waitUntil(lambda p=page: [r["rating"] for r in ws.subject(p.subject_id).history["ratings"]]
                        == ["hoan-thanh-xuat-sac"], timeout=5000)
        if award == "Chiến sĩ thi đua cơ sở":
            clerk.click(tabs.tabBar(), tabs.tabBar().tabRect(tabs.indexOf(page.tables["initiatives"])).center())
            initiatives = page.tables["initiatives"]
            clerk.press_button("Thêm dòng", initiatives)
            clerk.type("Số hóa sổ hộ tịch giai đoạn 1995–2005")
            clerk.enter()
            scope = next(i for i, f in enumerate(initiatives.model.columns) if f.key == "scope")
            clerk.row(initiatives.view, 0, scope, double=True)
            clerk.enter()  # the first scope, cơ sở
            qtbot.waitUntil(lambda p=page: len(ws.subject(p.subject_id).history["initiatives"]) == 1, timeout=5000)
            decision = next(i for i, f in enumerate(initiatives.model.columns) if f.key == "recognized_by")
            clerk.cell(initiatives.view, 0, decision, "Hội đồng sáng kiến xã Tiên Du")
        clerk.click(tabs.tabBar(), tabs.tabBar().tabRect(0).center())

    # 4. The guided forms of both proposals.
    for name, award, *_rest in PEOPLE:
        clerk.tree_item(editor.tree, name)
        clerk.tree_item(editor.tree, award)
        pp = editor.proposal_page
        assert editor.pages.currentWidget() is pp
        for label, text in (("Quyền hạn, nhiệm vụ", f"{name}: tham mưu cho UBND xã về lĩnh vực được giao."),
                            ("Thành tích đạt được", "- Hoàn thành xuất sắc 100% nhiệm vụ được giao năm 2025."),
                            ("Biện pháp, giải pháp", "- Ứng dụng công nghệ thông tin trong giải quyết hồ sơ."),
                            ("Họ tên thủ trưởng đơn vị", "Nguyễn Văn Thành")):
            _type_into(clerk, label, text, commit="tab")
            assert editor.pages.currentWidget() is pp
        if award == "Chiến sĩ thi đua cơ sở":
            panel = pp.attachments
            clerk.choose(panel.component, next(panel.component.itemText(i) for i in range(panel.component.count())
                                               if panel.component.itemData(i) == "chung-nhan-sang-kien"))
            panel.drop_files([make_pdf(tmp_path / "sang-kien.pdf", 1, "Giấy chứng nhận sáng kiến")])
            assert "1 trang" in clerk.texts(panel)

    # 5. The meeting, a vote for each proposal, the letter and the posting.
    clerk.tree_item(editor.tree, "Biên bản họp")
    meeting = editor.pages.currentWidget()
    for label, text in (("Ngày họp", "10/12/2025"), ("Giờ bắt đầu", "14:00"), ("Giờ kết thúc", "16:00"),
                        ("Địa điểm họp", "Hội trường UBND xã Tiên Du"), ("Người chủ trì", "Nguyễn Văn Thành"),
                        ("Thư ký cuộc họp", "Đỗ Thu Hằng"), ("Tổng số thành viên", "7"),
                        ("Số thành viên có mặt", "7"), ("Ngày ký báo cáo", "05/12/2025")):
        _type_into(clerk, label, text, meeting)
        assert editor.pages.currentWidget() is meeting
    for label, text in (("Thành viên có mặt", "Nguyễn Văn Thành, Chủ tịch UBND xã\nĐỗ Thu Hằng, Công chức\n"
                                              "Lý Văn Hùng, Chủ tịch MTTQ\nPhan Thị Ngọc, Chủ tịch Hội LHPN\n"
                                              "Đinh Quang Huy, Bí thư Đoàn\nTạ Văn Sơn, Chủ tịch Hội Nông dân\n"
                                              "Mai Thị Hằng, Kế toán"),
                        ("Kết luận", "Hội đồng thống nhất đề nghị công nhận các danh hiệu."),
                        ("Ban kiểm phiếu", "Lý Văn Hùng, Chủ tịch MTTQ; Trưởng ban\nPhan Thị Ngọc, Chủ tịch Hội LHPN; "
                                           "Ủy viên")):
        _type_into(clerk, label, text, meeting, commit="tab")
    for i in range(2):
        for key, text in (("agree", "7"), ("against", "0"), ("total", "7")):
            clerk.click(meeting.votes.editors[(i, key)].editor)
            clerk.select_all()
            clerk.type(text)
            clerk.enter()
    qtbot.waitUntil(lambda: all(meeting.votes.results[i].text() == "Đạt" for i in meeting.votes.results), timeout=5000)
    assert editor.pages.currentWidget() is meeting

    clerk.tree_item(editor.tree, "Tờ trình")
    letter = editor.pages.currentWidget()
    clerk.choose(clerk.field("Kính gửi", letter), "Chủ tịch Ủy ban nhân dân xã Tân Lập")
    clerk.choose(clerk.field("Thẩm quyền ký", letter), "TM. ỦY BAN NHÂN DÂN")
    for label, text in (("Chức vụ người ký", "Chủ tịch"), ("Họ tên người ký", "Nguyễn Văn Thành"),
                        ("Công khai từ ngày", "11/12/2025"), ("Công khai đến ngày", "18/12/2025"),
                        ("Nơi công khai", "Bảng tin UBND xã Tiên Du")):
        _type_into(clerk, label, text, letter)
        assert editor.pages.currentWidget() is letter

    # 6. The check says it all passes; the clerk marks it checked.
    def _done() -> bool:
        rep = editor.state.report
        return rep.complete and rep.eligible

    try:
        qtbot.waitUntil(_done, timeout=15000)
    except Exception:
        rep = editor.state.report
        raise AssertionError([(i.where, i.message) for i in rep.issues if i.severity == "error"]
                             + [c.message for c in rep.checklist if c.required and not c.present]
                             + [(p.award, p.verdict, [r.message for r in p.decisive]) for p in rep.proposals]) from None
    assert editor.issues.summary.text().startswith("Hồ sơ đầy đủ, mọi đề nghị đạt"), editor.issues.summary.text()
    clerk.press_tool("Đã kiểm tra")
    assert "Đã kiểm tra" in editor.status_label.text()

    # 7. Ký số và xuất: where to save (Documents the first time), the key, the warning about a test key, done.
    pki = make_pki()
    p12 = pki.commune.write_p12(tmp_path / "khoa.p12", "matkhau")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    seen: dict[str, object] = {}

    def sign_when_shown() -> None:
        """The key dialog runs its own modal loop: the clerk fills it once it is on the screen."""
        dialog = next((x for x in QApplication.topLevelWidgets()
                       if type(x).__name__ == "SigningDialog" and x.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, sign_when_shown)
            return
        dialog.activateWindow()
        seen["folder"] = dialog.folder.text()
        clerk.click(dialog.p12_path)
        clerk.type(str(p12))
        clerk.tab()
        clerk.click(dialog.p12_password)
        clerk.type("matkhau")
        clerk.click(dialog.ok_button)
        if dialog.isVisible():  # a test key: said in plain words before signing, and the clerk goes on
            seen["warning"] = dialog.warning.text()
            seen["button"] = dialog.ok_button.text()
            clerk.click(dialog.ok_button)

    QTimer.singleShot(0, sign_when_shown)
    clerk.press_tool("Ký số và xuất")
    qtbot.waitUntil(lambda: "folder" in seen, timeout=120000)
    assert seen["folder"] == documents  # Documents, the first time
    assert seen.get("button") == "Vẫn ký" and "Lưu ý về chứng thư số" in str(seen.get("warning"))
    qtbot.waitUntil(lambda: any(isinstance(x, QMessageBox) and x.isVisible() and "Mở thư mục" in
                                [b.text() for b in x.buttons()] for x in QApplication.topLevelWidgets()),
                    timeout=120000)
    box = next(x for x in QApplication.topLevelWidgets() if isinstance(x, QMessageBox) and x.isVisible())
    packages = list(Path(documents).glob("*.asice"))
    assert len(packages) == 1 and str(packages[0]) in box.text()
    clerk.click(next(b for b in box.buttons() if b.text() == "Mở thư mục"))
    assert [u.toLocalFile() for u in opened_urls.urls] == [documents]
    assert "Đã ký" in editor.status_label.text() or "Đã gửi" in editor.status_label.text()

    # 8. The package verifies, seal and every PDF signature, against the test root.
    root = pki.write_root(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-m", "desktop", "verify", str(packages[0]), "--trust", str(root), "--json"],
                         capture_output=True, text=True, env=env, cwd=REPO)
    report = json.loads(out.stdout)
    assert out.returncode == 0 and report["ok"] and report["verdict_label"] == "hợp lệ", out.stdout + out.stderr
