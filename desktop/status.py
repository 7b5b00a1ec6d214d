"""Dossier statuses: nháp → đã kiểm tra → đã ký → đã gửi, or bị trả lại. Shared by models, services and views."""

STATUSES = ("nhap", "da-kiem-tra", "da-ky", "da-gui", "bi-tra-lai")
STATUS_LABELS = {
    "nhap": "Nháp",
    "da-kiem-tra": "Đã kiểm tra",
    "da-ky": "Đã ký",
    "da-gui": "Đã gửi",
    "bi-tra-lai": "Bị trả lại",
}
