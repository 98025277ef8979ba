"""One conversation through the companion pathways (issue 14), run on every channel by
tests/channels/*/test_*_pathways.py: each pathway from the menu, from the end of a help request
and from typed text, typed and tapped answers, leaving mid-way and danger mid-way; canary strings
typed as check answers and plan notes, which must never reach a log, the logbook or any file
under the data folder.

Only buttons the bot offered are pressed (Zalo accepts no other), everything else is typed.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

CANARY_CHECK = "CANARYcheck5e1d"
CANARY_PLAN = "CANARYplan9b7c"
CANARY_SENT = "CANARYsent2f4a"
CANARIES = (CANARY_CHECK, CANARY_PLAN, CANARY_SENT)


@dataclass(frozen=True)
class Step:
    text: str | None = None
    button: str | None = None
    expect: tuple[str, ...] = ()          # in the replies to this event
    first: tuple[str, ...] = ()           # in the first reply to this event
    absent: tuple[str, ...] = field(default=())


DANGER = ("113", "115", "111")

STEPS: tuple[Step, ...] = (
    # From the menu: the danger check, typed and tapped answers, a canary inside an answer.
    Step(button="m:pathways", expect=("Bạn muốn xem gì?",)),
    Step(button="pw:check", expect=("Câu 1/5",)),
    Step(text=f"có {CANARY_CHECK}", expect=("Câu 2/5",)),
    Step(button="pw:c:no:1", expect=("Câu 3/5",)),
    Step(text="bo qua", expect=("Câu 4/5",)),
    Step(text="ko", expect=("Câu 5/5",)),
    Step(text="không muốn trả lời", expect=("nguy cơ bạo lực nghiêm trọng", "113"),
         absent=("điểm", "bạn an toàn")),
    # The safety plan from the check's result, a canary note, left mid-way.
    Step(button="pw:plan", expect=("Bước 1/8",)),
    Step(text=f"nhà {CANARY_PLAN}", expect=("Bước 2/8",)),
    Step(text="thôi", expect=("Mình dừng ở đây",)),
    # From typed text: the plan again; danger typed mid-plan gets the numbers first.
    Step(text="giúp tui lập kế hoạch an toàn với", expect=("Bước 1/8",)),
    Step(text=f"{CANARY_PLAN} hẻm sau", expect=("Bước 2/8",)),
    Step(text="chồng tôi đang đánh tôi", first=DANGER),
    # From the end of a help request: the offer, then the aftercare guide.
    Step(button="m:help", expect=("Bạn có đang an toàn không?",)),
    Step(button="h:safe:yes"),
    Step(button="h:who:self"),
    Step(button="h:kind:sexual"),
    Step(button="h:where:skip", expect=("Nếu bạn muốn, mình có thể",)),
    Step(button="pw:g:assault", expect=("Sau khi bị xâm hại tình dục (1/3)",)),
    Step(text="tiếp", expect=("(2/3)", "72 giờ")),
    # Typed requests for guides.
    Step(text="làm sao tắt định vị zalo", expect=("An toàn trên điện thoại và mạng",)),
    Step(text="sếp quấy rối em ở công ty thì làm sao", expect=("Quấy rối tình dục nơi làm việc",)),
    # A plan to the end, sent as one message on request: shown to the person, kept nowhere.
    Step(text="lập kế hoạch an toàn", expect=("Bước 1/8",)),
    Step(text=f"{CANARY_SENT} nhà dì", expect=("Bước 2/8",)),
    *(Step(text="bỏ qua") for _ in range(6)),
    Step(text="k", expect=("ai cầm điện thoại này",)),
    Step(text="có", expect=("Kế hoạch an toàn của bạn", CANARY_SENT)),
)

# Every guide from a typed request, read to its last card (which names its source).
_GUIDES = (
    ("thuốc tránh thai khẩn cấp uống khi nào", "Sau khi bị xâm hại tình dục", 3),
    ("lam sao biet dien thoai bi cai app theo doi", "An toàn trên điện thoại và mạng", 3),
    ("có thông tin dành cho trẻ em không", "Dành cho bạn nhỏ và tuổi teen", 2),
    ("người cao tuổi bị con cái lấy tiền thì làm sao", "Dành cho người cao tuổi", 2),
    ("nam giới bị bạo lực thì làm gì", "Dành cho nam giới bị bạo lực", 2),
    ("đồng tính có phải là bệnh không", "Dành cho người LGBT+", 2),
    ("bị dọa tung ảnh nóng thì phải làm sao", "Quấy rối và tống tiền trên mạng", 2),
    ("bị công ty giữ hộ chiếu thì gọi ai", "Bị giữ giấy tờ, bị lừa đi làm", 2),
)


def _read_to_the_end(request: str, title: str, first: int) -> tuple[Step, ...]:
    total = {"Sau khi bị xâm hại tình dục": 3, "An toàn trên điện thoại và mạng": 4}.get(title, 2)
    steps = [Step(text=request, expect=(f"{title} ({first}/{total})",))]
    steps += [Step(text="tiếp", expect=(f"({n}/{total})",) + (("Nguồn:",) if n == total else ()))
              for n in range(first + 1, total + 1)]
    return tuple(steps)


GUIDE_STEPS: tuple[Step, ...] = tuple(
    step for request, title, _ in _GUIDES
    for step in _read_to_the_end(request, title, 2 if "theo doi" in request else 1))
STEPS = STEPS + GUIDE_STEPS


def leaks(data_dir: Path, logbook: Path | None, logs: str) -> list[str]:
    """Where a canary was found: the logs, the logbook's rows or file, any file under `data_dir`."""
    found = [f"logs: {c}" for c in CANARIES if c in logs]
    if logbook is not None and logbook.exists():
        db = sqlite3.connect(logbook)
        try:
            dump = "\n".join(db.iterdump())
        finally:
            db.close()
        found += [f"logbook rows: {c}" for c in CANARIES if c in dump]
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        found += [f"{path.relative_to(data_dir)}: {c}" for c in CANARIES if c.encode() in raw]
    return found


def check(step: Step, texts: list[str], where: str) -> None:
    """The replies to one event, as the channel delivered them."""
    joined = "\n".join(texts)
    assert texts, f"{where}: no reply"
    for needle in step.expect:
        assert needle in joined, f"{where}: {needle!r} missing:\n{joined}"
    for needle in step.first:
        assert needle in texts[0], f"{where}: first reply lacks {needle!r}:\n{texts[0]}"
    for needle in step.absent:
        assert needle not in joined, f"{where}: {needle!r} present"
