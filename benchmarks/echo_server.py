"""The web chat's baseline: a bare Starlette JSON echo under uvicorn (h11, as `companion serve`
runs), on the port given, in its own process like the bot's server, and kept on a CPU the way
`companion serve` keeps itself (`[server] cpu_affinity = "auto"`, bot/http/affinity.py), so
the two are compared on the same footing (the echo gains 0-10% from it, the bot ~45%).

    .venv/bin/python -m benchmarks.echo_server PORT
"""

from __future__ import annotations

import sys

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.http.affinity import pin


async def echo(request: Request) -> JSONResponse:
    return JSONResponse({"replies": [{"text": "echo", "event": await request.json()}]})


app = Starlette(routes=[Route("/api/chat", echo, methods=["POST"])])

if __name__ == "__main__":
    pin("auto")
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning",
                access_log=False, http="h11")
