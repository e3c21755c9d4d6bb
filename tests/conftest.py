"""Shared test setup: no unit test may reach the network by accident."""

from __future__ import annotations

import socket

import pytest

_real_connect = socket.socket.connect
_LOCAL = ("127.0.0.1", "localhost", "::1", "0.0.0.0")


def _guarded_connect(self, address):  # type: ignore[no-untyped-def]
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host in _LOCAL or host.startswith("127.") or self.family == socket.AF_UNIX):
        return _real_connect(self, address)
    raise RuntimeError(f"test tried to reach the network: {address!r}")


@pytest.fixture(autouse=True)
def _block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
