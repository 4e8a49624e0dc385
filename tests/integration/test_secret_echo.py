"""A remote that echoes our request headers back in its error never puts a secret in a message."""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from app.connectors.http import JsonHttp
from app.errors import RemoteRejected
from app.redact import scrub_credentials

CLIENT_ID = "SellerCo-Shipbench-PRD-4f2a9c1d"
SECRET = "PRD-9c1d4f2a-b7e3-5c01"


class _Echo(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode()
        echoed = f"invalid_client; request headers {dict(self.headers)}; body {body}"
        reply = json.dumps({"error": "invalid_client", "error_description": echoed})
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(reply.encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def echo_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_an_echoed_basic_header_and_form_body_leave_no_secret(echo_server: str) -> None:
    basic = base64.b64encode(f"{CLIENT_ID}:{SECRET}".encode()).decode()
    client = JsonHttp(
        echo_server, what="eBay", headers={"Authorization": f"Basic {basic}"}, secrets=[CLIENT_ID, SECRET]
    )
    with pytest.raises(RemoteRejected) as refused:
        client.request(
            "POST", "/identity/v1/oauth2/token", form={"grant_type": "client_credentials", "client_secret": SECRET}
        )
    message = str(refused.value)
    assert "invalid_client" in message  # the remote's reason reaches the user …
    assert basic not in message and SECRET not in message and CLIENT_ID not in message  # … its secrets do not
    stored = scrub_credentials(message) or ""
    assert basic not in stored and SECRET not in stored
