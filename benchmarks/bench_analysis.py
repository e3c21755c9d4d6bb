"""Speed of the rubric engine: one turn (analysis + scoring) p50/p95, and a 500-turn transcript.

Budgets (issue 3): one turn p50 <= 3 ms, p95 <= 10 ms; 500 turns in under 3 s; no model load.

    python benchmarks/bench_analysis.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.analysis import analyze_turn  # noqa: E402
from simulator.analysis import text as text_module  # noqa: E402
from simulator.catalog import load_rubric  # noqa: E402
from simulator.rubric import score_transcript, score_turn  # noqa: E402
from simulator.schemas import Transcript, Turn, TurnContext  # noqa: E402


def conversations() -> list[list[Turn]]:
    out = []
    for folder in ("tests/data/devset", "tests/data/holdout"):
        for path in sorted((ROOT / folder).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            out.append([Turn(speaker=t["speaker"], text=t["text"]) for t in data["turns"]])
    return out


def clear_caches() -> None:
    """Measure cold work: every turn is new text, as in a live session."""
    for name in dir(text_module):
        fn = getattr(text_module, name)
        if hasattr(fn, "cache_clear"):
            fn.cache_clear()
    from simulator.analysis import disclosure, listening, questions

    for mod in (disclosure, listening, questions):
        for name in dir(mod):
            fn = getattr(mod, name)
            if hasattr(fn, "cache_clear"):
                fn.cache_clear()


def main() -> int:
    t0 = time.perf_counter()
    rubric = load_rubric()
    load_ms = (time.perf_counter() - t0) * 1000
    convos = conversations()
    timings = []
    for convo in convos * 3:
        for i, turn in enumerate(convo):
            if turn.speaker != "user":
                continue
            clear_caches()
            ctx = TurnContext(text=turn.text, history=convo[:i])
            start = time.perf_counter()
            score_turn(ctx, analyze_turn(ctx), i, rubric)
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[int(len(timings) * 0.95)]
    long_turns = [t for convo in convos for t in convo]
    while len(long_turns) < 1000:
        long_turns += long_turns
    transcript = Transcript(turns=long_turns[:1000])
    n_user = sum(t.speaker == "user" for t in transcript.turns)
    clear_caches()
    start = time.perf_counter()
    score_transcript(transcript, rubric)
    long_s = time.perf_counter() - start
    print(f"rubric load: {load_ms:.1f} ms (no model to load)")
    print(f"one turn, analysis + scoring, cold caches: p50 {p50:.2f} ms  p95 {p95:.2f} ms  max {timings[-1]:.2f} ms  (n={len(timings)}; budget p50 <= 3, p95 <= 10)")
    print(f"transcript of {len(transcript.turns)} turns ({n_user} learner turns) scored in {long_s:.2f} s (budget: 500 turns < 3 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
