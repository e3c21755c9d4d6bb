"""How often the optional LLM judge agrees with the rule-based flags and scores, on the
labelled development set; and how each of them does against the human labels.

Needs a model (the same flags and environment as `rapport practice`):

    python benchmarks/judge_agreement.py --provider openai --model gpt-4o-mini
    python benchmarks/judge_agreement.py --base-url http://127.0.0.1:8000/v1 --model NAME --limit 40

Judge failures are counted and shown, never dropped silently.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from simulator.analysis import analyze_turn  # noqa: E402
from simulator.catalog import load_rubric  # noqa: E402
from simulator.errors import ModelError, RapportError  # noqa: E402
from simulator.judge import LLMJudge, agreement, compare  # noqa: E402
from simulator.providers import JUDGE_MAX_TOKENS, add_model_arguments, chat_model_for, resolve_config  # noqa: E402
from simulator.rubric import score_turn  # noqa: E402
from simulator.schemas import FLAGS, Turn, TurnContext  # noqa: E402


def labelled_turns(folder: Path) -> Iterator[tuple[str, int, TurnContext, set[str]]]:
    """(file, index, context, gold flags) for every labelled learner turn."""
    for path in sorted(folder.glob("*.json")):
        convo = json.loads(path.read_text(encoding="utf-8"))
        turns = [Turn(speaker=t["speaker"], text=t["text"]) for t in convo["turns"]]
        for i, raw in enumerate(convo["turns"]):
            if raw["speaker"] == "user":
                yield path.name, i, TurnContext(text=raw["text"], history=turns[:i]), set(raw.get("flags", []))


def micro_f1(pairs: list[tuple[set[str], set[str]]]) -> float:
    """F1 of predicted flags (first) against gold flags (second), over all turns."""
    tp = sum(len(p & g) for p, g in pairs)
    fp = sum(len(p - g) for p, g in pairs)
    fn = sum(len(g - p) for p, g in pairs)
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


def run(args: argparse.Namespace) -> dict:
    config = resolve_config(args)
    if config.offline:
        raise RapportError("no model configured: pass --provider/--model or --base-url (or set OPENAI_API_KEY)")
    rubric = load_rubric()
    config = config.model_copy(update={"max_tokens": max(config.max_tokens, JUDGE_MAX_TOKENS)})
    judge = LLMJudge(chat_model_for(config, temperature=0.0), config=config, rubric=rubric, method=args.method)
    rules_judge, rules_gold, judge_gold = [], [], []
    criteria_rows = criteria_agree = failures = 0
    failed: list[str] = []
    for n, (name, i, ctx, gold) in enumerate(labelled_turns(args.devset)):
        if args.limit and n >= args.limit:
            break
        report = score_turn(ctx, analyze_turn(ctx), index=i, rubric=rubric)
        try:
            opinion = compare(rubric, report, judge.verdict(ctx), config.model)
        except ModelError as exc:
            failures += 1
            failed.append(f"{name}#{i}: {exc}")
            continue
        judged = {f for f, src in opinion.flags.items() if src in ("both", "judge")}
        rules = set(report.flags)
        rules_judge.append((rules, judged))
        rules_gold.append((rules, gold))
        judge_gold.append((judged, gold))
        rows = [r for r in opinion.criteria if r.agree is not None]
        criteria_rows += len(rows)
        criteria_agree += sum(r.agree for r in rows)
        print(f"  {name}#{i}: rules {sorted(rules)} | judge {sorted(judged)}", file=sys.stderr)
    per_flag = {f: round(sum((f in a) == (f in b) for a, b in rules_judge) / len(rules_judge), 3)
                for f in FLAGS} if rules_judge else {}
    return {
        "model": config.describe(),
        "turns_judged": len(rules_judge),
        "judge_failures": failures,
        "failures": failed[:10],
        "flags_rules_vs_judge": agreement(rules_judge),
        "criteria_agreement": round(criteria_agree / criteria_rows, 3) if criteria_rows else None,
        "f1_vs_labels": {"rules": micro_f1(rules_gold), "judge": micro_f1(judge_gold)},
        "per_flag_agreement": per_flag,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--devset", type=Path, default=ROOT / "tests" / "data" / "devset")
    parser.add_argument("--limit", type=int, default=0, help="judge at most this many learner turns")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--method", choices=("native", "json-schema", "json"), default=None,
                        help="structured output: provider-native, a JSON schema (OpenAI-compatible servers), "
                             "or JSON asked for in the prompt (default: by provider)")
    add_model_arguments(parser)
    args = parser.parse_args(argv)
    try:
        result = run(args)
    except RapportError as exc:
        print(f"judge_agreement: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    flags = result["flags_rules_vs_judge"]
    print(f"judge: {result['model']}")
    print(f"learner turns judged: {result['turns_judged']} (judge failures: {result['judge_failures']})")
    print(f"flags, rules vs judge: agreement {flags['agreement']:.1%} over every (turn, flag), "
          f"kappa {flags['kappa']:.2f}")
    if result["criteria_agreement"] is not None:
        print(f"criterion scores agreeing (within 15 points or same side of 50): {result['criteria_agreement']:.1%}")
    print(f"flag F1 against the human labels: rules {result['f1_vs_labels']['rules']:.2f}, "
          f"judge {result['f1_vs_labels']['judge']:.2f}")
    for line in result["failures"]:
        print(f"  failed: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
