"""A counsellor driving the console over HTTP, as console.js does: sign in through the officer
form (CSRF included), read the console page's token, then take, send and end by POST."""

from __future__ import annotations

import re
from typing import Any

import httpx

_CSRF = re.compile(r'name="csrf" value="([^"]+)"')
_PAGE_CSRF = re.compile(r'data-csrf="([^"]+)"')


class ConsoleClient:
    def __init__(self, client: httpx.AsyncClient):
        self.client = client
        self.csrf = ""

    async def sign_in(self, name: str, password: str) -> httpx.Response:
        form = await self.client.get("/officer/signin")
        token = _CSRF.search(form.text)
        assert token, form.text
        response = await self.client.post("/officer/signin", data={
            "csrf": token.group(1), "name": name, "password": password})
        assert response.status_code == 303, response.text
        page = await self.client.get("/officer/console")
        assert page.status_code == 200, page.text
        found = _PAGE_CSRF.search(page.text)
        assert found
        self.csrf = found.group(1)
        return page

    async def post(self, action: str, **fields: Any) -> httpx.Response:
        return await self.client.post(f"/officer/console/{action}",
                                      data={"csrf": self.csrf, **fields})
