"""The end-of-session report: scores, metrics, moments to revisit, the persona's debrief,
the outcome and what to practise next; plus its Markdown and JSON exports."""

from __future__ import annotations

import html
import json
from dataclasses import asdict, dataclass, field

import pandas as pd

from ...metrics import METRIC_LABELS
from ...schemas import Persona, Report
from .coaching import NextPractice
from .text import clip, esc, humanize

_PERCENT_SUFFIXES = ("_share", "_rate")


@dataclass(frozen=True)
class DebriefLine:
    """What the persona felt at one moment: the learner's words and a first-person line."""

    index: int
    learner: str
    feeling: str


@dataclass(frozen=True)
class ReportContext:
    """Everything one report screen shows; a scored transcript has no persona or debrief."""

    report: Report
    criterion_names: dict[str, str] = field(default_factory=dict)
    persona: Persona | None = None
    outcome_reached: bool | None = None
    debrief: list[DebriefLine] = field(default_factory=list)
    next_practice: NextPractice | None = None
    title: str = "Your report"

    def name(self, criterion: str) -> str:
        return self.criterion_names.get(criterion) or humanize(criterion)

    def turn_number(self, index: int) -> int:
        """Transcript position -> the learner's own turn number (1-based)."""
        for number, turn in enumerate(self.report.turns, start=1):
            if turn.index == index:
                return number
        return index


def md(text: object) -> str:
    """Markdown-file escaping: markup in learner text stays inert but readable."""
    return html.escape(str(text), quote=False)


def metric_label(key: str) -> str:
    return METRIC_LABELS.get(key) or humanize(key)


def format_metric(key: str, value: float) -> str:
    if key.endswith(_PERCENT_SUFFIXES) and 0 <= value <= 1:
        return f"{round(value * 100)}%"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}"


def criterion_frame(ctx: ReportContext) -> pd.DataFrame:
    scores = ctx.report.summary.criterion_scores
    return pd.DataFrame(
        {"criterion": [ctx.name(c) for c in scores], "score": [int(s) for s in scores.values()]}
    )


def header_html(ctx: ReportContext) -> str:
    s = ctx.report.summary
    who = f" with {esc(ctx.persona.name)}" if ctx.persona else ""
    if ctx.outcome_reached is None or ctx.persona is None:
        outcome = ""
    elif ctx.outcome_reached:
        outcome = (
            f'<div class="outcome reached">✓ Outcome reached: '
            f"{esc(ctx.persona.outcome.description)}</div>"
        )
    else:
        outcome = (
            f'<div class="outcome missed">Outcome not reached yet: '
            f"{esc(ctx.persona.outcome.description)}</div>"
        )
    return (
        f'<div class="card report-head" data-overall="{s.overall}">'
        f'<div class="big-score">{s.overall}<small>/100</small></div>'
        f"<div><h3>{esc(ctx.title)}{who}</h3>"
        f"<p>{s.learner_turns} of your turns scored.</p>{outcome}</div></div>"
    )


def metrics_html(ctx: ReportContext) -> str:
    metrics = ctx.report.summary.metrics
    if not metrics:
        return '<div class="card muted">No conversation metrics for this report.</div>'
    rows = "".join(
        f"<tr><td>{esc(metric_label(k))}</td><td>{esc(format_metric(k, v))}</td></tr>"
        for k, v in metrics.items()
    )
    return f'<div class="card"><h4>Metrics</h4><table class="metrics">{rows}</table></div>'


def revisit_html(ctx: ReportContext) -> str:
    items = ctx.report.summary.revisit
    if not items:
        return '<div class="card muted">No turns stood out as worth revisiting. Well done.</div>'
    cards = "".join(
        f'<div class="revisit-item"><div class="turn-no">Turn {ctx.turn_number(r.index)} · '
        f"{esc(ctx.name(r.criterion))}</div>"
        f'<blockquote class="said">{esc(clip(r.text, 240))}</blockquote>'
        f"<p>{esc(r.why)}</p>"
        + (f'<div class="rewrite"><span>Try saying</span>“{esc(r.rewrite)}”</div>' if r.rewrite else "")
        + "</div>"
        for r in items
    )
    title = "Three moments worth revisiting" if len(items) == 3 else "Worth revisiting"
    return f'<div class="card revisit"><h4>{title}</h4>{cards}</div>'


