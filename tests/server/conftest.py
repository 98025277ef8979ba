"""Fixtures for the server tests: the real runtime on a temporary project copy, the app, and an
HTTP client that runs the app's lifespan."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from bot.config import Settings
from bot.runtime import Runtime, build_runtime
from bot.server import create_app

COOKIE_SECRET = "test-cookie-secret-not-for-production"


@pytest.fixture
def runtime(settings: Settings) -> Iterator[Runtime]:
    rt = build_runtime(settings, with_nlu=False)
    yield rt
    rt.close()


@pytest.fixture
def app(runtime: Runtime) -> Any:
    return create_app(runtime, [], cookie_secret=COOKIE_SECRET)


@pytest.fixture
def client(app: Any) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client
