"""Load benchmark: simulated learners practising at once through the app's own API.

Starts `python app.py` (offline engine, throwaway SQLite) on 127.0.0.1, times startup to the
first served page, then runs N concurrent `gradio_client` learners, each starting a session
and sending M messages. Prints p50/p95/max turn latency, throughput, errors, and the CPU
each turn cost the server and the clients, and whether the targets hold (p95 <= 300 ms, no
errors, startup < 20 s). Not a test: run it by hand.

It runs two modes, each against a fresh app, and prints both:

- think (the budget's case): a learner reads the reply and types the next message, waiting
  a random 1-3 s ("think time", seeded) before every message: still far quicker than a
  person types. The PASS/FAIL verdict is this mode's.
- stress (`--think-max 0` on its own): every learner fires its next message the instant the
  reply lands. 50 closed loops make it a throughput test: latency is about 50 / throughput,
  bound by CPU. The server is one Python process (Gradio's queue lives in it), so it uses
  at most one core however many there are, and the clients share the machine. Its figures
  are printed, and said plainly when they miss the latency target.

Every figure includes gradio_client's own costs: it checks for each reply every 50 ms (a
poll loop inside the client), so a turn measured this way is rarely under ~50 ms.

    .venv/bin/python benchmarks/bench_load.py [--learners 50] [--turns 10] [--mode both|think|stress]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = [
    "Hi! Is this your first time at one of these?",
    "I only moved here a few months ago, so I am still finding my feet. What brought you here?",
    "That sounds like a big change. How has it been so far?",
    "I know what you mean; the first winter here was hard for me too.",
    "What do you enjoy most about it?",
    "You said it took a while to settle in. What made the difference in the end?",
    "That is really kind of them. I'd like to do the same for someone one day.",
    "How do you usually spend your weekends?",
    "It sounds like that matters a lot to you.",
    "It has been lovely talking. Could we swap numbers and continue another time?",
]
TARGET_P95_MS = 300.0
TARGET_STARTUP_S = 20.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(db: Path, port: int) -> tuple[subprocess.Popen, float]:
    """The app as a user would start it; returns the process and seconds to a served page."""
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False"}
    log = db.with_suffix(".log")
    began = time.perf_counter()
    with open(log, "wb") as out:  # a file, not a pipe: a full pipe would stall the app
        process = subprocess.Popen(
            [sys.executable, "app.py", "--port", str(port), "--db", str(db), "--quiet"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    while time.perf_counter() - began < 60:
        if process.poll() is not None:
            raise SystemExit(f"app exited: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                if r.status == 200:
                    return process, time.perf_counter() - began
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise SystemExit("app did not serve a page within 60 s")


def process_cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) a process has used so far; None where /proc is missing."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def learner(url: str, number: int, turns: int, barrier: threading.Barrier,
            think: tuple[float, float]) -> tuple[list[float], list[str]]:
    """One simulated learner: a session and `turns` messages; returns latencies (s) and errors."""
    from gradio_client import Client

    latencies: list[float] = []
    errors: list[str] = []
    try:
        # Plain HTTP on loopback: no TLS to verify, and skipping it spares every call the
        # cost of loading a CA bundle (~50 ms of client CPU in gradio_client 2.x).
        client = Client(url, verbose=False, ssl_verify=False)
        personas = client.predict(api_name="/list_personas")
        persona = personas[number % len(personas)]["id"]
        session = client.predict(persona, "live", api_name="/start_session")["session_id"]
    except Exception as exc:  # noqa: BLE001 - counted and reported, never hidden
        barrier.abort()
        return latencies, [f"learner {number} setup: {exc!r}"]
    barrier.wait()  # every session is open before anyone speaks
    rng = random.Random(number)
    for turn in range(turns):
        if think[1] > 0:
            time.sleep(rng.uniform(*think))  # reading the reply, typing the next message
        began = time.perf_counter()
        try:
            reply = client.predict(session, MESSAGES[turn % len(MESSAGES)], api_name="/send_message")
            if not reply.get("reply"):
                errors.append(f"learner {number} turn {turn}: empty reply")
        except Exception as exc:  # noqa: BLE001
            errors.append(f"learner {number} turn {turn}: {exc!r}")
            continue
        latencies.append(time.perf_counter() - began)
    try:
        client.predict(session, api_name="/end_session")
    except Exception as exc:  # noqa: BLE001
        errors.append(f"learner {number} end: {exc!r}")
    return latencies, errors


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


@dataclass
class Run:
    """One mode's figures."""

    mode: str
    think: tuple[float, float]
    startup_s: float
    latencies_ms: list[float]
    errors: list[str]
    wall_s: float
    server_cpu_s: float | None
    client_cpu_s: float

    def p(self, q: float) -> float:
        return percentile(self.latencies_ms, q) if self.latencies_ms else float("nan")

    @property
    def meets_target(self) -> bool:
        return not self.errors and self.p(95) <= TARGET_P95_MS and self.startup_s < TARGET_STARTUP_S