def debrief_html(ctx: ReportContext) -> str:
    if ctx.persona is None:
        return ""
    first = esc(ctx.persona.name.split()[0])
    if not ctx.debrief:
        return (
            f'<div class="card muted">{first} has no particular moments to share from '
            "this conversation.</div>"
        )
    lines = "".join(
        f'<div class="debrief-item"><div class="turn-no">Turn {ctx.turn_number(d.index)} · you said '
        f"“{esc(clip(d.learner, 140))}”</div><p class=\"feeling\">“{esc(d.feeling)}”</p></div>"
        for d in ctx.debrief
    )
    return f'<div class="card debrief"><h4>{first}’s debrief: how it felt</h4>{lines}</div>'


def next_html(ctx: ReportContext) -> str:
    n = ctx.next_practice
    if n is None:
        return ""
    who = f" Practise with <b>{esc(n.persona_name)}</b>." if n.persona_name else ""
    return (
        f'<div class="card next" data-criterion="{esc(n.criterion)}"><h4>What to practise next</h4>'
        f"<p><b>{esc(n.criterion_name)}</b>. {esc(n.why)}{who}</p></div>"
    )


def report_markdown(ctx: ReportContext) -> str:
    """The whole report as a Markdown document (learner text escaped: safe to render)."""
    s = ctx.report.summary
    who = f" with {ctx.persona.name}" if ctx.persona else ""
    out = [f"# {md(ctx.title)}{md(who)}", "",
           f"**Overall: {s.overall}/100** · {s.learner_turns} turns scored", ""]
    if ctx.persona is not None and ctx.outcome_reached is not None:
        status = "reached" if ctx.outcome_reached else "not reached"
        out += [f"**Outcome {status}:** {md(ctx.persona.outcome.description)}", ""]
    out += ["## Criterion scores", "", "| Criterion | Score |", "| --- | ---: |"]
    out += [f"| {md(ctx.name(c))} | {v} |" for c, v in s.criterion_scores.items()]
    if s.metrics:
        out += ["", "## Metrics", "", "| Metric | Value |", "| --- | ---: |"]
        out += [f"| {md(metric_label(k))} | {format_metric(k, v)} |" for k, v in s.metrics.items()]
    if s.revisit:
        out += ["", "## Turns worth revisiting", ""]
        for r in s.revisit:
            out += [f"### Turn {ctx.turn_number(r.index)} · {md(ctx.name(r.criterion))}", "",
                    f"> {md(' '.join(r.text.split()))}", "", md(r.why)]
            out += (["", f"*Try saying:* “{md(r.rewrite)}”"] if r.rewrite else []) + [""]
    if ctx.debrief and ctx.persona is not None:
        out += ["", f"## {md(ctx.persona.name)}’s debrief", ""]
        out += [f"- Turn {ctx.turn_number(d.index)}, you said “{md(d.learner)}”: “{md(d.feeling)}”"
                for d in ctx.debrief]
    if ctx.next_practice:
        n = ctx.next_practice
        who = f" Practise with {md(n.persona_name)}." if n.persona_name else ""
        out += ["", "## What to practise next", "", f"**{md(n.criterion_name)}**. {md(n.why)}{who}"]
    return "\n".join(out).rstrip() + "\n"


def report_json(ctx: ReportContext) -> str:
    """The Report itself plus the session's outcome, debrief and next step, as JSON."""
    data = {
        "report": ctx.report.model_dump(mode="json"),
        "criterion_names": {c: ctx.name(c) for c in ctx.report.summary.criterion_scores},
        "persona": ctx.persona.id if ctx.persona else ctx.report.persona,
        "outcome_reached": ctx.outcome_reached,
        "debrief": [asdict(d) for d in ctx.debrief],
        "next_practice": asdict(ctx.next_practice) if ctx.next_practice else None,
    }
    return json.dumps(data, indent=2, ensure_ascii=False)
