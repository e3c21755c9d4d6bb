"""The start page: which persona to practise with, and what success with them looks like."""

from __future__ import annotations

from ...schemas import Persona
from .text import esc

SCENARIOS = {
    "networking": "Networking",
    "disagreement": "Disagreement",
    "manager": "Manager one-to-one",
    "casual": "Casual conversation",
}
DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}
MODES = {
    "live": "Live coaching: feedback after every turn",
    "rehearsal": "Rehearsal: talk it through, feedback at the end",
}


def persona_choices(personas: dict[str, Persona]) -> list[tuple[str, str]]:
    """(label, id) pairs for the picker, grouped by scenario, easiest first."""
    ordered = sorted(
        personas.values(),
        key=lambda p: (p.scenario, DIFFICULTY_ORDER.get(p.difficulty, 9), p.name),
    )
    return [
        (f"{p.name} · {SCENARIOS.get(p.scenario, p.scenario)} · {p.difficulty}", p.id)
        for p in ordered
    ]


def mode_choices() -> list[tuple[str, str]]:
    return [(label, key) for key, label in MODES.items()]


def persona_card_html(persona: Persona | None) -> str:
    """Who they are, where you meet, how hard it is and what you can achieve."""
    if persona is None:
        return '<div class="card muted">Choose someone to talk to.</div>'
    scenario = SCENARIOS.get(persona.scenario, persona.scenario)
    return (
        f'<div class="card persona-card" data-persona="{esc(persona.id)}">'
        f'<div class="persona-head"><h3>{esc(persona.name)}</h3>'
        f'<span class="badge diff-{esc(persona.difficulty)}">{esc(persona.difficulty)}</span>'
        f'<span class="badge">{esc(scenario)}</span></div>'
        f'<p class="role">{esc(persona.role)}</p>'
        f'<p><b>The situation.</b> {esc(persona.setting)}</p>'
        f'<p><b>About them.</b> {esc(persona.bio)}</p>'
        f'<div class="success"><b>What success looks like.</b> {esc(persona.outcome.description)}</div>'
        "</div>"
    )


def resume_html(persona_name: str, turns: int, when: str) -> str:
    """The banner offering to pick up an unfinished conversation."""
    plural = "turn" if turns == 1 else "turns"
    return (
        '<div class="card resume-card">'
        f"<b>Unfinished conversation with {esc(persona_name)}</b> · {turns} {plural} · "
        f"last active {esc(when)}. Pick it up where you left off, or start a new one below."
        "</div>"
    )
