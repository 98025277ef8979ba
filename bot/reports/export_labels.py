"""Words for exports and reports, in Vietnamese (the default: officers file reports in it) and
English. Codes stay codes in JSON; CSV, XLSX and the HTML report show these labels."""

from __future__ import annotations

from typing import Any

LANGS = ("vi", "en")

_TEXT: dict[str, dict[str, str]] = {
    "vi": {
        "day": "Ngày", "week": "Tuần (ISO)", "month": "Tháng", "quarter": "Quý",
        "half": "Nửa năm", "year": "Năm", "channel": "Kênh", "language": "Ngôn ngữ",
        "for_whom": "Cho ai", "kind": "Loại bạo lực", "ward": "Phường/xã", "urgent": "Khẩn cấp",
        "count": "Số yêu cầu", "total": "Tổng cộng", "summary": "Tóm tắt",
        "breakdown": "Chi tiết", "period": "Kỳ báo cáo", "from": "Từ ngày", "to": "Đến ngày",
        "generated_at": "Thời điểm lập", "min_count": "Ngưỡng ẩn số nhỏ (K)",
        "total_requests": "Tổng số yêu cầu hỗ trợ",
        "urgent_share": "Tỷ lệ khẩn cấp",
        "for_other_share": "Tỷ lệ hỏi giúp người khác",
        "provider_shown_share": "Tỷ lệ được giới thiệu ít nhất một nơi hỗ trợ",
        "item": "Chỉ tiêu", "value": "Giá trị", "by": "Theo",
        "note_primary": "{p}: ít hơn {k} yêu cầu (không ghi số để không ai bị nhận ra).",
        "note_secondary": "{x}: ẩn thêm để không thể tính ra một số nhỏ hơn {k} từ các số "
                          "khác và từ tổng.",
        "note_zero": "Các dòng có 0 yêu cầu cũng được liệt kê và ghi {p}.",
        "report_title": "Báo cáo yêu cầu hỗ trợ (ẩn danh)",
        "per_month": "Số yêu cầu theo tháng", "by_kind": "Theo loại bạo lực",
        "by_channel": "Theo kênh", "by_ward": "Theo phường/xã",
        "urgent_chart": "Tỷ lệ khẩn cấp", "suppression": "Về việc ẩn số nhỏ",
        "privacy": "Sổ ghi chép không lưu tên, số điện thoại, tin nhắn hay vị trí chính xác; "
                   "chỉ lưu những gì cần để đếm.",
        "urgent_yes": "Khẩn cấp", "urgent_no": "Không khẩn cấp",
        # answered check-ins (bot/reports/outcomes.py)
        "outcome": "Kết quả", "count_outcomes": "Số lượt trả lời hỏi thăm",
        "answered": "Số lượt trả lời hỏi thăm",
        "reached_share": "Tỷ lệ đã liên hệ được nơi hỗ trợ",
        "helped_share": "Tỷ lệ đã được giúp",
        "reached_line": "Mục tiêu: ít nhất 70% nạn nhân chủ động tìm kiếm sự hỗ trợ",
        "helped_line": "Mục tiêu: 100% người cần hỗ trợ được tiếp cận và hỗ trợ",
        "targets_title": "Kết quả hỏi thăm và mục tiêu", "outcomes_title": "Kết quả hỏi thăm",
        "targets_note": "Các tỷ lệ này chỉ tính trên những người đã chọn nhận tin hỏi thăm và "
                        "đã trả lời, không phải trên tất cả nạn nhân.",
        "requests_over_time": "Số yêu cầu theo thời gian",
        # handoffs to a counsellor (bot/reports/handoffs.py)
        "count_handoffs": "Số lượt",
        "handoffs_total": "Tổng số lượt chuyển tới tư vấn viên (mọi kết quả)",
        "handoffs_note": "Đây là số lượt, không phải số người: một lần chuyển tới tư vấn viên "
                         "có thể được đếm ở nhiều kết quả (vào hàng chờ, được nhận, kết thúc).",
    },
    "en": {
        "day": "Day", "week": "Week (ISO)", "month": "Month", "quarter": "Quarter",
        "half": "Half-year", "year": "Year", "channel": "Channel", "language": "Language",
        "for_whom": "For whom", "kind": "Kind of violence", "ward": "Ward/commune",
        "urgent": "Urgent", "count": "Requests", "total": "Total", "summary": "Summary",
        "breakdown": "Breakdown", "period": "Period", "from": "From", "to": "To",
        "generated_at": "Generated at", "min_count": "Small-count threshold (K)",
        "total_requests": "Total help requests",
        "urgent_share": "Share urgent",
        "for_other_share": "Share asking for someone else",
        "provider_shown_share": "Share shown at least one provider",
        "item": "Item", "value": "Value", "by": "By",
        "note_primary": "{p}: fewer than {k} requests (no number, so that no one can be "
                        "singled out).",
        "note_secondary": "{x}: also hidden, so that a count under {k} cannot be worked out "
                          "from the other figures and the totals.",
        "note_zero": "Rows with 0 requests are listed too and shown as {p}.",
        "report_title": "Help requests report (anonymous)",
        "per_month": "Requests per month", "by_kind": "By kind of violence",
        "by_channel": "By channel", "by_ward": "By ward/commune",
        "urgent_chart": "Urgent share", "suppression": "About hidden small counts",
        "privacy": "The logbook keeps no names, phone numbers, messages or exact locations; "
                   "only what is needed to count.",
        "urgent_yes": "Urgent", "urgent_no": "Not urgent",
        "outcome": "Outcome", "count_outcomes": "Check-in answers",
        "answered": "Answered check-ins",
        "reached_share": "Share who reached a service",
        "helped_share": "Share who got help",
        "reached_line": "Target: at least 70% of victims actively seek help",
        "helped_line": "Target: 100% of those who need help are reached and helped",
        "targets_title": "Check-in outcomes and targets", "outcomes_title": "Check-in outcomes",
        "targets_note": "These shares count only the people who chose a check-in and answered "
                        "it, not all victims.",
        "requests_over_time": "Requests over time",
        "count_handoffs": "Events",
        "handoffs_total": "Handoff events (all outcomes)",
        "handoffs_note": "These are events, not people: one handoff can count under several "
                         "outcomes (queued, taken, ended).",
    },
}

