"""Số định danh cá nhân (CCCD), 12 digits: province of birth registration (3), century and sex (1), year (2), serial (6).

Basis: Nghị định 137/2015 Điều 13 and Thông tư 07/2016/TT-BCA [V]. Province codes are the 63 pre-2025 codes, which stay on
existing cards after the 2025 mergers [M].
"""

from __future__ import annotations

from datetime import date

PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn", "008": "Tuyên Quang",
    "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu", "014": "Sơn La", "015": "Yên Bái",
    "017": "Hòa Bình", "019": "Thái Nguyên", "020": "Lạng Sơn", "022": "Quảng Ninh", "024": "Bắc Giang",
    "025": "Phú Thọ", "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương", "031": "Hải Phòng",
    "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định", "037": "Ninh Bình",
    "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh", "044": "Quảng Bình", "045": "Quảng Trị",
    "046": "Thừa Thiên Huế", "048": "Đà Nẵng", "049": "Quảng Nam", "051": "Quảng Ngãi", "052": "Bình Định",
    "054": "Phú Yên", "056": "Khánh Hòa", "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum",
    "064": "Gia Lai", "066": "Đắk Lắk", "067": "Đắk Nông", "068": "Lâm Đồng", "070": "Bình Phước",
    "072": "Tây Ninh", "074": "Bình Dương", "075": "Đồng Nai", "077": "Bà Rịa - Vũng Tàu", "079": "TP. Hồ Chí Minh",
    "080": "Long An", "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long",
    "087": "Đồng Tháp", "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang",
    "094": "Sóc Trăng", "095": "Bạc Liêu", "096": "Cà Mau",
}


def century_sex_digit(birth_year: int, gender: str) -> int:
    """Digit 4: 1900s male 0 / female 1, 2000s 2/3, 2100s 4/5, ... (gender "nam" or "nu")."""
    century_index = (birth_year // 100) - 19
    return century_index * 2 + (1 if gender == "nu" else 0)


def problems(number: str, birth_date: date | None = None, gender: str | None = None) -> list[str]:
    """Everything wrong with a CCCD number, as Vietnamese sentences; empty when it is consistent."""
    out: list[str] = []
    if not number.isdigit():
        return ["số định danh chỉ gồm chữ số"]
    if len(number) != 12:
        return [f"số định danh phải có đúng 12 chữ số (đang có {len(number)})"]
    if number[:3] not in PROVINCE_CODES:
        out.append(f"mã tỉnh nơi đăng ký khai sinh {number[:3]} không có trong danh mục")
    if birth_date is not None:
        if number[4:6] != f"{birth_date.year % 100:02d}":
            out.append(f"chữ số 5–6 ({number[4:6]}) không khớp năm sinh {birth_date.year}")
        if gender in ("nam", "nu") and 1900 <= birth_date.year < 2400:
            expected = century_sex_digit(birth_date.year, gender)
            if int(number[3]) != expected:
                who = "nữ" if gender == "nu" else "nam"
                out.append(
                    f"chữ số thứ 4 là {number[3]} nhưng người {who} sinh năm {birth_date.year} phải là {expected}"
                )
    return out
