"""The offline engine: the persona answers from its authored ladder, no network, no key.

What it may reveal is decided by the rapport state (never deeper than `state.openness`); how
it sounds is decided by how the learner's last turn landed (the persona's `reactions`). It
never says the same line twice in a session and is deterministic given `request.seed`.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence

from ..ladder import deepest_said, locate, topic_in_play, topics_addressed
from ..schemas import Persona, Signals, State, Topic, Turn
from .base import ASK_BACK_TRUST, REACTION_FLAGS, ReplyRequest

# How a turn can land -> the deepest rung the persona still offers after saying so
# (None: the reaction is the whole reply).
REACTION_CAPS: dict[str, int | None] = {
    "attacked": None,
    "rushed": None,
    "overshared_at": 0,
    "interrogated": 0,
    "advised": 1,
    "brushed_off": 1,
    "acknowledged": 4,
}
# Only when every authored line has been used: short, in no one's voice in particular.
LAST_RESORT = ("Hm.", "I'm not sure what else to say.", "Go on.", "Mm.", "Right.")


class ScriptedEngine:
    """The offline persona: authored lines, chosen by the rapport state."""

    name = "offline"
    model: str | None = None

    def stream(self, request: ReplyRequest) -> Iterator[str]:
        """Yield the reply word by word, as an LLM would stream it."""
        yield from re.findall(r"\S+\s*", compose_reply(request))


def compose_reply(request: ReplyRequest) -> str:
    """The persona's whole reply: how the turn landed, what it shares, what it asks."""
    persona, state, signals = request.persona, request.state, request.signals
    rng = random.Random(f"{persona.id}:{request.seed}")
    said = "\n".join(t.text for t in request.history if t.speaker == "partner")
    last_reply = _last_partner(request.history)
    reaction = reaction_for(signals, persona, last_reply)
    parts: list[str] = []
    if reaction:
        parts.append(pick(rng, getattr(persona.reactions, reaction), said))
    allowed = REACTION_CAPS[reaction] if reaction else 4
    if allowed is not None:
        cap = min(state.openness, allowed)
        line = ladder_line(persona, request, cap, said, rng, short=reaction == "interrogated")
        parts.append(line or pick(rng, persona.reactions.fallback, said))
    if state.outcome_reached and not request.previous.outcome_reached:
        parts.append(pick(rng, persona.outcome.lines, said))
    elif should_ask_back(state, signals, reaction, asked_last_time=_asks_back(persona, last_reply)):
        parts.append(pick(rng, persona.ask_back, said))
    return " ".join(p for p in parts if p) or pick(rng, LAST_RESORT, said) or LAST_RESORT[0]


def reaction_for(signals: Signals, persona: Persona, last_reply: str) -> str | None:
    """Which of the persona's reactions the learner's turn calls for, if any."""
    for flag, reaction in REACTION_FLAGS:
        if signals.has(flag):
            return reaction
    if signals.has("topic_switch"):
        spot = locate(persona, last_reply)
        if spot and spot[1] >= 2:
            return "brushed_off"  # it had just shared something personal, and the learner moved on
    return None


def should_ask_back(state: State, signals: Signals, reaction: str | None, asked_last_time: bool) -> bool:
    """Curiosity in return: when trust is high, the learner did not just ask something, the
    turn landed well, and the persona did not ask back last time."""
    asked = signals.question_count > 0 or signals.has("open_question") or signals.has("closed_question")
    landed_well = reaction in (None, "acknowledged")
    return state.trust >= ASK_BACK_TRUST and not asked and landed_well and not asked_last_time


def ladder_line(
    persona: Persona, request: ReplyRequest, cap: int, said: str, rng: random.Random, short: bool = False
) -> str | None:
    """An unsaid line from the topic the learner addressed (or the one in play, or the next
    with something left), one rung deeper than that topic has gone, never past `cap`."""
    for topic in candidate_topics(persona, request):
        line = topic_line(topic, cap, said, rng, short)
        if line:
            return line
    return None


def candidate_topics(persona: Persona, request: ReplyRequest) -> list[Topic]:
    """Topics to answer from, best first: those the learner's words name, the one in play,
    then the rest in the persona's order."""
    spot = topic_in_play(persona, request.history[:-1])
    in_play = spot[0] if spot else None
    ordered = topics_addressed(persona, request.history[-1].text, prefer=in_play)
    if in_play:
        ordered.append(in_play)
    ordered.extend(persona.topics)
    unique: dict[str, Topic] = {}
    for topic in ordered:
        unique.setdefault(topic.id, topic)
    return list(unique.values())


def topic_line(topic: Topic, cap: int, said: str, rng: random.Random, short: bool) -> str | None:
    """The next rung on this topic: one deeper than already said there (a fresh topic starts
    one below the cap), falling back to shallower rungs with something unsaid."""
    deepest = deepest_said(topic, said)
    target = min(cap, deepest + 1) if deepest >= 0 else max(cap - 1, 0)
    for depth in range(target, -1, -1):
        unsaid = [line for line in topic.ladder.get(depth, []) if line not in said]
        if unsaid:
            return min(unsaid, key=len) if short else rng.choice(unsaid)
    return None


def pick(rng: random.Random, lines: Sequence[str], said: str) -> str:
    """A line not said yet this session; if all were, the empty string (say something else)."""
    unsaid = [line for line in lines if line not in said]
    return rng.choice(unsaid) if unsaid else ""


def _last_partner(history: Sequence[Turn]) -> str:
    return next((t.text for t in reversed(history) if t.speaker == "partner"), "")


def _asks_back(persona: Persona, text: str) -> bool:
    return any(question in text for question in persona.ask_back)