_VALUES: dict[str, dict[str, dict[Any, str]]] = {
    "vi": {
        "kind": {"physical": "Thể chất", "psychological": "Tinh thần", "sexual": "Tình dục",
                 "economic": "Kinh tế", "online": "Trên mạng", "trafficking": "Mua bán người",
                 "child_abuse": "Xâm hại trẻ em", "other": "Khác", "unknown": "Không rõ"},
        "for_whom": {"self": "Bản thân", "other": "Người khác", "unknown": "Không rõ"},
        "urgent": {1: "Có", 0: "Không"},
        "ward": {None: "Không rõ"},
        "language": {"vi": "Tiếng Việt", "en": "Tiếng Anh"},
        "outcome": {"reached_helped": "Đã liên hệ, được giúp",
                    "reached_waiting": "Đã liên hệ, chưa được giúp",
                    "not_yet": "Chưa liên hệ", "rather_not": "Không muốn nói",
                    "queued": "Vào hàng chờ", "unavailable": "Không có ai trực",
                    "taken": "Tư vấn viên đã nhận", "left": "Rời hàng chờ",
                    "ended": "Đã kết thúc"},
    },
    "en": {
        "kind": {"physical": "Physical", "psychological": "Psychological", "sexual": "Sexual",
                 "economic": "Economic", "online": "Online", "trafficking": "Trafficking",
                 "child_abuse": "Child abuse", "other": "Other", "unknown": "Unknown"},
        "for_whom": {"self": "Self", "other": "Someone else", "unknown": "Unknown"},
        "urgent": {1: "Yes", 0: "No"},
        "ward": {None: "Not given"},
        "language": {"vi": "Vietnamese", "en": "English"},
        "outcome": {"reached_helped": "Reached a service, got help",
                    "reached_waiting": "Reached a service, no help yet",
                    "not_yet": "Not yet", "rather_not": "Rather not say",
                    "queued": "Joined the queue", "unavailable": "Nobody available",
                    "taken": "Taken by a counsellor", "left": "Left the queue",
                    "ended": "Ended"},
    },
}


def check_lang(lang: str) -> str:
    from bot.reports.periods import ExportError

    if lang not in LANGS:
        raise ExportError(f'unknown language "{lang}": use vi or en')
    return lang


def text(lang: str, key: str) -> str:
    return _TEXT[lang][key]


def value_label(lang: str, dim: str, value: Any) -> str:
    """A dimension value as a person reads it (time buckets and ward names are already so)."""
    labels = _VALUES[lang].get(dim, {})
    if value in labels:
        return labels[value]
    return "" if value is None else str(value)


def notes(lang: str, k: int, secondary: str) -> list[str]:
    p = f"<{k}"
    return [_TEXT[lang]["note_primary"].format(p=p, k=k),
            _TEXT[lang]["note_secondary"].format(x=secondary, k=k),
            _TEXT[lang]["note_zero"].format(p=p)]
