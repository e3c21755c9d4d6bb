"""Real headless Chromium against the real app: `python app.py` started as a subprocess on a
free port with a throwaway SQLite file. Screenshots land in tests/browser/artifacts/."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
STARTUP_LIMIT_S = 20.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class App:
    """One `python app.py` process; `startup_s` is launch to the first served page."""

    db: Path
    extra: list[str] = field(default_factory=list)
    port: int = 0
    process: subprocess.Popen | None = None
    startup_s: float = 0.0
    log: object = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> App:
        self.port = free_port()
        ARTIFACTS.mkdir(exist_ok=True)
        self.log = log = open(ARTIFACTS / f"app-{self.port}.log", "wb")  # noqa: SIM115 - closed in kill()
        env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "PYTHONUNBUFFERED": "1"}
        began = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "app.py", "--port", str(self.port), "--db", str(self.db), *self.extra],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        deadline = began + 60
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"app exited with {self.process.returncode}; see {log.name}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as response:
                    if response.status == 200:
                        self.startup_s = time.perf_counter() - began
                        return self
            except OSError:
                time.sleep(0.1)
        self.kill()
        raise RuntimeError(f"app did not serve a page within 60 s; see {log.name}")

    def kill(self) -> None:
        """SIGKILL, as a crash would: no shutdown hooks, no flushing."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)
        if self.log is not None:
            self.log.close()


@pytest.fixture(scope="session", autouse=True)
def fresh_artifacts() -> None:
    """Start each run with an empty artifacts folder, so what is there is from this run."""
    if ARTIFACTS.exists():
        for old in ARTIFACTS.iterdir():
            if old.is_file():
                old.unlink()
    ARTIFACTS.mkdir(exist_ok=True)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def start_app(tmp_path: Path) -> Iterator:
    """Start apps on demand (`start_app(db, *flags)`); all are killed at the end of the test."""
    apps: list[App] = []

    def start(db: Path | None = None, *extra: str) -> App:
        app = App(db or tmp_path / "studio.db", list(extra)).start()
        apps.append(app)
        return app

    yield start
    for app in apps:
        app.kill()


@pytest.fixture(scope="module")
def shared_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[App]:
    """One app for the tests that do not restart it."""
    app = App(tmp_path_factory.mktemp("studio") / "studio.db").start()
    yield app
    app.kill()


@pytest.fixture
def page(browser, request: pytest.FixtureRequest):
    """A fresh page; it records any JavaScript dialog (an executed script would open one)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-final.png"), full_page=True)
    context.close()


@pytest.fixture
def snap():
    """`snap(page, "name")` saves a full-page screenshot as a test artifact."""

    def save(page, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)

    return save
