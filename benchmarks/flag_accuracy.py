"""Per-flag precision, recall and F1 of the analysis against the labelled conversations.

    python benchmarks/flag_accuracy.py                 # tests/data/devset
    python benchmarks/flag_accuracy.py tests/data/holdout
    python benchmarks/flag_accuracy.py --errors FLAG   # show the misses and false alarms for FLAG
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.analysis import analyze_turn  # noqa: E402
from simulator.schemas import FLAGS, Turn, TurnContext  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def labelled_turns(folder: Path, author: str | None = None):
    """(file, index, context, gold flags, gold depth) for every labelled learner turn."""
    for path in sorted(folder.glob("*.json")):
        convo = json.loads(path.read_text(encoding="utf-8"))
        if author and convo.get("author") != author:
            continue
        turns = [Turn(speaker=t["speaker"], text=t["text"]) for t in convo["turns"]]
        for i, raw in enumerate(convo["turns"]):
            if raw["speaker"] == "user":
                yield path.name, i, TurnContext(text=raw["text"], history=turns[:i]), set(raw["flags"]), raw["depth"]


def prf_rows(tp: Counter, fp: Counter, fn: Counter) -> dict[str, dict]:
    """Support, precision, recall and F1 per flag from counts (an empty flag scores 1.0)."""
    rows = {}
    for f in FLAGS:
        p = tp[f] / (tp[f] + fp[f]) if tp[f] + fp[f] else 1.0
        r = tp[f] / (tp[f] + fn[f]) if tp[f] + fn[f] else 1.0
        rows[f] = {"support": tp[f] + fn[f], "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return rows


def evaluate(folder: Path, author: str | None = None) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    errors: dict[str, list[str]] = {f: [] for f in FLAGS}
    depth_exact = depth_within1 = n = 0
    for name, i, ctx, gold, gold_depth in labelled_turns(folder, author):
        signals = analyze_turn(ctx)
        pred = set(signals.flags)
        n += 1
        depth_exact += signals.disclosure_depth == gold_depth
        depth_within1 += abs(signals.disclosure_depth - gold_depth) <= 1
        for f in FLAGS:
            if f in pred and f in gold:
                tp[f] += 1
            elif f in pred:
                fp[f] += 1
                errors[f].append(f"FP {name}#{i}: {ctx.text!r}  <- partner: {(ctx.partner_last or '')[:120]!r}")
            elif f in gold:
                fn[f] += 1
                errors[f].append(f"FN {name}#{i}: {ctx.text!r}  <- partner: {(ctx.partner_last or '')[:120]!r}")
    rows = prf_rows(tp, fp, fn)
    return {"turns": n, "flags": rows, "depth_exact": depth_exact / max(n, 1), "depth_within_1": depth_within1 / max(n, 1), "errors": errors}


def print_by_author(folder: Path) -> int:
    authors = sorted({json.loads(p.read_text(encoding="utf-8")).get("author", "?") for p in folder.glob("*.json")})
    results = {a: evaluate(folder, a) for a in authors}
    print(f"{'flag':24} " + " ".join(f"{a + ' (' + str(results[a]['turns']) + ')':>9}" for a in authors))
    for f in FLAGS:
        print(f"{f:24} " + " ".join(f"{results[a]['flags'][f]['f1']:9.2f}" for a in authors))
    macro = {a: sum(r["f1"] for r in results[a]["flags"].values()) / len(FLAGS) for a in authors}
    print(f"{'macro F1':24} " + " ".join(f"{macro[a]:9.2f}" for a in authors))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT / "tests/data/devset"))
    parser.add_argument("--errors", metavar="FLAG", help="list the errors for one flag")
    parser.add_argument("--author", help="only the conversations of one author (A, B, C, ...)")
    parser.add_argument("--by-author", action="store_true", help="F1 per flag for each author: a rule that helps one writer only is suspect")
    args = parser.parse_args()
    if args.by_author:
        return print_by_author(Path(args.folder))
    result = evaluate(Path(args.folder), args.author)
    print(f"{args.folder}{' author ' + args.author if args.author else ''}: {result['turns']} learner turns")
    print(f"{'flag':24} {'support':>7} {'prec':>6} {'recall':>6} {'f1':>6}")
    for f, row in result["flags"].items():
        print(f"{f:24} {row['support']:7d} {row['precision']:6.2f} {row['recall']:6.2f} {row['f1']:6.2f}")
    f1s = [row["f1"] for row in result["flags"].values()]
    print(f"{'macro F1':24} {'':7} {'':6} {'':6} {sum(f1s) / len(f1s):6.2f}   min F1 {min(f1s):.2f}")
    print(f"disclosure depth: exact {result['depth_exact']:.2f}, within one level {result['depth_within_1']:.2f}")
    if args.errors:
        print("\n".join(result["errors"][args.errors]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
