"""A real `marsad serve` stack (uvicorn with the server's guarded protocol) in a thread of the test
process, on 127.0.0.1 and a free port, so tests can reach the application's state (its workers)
and talk to it over raw sockets."""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager

import uvicorn


@contextmanager
def live(app, *, header_timeout: float = 10.0, max_per_client: int = 20):
    from marsad.api.connections import guarded_protocol
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", http=guarded_protocol(header_timeout, max_per_client),
                            timeout_graceful_shutdown=60)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"127.0.0.1:{port}", port
    finally:
        server.should_exit = True
        thread.join(90)
        sock.close()


def read_until_closed(conn: socket.socket, timeout: float = 30.0) -> bytes:
    """Everything the server sends until it closes the connection (a socket timeout fails the test)."""
    conn.settimeout(timeout)
    data = b""
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
