<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name></name>
    <message>
        <source>Các trang</source>
        <translation type="vanished">Pages</translation>
    </message>
    <message>
        <source>Thu nhỏ</source>
        <translation type="vanished">Zoom out</translation>
    </message>
    <message>
        <source>Phóng to</source>
        <translation type="vanished">Zoom in</translation>
    </message>
    <message>
        <source>Vừa chiều rộng</source>
        <translation type="vanished">Fit width</translation>
    </message>
    <message>
        <source>Vừa trang</source>
        <translation type="vanished">Fit page</translation>
    </message>
    <message>
        <source>In…</source>
        <translation type="vanished">Print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation type="vanished">Save PDF…</translation>
    </message>
    <message>
        <source>Trang %1/%2</source>
        <translation type="vanished">Page %1/%2</translation>
    </message>
    <message>
        <source>In hồ sơ</source>
        <translation type="vanished">Print the dossier</translation>
    </message>
    <message>
        <source>Không mở được máy in.</source>
        <translation type="vanished">The printer could not be opened.</translation>
    </message>
    <message>
        <source>Lưu PDF</source>
        <translation type="vanished">Save PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation type="vanished">PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được tệp: %1</source>
        <translation type="vanished">The file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="34"/>
        <source>Giới thiệu HSKT</source>
        <translation>About HSKT</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="43"/>
        <source>&lt;b style=&apos;font-size:16pt&apos;&gt;HSKT — Hồ sơ khen thưởng&lt;/b&gt;&lt;br&gt;Soạn, kiểm tra, in và ký số hồ sơ đề nghị khen thưởng; không cần mạng.</source>
        <translation>&lt;b style=&apos;font-size:16pt&apos;&gt;HSKT — Award dossiers&lt;/b&gt;&lt;br&gt;Prepare, check, print and sign award proposal dossiers; no network needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="46"/>
        <source>Phiên bản %s</source>
        <translation>Version %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="49"/>
        <source>Python %s, Qt for Python %s, %s</source>
        <translation>Python %s, Qt for Python %s, %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="60"/>
        <source>Bộ quy tắc đang dùng</source>
        <translation>Rule set in use</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="64"/>
        <source>Văn bản:</source>
        <translation>Legal texts:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="65"/>
        <source>Mã, phiên bản:</source>
        <translation>Code, version:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="66"/>
        <source> đến %s</source>
        <translation> to %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="67"/>
        <source>từ %s</source>
        <translation>from %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="68"/>
        <source>Áp dụng:</source>
        <translation>In force:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="69"/>
        <source>Căn cứ:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="71"/>
        <source>Không nạp được bộ quy tắc: hãy cài lại HSKT.</source>
        <translation>The rule set could not be loaded: please reinstall HSKT.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="78"/>
        <source>Dữ liệu</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="85"/>
        <source>Mọi hồ sơ, tệp đính kèm và gói đã gửi, đã nhận nằm trong thư mục trên. Gỡ cài đặt HSKT không xóa thư mục này. Trước khi cài bản HSKT mới, hãy bấm «Sao lưu ngay»; bản sao lưu được ghi vào thư mục backups bên trong, nên chép thêm ra USB.</source>
        <translation>All dossiers, attachments and sent or received packages live in the folder above. Uninstalling HSKT does not delete it. Before installing a new version, press &quot;Back up now&quot;; the backup goes into its backups folder, and a copy on a USB stick is wise.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="89"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="92"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="101"/>
        <source>Lần sao lưu gần nhất: %s</source>
        <translation>Last backup: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="106"/>
        <source>Thư mục dữ liệu:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="117"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="138"/>
        <source>Chưa sao lưu được: %s</source>
        <translation>The backup failed: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/about_dialog.py" line="148"/>
        <source>Đã sao lưu vào %s (%s).</source>
        <translation>Backed up to %s (%s).</translation>
    </message>
</context>
<context>
    <name>AddNomineeDialog</name>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="89"/>
        <source>Thêm đối tượng đề nghị</source>
        <translation>Add nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="94"/>
        <source>Chọn trong sổ đối tượng</source>
        <translation>Pick from the registry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="95"/>
        <source>Đối tượng mới</source>
        <translation>New nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="99"/>
        <source>Gõ tên (không dấu cũng được) hoặc số CCCD</source>
        <translation>Type a name (diacritics optional) or an ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="117"/>
        <source>Loại đối tượng</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="119"/>
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="123"/>
        <source>Hình thức đề nghị *</source>
        <translation>Proposed award *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="125"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="126"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="165"/>
        <source>Hãy chọn một người trong sổ, hoặc chọn «Đối tượng mới» và nhập tên.</source>
        <translation>Pick someone from the registry, or choose “New nominee” and type a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="168"/>
        <source>Hãy chọn hình thức đề nghị.</source>
        <translation>Choose the proposed award.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="73"/>
        <source>Có lỗi ngoài dự kiến</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="73"/>
        <source>HSKT gặp lỗi ngoài dự kiến: %s

Mọi thay đổi đã lưu trước đó vẫn còn nguyên. Chi tiết đã ghi vào tệp nhật ký:
%s
Hãy gửi tệp này cho người hỗ trợ nếu lỗi lặp lại.</source>
        <translation>HSKT met an unexpected error: %s

Everything saved before it is intact. The details are in the log file:
%s
Please send this file to support if the error happens again.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="88"/>
        <source>HSKT không mở được dữ liệu</source>
        <translation>HSKT cannot open the data</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="89"/>
        <source>HSKT không mở được thư mục dữ liệu:

%s</source>
        <translation>HSKT cannot open the data folder:

%s</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="175"/>
        <source>HSKT đang mở</source>
        <translation>HSKT is already open</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="175"/>
        <source>Thư mục dữ liệu này đang được một cửa sổ HSKT khác sử dụng:
%s

Hai cửa sổ cùng sửa một hồ sơ có thể ghi đè lên nhau, nên HSKT chỉ cho mở một cửa sổ.</source>
        <translation>This data folder is in use by another HSKT window:
%s

Two windows editing the same dossier could overwrite each other, so HSKT opens only one.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="178"/>
        <source>Đưa cửa sổ kia lên trước</source>
        <translation>Bring the other window to the front</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="179"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="145"/>
        <source>Bộ quy tắc bị lỗi</source>
        <translation>Broken rule set</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="145"/>
        <source>HSKT không khởi động vì bộ quy tắc khen thưởng có lỗi:

%s

Hãy cài lại HSKT hoặc báo cho người quản trị.</source>
        <translation>HSKT will not start because the award rule set is broken:

%s

