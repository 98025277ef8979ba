"""`companion serve` with the engine's turn replaced by a canned answer: the server's own cost
per turn (HTTP, middleware, the session cookie, the turn's thread and deadline, JSON), for the
suite's "server without the engine" row. Everything else is the real server; the answer is the
size of a typical turn's (the mix averages 1.8 replies: a paragraph, then a question with the
menu's five buttons).

    .venv/bin/python -m benchmarks.canned_engine_server serve --config FILE --port PORT
"""

from __future__ import annotations

import sys
from typing import Any

from bot.core.engine import Engine
from bot.core.messages import Button, Reply

CANNED = (
    Reply("Cảm ơn bạn đã tin tưởng kể với mình. Mình tin bạn, và chuyện đang xảy ra không phải "
          "lỗi của bạn. Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 113 (Công an), 115 (Cấp cứu) "
          "hoặc 111 (Tổng đài quốc gia, miễn phí, 24/7).", language="vi"),
    Reply("Bạn muốn làm gì?", (Button("Tôi cần giúp ngay", "m:help"),
                               Button("Số khẩn cấp", "m:numbers"),
                               Button("Dịch vụ gần tôi", "m:near"),
                               Button("Tìm hiểu", "m:learn"),
                               Button("Kế hoạch an toàn & hỗ trợ thêm", "m:more")),
          language="vi"),
)


def canned_turn(self: Engine, inbound: Any, sessions: Any = None) -> list[Reply]:
    """The engine's `handle`, answering every event alike without reading or writing a store."""
    return list(CANNED)


if __name__ == "__main__":
    Engine.handle = canned_turn  # type: ignore[method-assign]
    from bot.cli import main

    sys.exit(main())
