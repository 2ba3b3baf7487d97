"""The web tests share one SQLite store ingested from web_samples, an in-process client, and (for the
browser tests) a real uvicorn server on 127.0.0.1 with a free port in a background thread."""
from __future__ import annotations

import socket
import threading
import time

import pytest
from web_samples import articles

# The web extra is optional: the test modules skip themselves without it (web_extra.require), and
# the fixtures here import it only when used.


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> str:
    from zitat.store import Store
    path = str(tmp_path_factory.mktemp("web") / "zitat.db")
    with Store(path) as store:
        report = store.ingest(articles())
        assert report.failed == 0
    return path


@pytest.fixture(scope="session")
def client(web_db):
    from starlette.testclient import TestClient
    from zitat.web.app import create_app
    return TestClient(create_app(web_db))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(web_db):
    import uvicorn
    from zitat.web.app import create_app
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)
