"""The web tests need the optional `web` extra; without it they skip (a skip in conftest.py would be an error)."""
from __future__ import annotations

import pytest

WEB_EXTRA = ("starlette", "uvicorn", "jinja2", "multipart")


def require() -> None:
    for name in WEB_EXTRA:
        pytest.importorskip(name, reason="the web extra is not installed: pip install '.[web]'")
