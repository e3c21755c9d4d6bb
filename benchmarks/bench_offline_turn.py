"""Speed of practice with the offline engine: one full turn (analysis, scoring, rapport state,
reply) p50/p95 over every persona, and how long the persona library takes to load.

Budgets (issue 4): one offline turn p95 <= 20 ms; the persona library loads in under 200 ms.
Exits 1 when a budget is missed.

    python benchmarks/bench_offline_turn.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_analysis import clear_caches  # noqa: E402

from simulator.catalog import load_personas, load_rubric  # noqa: E402
from simulator.engines.scripted import ScriptedEngine  # noqa: E402
from simulator.session import Session  # noqa: E402

TURN_BUDGET_MS = 20.0
LOAD_BUDGET_MS = 200.0
SEEDS = range(4)
# Learner turns of every style, long and short, played in order against each persona.
LEARNER = [
    "Same here, honestly. I was nervous walking in. What brought you here today?",
    "That sounds like it took some nerve. What was the hardest part of it for you?",
    "Where do you work? How long have you been there? Do you like it?",
    "Totally, I hear you! Anyway, what do you do for fun?",
    "I nearly quit my last job; I felt like a fraud for most of the first year.",
    "It sounds like the move mattered to you more than people realise. How did it feel at the time?",
    "You're wrong about that, and you always make excuses.",
    "I can see where you're coming from, and I'm worried we'll lose the week if we don't agree a plan.",
    "Is this okay to talk about? I don't want to pry.",
    "How about we sit down on Thursday at two and go through it together? I'll book the room today.",
    "My dad died in the spring and I haven't really slept since the funeral. " * 3,
    "Ok.",
]


def library_load_ms(repeats: int = 5) -> list[float]:
    """Parse and validate every persona file, from disk each time."""
    times = []
    for _ in range(repeats):
        load_personas.cache_clear()
        start = time.perf_counter()
        load_personas()
        times.append((time.perf_counter() - start) * 1000)
    return times


def turn_times_ms() -> list[float]:
    """Every learner turn of LEARNER, against every persona, with several seeds."""
    load_rubric()  # loaded once per process, as in the app
    times = []
    for persona in load_personas().values():
        for seed in SEEDS:
            session = Session(persona, ScriptedEngine(), seed=seed)
            for text in LEARNER:
                clear_caches()  # every live turn is new text
                start = time.perf_counter()
                session.play(text)
                times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    loads = library_load_ms()
    personas = load_personas()
    turns = turn_times_ms()
    p50, p95, p99 = (percentile(turns, q) for q in (0.5, 0.95, 0.99))
    load = statistics.median(loads)
    print(f"persona library: {len(personas)} personas, load median {load:.1f} ms "
          f"(first {loads[0]:.1f} ms, max {max(loads):.1f} ms; budget {LOAD_BUDGET_MS:.0f} ms)")
    print(f"offline turn (analysis + scoring + state + reply): {len(turns)} turns, "
          f"p50 {p50:.2f} ms, p95 {p95:.2f} ms, p99 {p99:.2f} ms, max {max(turns):.2f} ms "
          f"(budget p95 {TURN_BUDGET_MS:.0f} ms)")
    ok = p95 <= TURN_BUDGET_MS and max(loads) < LOAD_BUDGET_MS
    print("within budget" if ok else "OVER BUDGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
