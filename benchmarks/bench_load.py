"""Load benchmark: simulated learners practising at once through the app's own API.

Starts `python app.py` (offline engine, throwaway SQLite) on 127.0.0.1, times startup to the
first served page, then runs N concurrent `gradio_client` learners, each starting a session
and sending M messages. Prints p50/p95/max turn latency, throughput and errors, and whether
the targets hold (p95 <= 300 ms, no errors, startup < 20 s). Not a test: run it by hand.

A learner reads the reply and types the next message before sending it: each waits a random
1-3 s ("think time", seeded) before every message, far quicker than a person types. With
`--think-max 0` every learner fires its next message the instant the reply lands: a stress
test whose latency is then bound by CPU (client and server share this machine's cores, and
one gradio_client call costs ~15-20 ms of CPU in Gradio itself, before any of our code).

    .venv/bin/python benchmarks/bench_load.py [--learners 50] [--turns 10] [--think-max 0]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=50)
    parser.add_argument("--turns", type=int, default=10)
    parser.add_argument("--think-min", type=float, default=1.0, help="seconds, before each message")
    parser.add_argument("--think-max", type=float, default=3.0, help="0: no think time (stress)")
    args = parser.parse_args()
    think = (min(args.think_min, args.think_max), args.think_max)

    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.2f} before the run"
          + (" (busy: figures will be pessimistic)" if load > 1 else ""))
    with tempfile.TemporaryDirectory() as tmp:
        port = free_port()
        process, startup = start_app(Path(tmp) / "bench.db", port)
        url = f"http://127.0.0.1:{port}/"
        try:
            talking: list[float] = []  # when every session was open and the first learner spoke
            barrier = threading.Barrier(args.learners, action=lambda: talking.append(time.perf_counter()))
            with ThreadPoolExecutor(max_workers=args.learners) as pool:
                futures = [pool.submit(learner, url, n, args.turns, barrier, think)
                           for n in range(args.learners)]
                results = [f.result() for f in futures]
            wall = time.perf_counter() - (talking[0] if talking else time.perf_counter())
        finally:
            process.kill()
            process.wait()

    latencies = [x for lat, _ in results for x in lat]
    errors = [e for _, errs in results for e in errs]
    ms = [x * 1000 for x in latencies] or [float("nan")]
    p95 = percentile(ms, 95)
    print(f"learners: {args.learners}, turns each: {args.turns}, turns completed: {len(latencies)}, "
          f"think time: {think[0]:g}-{think[1]:g} s")
    print(f"startup to served page: {startup:.2f} s (target < {TARGET_STARTUP_S:.0f} s)")
    print(f"turn latency ms: p50 {percentile(ms, 50):.1f}  p95 {p95:.1f}  max {max(ms):.1f}  "
          f"mean {statistics.fmean(ms):.1f}")
    print(f"throughput: {len(latencies) / wall:.1f} turns/s over {wall:.1f} s of talking")
    print(f"errors: {len(errors)}")
    for e in errors[:10]:
        print(f"  {e}")
    ok = not errors and p95 <= TARGET_P95_MS and startup < TARGET_STARTUP_S
    print("RESULT:", "PASS" if ok else "FAIL",
          f"(no errors, p95 <= {TARGET_P95_MS:.0f} ms, startup < {TARGET_STARTUP_S:.0f} s)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