def run_mode(mode: str, learners: int, turns: int, think: tuple[float, float]) -> Run:
    """A fresh app, `learners` concurrent learners of `turns` messages each."""
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        process, startup = start_app(Path(tmp) / "bench.db", port)
        url = f"http://127.0.0.1:{port}/"
        marks: list[tuple[float, float | None, float]] = []  # when every session was open

        def mark() -> None:
            marks.append((time.perf_counter(), process_cpu_s(process.pid), time.process_time()))

        try:
            barrier = threading.Barrier(learners, action=mark)
            with ThreadPoolExecutor(max_workers=learners) as pool:
                futures = [pool.submit(learner, url, n, turns, barrier, think) for n in range(learners)]
                results = [f.result() for f in futures]
            mark()
        finally:
            process.kill()
            process.wait()
    (t0, s0, c0), (t1, s1, c1) = (marks[0], marks[-1]) if len(marks) > 1 else (marks[-1],) * 2
    return Run(
        mode=mode, think=think, startup_s=startup,
        latencies_ms=[x * 1000 for lat, _ in results for x in lat],
        errors=[e for _, errs in results for e in errs], wall_s=t1 - t0,
        server_cpu_s=None if s0 is None or s1 is None else s1 - s0, client_cpu_s=c1 - c0,
    )


def report(run: Run, learners: int, turns: int) -> None:
    n = len(run.latencies_ms)
    ms = run.latencies_ms or [float("nan")]
    think = f"{run.think[0]:g}-{run.think[1]:g} s think time" if run.think[1] else "no think time"
    print(f"\n== {run.mode}: {learners} learners x {turns} turns, {think}")
    print(f"startup to served page: {run.startup_s:.2f} s (target < {TARGET_STARTUP_S:.0f} s)")
    print(f"turn latency ms: p50 {run.p(50):.1f}  p95 {run.p(95):.1f}  max {max(ms):.1f}  "
          f"mean {statistics.fmean(ms):.1f}  ({n} turns)")
    rate = n / run.wall_s if run.wall_s else float("nan")
    print(f"throughput: {rate:.1f} turns/s over {run.wall_s:.1f} s of talking")
    if n:
        server = f"{run.server_cpu_s * 1000 / n:.1f} ms" if run.server_cpu_s is not None else "n/a"
        print(f"CPU per turn (incl. session ends): server {server}, the {learners} clients "
              f"{run.client_cpu_s * 1000 / n:.1f} ms")
    print(f"errors: {len(run.errors)}")
    for e in run.errors[:10]:
        print(f"  {e}")
    verdict = "met" if run.meets_target else "NOT met"
    print(f"target (no errors, p95 <= {TARGET_P95_MS:.0f} ms, startup < {TARGET_STARTUP_S:.0f} s): {verdict}")
    if run.mode == "stress" and not run.meets_target and not run.errors:
        print(f"  stress is CPU-bound: {learners} back-to-back learners wait about {learners} / throughput; "
              "the budget is judged with think time")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--mode", choices=("both", "think", "stress"), default="both")
    parser.add_argument("--think-min", type=float, default=1.0, help="seconds, before each message")
    parser.add_argument("--think-max", type=float, default=3.0, help="0: stress mode only")
    args = parser.parse_args()
    mode = "stress" if args.think_max <= 0 else args.mode
    think = (min(args.think_min, args.think_max), args.think_max)

    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.2f} before the run"
          + (" (busy: figures will be pessimistic)" if load > 1 else ""))
    runs = []
    if mode in ("both", "think"):
        runs.append(run_mode("think", args.learners, args.turns, think))
        report(runs[-1], args.learners, args.turns)
    if mode in ("both", "stress"):
        runs.append(run_mode("stress", args.learners, args.turns, (0.0, 0.0)))
        report(runs[-1], args.learners, args.turns)

    judged = runs[0]  # think time when it ran: the budget's case
    ok = judged.meets_target and not any(r.errors for r in runs)
    print(f"\nRESULT: {'PASS' if ok else 'FAIL'} (judged on {judged.mode}: no errors in any mode, "
          f"p95 <= {TARGET_P95_MS:.0f} ms, startup < {TARGET_STARTUP_S:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
