"""The persona's side of the story: after a session, what it felt at the moments that moved
its trust most, in its own voice, quoting the learner ("When you asked 'Where do you work?'
right after I told you about my father, I felt brushed off.").

Built from the state history and the flags alone, so it explains the same numbers the trust
meter showed. The sentences are data (simulator/data/debrief.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from .catalog import load_model
from .ladder import locate
from .rapport import MOOD_FLAGS, NOTICEABLE
from .schemas import Flag, Persona, State, Strict, Turn

if TYPE_CHECKING:
    from .session import Session

TEMPLATES_PATH = Path(__file__).parent / "data" / "debrief.yaml"
MAX_MOMENTS = 3
MAX_QUOTE_WORDS = 14
# A topic is named in the third person ("Her years as a teacher"); the persona says "my".
_POSSESSIVES = {"her": "my", "his": "my", "their": "my"}


class DebriefTemplates(Strict):
    """simulator/data/debrief.yaml: first-person sentences per flag."""

    flags: dict[Flag, list[str]]
    warmer: list[str] = Field(min_length=1)
    cooler: list[str] = Field(min_length=1)


class DebriefItem(BaseModel):
    """One moment that moved the persona's trust, told by the persona."""

    index: int = Field(description="position of the learner's turn in the transcript")
    turn: int = Field(description="the learner's turn number, from 1")
    learner: str = Field(description="the learner's words, as quoted")
    delta: float = Field(description="how far trust moved on that turn")
    trust: float = Field(description="trust after that turn")
    flag: Flag | None = Field(description="the flag that moved trust most, if any")
    text: str = Field(description="the persona's first-person sentence")


@lru_cache(maxsize=1)
def load_templates(path: Path = TEMPLATES_PATH) -> DebriefTemplates:
    return load_model(path, DebriefTemplates)


def debrief(session: Session) -> list[DebriefItem]:
    """The persona's side of a live session, quoting the evidence the rubric found."""
    evidence = [{f.flag: f.evidence for f in r.report.feedback} for r in session.results]
    return debrief_from(session.persona, session.turns, session.states, evidence)


def debrief_from(
    persona: Persona,
    turns: list[Turn],
    states: list[State],
    evidence: list[dict[str, str]] | None = None,
) -> list[DebriefItem]:
    """The moments that moved trust most (at most MAX_MOMENTS), in conversation order.
    `states` is the history, initial state first; `evidence`, per learner turn, maps a flag
    to the words that showed it."""
    templates = load_templates()
    learner_at = [i for i, t in enumerate(turns) if t.speaker == "user"]
    moments = [
        (n, i, state) for n, (i, state) in enumerate(zip(learner_at, states[1:]))
        if abs(state.delta) >= NOTICEABLE
    ]
    strongest = sorted(moments, key=lambda m: -abs(m[2].delta))[:MAX_MOMENTS]
    items = []
    for n, i, state in sorted(strongest):
        flag = telling_flag(persona, state)
        said = (evidence[n].get(flag) if evidence and flag and n < len(evidence) else None) or turns[i].text
        items.append(
            DebriefItem(
                index=i, turn=n + 1, learner=quote(said), delta=state.delta, trust=state.trust, flag=flag,
                text=sentence(templates, persona, flag, state.delta, said, turns[:i], n),
            )
        )
    return items


def telling_flag(persona: Persona, state: State) -> Flag | None:
    """The flag that set the persona's mood (an attack, an over-share), else the one that
    pushed trust hardest in the direction it moved."""
    sign = 1 if state.delta > 0 else -1
    moved = [f for f in state.flags if persona.sensitivities.get(f, 0.0) * sign > 0]
    mood_flag = MOOD_FLAGS.get(state.mood)
    if mood_flag in moved:
        return mood_flag
    return max(moved, key=lambda f: persona.sensitivities[f] * sign, default=None)


def sentence(
    templates: DebriefTemplates, persona: Persona, flag: Flag | None, delta: float, said: str,
    before: list[Turn], n: int,
) -> str:
    """The persona's sentence for one moment, filled in."""
    options = templates.flags.get(flag) if flag else None
    options = options or (templates.warmer if delta > 0 else templates.cooler)
    template = options[n % len(options)]
    return template.format(
        said="asked" if said.rstrip().endswith("?") else "said",
        quote=quote(said),
        after=what_i_had_said(persona, before),
    )


def what_i_had_said(persona: Persona, before: list[Turn]) -> str:
    """", right after I told you about my father": the topic of the persona's last turn."""
    partner = [t.text for t in before if t.speaker == "partner"]
    if not partner:
        return ""
    spot = locate(persona, partner[-1])
    if spot:
        return f" right after I told you about {topic_phrase(persona, spot[0].name)}"
    return " right at the start" if len(partner) == 1 else ""


def topic_phrase(persona: Persona, name: str) -> str:
    """A topic's name as the persona would say it mid-sentence: "Her years as a teacher" ->
    "my years as a teacher"; names ("Janet and the kids") keep their capital."""
    words = [_POSSESSIVES.get(w.lower(), w) for w in name.split()]
    if not _is_name(persona, words[0].rstrip(",;:")):
        words[0] = words[0].lower()
    return " ".join(words)


def quote(text: str) -> str:
    """The learner's words, short enough to quote in one breath."""
    words = " ".join(text.split()).split(" ")
    short = " ".join(words[:MAX_QUOTE_WORDS])
    short = short.rstrip(",;:") + ("…" if len(words) > MAX_QUOTE_WORDS else "")
    return short.replace('"', "'")


def _is_name(persona: Persona, word: str) -> bool:
    """Whether the persona's own text capitalises this word mid-sentence ("with Janet")."""
    lines = (line for t in persona.topics for rung in t.ladder.values() for line in rung)
    text = " ".join([persona.bio, persona.setting, *lines])
    return re.search(rf"[a-z,] {re.escape(word)}\b", text) is not None