Please reinstall HSKT or tell your administrator.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="47"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="49"/>
        <source>Gỡ tệp</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="51"/>
        <source>Kéo thả tệp PDF, JPG, PNG (tối đa 50 MB) vào đây để đính kèm vào thành phần đã chọn.</source>
        <translation>Drop PDF, JPG or PNG files (up to 50 MB) here to attach them to the chosen component.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="59"/>
        <source>Thành phần:</source>
        <translation>Component:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="75"/>
        <source>&lt;b&gt;Thành phần hồ sơ của đối tượng&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nominee&apos;s components&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="76"/>
        <source>&lt;b&gt;Thành phần chung của hồ sơ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Components of the whole dossier&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="99"/>
        <source>%d trang</source>
        <translation>%d pages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="119"/>
        <source>Hồ sơ đang ở trạng thái chỉ xem.</source>
        <translation>The dossier is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="134"/>
        <source>Chọn tệp đính kèm</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="135"/>
        <source>Tài liệu (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="66"/>
        <source>Xem bản in…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="68"/>
        <source>Xem bản in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="70"/>
        <source>Ký số và xuất gói hồ sơ…</source>
        <translation>Sign and export package…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="72"/>
        <source>Ký số và xuất</source>
        <translation>Sign and export</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="74"/>
        <source>Hộp thư đến: gói nhận từ cấp dưới…</source>
        <translation>Inbox: packages from lower levels…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="76"/>
        <source>Mở gói hồ sơ (.asice) để xem…</source>
        <translation>Open a package (.asice) to view…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="79"/>
        <source>Xuất bản Word…</source>
        <translation>Export as Word…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="81"/>
        <source>Nhận phiếu trả lại…</source>
        <translation>Import return note…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="111"/>
        <source>Chưa chọn hồ sơ</source>
        <translation>No dossier selected</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="112"/>
        <source>Hãy chọn một hồ sơ trong danh sách, hoặc mở hồ sơ, rồi thử lại.</source>
        <translation>Select a dossier in the list, or open one, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="124"/>
        <source>Chọn thư mục lưu bản Word</source>
        <translation>Choose the folder for the Word files</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="128"/>
        <source>Đã xuất %d bản Word vào %s</source>
        <translation>Exported %d Word files to %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="143"/>
        <source>Đang dựng bản in…</source>
        <translation>Building the printout…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="160"/>
        <source>Đang kiểm tra hồ sơ trước khi ký…</source>
        <translation>Checking the dossier before signing…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="167"/>
        <source>Hộp thư đến — gói hồ sơ nhận từ cấp dưới</source>
        <translation>Inbox — packages received from lower levels</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="179"/>
        <source>Mở gói hồ sơ</source>
        <translation>Open package</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="180"/>
        <source>Gói hồ sơ (*.asice)</source>
        <translation>Dossier packages (*.asice)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="192"/>
        <source>Nhận phiếu trả lại</source>
        <translation>Import return note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="193"/>
        <source>Phiếu trả lại (*.asice)</source>
        <translation>Return notes (*.asice)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="203"/>
        <source>Xác nhận người ký phiếu trả lại</source>
        <translation>Confirm who signed the return note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="204"/>
        <source>%s

Đây có đúng là cơ quan đã nhận gói không?</source>
        <translation>%s

Is this the office that received the package?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="210"/>
        <source>Không nhận được phiếu trả lại</source>
        <translation>Return note not imported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="213"/>
        <source>Hồ sơ bị trả lại</source>
        <translation>Dossier returned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="214"/>
        <source>Hồ sơ số %d bị trả lại với %d ý kiến; đã mở phiên bản %d để sửa.

%s</source>
        <translation>Dossier %d was returned with %d comments; revision %d is open for corrections.

%s</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="180"/>
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="241"/>
        <source>← Danh sách</source>
        <translation>← List</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="243"/>
        <source>Thêm đối tượng</source>
        <translation>Add nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="244"/>
        <location filename="../../desktop/views/dossier_editor.py" line="610"/>
        <source>Bỏ khỏi hồ sơ</source>
        <translation>Remove from dossier</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation type="vanished">Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation type="vanished">Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="248"/>
        <source>Hoàn tác thao tác sửa gần nhất; mờ khi chưa sửa gì trong hồ sơ đang mở</source>
        <translation>Undo the last edit; greyed out until something is edited in the open dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="249"/>
        <source>Làm lại thao tác vừa hoàn tác; mờ khi chưa hoàn tác gì</source>
        <translation>Redo what was just undone; greyed out until something is undone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="255"/>
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="256"/>
        <source>Về nháp</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="257"/>
        <source>Đã ký</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="258"/>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="259"/>
        <source>Bị trả lại…</source>
        <translation>Returned…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="260"/>
        <source>Tạo bản sửa đổi</source>
        <translation>New revision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="262"/>
        <source>Xuất danh sách (Excel)…</source>
        <translation>Export list (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="263"/>
        <source>Vấn đề tiếp theo</source>
        <translation>Next issue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="350"/>
        <source>&lt;b&gt;%s&lt;/b&gt; — %s — lần %d — trạng thái: &lt;b&gt;%s&lt;/b&gt;%s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — %s — revision %d — status: &lt;b&gt;%s&lt;/b&gt;%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="352"/>
        <source> (chỉ xem)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="367"/>
        <source>chỉ dùng được khi hồ sơ ở trạng thái %s; hồ sơ này đang «%s»</source>
        <translation>only available when the dossier is %s; this one is «%s»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="370"/>
        <source>chỉ tạo bản sửa đổi khi hồ sơ bị cấp trên trả lại</source>
        <translation>a revision is made only when the upper level has returned the dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="371"/>
        <source>hồ sơ đang «%s» nên chỉ xem; hãy tạo bản sửa đổi nếu cần sửa</source>
        <translation>the dossier is «%s», so read-only; make a revision to change it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="401"/>
        <source>Thông tin hồ sơ, thành phần chung</source>
        <translation>Dossier details, shared components</translation>
    </message>
    <message>
        <source>Sửa %s</source>
        <translation type="vanished">Edit %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="565"/>
        <source>Đã lưu lúc %s</source>
        <translation>Saved at %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="577"/>
        <source>Chưa lưu: %s</source>
        <translation>Not saved: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="605"/>
        <source>Hãy chọn một đối tượng hoặc một đề nghị trong cây bên trái rồi bấm «Bỏ khỏi hồ sơ».</source>
        <translation>Choose a nominee or a proposal in the tree on the left, then press «Remove from dossier».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="609"/>
        <source>đề nghị này</source>
        <translation>this proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="611"/>
        <source>Bỏ %s khỏi hồ sơ? Người này vẫn còn trong sổ đối tượng.</source>
        <translation>Remove %s from the dossier? They stay in the registry.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="647"/>
        <source>Chưa chuyển được trạng thái</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="679"/>
        <source>Xuất danh sách đối tượng</source>
        <translation>Export nominee list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="680"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="683"/>
        <source>Đã xuất danh sách: %s</source>
        <translation>List exported: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="739"/>
        <source>Bảng Kiểm tra không còn lỗi, thiếu sót hay lưu ý nào.</source>
        <translation>The check panel has no errors, gaps or notes left.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="141"/>
        <source>Thông tin hồ sơ</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="155"/>
        <source>lần %d (%s, %s)</source>
        <translation>revision %d (%s, %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="158"/>
        <source>Bản đã lưu giữ, chỉ xem: %s</source>
        <translation>Kept revisions, read-only: %s</translation>
    </message>
</context>
<context>
    <name>DossierSummaryDialog</name>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="24"/>
        <source>Hồ sơ — %s</source>
        <translation>Dossier — %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="27"/>
        <source>Đơn vị đề nghị: &lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Đợt xét: %s&lt;br&gt;Số đề nghị: %d</source>
        <translation>Proposing unit: &lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Review round: %s&lt;br&gt;Proposals: %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="28"/>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="31"/>
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="31"/>
        <source>Tập thể</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="31"/>
        <source>Hộ gia đình</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="33"/>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="33"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="33"/>
        <source>Hình thức đề nghị</source>
        <translation>Proposed award</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="33"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="44"/>
        <source>Biểu mẫu nhập liệu theo từng loại khen thưởng sẽ mở tại đây.</source>
        <translation>The guided form for each award type opens here.</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../desktop/views/dossier_table_model.py" line="30"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_table_model.py" line="31"/>
        <source>Tên hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_table_model.py" line="32"/>
        <source>Đợt xét</source>
        <translation>Review round</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_table_model.py" line="33"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_table_model.py" line="34"/>
        <source>Đối tượng đầu danh sách</source>
        <translation>First on the list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_table_model.py" line="35"/>
        <source>Số đối tượng</source>
        <translation>Nominees</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_table_model.py" line="36"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_table_model.py" line="37"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="57"/>
        <source>Chưa có hồ sơ nào</source>
        <translation>No dossiers yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="65"/>
        <source>HSKT giúp soạn hồ sơ đề nghị khen thưởng: nhập danh sách, kiểm tra tiêu chuẩn theo Luật Thi đua, khen thưởng, in tờ trình và biểu mẫu, ký số và gửi cấp trên.

Bắt đầu: bấm «Tạo hồ sơ mới» (Ctrl+N), đặt tên hồ sơ theo đợt xét, rồi thêm người, tập thể hoặc hộ gia đình được đề nghị.</source>
        <translation>HSKT helps you prepare award proposal dossiers: enter the list, check the criteria of the Law on Emulation and Commendation, print the proposal letter and forms, sign and send to the next level.

To start: press &quot;Create a dossier&quot; (Ctrl+N), name it after the review round, then add the people, collectives or households you propose.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="73"/>
        <source>Tạo hồ sơ mới</source>
        <translation>Create a dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="76"/>
        <source>Xem thử với dữ liệu mẫu</source>
        <translation>Try with sample data</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/views/fields.py" line="42"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop/views/fields.py" line="42"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop/views/fields.py" line="234"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/views/fields.py" line="290"/>
        <source>Đang có %d/12 chữ số</source>
        <translation>%d of 12 digits so far</translation>
    </message>
    <message>
        <location filename="../../desktop/views/fields.py" line="291"/>
        <source>Số định danh phải có đúng 12 chữ số (đang có %d)</source>
        <translation>The personal ID number must have exactly 12 digits (it has %d)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/fields.py" line="372"/>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desktop/views/help_window.py" line="67"/>
        <source>Trợ giúp HSKT</source>
        <translation>HSKT help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="76"/>
        <source>Tìm trong trợ giúp (gõ không dấu cũng được)</source>
        <translation>Search the help (accents optional)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/help_window.py" line="145"/>
        <source>%n trang có kết quả</source>
        <translation>
            <numerusform>%n page matches</numerusform>
            <numerusform>%n pages match</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="146"/>
        <source>Không tìm thấy. Thử từ khác, hoặc gõ không dấu.</source>
        <translation>Nothing found. Try another word, or type without accents.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../desktop/views/history_table.py" line="139"/>
        <source>Dòng mới, chưa lưu: nhập đủ các cột có dấu * để lưu</source>
        <translation>New row, not saved yet: fill in every column marked * to save it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/history_table.py" line="230"/>
        <source>Thêm dòng</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/history_table.py" line="231"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/history_table.py" line="250"/>
        <source>Dòng mới chưa lưu, còn thiếu: %s</source>
        <translation>New row not saved yet; still missing: %s</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="34"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="34"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="35"/>
        <source>Đơn vị gửi</source>
        <translation>Sending unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="35"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="36"/>
        <source>Lần</source>
        <translation>Rev.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="36"/>
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="37"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="37"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="61"/>
        <source>Nhận gói…</source>
        <translation>Receive package…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="62"/>
        <source>Kiểm tra lại</source>
        <translation>Verify again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="63"/>
        <source>Xem</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="63"/>
        <source>Tổng hợp…</source>
        <translation>Aggregate…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="67"/>
        <source>Trả lại…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="73"/>
        <source>Lấy dấu thời gian khi nhận gói (RFC 3161, cần mạng):</source>
        <translation>Timestamp packages on receipt (RFC 3161, needs the network):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="77"/>
        <source>địa chỉ máy chủ dấu thời gian, ví dụ http://…</source>
        <translation>timestamp server address, e.g. http://…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="99"/>
        <source>đã tổng hợp vào hồ sơ %s</source>
        <translation>aggregated into dossier %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="104"/>
        <source>%d gói</source>
        <translation>%d packages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="104"/>
        <source>Hộp thư đến trống: bấm «Nhận gói…»</source>
        <translation>The inbox is empty: click “Receive package…”</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="126"/>
        <source>Đang kiểm tra %s</source>
        <translation>Verifying %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="135"/>
        <source>Không nhận được gói: %s</source>
        <translation>Package not received: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="153"/>
        <source>Nhận gói hồ sơ</source>
        <translation>Receive dossier package</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="154"/>
        <source>Gói hồ sơ (*.asice)</source>
        <translation>Dossier packages (*.asice)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="174"/>
        <source>Chưa tổng hợp được</source>
        <translation>Could not aggregate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="178"/>
        <source>Đã tạo hồ sơ tổng hợp số %d: %d đối tượng, %d đề nghị</source>
        <translation>Created aggregated dossier %d: %d nominees, %d proposals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="180"/>
        <source>; %d cảnh báo</source>
        <translation>; %d warnings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="187"/>
        <source>Tổng hợp</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="187"/>
        <source>Hãy chọn các gói cần tổng hợp trong danh sách</source>
        <translation>Select the packages to aggregate in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="189"/>
        <source>Tổng hợp hồ sơ</source>
        <translation>Aggregate dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="189"/>
        <source>Tên đợt xét:</source>
        <translation>Campaign name:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="198"/>
        <source>Chọn một gói trong danh sách để lập phiếu trả lại</source>
        <translation>Select one package in the list to write a return note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="202"/>
        <source>Gói này đã bị từ chối khi nhận (không nguyên vẹn); không lập phiếu trả lại cho gói bị từ chối: hãy báo đơn vị gửi gửi lại gói</source>
        <translation>This package was rejected on receipt (not intact); rejected packages cannot be returned: ask the sending unit to send it again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="204"/>
        <source>Lập phiếu trả lại có ký số cho gói %s</source>
        <translation>Write a signed return note for package %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="215"/>
        <source>Trả lại</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="220"/>
        <source>Không mở được gói</source>
        <translation>Cannot open the package</translation>
    </message>
    <message>
        <location filename="../../desktop/views/inbox_view.py" line="222"/>
        <source>Đã ghi phiếu trả lại: %s</source>
        <translation>Return note written: %s</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="46"/>
        <source>Ý kiến khi trả lại (%d)</source>
        <translation>Reviewer&apos;s comments (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="48"/>
        <source>Lỗi (%d)</source>
        <translation>Errors (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="50"/>
        <source>Cảnh báo (%d)</source>
        <translation>Warnings (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="52"/>
        <source>Thành phần hồ sơ: thiếu %d</source>
        <translation>Dossier components: %d missing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="58"/>
        <source>Tiêu chuẩn khen thưởng</source>
        <translation>Award criteria</translation>
    </message>
    <message>
        <source>; quy định chưa được xác minh</source>
        <translation type="vanished">; rule not verified</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="70"/>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="78"/>
        <source>Quy định này cần đối chiếu với văn bản gốc.</source>
        <translation>This rule should be checked against the original text.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="80"/>
        <source>Quy định này chưa được xác minh; hãy đối chiếu văn bản gốc trước khi dựa vào.</source>
        <translation>This rule is not verified; check the original text before relying on it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="148"/>
        <source>&lt;b&gt;Kiểm tra hồ sơ&lt;/b&gt; (tự cập nhật sau mỗi thay đổi)</source>
        <translation>&lt;b&gt;Dossier check&lt;/b&gt; (updated after every change)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="159"/>
        <source>Hồ sơ đầy đủ, mọi đề nghị đạt</source>
        <translation>Dossier complete, every proposal qualifies</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="160"/>
        <source>%d/%d đề nghị đạt; %d lỗi, %d cảnh báo, thiếu %d thành phần</source>
        <translation>%d/%d proposals qualify; %d errors, %d warnings, %d components missing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="162"/>
        <source>Bộ quy tắc: %s</source>
        <translation>Rule set: %s</translation>
    </message>
</context>
<context>
    <name>LetterPage</name>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="30"/>
        <source>&lt;h3&gt;Tờ trình đề nghị khen thưởng, công khai danh sách&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Proposal letter and public posting of the list&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="31"/>
        <source>Người ký theo hồ sơ đơn vị</source>
        <translation>Signer from the unit profile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="36"/>
        <source>Chọn người ký</source>
        <translation>Choose the signer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="44"/>
        <source>Để trống số và ngày: khi ký, HSKT cấp số tiếp theo của đơn vị và ghi ngày ký; bản xem trước ghi «(cấp khi ký)» bên cạnh số đó.</source>
        <translation>Leave the number and date empty: when signing, HSKT gives the unit&apos;s next number and the signing day; the preview marks that number “(cấp khi ký)”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="53"/>
        <source>Công khai danh sách</source>
        <translation>Public posting of the list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="58"/>
        <source>Tờ trình, công khai danh sách</source>
        <translation>Proposal letter, public posting</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="72"/>
        <source>Tờ trình</source>
        <translation>Proposal letter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="80"/>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="89"/>
        <source>Căn cứ HSKT in trong tờ trình:</source>
        <translation>Legal basis HSKT prints in the proposal letter:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="91"/>
        <source>Chưa đối chiếu với văn bản gốc: %s. Hãy kiểm tra; nếu khác, ghi phần mở đầu đúng vào ô «Mở đầu tờ trình», HSKT in nội dung đó thay cho các căn cứ trên.</source>
        <translation>Not checked against the official text: %s. Please check; if it differs, type the correct opening in «Mở đầu tờ trình» and HSKT prints it instead of the basis above.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/letter_page.py" line="104"/>
        <source>chọn người ký</source>
        <translation>choose the signer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="103"/>
        <location filename="../../desktop/views/main_window.py" line="314"/>
        <source>HSKT — Hồ sơ khen thưởng</source>
        <translation>HSKT — Award dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="125"/>
        <source>Tìm theo tên hồ sơ hoặc tên người (gõ không dấu cũng được)</source>
        <translation>Search by dossier or person name (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="129"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="139"/>
        <source>Không có hồ sơ nào khớp điều kiện tìm.</source>
        <translation>No dossier matches the search.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="145"/>
        <source>Tìm:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="147"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="149"/>
        <source>Thùng rác: hồ sơ ở đây có thể khôi phục, hoặc xóa hẳn.</source>
        <translation>Bin: dossiers here can be restored, or deleted for good.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="175"/>
        <source>Thư mục dữ liệu: %s</source>
        <translation>Data folder: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="224"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="238"/>
        <source>Hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="239"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="240"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="242"/>
        <source>Thùng rác</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="244"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="245"/>
        <location filename="../../desktop/views/main_window.py" line="583"/>
        <source>Xóa hẳn</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="263"/>
        <source>&amp;Hồ sơ</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="267"/>
        <source>Xuất danh sách hồ sơ ra Excel…</source>
        <translation>Export dossier list to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="273"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="274"/>
        <source>&amp;Sổ đối tượng</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="275"/>
        <source>Mở sổ đối tượng</source>
        <translation>Open the registry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="277"/>
        <source>Tải mẫu Excel nhập danh sách…</source>
        <translation>Save the Excel import template…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="278"/>
        <source>Nhập danh sách từ Excel…</source>
        <translation>Import a list from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="280"/>
        <source>Đề xuất khen thưởng cuối năm…</source>
        <translation>Year-end award suggestions…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="281"/>
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="282"/>
        <source>Thông tin đơn vị…</source>
        <translation>Unit profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="283"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="285"/>
        <location filename="../../desktop/views/main_window.py" line="557"/>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="288"/>
        <source>đang xem Thùng rác; bấm «Thùng rác» lần nữa để về danh sách hồ sơ</source>
        <translation>viewing the bin; press «Bin» again to return to the dossier list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="309"/>
        <source>%d / %d hồ sơ</source>
        <translation>%d / %d dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="324"/>
        <source>Đã lưu lúc %s</source>
        <translation>Saved at %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="425"/>
        <source>Chưa chọn hồ sơ nào: hãy bấm vào một dòng trong danh sách rồi thử lại.</source>
        <translation>No dossier selected: click a row in the list and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="481"/>
        <source>chỉ dùng trong danh sách hồ sơ; bấm «← Danh sách» để về danh sách</source>
        <translation>only available in the dossier list; press «← List» to return to it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="502"/>
        <source>Lưu mẫu Excel</source>
        <translation>Save the Excel template</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="503"/>
        <location filename="../../desktop/views/main_window.py" line="510"/>
        <location filename="../../desktop/views/main_window.py" line="519"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="506"/>
        <source>Đã lưu mẫu: %s</source>
        <translation>Template saved: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="509"/>
        <source>Xuất danh sách hồ sơ</source>
        <translation>Export the dossier list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="512"/>
        <source>Đang xuất danh sách hồ sơ</source>
        <translation>Exporting the dossier list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="514"/>
        <source>Đã xuất: %s</source>
        <translation>Exported: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="518"/>
        <source>Nhập danh sách từ Excel</source>
        <translation>Import a list from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="524"/>
        <source>Đang nhập danh sách</source>
        <translation>Importing the list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="532"/>
        <source>Đã nhập %d dòng (%d người mới, %d người đã có được cập nhật).</source>
        <translation>Imported %d rows (%d new people, %d existing people updated).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="536"/>
        <source>
… và %d lỗi khác</source>
        <translation>
… and %d more errors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="537"/>
        <source>%d dòng không nhập được:</source>
        <translation>%d rows could not be imported:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="539"/>
        <source>Các ô lỗi được tô đỏ trong bản sao: %s</source>
        <translation>The wrong cells are marked red in a copy: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="541"/>
        <source>Lưu ý: %s</source>
        <translation>Note: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="543"/>
        <source>Kết quả nhập danh sách</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="558"/>
        <source>Ctrl+N  Hồ sơ mới
Enter  Mở hồ sơ đang chọn
Ctrl+F  Tìm
Ctrl+Shift+R  Sổ đối tượng
Ctrl+I  Nhập danh sách từ Excel

Trong hồ sơ:
Tab / Enter  Sang trường tiếp theo
Ctrl+Enter  Xong đoạn văn, sang trường tiếp theo
Ctrl+Z / Ctrl+Y  Hoàn tác / Làm lại
F8  Đến vấn đề tiếp theo trong bảng Kiểm tra
Ctrl+Shift+N  Thêm đối tượng
Alt+←  Về danh sách</source>
        <translation>Ctrl+N  New dossier
Enter  Open the selected dossier
Ctrl+F  Search
Ctrl+Shift+R  Registry
Ctrl+I  Import a list from Excel

In a dossier:
Tab / Enter  Next field
Ctrl+Enter  Finish the paragraph, next field
Ctrl+Z / Ctrl+Y  Undo / Redo
F8  Next issue in the Check panel
Ctrl+Shift+N  Add nominee
Alt+←  Back to the list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="569"/>
        <source>Đã chuyển %d hồ sơ vào thùng rác; mở Thùng rác để khôi phục.</source>
        <translation>Moved %d dossier(s) to the bin; open the Bin to restore.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="584"/>
        <source>Xóa hẳn %d hồ sơ? Việc này không hoàn tác được.</source>
        <translation>Delete %d dossier(s) for good? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="595"/>
        <source>Dữ liệu mẫu</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="595"/>
        <source>Thư mục dữ liệu đã có dữ liệu; chỉ nạp dữ liệu mẫu vào thư mục trống.</source>
        <translation>The data folder already has data; demo data loads only into an empty folder.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="232"/>
        <source>&lt;h3&gt;Biên bản họp Hội đồng Thi đua - Khen thưởng&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Minutes of the Emulation and Commendation Council meeting&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="235"/>
        <source>Lấy thông tin từ hồ sơ trước</source>
        <translation>Take from the previous dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="237"/>
        <source>Điền các ô còn trống (địa điểm, chủ trì, thư ký, thành viên, ban kiểm phiếu) như hồ sơ lập gần nhất; hoàn tác được</source>
        <translation>Fill the empty fields (place, chair, secretary, members, vote-counting committee) as in the dossier edited last; can be undone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="249"/>
        <source>Thời gian, địa điểm</source>
        <translation>Time and place</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="251"/>
        <source>Thành phần</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="257"/>
        <source>Kết quả biểu quyết từng đề nghị</source>
        <translation>Vote on each proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="263"/>
        <source>Điền: tất cả có mặt đồng ý (các dòng còn trống)</source>
        <translation>Fill: all present agree (empty rows)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="273"/>
        <source>Ban kiểm phiếu</source>
        <translation>Vote-counting committee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="275"/>
        <source>Kết luận, báo cáo thành tích</source>
        <translation>Conclusion, achievement reports</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="279"/>
        <source>Hồ sơ theo thủ tục đơn giản (Điều 85): không cần họp Hội đồng.</source>
        <translation>Simplified procedure (Article 85): no council meeting is needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="284"/>
        <source>Biên bản họp, biểu quyết</source>
        <translation>Council meeting, votes</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="293"/>
        <source>Ngưỡng thông qua theo bộ quy tắc %s: %s. [M] là quy định chưa đối chiếu nguyên văn; đổi cách tính ở mục Ban kiểm phiếu.</source>
        <translation>Pass threshold under rule set %s: %s. [M] marks a rule not yet checked against the original text; change the base under Vote-counting committee.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="326"/>
        <source>lấy thông tin từ hồ sơ trước</source>
        <translation>take from the previous dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="341"/>
        <source>điền kết quả biểu quyết</source>
        <translation>fill the votes</translation>
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="35"/>
        <source>Hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="39"/>
        <source>Ví dụ: Đề nghị công nhận danh hiệu thi đua năm %d</source>
        <translation>For example: Emulation titles proposed for %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="45"/>
        <source>Xét khen thưởng tổng kết năm %d</source>
        <translation>Year-end review %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="58"/>
        <source>Tên hồ sơ *</source>
        <translation>Dossier name *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="59"/>
        <source>Đợt xét *</source>
        <translation>Campaign *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="60"/>
        <source>Năm xét *</source>
        <translation>Year under review *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="61"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="63"/>
        <source>Tạo hồ sơ</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="64"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PackageViewer</name>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="111"/>
        <source>Chưa mở gói nào</source>
        <translation>No package open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="121"/>
        <source>Mã</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="121"/>
        <source>Họ tên / Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="121"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="121"/>
        <source>Số CCCD</source>
        <translation>ID card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="122"/>
        <location filename="../../desktop/views/package_viewer.py" line="128"/>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="122"/>
        <source>Hình thức khen thưởng</source>
        <translation>Award</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="122"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="123"/>
        <location filename="../../desktop/views/package_viewer.py" line="125"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="123"/>
        <source>Lý do</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="125"/>
        <source>Nội dung kiểm tra</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="126"/>
        <source>Kiểm tra và chữ ký</source>
        <translation>Checks and signatures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="127"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="129"/>
        <source>Kết quả xét</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="136"/>
        <source>Đang kiểm tra %s…</source>
        <translation>Verifying %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="144"/>
        <source>Không mở được gói: %s</source>
        <translation>Cannot open the package: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="150"/>
        <source>Gói %s HỢP LỆ (chứng thư đã hết hạn sau khi ký)</source>
        <translation>Package %s VALID (the certificate expired after signing)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="152"/>
        <source>Gói %s HỢP LỆ</source>
        <translation>Package %s is VALID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="154"/>
        <source>Gói %s nguyên vẹn nhưng CHƯA ĐƯỢC TIN CẬY: chữ ký số của gói không nối được tới chứng thư gốc của một tổ chức cấp chữ ký số mà máy này tin cậy</source>
        <translation>Package %s is intact but NOT TRUSTED: its signature does not lead to the root certificate of a signature provider this computer trusts</translation>
    </message>
    <message>
        <source>Gói %s nguyên vẹn nhưng CHƯA ĐƯỢC TIN CẬY (chưa có chứng thư CA gốc)</source>
        <translation type="vanished">Package %s is intact but NOT TRUSTED (no root CA certificate)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="158"/>
        <source>Gói %s KHÔNG HỢP LỆ</source>
        <translation>Package %s is INVALID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="162"/>
        <source>Hồ sơ đầy đủ</source>
        <translation>Dossier complete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="162"/>
        <source>Hồ sơ chưa đầy đủ</source>
        <translation>Dossier incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="163"/>
        <source>mọi đề nghị đạt</source>
        <translation>every proposal qualifies</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="163"/>
        <source>có đề nghị chưa đạt hoặc cần xác minh</source>
        <translation>some proposals do not qualify or need checking</translation>
    </message>
    <message>
        <source>Chữ ký: %s</source>
        <translation type="vanished">Signature: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="200"/>
        <source>Gói cấp dưới</source>
        <translation>Lower-level package</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../desktop/views/preview.py" line="70"/>
        <source>Các trang</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="74"/>
        <source>Thu nhỏ</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="75"/>
        <source>Phóng to</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="76"/>
        <source>Vừa chiều rộng</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="77"/>
        <source>Vừa trang</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="79"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="80"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="144"/>
        <source>Trang %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="197"/>
        <location filename="../../desktop/views/preview.py" line="213"/>
        <source>In hồ sơ</source>
        <translation>Print the dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="213"/>
        <source>Không mở được máy in.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="248"/>
        <location filename="../../desktop/views/preview.py" line="256"/>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="248"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="256"/>
        <source>Không lưu được tệp: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>PlainWords</name>
    <message>
        <location filename="../../desktop/views/plain_words.py" line="24"/>
        <source>Cấu trúc của gói hồ sơ</source>
        <translation>Structure of the package</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plain_words.py" line="25"/>
        <source>Không tệp nào bị sửa, thêm hay bớt</source>
        <translation>No file changed, added or removed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plain_words.py" line="26"/>
        <source>Chữ ký số của gói</source>
        <translation>The package’s digital signature</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plain_words.py" line="27"/>
        <source>Chữ ký trên từng văn bản</source>
        <translation>The signature on each document</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plain_words.py" line="28"/>
        <source>Dữ liệu hồ sơ đọc được đầy đủ</source>
        <translation>The dossier data reads in full</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plain_words.py" line="29"/>
        <source>Các gói của cấp dưới gửi kèm</source>
        <translation>Packages of the lower levels sent with it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plain_words.py" line="30"/>
        <source>Nhật ký thao tác liền mạch</source>
        <translation>The activity log is unbroken</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plain_words.py" line="31"/>
        <source>Nội dung phiếu trả lại đọc được đầy đủ</source>
        <translation>The return note reads in full</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plain_words.py" line="69"/>
        <source>Người ký gói</source>
        <translation>Package signed by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/plain_words.py" line="70"/>
        <source>Chữ ký trên văn bản «%s»</source>
        <translation>Signature on the document «%s»</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="28"/>
        <source>Xem bản in — %s</source>
        <translation>Print preview — %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="33"/>
        <source>
… và %d điều khác</source>
        <translation>
… and %d more</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_actions.py" line="34"/>
        <source>BẢN NHÁP — hồ sơ chưa đủ điều kiện ký và gửi:
%s%s</source>
        <translation>DRAFT — the dossier cannot be signed and sent yet:
%s%s</translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="53"/>
        <source>Vì sao không đạt:</source>
        <translation>Why it does not qualify:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="54"/>
        <source>Cần xác minh:</source>
        <translation>To be verified:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="90"/>
        <source>Đạt</source>
        <translation>Qualifies</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="92"/>
        <source>Không đạt</source>
        <translation>Does not qualify</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="93"/>
        <source>Cần xác minh</source>
        <translation>Needs checking</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="103"/>
        <source>&lt;p&gt;Kết quả kiểm tra: &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Check result: &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="130"/>
        <source>Ý kiến khi trả lại: %s</source>
        <translation>Reviewer&apos;s comment: %s</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="35"/>
        <source>← Danh sách hồ sơ</source>
        <translation>← Dossier list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="39"/>
        <source>Tìm theo tên (không dấu cũng được) hoặc số CCCD</source>
        <translation>Search by name (diacritics optional) or ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="41"/>
        <source>Mọi loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="47"/>
        <source>Thêm đối tượng mới…</source>
        <translation>Add to the registry…</translation>
    </message>
    <message>
        <source>Hoàn tác</source>
        <translation type="vanished">Undo</translation>
    </message>
    <message>
        <source>Làm lại</source>
        <translation type="vanished">Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="82"/>
        <source>&lt;b&gt;Sổ đối tượng&lt;/b&gt;: người, tập thể, hộ gia đình dùng lại cho mọi hồ sơ, mọi năm</source>
        <translation>&lt;b&gt;Registry&lt;/b&gt;: people, collectives and households reused for every dossier, every year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="101"/>
        <source>%d đối tượng (hiện tối đa 500; gõ để tìm)</source>
        <translation>%d entries (up to 500 shown; type to search)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="121"/>
        <source>Thêm đối tượng</source>
        <translation>Add nominee</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="26"/>
        <source>Hồ sơ bị trả lại</source>
        <translation>Dossier returned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="28"/>
        <source>Ví dụ: Phòng Văn hóa - Xã hội, Sở Nội vụ</source>
        <translation>For example: Culture and Society Office, Department of Home Affairs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="30"/>
        <source>(cả hồ sơ)</source>
        <translation>(whole dossier)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="34"/>
        <source>(không chỉ rõ trường)</source>
        <translation>(no specific field)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="49"/>
        <source>Cơ quan trả lại</source>
        <translation>Returned by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="50"/>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="51"/>
        <source>Trường cần sửa</source>
        <translation>Field to fix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="52"/>
        <source>Ý kiến *</source>
        <translation>Comment *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="54"/>
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="55"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReturnNoteDialog</name>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="50"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="51"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="52"/>
        <source>Giới tính</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="53"/>
        <source>Số định danh cá nhân (CCCD)</source>
        <translation>Personal ID number (CCCD)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="54"/>
        <source>Dân tộc</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="55"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="56"/>
        <source>Đơn vị công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="57"/>
        <source>Quê quán</source>
        <translation>Home town</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="58"/>
        <source>Nơi thường trú</source>
        <translation>Permanent residence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="59"/>
        <source>Trình độ chuyên môn</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="60"/>
        <source>Ngày tuyển dụng</source>
        <translation>Date hired</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="61"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="62"/>
        <source>Xếp loại theo năm</source>
        <translation>Yearly ratings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="63"/>
        <source>Khen thưởng đã nhận</source>
        <translation>Awards received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="64"/>
        <source>Sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="65"/>
        <source>Kỷ luật</source>
        <translation>Disciplinary records</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="66"/>
        <source>Hình thức khen thưởng đề nghị</source>
        <translation>Proposed award</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="95"/>
        <source>Báo cáo thành tích: %s</source>
        <translation>Achievement report: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="114"/>
        <source>Lập phiếu trả lại</source>
        <translation>Write return note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="116"/>
        <source>Phiếu trả lại cho gói &lt;b&gt;%s&lt;/b&gt;%s</source>
        <translation>Return note for package &lt;b&gt;%s&lt;/b&gt;%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="117"/>
        <source>số %d</source>
        <translation>no. %d</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="120"/>
        <source>Chọn đối tượng và trường cần sửa, ghi ý kiến rồi bấm «Thêm ý kiến». Đơn vị gửi nhận phiếu sẽ thấy từng ý kiến ngay tại trường cần sửa.</source>
        <translation>Choose the nominee and the field to correct, write the comment, then click “Add comment”. The sending unit will see each comment at the field to correct.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="127"/>
        <source>Cả hồ sơ</source>
        <translation>Whole dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="138"/>
        <location filename="../../desktop/views/return_note_dialog.py" line="169"/>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="145"/>
        <source>(không chỉ rõ trường)</source>
        <translation>(no specific field)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="149"/>
        <source>chọn trong danh sách hoặc gõ tên trường</source>
        <translation>choose from the list or type a field name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="152"/>
        <source>Ví dụ: Số CCCD không khớp với ngày sinh, đề nghị kiểm tra lại</source>
        <translation>Example: the ID number does not match the date of birth, please check</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="153"/>
        <source>Thêm ý kiến</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="155"/>
        <location filename="../../desktop/views/return_note_dialog.py" line="169"/>
        <source>Ý kiến</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="157"/>
        <source>Trường cần sửa:</source>
        <translation>Field to correct:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="158"/>
        <source>Ý kiến:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="169"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="177"/>
        <source>Xóa ý kiến đã chọn</source>
        <translation>Remove selected comment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="182"/>
        <source>Các ý kiến trong phiếu</source>
        <translation>Comments in this note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="192"/>
        <source>Ý kiến chung cho cả hồ sơ (không bắt buộc)</source>
        <translation>General comment on the whole dossier (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="201"/>
        <source>Ký và ghi phiếu…</source>
        <translation>Sign and write note…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="204"/>
        <location filename="../../desktop/views/return_note_dialog.py" line="348"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="217"/>
        <source>Ý kiến chung:</source>
        <translation>General comment:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="248"/>
        <source>Hãy ghi ý kiến vào ô «Ý kiến» rồi bấm «Thêm ý kiến».</source>
        <translation>Write the comment in the “Comment” box, then click “Add comment”.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="253"/>
        <source>Hãy chọn đối tượng (hoặc «Cả hồ sơ») trong danh sách bên trái.</source>
        <translation>Choose a nominee (or “Whole dossier”) in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="282"/>
        <source>Ý kiến đang ghi trong ô «Ý kiến» chưa được đưa vào phiếu: hãy bấm «Thêm ý kiến» (hoặc xóa ô đó) rồi ký lại.</source>
        <translation>The comment in the “Comment” box is not in the note yet: click “Add comment” (or clear the box), then sign again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="285"/>
        <source>Phiếu trả lại chưa có ý kiến nào. Hãy chọn đối tượng, trường, ghi ý kiến và bấm «Thêm ý kiến», hoặc ghi ý kiến chung cho cả hồ sơ, rồi ký lại.</source>
        <translation>The return note has no comments yet. Choose a nominee and a field, write a comment and click “Add comment”, or write a general comment on the whole dossier, then sign again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="305"/>
        <source>Chưa ký được phiếu trả lại</source>
        <translation>Return note not signed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="330"/>
        <source>Đang ký và ghi phiếu trả lại…</source>
        <translation>Signing and writing the return note…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="336"/>
        <source>Chưa ghi được phiếu trả lại: %s. Hãy sửa rồi bấm «Ký và ghi phiếu…» lại.</source>
        <translation>The return note was not written: %s. Fix this, then click “Sign and write note…” again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="344"/>
        <source>Đã ghi phiếu trả lại</source>
        <translation>Return note written</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="345"/>
        <source>Đã ký và ghi phiếu trả lại vào tệp:
%s

Hãy gửi tệp này cho đơn vị đã gửi gói hồ sơ; họ nhận phiếu bằng Hồ sơ › Nhận phiếu trả lại…</source>
        <translation>The return note is signed and written to:
%s

Send this file to the unit that sent the package; they import it with Dossiers › Import return note…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_note_dialog.py" line="347"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="92"/>
        <source>Chọn chữ ký số</source>
        <translation>Choose a digital signature</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="103"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="108"/>
        <source>Tệp chữ ký số (.p12, .pfx):</source>
        <translation>Signature file (.p12, .pfx):</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="111"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Tệp PKCS#12</source>
        <translation type="vanished">PKCS#12 file</translation>
    </message>
    <message>
        <source>đường dẫn thư viện PKCS#11 của token</source>
        <translation type="vanished">path of the token&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <source>Thư viện token:</source>
        <translation type="vanished">Token library:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="127"/>
        <source>Mã PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="129"/>
        <source>Đọc token</source>
        <translation>Read token</translation>
    </message>
    <message>
        <source>Token / chứng thư</source>
        <translation type="vanished">Token / certificate</translation>
    </message>
    <message>
        <source>Khóa bí mật</source>
        <translation type="vanished">Private key</translation>
    </message>
    <message>
        <source>Hết hạn</source>
        <translation type="vanished">Expires</translation>
    </message>
    <message>
        <source>Token USB (PKCS#11)</source>
        <translation type="vanished">USB token (PKCS#11)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="203"/>
        <location filename="../../desktop/views/signing_dialog.py" line="339"/>
        <location filename="../../desktop/views/signing_dialog.py" line="354"/>
        <source>Ký</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="204"/>
        <location filename="../../desktop/views/signing_dialog.py" line="446"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="217"/>
        <source>Chọn tệp chữ ký số</source>
        <translation>Choose signature file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="280"/>
        <source>không thấy token nào; hãy cắm token và bấm Đọc token lại</source>
        <translation>no token found; plug in the token and click Read token again</translation>
    </message>
    <message>
        <source>Khe %s: %s (%s %s)</source>
        <translation type="vanished">Slot %s: %s (%s %s)</translation>
    </message>
    <message>
        <source>có</source>
        <translation type="vanished">yes</translation>
    </message>
    <message>
        <source>không</source>
        <translation type="vanished">no</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="376"/>
        <source>hãy chọn tệp chữ ký số .p12/.pfx</source>
        <translation>choose a .p12/.pfx signature file</translation>
    </message>
    <message>
        <source>hãy chọn hoặc nhập đường dẫn thư viện PKCS#11 của token</source>
        <translation type="vanished">choose or type the path of the token&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="385"/>
        <source>hãy nhập mã PIN của token</source>
        <translation>enter the token&apos;s PIN</translation>
    </message>
    <message>
        <source>hãy bấm Đọc token và chọn một chứng thư có khóa bí mật</source>
        <translation type="vanished">click Read token and choose a certificate that has a private key</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="112"/>
        <source>Tệp chữ ký số</source>
        <translation>Signature file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="123"/>
        <source>chọn nhà cung cấp chữ ký số của token</source>
        <translation>choose the token’s signature provider</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="124"/>
        <source>Nhà cung cấp token:</source>
        <translation>Token provider:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="134"/>
        <source>Người được cấp</source>
        <translation>Issued to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="134"/>
        <source>Nhà cung cấp (CA)</source>
        <translation>Provider (CA)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="135"/>
        <source>Hiệu lực đến</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="139"/>
        <source>Chi tiết kỹ thuật</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="149"/>
        <source>tệp trình điều khiển token (.dll, .so)</source>
        <translation>token driver file (.dll, .so)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="150"/>
        <source>Thư viện PKCS#11:</source>
        <translation>PKCS#11 library:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="160"/>
        <source>Token USB</source>
        <translation>USB token</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="168"/>
        <source>Chọn thư mục…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="170"/>
        <source>Lưu gói hồ sơ vào</source>
        <translation>Save the package in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="176"/>
        <source>Tên tệp đặt tự động theo quy định: %s</source>
        <translation>The file is named automatically as the format requires: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="181"/>
        <source>Kèm dấu thời gian (RFC 3161, cần kết nối mạng)</source>
        <translation>Add a timestamp (RFC 3161, needs the network)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="185"/>
        <source>địa chỉ máy chủ dấu thời gian do nhà cung cấp chứng thư số cho, ví dụ http://…</source>
        <translation>address of the timestamp server your certificate provider gives, e.g. http://…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="218"/>
        <source>Tệp chữ ký số (*.p12 *.pfx)</source>
        <translation>Signature files (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="236"/>
        <source>Chọn thư mục lưu gói hồ sơ</source>
        <translation>Choose the folder for the package</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="286"/>
        <source>Token %s</source>
        <translation>Token %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="289"/>
        <source>Khe %s, số sê-ri token %s, %s %s</source>
        <translation>Slot %s, token serial %s, %s %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="300"/>
        <source>Chứng thư của nhà cung cấp, không dùng để ký</source>
        <translation>The provider’s certificate, not for signing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="301"/>
        <source>Token không có khóa bí mật cho chứng thư này: không dùng để ký được</source>
        <translation>The token has no private key for this certificate: it cannot sign</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="318"/>
        <source>Token «%s», khe %s, mã khóa (CKA_ID) %s</source>
        <translation>Token «%s», slot %s, key id (CKA_ID) %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="349"/>
        <source>Hãy chọn chứng thư số khác.</source>
        <translation>Choose another certificate.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="351"/>
        <source>Lưu ý về chứng thư số của %s:</source>
        <translation>About the certificate of %s:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="350"/>
        <source>Nếu đây chỉ là ký thử, bấm «Vẫn ký» để tiếp tục.</source>
        <translation>If this is only a test signature, press «Sign anyway» to go on.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="354"/>
        <source>Vẫn ký</source>
        <translation>Sign anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="381"/>
        <source>hãy chọn nhà cung cấp token (hoặc nhập thư viện PKCS#11 trong Chi tiết kỹ thuật)</source>
        <translation>choose the token provider (or enter the PKCS#11 library under Technical details)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="390"/>
        <source>hãy bấm Đọc token và chọn một chứng thư số</source>
        <translation>press Read token and choose a certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="399"/>
        <source>hãy chọn thư mục lưu gói hồ sơ</source>
        <translation>choose the folder for the package</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="402"/>
        <source>hãy nhập địa chỉ máy chủ dấu thời gian (bắt đầu bằng http:// hoặc https://), hoặc bỏ chọn «Kèm dấu thời gian»</source>
        <translation>type the timestamp server&apos;s address (starting with http:// or https://), or untick «Add a timestamp»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="415"/>
        <source>chứng thư số này không ký được; hãy chọn chứng thư số khác</source>
        <translation>this certificate cannot sign; choose another certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="430"/>
        <source>Chưa xuất được hồ sơ</source>
        <translation>Dossier not exported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="431"/>
        <source>Hồ sơ chưa xuất được vì:</source>
        <translation>The dossier cannot be exported because:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="439"/>
        <source>Lưu ý: %s</source>
        <translation>Note: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="446"/>
        <source>Đang ký và ghi gói hồ sơ…</source>
        <translation>Signing and writing the package…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="466"/>
        <source>Đã xuất gói hồ sơ</source>
        <translation>Package exported</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="467"/>
        <source>Đã ký bởi %s và lưu gói hồ sơ:
%s

Gửi tệp này cho cấp trên.</source>
        <translation>Signed by %s and saved the package:
%s

Send this file to the upper level.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="470"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="471"/>
        <source>Mở thư mục</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Đã ký bởi %s.
%s</source>
        <translation type="vanished">Signed by %s.
%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/signing_dialog.py" line="479"/>
        <source>Xuất gói không thành công</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <location filename="../../desktop/views/subject_page.py" line="30"/>
        <source>thêm dòng «%s»</source>
        <translation>add row «%s»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subject_page.py" line="32"/>
        <source>xóa dòng «%s»</source>
        <translation>delete row «%s»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subject_page.py" line="73"/>
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Sửa %s</source>
        <translation type="vanished">Edit %s</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="139"/>
        <source>Năm xét:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="144"/>
        <source>Năm xét</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="146"/>
        <source>Xét lại</source>
        <translation>Re-check</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="149"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="155"/>
        <source>Hình thức:</source>
        <translation>Award:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="156"/>
        <source>Đối tượng:</source>
        <translation>Nominees:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="157"/>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="158"/>
        <location filename="../../desktop/views/suggestions_page.py" line="161"/>
        <location filename="../../desktop/views/suggestions_page.py" line="271"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="165"/>
        <source>Chọn tất cả đang hiện</source>
        <translation>Select all shown</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="168"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Clear selection</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="196"/>
        <source>Lý do</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="197"/>
        <source>Chọn một dòng để xem lý do theo từng tiêu chuẩn</source>
        <translation>Choose a row to see the reasons, criterion by criterion</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="199"/>
        <source>Mở lịch sử đối tượng để bổ sung</source>
        <translation>Open the nominee&apos;s history to complete it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="215"/>
        <source>Thủ tục:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="219"/>
        <source>Thủ tục thông thường</source>
        <translation>Normal procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="220"/>
        <source>Thủ tục đơn giản (Điều 85)</source>
        <translation>Simplified procedure (Article 85)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="223"/>
        <location filename="../../desktop/views/suggestions_page.py" line="356"/>
        <location filename="../../desktop/views/suggestions_page.py" line="364"/>
        <source>Tạo hồ sơ</source>
        <translation>Create dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="243"/>
        <source>Đề xuất khen thưởng năm %s</source>
        <translation>Award suggestions for %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="255"/>
        <source>Đang xét các đối tượng trong sổ…</source>
        <translation>Checking the people and units in the registry…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="258"/>
        <source>Đang xét đề xuất khen thưởng</source>
        <translation>Checking award suggestions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="280"/>
        <source>Đã xét %s đối tượng, %s đề nghị có thể lập</source>
        <translation>Checked %s nominees; %s proposals can be made</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="287"/>
        <source>Đã hủy việc xét</source>
        <translation>Check cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="333"/>
        <source>Chưa chọn đề nghị nào</source>
        <translation>No proposal selected</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="339"/>
        <source>Đã chọn %s đề nghị: %s cá nhân (%s trực tiếp lao động — %s; %s nữ — %s; %s dân tộc thiểu số — %s), %s tập thể, %s hộ gia đình</source>
        <translation>%s proposals selected: %s individuals (%s direct workers — %s; %s women — %s; %s ethnic minority — %s), %s collectives, %s households</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="357"/>
        <source>Chưa chọn đề nghị nào; hãy đánh dấu ở cột «Chọn» (phím Cách) rồi bấm «Tạo hồ sơ»</source>
        <translation>No proposal selected: tick them in the «Chọn» column (Space), then click «Create dossiers»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="360"/>
        <source>Xét khen thưởng tổng kết năm %s</source>
        <translation>Year-end awards %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/suggestions_page.py" line="366"/>
        <source>Đã tạo %s hồ sơ: %s</source>
        <translation>Created %s dossiers: %s</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop/views/task_runner.py" line="58"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/task_runner.py" line="80"/>
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/views/undo.py" line="22"/>
        <source>sửa «%s»</source>
        <translation>edit «%s»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo.py" line="94"/>
        <location filename="../../desktop/views/undo.py" line="126"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo.py" line="97"/>
        <location filename="../../desktop/views/undo.py" line="127"/>
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo.py" line="126"/>
        <source>Hoàn tác: %s</source>
        <translation>Undo: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo.py" line="127"/>
        <source>Làm lại: %s</source>
        <translation>Redo: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo.py" line="128"/>
        <source>Hồ sơ đã ký hoặc đã gửi: không hoàn tác vào bản đã lưu giữ</source>
        <translation>The dossier is signed or sent: its kept copy cannot be undone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo.py" line="129"/>
        <source>Chưa có thao tác nào để hoàn tác ở đây</source>
        <translation>Nothing to undo here yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/undo.py" line="131"/>
        <source>Chưa có thao tác nào để làm lại ở đây</source>
        <translation>Nothing to redo here yet</translation>
    </message>
</context>
<context>
    <name>UnitProfileDialog</name>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="36"/>
        <source>Thông tin đơn vị</source>
        <translation>Unit profile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="36"/>
        <source>Bắt đầu: khai báo đơn vị</source>
        <translation>Getting started: your unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="40"/>
        <source>Thông tin này in trên tờ trình, biên bản và danh sách. Có thể sửa lại bất cứ lúc nào trong Cài đặt › Thông tin đơn vị.</source>
        <translation>This prints on the proposal letter, minutes and list. You can change it at any time in Settings › Unit profile.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="45"/>
        <source>Ví dụ: Ủy ban nhân dân xã Tân Lập</source>
        <translation>For example: People&apos;s Committee of Tân Lập commune</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="60"/>
        <source>Danh mục đơn vị hành chính từ 01/7/2025: %s. Mã xã, phường chưa đối chiếu với danh mục chính thức của Cục Thống kê; hãy kiểm tra mã của đơn vị mình (mã được in vào tên gói hồ sơ). Nếu không thấy tên, hãy gõ tên xã, phường.</source>
        <translation>Administrative units from 1 July 2025: %s. Commune codes have not been checked against the statistics office’s official list; check your unit’s code (it is printed in package names). If a name is missing, type it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="64"/>
        <source>Danh mục xã, phường kèm theo chưa đầy đủ (%s). Nếu không thấy tên, hãy gõ tên xã, phường.</source>
        <translation>The bundled commune list is incomplete (%s). If a name is missing, type it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="73"/>
        <source>Địa danh ghi trước ngày tháng, ví dụ: Tân Lập</source>
        <translation>Place name printed before the date, for example: Tân Lập</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="75"/>
        <source>Ví dụ: Ủy ban nhân dân tỉnh Bắc Ninh</source>
        <translation>For example: People&apos;s Committee of Bắc Ninh province</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="81"/>
        <source>Quyền hạn ký (TM., KT.)</source>
        <translation>Signing capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="81"/>
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="82"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="88"/>
        <source>Số văn bản đã dùng trong năm %s</source>
        <translation>Document numbers used in %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="101"/>
        <source>Tên đơn vị *</source>
        <translation>Unit name *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="102"/>
        <source>Cấp *</source>
        <translation>Level *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="103"/>
        <source>Tỉnh, thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="104"/>
        <source>Xã, phường</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="106"/>
        <source>Huyện cũ (trước 01/7/2025)</source>
        <translation>Former district (before 1 Jul 2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="107"/>
        <source>Địa danh *</source>
        <translation>Place name *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="108"/>
        <source>Cơ quan cấp trên</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="109"/>
        <source>Cơ quan cấp trên khác</source>
        <translation>Other parent body</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="110"/>
        <source>Ký hiệu viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="111"/>
        <source>Người ký *</source>
        <translation>Signers *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="113"/>
        <source>Lưu thông tin đơn vị</source>
        <translation>Save unit profile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="114"/>
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="235"/>
        <source>HSKT — Xem gói hồ sơ</source>
        <translation>HSKT — Package viewer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="238"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="239"/>
        <source>&amp;Mở gói…</source>
        <translation>&amp;Open package…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="240"/>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="244"/>
        <source>Mở gói hồ sơ</source>
        <translation>Open package</translation>
    </message>
    <message>
        <location filename="../../desktop/views/package_viewer.py" line="244"/>
        <source>Gói hồ sơ (*.asice)</source>
        <translation>Dossier packages (*.asice)</translation>
    </message>
</context>
<context>
    <name>VotesGrid</name>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="157"/>
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="157"/>
        <source>Hình thức đề nghị</source>
        <translation>Proposed award</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="157"/>
        <source>Đồng ý</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="158"/>
        <source>Không đồng ý</source>
        <translation>Against</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="158"/>
        <location filename="../../desktop/views/meeting_page.py" line="179"/>
        <source>Tổng số phiếu</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="158"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="178"/>
        <source>Số phiếu đồng ý</source>
        <translation>Votes for</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="178"/>
        <source>Số phiếu không đồng ý</source>
        <translation>Votes against</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="215"/>
        <source>Đạt</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/meeting_page.py" line="215"/>
        <source>Không đạt</source>
        <translation>Not passed</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/views/help_window.py" line="278"/>
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="292"/>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="293"/>
        <source>Hỏi đáp về thủ tục</source>
        <translation>Questions on the procedures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="294"/>
        <source>Thành phần hồ sơ và căn cứ pháp lý</source>
        <translation>Dossier components and legal basis</translation>
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="295"/>
        <source>Giới thiệu HSKT</source>
        <translation>About HSKT</translation>
    </message>
</context>
</TS>
