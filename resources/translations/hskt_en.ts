<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name />
    <message>
        <location filename="../../desktop/views/preview.py" line="61" />
        <source>Các trang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="65" />
        <source>Thu nhỏ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="66" />
        <source>Phóng to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="67" />
        <source>Vừa chiều rộng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="68" />
        <source>Vừa trang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="70" />
        <source>In…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="71" />
        <source>Lưu PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="134" />
        <source>Trang %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="162" />
        <location filename="../../desktop/views/preview.py" line="178" />
        <source>In hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="178" />
        <source>Không mở được máy in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="213" />
        <location filename="../../desktop/views/preview.py" line="221" />
        <source>Lưu PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="213" />
        <source>Tệp PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/preview.py" line="221" />
        <source>Không lưu được tệp: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddNomineeDialog</name>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="88" />
        <source>Thêm đối tượng đề nghị</source>
        <translation>Add nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="93" />
        <source>Chọn trong sổ đối tượng</source>
        <translation>Pick from the registry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="94" />
        <source>Đối tượng mới</source>
        <translation>New nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="98" />
        <source>Gõ tên (không dấu cũng được) hoặc số CCCD</source>
        <translation>Type a name (diacritics optional) or an ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="116" />
        <source>Loại đối tượng</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="118" />
        <source>Tìm</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="122" />
        <source>Hình thức đề nghị *</source>
        <translation>Proposed award *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="124" />
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="125" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="164" />
        <source>Hãy chọn một người trong sổ, hoặc chọn «Đối tượng mới» và nhập tên.</source>
        <translation>Pick someone from the registry, or choose “New nominee” and type a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="167" />
        <source>Hãy chọn hình thức đề nghị.</source>
        <translation>Choose the proposed award.</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="47" />
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="49" />
        <source>Gỡ tệp</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="51" />
        <source>Kéo thả tệp PDF, JPG, PNG (tối đa 50 MB) vào đây để đính kèm vào thành phần đã chọn.</source>
        <translation>Drop PDF, JPG or PNG files (up to 50 MB) here to attach them to the chosen component.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="59" />
        <source>Thành phần:</source>
        <translation>Component:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="75" />
        <source>&lt;b&gt;Thành phần hồ sơ của đối tượng&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nominee's components&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="76" />
        <source>&lt;b&gt;Thành phần chung của hồ sơ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Components of the whole dossier&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="99" />
        <source>%d trang</source>
        <translation>%d pages</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="119" />
        <source>Hồ sơ đang ở trạng thái chỉ xem.</source>
        <translation>The dossier is read-only.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="134" />
        <source>Chọn tệp đính kèm</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/views/attachments_panel.py" line="135" />
        <source>Tài liệu (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>DossierEditor</name>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="156" />
        <source>Hồ sơ</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="212" />
        <source>← Danh sách</source>
        <translation>← List</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="214" />
        <source>Thêm đối tượng</source>
        <translation>Add nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="215" />
        <location filename="../../desktop/views/dossier_editor.py" line="449" />
        <source>Bỏ khỏi hồ sơ</source>
        <translation>Remove from dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="217" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="219" />
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="226" />
        <source>Đã kiểm tra</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="227" />
        <source>Về nháp</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="228" />
        <source>Đã ký</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="229" />
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="230" />
        <source>Bị trả lại…</source>
        <translation>Returned…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="231" />
        <source>Tạo bản sửa đổi</source>
        <translation>New revision</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="233" />
        <source>Xuất danh sách (Excel)…</source>
        <translation>Export list (Excel)…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="234" />
        <source>Vấn đề tiếp theo</source>
        <translation>Next issue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="265" />
        <source>&lt;b&gt;%s&lt;/b&gt; — %s — lần %d — trạng thái: &lt;b&gt;%s&lt;/b&gt;%s</source>
        <translation>&lt;b&gt;%s&lt;/b&gt; — %s — revision %d — status: &lt;b&gt;%s&lt;/b&gt;%s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="267" />
        <source> (chỉ xem)</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="289" />
        <source>Thông tin hồ sơ, thành phần chung</source>
        <translation>Dossier details, shared components</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="387" />
        <location filename="../../desktop/views/dossier_editor.py" line="400" />
        <source>Sửa %s</source>
        <translation>Edit %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="411" />
        <source>Đã lưu lúc %s</source>
        <translation>Saved at %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="417" />
        <source>Chưa lưu: %s</source>
        <translation>Not saved: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="448" />
        <source>đề nghị này</source>
        <translation>this proposal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="450" />
        <source>Bỏ %s khỏi hồ sơ? Người này vẫn còn trong sổ đối tượng.</source>
        <translation>Remove %s from the dossier? They stay in the registry.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="486" />
        <source>Chưa chuyển được trạng thái</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="518" />
        <source>Xuất danh sách đối tượng</source>
        <translation>Export nominee list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="519" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="522" />
        <source>Đã xuất danh sách: %s</source>
        <translation>List exported: %s</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="119" />
        <source>Thông tin hồ sơ</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="133" />
        <source>lần %d (%s, %s)</source>
        <translation>revision %d (%s, %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="136" />
        <source>Bản đã lưu giữ, chỉ xem: %s</source>
        <translation>Kept revisions, read-only: %s</translation>
    </message>
</context>
<context>
    <name>DossierSummaryDialog</name>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="24" />
        <source>Hồ sơ — %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="27" />
        <source>Đơn vị đề nghị: &lt;b&gt;%s&lt;/b&gt;&lt;br&gt;Đợt xét: %s&lt;br&gt;Số đề nghị: %d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="28" />
        <source>(chưa chọn)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="31" />
        <source>Cá nhân</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="31" />
        <source>Tập thể</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="31" />
        <source>Hộ gia đình</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="33" />
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="33" />
        <source>Loại</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="33" />
        <source>Hình thức đề nghị</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="33" />
        <source>Năm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/dossier_summary.py" line="44" />
        <source>Biểu mẫu nhập liệu theo từng loại khen thưởng sẽ mở tại đây.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="52" />
        <source>Chưa có hồ sơ nào</source>
        <translation>No dossiers yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="60" />
        <source>HSKT giúp soạn hồ sơ đề nghị khen thưởng: nhập danh sách, kiểm tra tiêu chuẩn theo Luật Thi đua, khen thưởng, in tờ trình và biểu mẫu, ký số và gửi cấp trên.

Bắt đầu: bấm «Tạo hồ sơ mới» (Ctrl+N), đặt tên hồ sơ theo đợt xét, rồi thêm người, tập thể hoặc hộ gia đình được đề nghị.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="68" />
        <source>Tạo hồ sơ mới</source>
        <translation>Create a dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="71" />
        <source>Xem thử với dữ liệu mẫu</source>
        <translation>Try with sample data</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desktop/views/help_window.py" line="49" />
        <source>Trợ giúp HSKT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="57" />
        <source>Tìm trong trợ giúp (gõ không dấu cũng được)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/help_window.py" line="123" />
        <source>%n trang có kết quả</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="124" />
        <source>Không tìm thấy. Thử từ khác, hoặc gõ không dấu.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="50" />
        <source>Ý kiến khi trả lại (%d)</source>
        <translation>Reviewer's comments (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="52" />
        <source>Lỗi (%d)</source>
        <translation>Errors (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="54" />
        <source>Cảnh báo (%d)</source>
        <translation>Warnings (%d)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="56" />
        <source>Thành phần hồ sơ: thiếu %d</source>
        <translation>Dossier components: %d missing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="62" />
        <source>Tiêu chuẩn khen thưởng</source>
        <translation>Award criteria</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="70" />
        <source>; quy định chưa được xác minh</source>
        <translation>; rule not verified</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="75" />
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="143" />
        <source>&lt;b&gt;Kiểm tra hồ sơ&lt;/b&gt; (tự cập nhật sau mỗi thay đổi)</source>
        <translation>&lt;b&gt;Dossier check&lt;/b&gt; (updated after every change)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="154" />
        <source>Hồ sơ đầy đủ, mọi đề nghị đạt</source>
        <translation>Dossier complete, every proposal qualifies</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="155" />
        <source>%d/%d đề nghị đạt; %d lỗi, %d cảnh báo, thiếu %d thành phần</source>
        <translation>%d/%d proposals qualify; %d errors, %d warnings, %d components missing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/issues_panel.py" line="157" />
        <source>Bộ quy tắc: %s</source>
        <translation>Rule set: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="98" />
        <location filename="../../desktop/views/main_window.py" line="257" />
        <source>HSKT — Hồ sơ khen thưởng</source>
        <translation>HSKT — Award dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="120" />
        <source>Tìm theo tên hồ sơ hoặc tên người (gõ không dấu cũng được)</source>
        <translation>Search by dossier or person name (diacritics optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="124" />
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="134" />
        <source>Không có hồ sơ nào khớp điều kiện tìm.</source>
        <translation>No dossier matches the search.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="140" />
        <source>Tìm:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="142" />
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="144" />
        <source>Thùng rác: hồ sơ ở đây có thể khôi phục, hoặc xóa hẳn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="170" />
        <source>Thư mục dữ liệu: %s</source>
        <translation>Data folder: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="177" />
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="191" />
        <source>Hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="192" />
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="193" />
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="195" />
        <source>Thùng rác</source>
        <translation>Bin</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="197" />
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="198" />
        <location filename="../../desktop/views/main_window.py" line="433" />
        <source>Xóa hẳn</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="216" />
        <source>&amp;Hồ sơ</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="220" />
        <source>Xuất danh sách hồ sơ ra Excel…</source>
        <translation>Export dossier list to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="222" />
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="223" />
        <source>&amp;Sổ đối tượng</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="224" />
        <source>Mở sổ đối tượng</source>
        <translation>Open the registry</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="226" />
        <source>Tải mẫu Excel nhập danh sách…</source>
        <translation>Save the Excel import template…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="227" />
        <source>Nhập danh sách từ Excel…</source>
        <translation>Import a list from Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="228" />
        <source>&amp;Cài đặt</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="229" />
        <source>Thông tin đơn vị…</source>
        <translation>Unit profile…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="230" />
        <source>&amp;Trợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="231" />
        <location filename="../../desktop/views/main_window.py" line="412" />
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="252" />
        <source>%d / %d hồ sơ</source>
        <translation>%d / %d dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="267" />
        <source>Đã lưu lúc %s</source>
        <translation>Saved at %s</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="361" />
        <source>Lưu mẫu Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="362" />
        <location filename="../../desktop/views/main_window.py" line="369" />
        <location filename="../../desktop/views/main_window.py" line="378" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="365" />
        <source>Đã lưu mẫu: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="368" />
        <source>Xuất danh sách hồ sơ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="371" />
        <source>Đang xuất danh sách hồ sơ</source>
        <translation>Exporting the dossier list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="373" />
        <source>Đã xuất: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="377" />
        <source>Nhập danh sách từ Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="383" />
        <source>Đang nhập danh sách</source>
        <translation>Importing the list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="391" />
        <source>Đã nhập %d dòng (%d người mới, %d người đã có được cập nhật).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="395" />
        <source>
… và %d lỗi khác</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="396" />
        <source>%d dòng không nhập được:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="398" />
        <source>Các ô lỗi được tô đỏ trong bản sao: %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="400" />
        <source>Kết quả nhập danh sách</source>
        <translation>Import result</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="413" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="422" />
        <source>Đã chuyển %d hồ sơ vào thùng rác; mở Thùng rác để khôi phục.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="434" />
        <source>Xóa hẳn %d hồ sơ? Việc này không hoàn tác được.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="445" />
        <source>Dữ liệu mẫu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="445" />
        <source>Thư mục dữ liệu đã có dữ liệu; chỉ nạp dữ liệu mẫu vào thư mục trống.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewDossierDialog</name>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="34" />
        <source>Hồ sơ mới</source>
        <translation>New dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="38" />
        <source>Ví dụ: Đề nghị công nhận danh hiệu thi đua năm %d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="44" />
        <source>Xét khen thưởng tổng kết năm %d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="57" />
        <source>Tên hồ sơ *</source>
        <translation>Dossier name *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="58" />
        <source>Đợt xét *</source>
        <translation>Campaign *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="59" />
        <source>Năm xét *</source>
        <translation>Year under review *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="60" />
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="62" />
        <source>Tạo hồ sơ</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../desktop/views/new_dossier.py" line="63" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProposalPage</name>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="70" />
        <source>Đạt</source>
        <translation>Qualifies</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="72" />
        <source>Không đạt</source>
        <translation>Does not qualify</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="73" />
        <source>Cần xác minh</source>
        <translation>Needs checking</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="83" />
        <source>&lt;p&gt;Kết quả kiểm tra: &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Check result: &lt;b&gt;%s&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dossier_editor.py" line="108" />
        <source>Ý kiến khi trả lại: %s</source>
        <translation>Reviewer's comment: %s</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="34" />
        <source>← Danh sách hồ sơ</source>
        <translation>← Dossier list</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="38" />
        <source>Tìm theo tên (không dấu cũng được) hoặc số CCCD</source>
        <translation>Search by name (diacritics optional) or ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="40" />
        <source>Mọi loại</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="46" />
        <source>Thêm đối tượng mới…</source>
        <translation>Add to the registry…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="55" />
        <location filename="../../desktop/views/registry_page.py" line="57" />
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="56" />
        <location filename="../../desktop/views/registry_page.py" line="57" />
        <source>Làm lại</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="79" />
        <source>&lt;b&gt;Sổ đối tượng&lt;/b&gt;: người, tập thể, hộ gia đình dùng lại cho mọi hồ sơ, mọi năm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="98" />
        <source>%d đối tượng (hiện tối đa 500; gõ để tìm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/registry_page.py" line="108" />
        <source>Thêm đối tượng</source>
        <translation>Add nominee</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="25" />
        <source>Hồ sơ bị trả lại</source>
        <translation>Dossier returned</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="27" />
        <source>Ví dụ: Phòng Văn hóa - Xã hội, Sở Nội vụ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="29" />
        <source>(cả hồ sơ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="33" />
        <source>(không chỉ rõ trường)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="48" />
        <source>Cơ quan trả lại</source>
        <translation>Returned by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="49" />
        <source>Đối tượng</source>
        <translation>Nominee</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="50" />
        <source>Trường cần sửa</source>
        <translation>Field to fix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="51" />
        <source>Ý kiến *</source>
        <translation>Comment *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="53" />
        <source>Ghi nhận</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/return_dialog.py" line="54" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <location filename="../../desktop/views/subject_page.py" line="57" />
        <source>Thông tin</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/views/subject_page.py" line="113" />
        <location filename="../../desktop/views/subject_page.py" line="124" />
        <source>Sửa %s</source>
        <translation>Edit %s</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../desktop/views/task_runner.py" line="46" />
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/task_runner.py" line="66" />
        <source>Đang hủy…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>UnitProfileDialog</name>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="34" />
        <source>Thông tin đơn vị</source>
        <translation>Unit profile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="34" />
        <source>Bắt đầu: khai báo đơn vị</source>
        <translation>Getting started: your unit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="38" />
        <source>Thông tin này in trên tờ trình, biên bản và danh sách. Có thể sửa lại bất cứ lúc nào trong Cài đặt › Thông tin đơn vị.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="43" />
        <source>Ví dụ: Ủy ban nhân dân xã Tân Lập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="57" />
        <source>Danh mục xã, phường kèm theo chưa đầy đủ (%s). Nếu không thấy tên, hãy gõ tên xã, phường.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="65" />
        <source>Địa danh ghi trước ngày tháng, ví dụ: Tân Lập</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="67" />
        <source>Ví dụ: Ủy ban nhân dân tỉnh Bắc Ninh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="73" />
        <source>Quyền hạn ký (TM., KT.)</source>
        <translation>Signing capacity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="73" />
        <source>Chức vụ</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="74" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="80" />
        <source>Số văn bản đã dùng trong năm %s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="93" />
        <source>Tên đơn vị *</source>
        <translation>Unit name *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="94" />
        <source>Cấp *</source>
        <translation>Level *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="95" />
        <source>Tỉnh, thành phố</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="96" />
        <source>Xã, phường</source>
        <translation>Commune or ward</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="98" />
        <source>Huyện cũ (trước 01/7/2025)</source>
        <translation>Former district (before 1 Jul 2025)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="99" />
        <source>Địa danh *</source>
        <translation>Place name *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="100" />
        <source>Cơ quan cấp trên</source>
        <translation>Parent body</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="101" />
        <source>Cơ quan cấp trên khác</source>
        <translation>Other parent body</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="102" />
        <source>Ký hiệu viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="103" />
        <source>Người ký *</source>
        <translation>Signers *</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="105" />
        <source>Lưu thông tin đơn vị</source>
        <translation>Save unit profile</translation>
    </message>
    <message>
        <location filename="../../desktop/views/unit_profile.py" line="106" />
        <source>Để sau</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/views/help_window.py" line="224" />
        <source>Trợ giúp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="238" />
        <source>Hướng dẫn sử dụng</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="239" />
        <source>Hỏi đáp về thủ tục</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="240" />
        <source>Thành phần hồ sơ và căn cứ pháp lý</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/views/help_window.py" line="242" />
        <source>Giới thiệu HSKT</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>