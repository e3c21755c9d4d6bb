"""The practice screen: the chat, the rapport meter and the feedback card for the last turn."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from ...schemas import Feedback, Persona, State, Turn, TurnReport
from .opinion import second_opinion_html
from .text import clip, esc, percent

DEPTHS = ("Facts", "Opinions", "Feelings", "Personal", "Rarely told")
MOODS = {
    "neutral": "Neutral",
    "warm": "Warming up",
    "guarded": "Guarded",
    "uncomfortable": "Uncomfortable",
    "defensive": "Defensive",
    "softened": "Softened",
}


def chat_messages(turns: list[Turn]) -> list[dict[str, str]]:
    """The conversation as Chatbot messages; every word escaped so it shows as typed."""
    return [
        {"role": "user" if t.speaker == "user" else "assistant", "content": esc(t.text)}
        for t in turns
    ]


def trust_frame(states: list[State]) -> pd.DataFrame:
    """Trust after each turn (turn 0 = before you said anything), in percent."""
    return pd.DataFrame(
        {"turn": [s.turn for s in states], "trust": [round(s.trust * 100, 1) for s in states]}
    )


def trust_x_limit(states: list[State], ahead: int = 2, minimum: int = 8) -> list[int]:
    """The chart's turn axis: room for a few turns ahead, so ticks fall on whole turns."""
    return [0, max(minimum, states[-1].turn + ahead)]


def meter_html(states: list[State], persona: Persona) -> str:
    """Current trust, how it moved, how deep they will go now, their mood, the outcome."""
    state = states[-1]
    points = round((state.trust - states[-2].trust) * 100) if len(states) > 1 else 0
    arrow = "up" if points > 0 else "down" if points < 0 else "flat"
    sign = f"{points:+d}" if points else "±0"
    steps = "".join(
        f'<li class="{"on" if d <= state.openness else ""}" title="{esc(name)}">{esc(name)}</li>'
        for d, name in enumerate(DEPTHS)
    )
    outcome = (
        f'<div class="outcome reached">✓ Outcome reached: {esc(persona.outcome.description)}</div>'
        if state.outcome_reached
        else f'<div class="outcome">Goal: {esc(persona.outcome.description)}</div>'
    )
    return (
        f'<div class="card meter" data-turn="{state.turn}" data-trust="{state.trust:.4f}" '
        f'data-openness="{state.openness}">'
        f'<div class="meter-top"><span class="meter-label">Trust</span>'
        f'<span class="meter-value">{percent(state.trust)}</span>'
        f'<span class="delta {arrow}">{sign}</span></div>'
        f'<div class="bar"><div class="fill" style="width:{percent(state.trust)}"></div></div>'
        f'<div class="meter-label">Openness — what {esc(persona.name.split()[0])} will share now</div>'
        f'<ol class="ladder">{steps}</ol>'
        f'<div class="mood">Mood: <b>{esc(MOODS.get(state.mood, state.mood))}</b> · turn {state.turn}</div>'
        f"{outcome}</div>"
    )


def _citation_html(fb: Feedback) -> str:
    c = fb.citation
    return (
        f'<div class="cite">From <i>{esc(c.section)}</i> ({esc(c.source)}): '
        f"“{esc(c.quote)}”</div>"
    )


def _feedback_html(fb: Feedback) -> str:
    strength = fb.kind == "strength"
    title = "What worked" if strength else "Try next"
    rewrite = (
        f'<div class="rewrite"><span>Try saying</span>“{esc(fb.rewrite)}”</div>'
        if fb.rewrite and not strength
        else ""
    )
    evidence = f'<div class="evidence">You said: “{esc(fb.evidence)}”</div>' if fb.evidence else ""
    return (
        f'<section class="fb {"fb-strength" if strength else "fb-next"}">'
        f'<h4>{title} <span class="crit">{esc(fb.criterion_name)}</span></h4>'
        f"<p>{esc(fb.message)}</p>{evidence}{rewrite}{_citation_html(fb)}</section>"
    )


def feedback_card_html(
    report: TurnReport | None,
    mode: str = "live",
    learner_turn: int = 0,
    *,
    opinion: Mapping[str, Any] | None = None,
    judge_error: str | None = None,
    criterion_names: Mapping[str, str] | None = None,
) -> str:
    """The coaching for the last turn: a strength, one thing to try next with a rewrite,
    the words it is based on and the guidance it comes from; with the LLM judge on, the
    model's second opinion below it (or one line saying why there is none)."""
    if mode == "rehearsal":
        return (
            '<div class="card feedback empty" data-turn="0"><h4>Rehearsal mode</h4>'
            "<p>No coaching until the end: talk as you would for real. Your report, "
            "with rewrites for the moments that mattered, comes when you end the conversation.</p></div>"
        )
    if report is None:
        return (
            '<div class="card feedback empty" data-turn="0"><h4>Feedback</h4>'
            "<p>Say something to start. After each message you will see what worked, one thing "
            "to try next with a better phrasing, and the guidance behind it.</p></div>"
        )
    strengths = [f for f in report.feedback if f.kind == "strength"][:1]
    nexts = [f for f in report.feedback if f.kind == "try_next"][:1]
    body = "".join(_feedback_html(f) for f in strengths + nexts) or (
        '<p class="muted">Nothing stood out in this turn, good or bad. Keep going.</p>'
    )
    second = second_opinion_html(opinion, judge_error, criterion_names)
    return (
        f'<div class="card feedback" data-turn="{learner_turn}">'
        f'<div class="fb-head"><span>Your turn {learner_turn}</span>'
        f'<span class="score">{report.overall}<small>/100</small></span></div>'
        f'<blockquote class="said">{esc(clip(report.text, 220))}</blockquote>{body}{second}</div>'
    )


def hint_html(message: str = "", kind: str = "info") -> str:
    """The one-line note under the message box (empty message, too long, model trouble)."""
    if not message:
        return ""
    return f'<div class="hint {"warn" if kind == "warn" else "info"}">{esc(message)}</div>'


def convo_head_html(persona: Persona, mode: str) -> str:
    coaching = "live coaching" if mode == "live" else "rehearsal, feedback at the end"
    return (
        f'<div class="convo-head"><b>Talking with {esc(persona.name)}</b> '
        f"<span>· {esc(persona.role)} · {esc(coaching)}</span>"
        f'<div class="muted">{esc(persona.setting)}</div></div>'
    )
