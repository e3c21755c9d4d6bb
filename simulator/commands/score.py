"""`rapport score FILE...`: score transcripts turn by turn; several give a cohort summary."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import InputError, RapportError
from ..report_text import render_cohort, render_report
from ..rubric import score_transcript
from ..schemas import Report
from ..transcripts import read_transcript_file

TRANSCRIPT_SUFFIXES = (".json", ".txt", ".md")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("score", help="score transcripts (JSON or `Name: text`), one report each")
    p.add_argument("files", nargs="+", metavar="FILE", help="transcript files or folders of them")
    p.add_argument("--json", action="store_true", help="print the report(s) as JSON")
    p.add_argument("--user-name", metavar="NAME", help="the learner's name in `Name: text` transcripts")
    p.set_defaults(func=run)


def expand(paths: list[str]) -> list[Path]:
    """Files as given; folders become their transcript files, sorted."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() in TRANSCRIPT_SUFFIXES and p.is_file())
            if not found:
                raise InputError(f"{path}: folder has no transcript files (*.json, *.txt)")
            out.extend(found)
        else:
            out.append(path)
    return out


def cohort_summary(reports: list[Report]) -> dict:
    """Averages across transcripts: what a trainer looks at for a cohort."""
    criteria: dict[str, list[int]] = {}
    metrics: dict[str, list[float]] = {}
    flags: dict[str, int] = {}
    for r in reports:
        for k, v in r.summary.criterion_scores.items():
            criteria.setdefault(k, []).append(v)
        for k, v in r.summary.metrics.items():
            metrics.setdefault(k, []).append(v)
        for k, v in r.summary.flag_counts.items():
            flags[k] = flags.get(k, 0) + v
    avg = lambda xs: round(sum(xs) / len(xs), 3)  # noqa: E731
    return {
        "transcripts": len(reports),
        "learner_turns": sum(r.summary.learner_turns for r in reports),
        "overall": round(avg([r.summary.overall for r in reports])) if reports else 0,
        "criterion_scores": {k: round(avg(v)) for k, v in criteria.items()},
        "metrics": {k: avg(v) for k, v in metrics.items()},
        "flag_counts": dict(sorted(flags.items())),
        "per_transcript": [{"source": r.source, "overall": r.summary.overall} for r in reports],
    }


def run(args: argparse.Namespace) -> int:
    files = expand(args.files)
    reports: list[Report] = []
    failed = 0
    for path in files:
        try:
            reports.append(score_transcript(read_transcript_file(path, args.user_name), source=str(path)))
        except RapportError as exc:
            if len(files) == 1:
                raise
            print(f"rapport: error: {exc}", file=sys.stderr)
            failed += 1
    if args.json:
        payload = reports[0].model_dump(mode="json") if len(files) == 1 else {
            "reports": [r.model_dump(mode="json") for r in reports],
            "summary": cohort_summary(reports),
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        for r in reports:
            print(render_report(r))
        if len(files) > 1:
            print(render_cohort(cohort_summary(reports)))
    return 2 if failed else 0
