"""The analysis against the hand-labelled conversations: it runs on every real turn, and
pooled accuracy on the dev set does not fall back (a regression guard, not a claim about
unseen writers; see benchmarks/flag_accuracy.py for the per-writer and holdout figures)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from flag_accuracy import evaluate  # noqa: E402


def test_every_labelled_turn_is_analysed_and_the_dev_set_holds_its_level() -> None:
    result = evaluate(ROOT / "tests" / "data" / "devset")
    assert result["turns"] >= 250
    f1 = {flag: row["f1"] for flag, row in result["flags"].items()}
    assert sum(f1.values()) / len(f1) >= 0.80, f1
    assert result["depth_within_1"] >= 0.9


def test_the_holdout_is_analysed_without_errors() -> None:
    # Writers I and J, blind; a small first sample (86 learner turns, networking) at stop 9.
    result = evaluate(ROOT / "tests" / "data" / "holdout")
    assert result["turns"] >= 80
