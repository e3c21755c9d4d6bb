"""Reports as plain text for a person at a terminal (the JSON is for machines)."""

from __future__ import annotations

from .metrics import METRIC_LABELS
from .schemas import Report, TurnReport



def bar(score: int, width: int = 20) -> str:
    filled = round(score / 100 * width)
    return "█" * filled + "·" * (width - filled)


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_turn(t: TurnReport) -> str:
    lines = [f"  [{t.index}] \"{_clip(t.text)}\"  score {t.overall}", f"      flags: {', '.join(t.flags) or '(none)'}"]
    for f in t.feedback:
        label = "strength" if f.kind == "strength" else "try next"
        lines.append(f"      {label} ({f.criterion_name}): {f.message}")
        if f.evidence:
            lines.append(f"        evidence: \"{_clip(f.evidence, 120)}\"")
        if f.rewrite:
            lines.append(f"        try: {_clip(f.rewrite, 200)}")
        lines.append(f"        guidance: {f.citation.section} ({f.citation.source}): \"{_clip(f.citation.quote, 140)}\"")
    return "\n".join(lines)


def render_report(report: Report) -> str:
    s = report.summary
    head = f"Report: {report.source or 'conversation'}" + (f" (persona {report.persona})" if report.persona else "")
    lines = [head, "=" * len(head), f"{s.learner_turns} learner turns, overall {s.overall}/100", "", "Criteria:"]
    lines += [f"  {cid:16} {score:3d}  {bar(score)}" for cid, score in s.criterion_scores.items()]
    lines += ["", "Metrics:"]
    lines += [f"  {METRIC_LABELS.get(k, k):50} {v}" for k, v in s.metrics.items()]
    lines += ["", "Turns:"] + [render_turn(t) for t in report.turns]
    if s.revisit:
        lines += ["", "Most worth revisiting:"]
        for r in s.revisit:
            lines.append(f"  [{r.index}] \"{_clip(r.text)}\"\n      why: {r.why}\n      try: {r.rewrite}")
    return "\n".join(lines) + "\n"


def render_cohort(summary: dict) -> str:
    lines = ["Across all transcripts", "======================", f"{summary['transcripts']} transcripts, {summary['learner_turns']} learner turns, mean overall {summary['overall']}/100"]
    lines += [f"  {cid:16} {score:3d}  {bar(score)}" for cid, score in summary["criterion_scores"].items()]
    lines += ["", "Per transcript:"] + [f"  {row['overall']:3d}  {row['source']}" for row in summary["per_transcript"]]
    return "\n".join(lines) + "\n"
