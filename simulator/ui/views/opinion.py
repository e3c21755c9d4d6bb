"""The LLM judge's second opinion on a turn (`--judge llm`), for the feedback card.

It is labelled as the model's view everywhere: the rubric's rules give the score of record,
and the model's numbers sit beside them for comparison, never in their place. Its input is
the plain dict a TurnResult carries (simulator.judge.SecondOpinion dumped), so this view
needs neither the judge nor a model to test.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .text import clip, esc, humanize

NOTE = "A language model read the same turn. Your score above comes from the rubric; this is for comparison."


def second_opinion_html(
    opinion: Mapping[str, Any] | None,
    error: str | None = None,
    criterion_names: Mapping[str, str] | None = None,
) -> str:
    """The model's view of the turn beside the rules', or one line saying why there is none."""
    if error:
        return (
            '<div class="second-opinion unavailable">'
            f"Model's second opinion unavailable: {esc(clip(error, 200))}</div>"
        )
    if not opinion:
        return ""
    names = criterion_names or {}
    model = opinion.get("model") or "the judge model"
    rows = "".join(_criterion_row(c, names) for c in opinion.get("criteria", [])
                   if c.get("rules") is not None or c.get("judge") is not None)
    table = (
        '<table class="opinion"><tr><th>Criterion</th><th>Rules</th><th>Model</th><th></th></tr>'
        f"{rows}</table>"
        if rows else '<p class="muted">The model scored no criterion for this turn.</p>'
    )
    agreement = float(opinion.get("flag_agreement", 0.0))
    return (
        f'<section class="second-opinion" data-agreement="{agreement:.3f}">'
        f'<h4>Second opinion <span class="crit">the model\'s view · {esc(model)}</span></h4>'
        f'<p class="muted">{NOTE}</p>{table}{_flags_html(opinion.get("flags", {}))}</section>'
    )


def _criterion_row(c: Mapping[str, Any], names: Mapping[str, str]) -> str:
    criterion = str(c.get("criterion", ""))
    name = names.get(criterion) or humanize(criterion)
    reason = f'<div class="reason">“{esc(clip(c["reason"], 200))}”</div>' if c.get("reason") else ""
    verdict = {True: "agrees", False: "differs", None: ""}[c.get("agree")]
    return (
        f'<tr><td>{esc(name)}{reason}</td><td>{_score(c.get("rules"))}</td>'
        f'<td>{_score(c.get("judge"))}</td><td class="agree-{verdict or "na"}">{verdict}</td></tr>'
    )


def _score(value: Any) -> str:
    return "—" if value is None else esc(value)


def _flags_html(flags: Mapping[str, str]) -> str:
    """Where the model and the rules saw different things in the turn."""
    only_model = [humanize(f) for f, who in flags.items() if who == "judge"]
    only_rules = [humanize(f) for f, who in flags.items() if who == "rules"]
    lines = []
    if only_model:
        lines.append(f"Only the model noticed: {esc(', '.join(only_model))}.")
    if only_rules:
        lines.append(f"Only the rules flagged: {esc(', '.join(only_rules))}.")
    if flags and not lines:
        lines.append("The model and the rules flagged the same things.")
    return "".join(f'<p class="opinion-flags">{line}</p>' for line in lines)
