"""The one small interface every engine implements (scripted offline, LangChain LLM)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from pydantic import BaseModel

from ..schemas import Persona, Signals, State, Turn

# How a learner turn lands on the persona, the most telling flag first. The scripted engine
# answers with the persona's authored lines for the reaction; the LLM is told it in its prompt.
REACTION_FLAGS: tuple[tuple[str, str], ...] = (
    ("you_statement_attack", "attacked"),
    ("oversharing", "overshared_at"),
    ("efficiency_rush", "rushed"),
    ("unsolicited_advice", "advised"),
    ("performative_listening", "brushed_off"),  # a hollow "love that!" stings before the questions do
    ("interview_style", "interrogated"),
    ("question_stacking", "interrogated"),
    ("acknowledges_view", "acknowledged"),
)
# The persona asks about the learner once trust is at least this high.
ASK_BACK_TRUST = 0.6


class ReplyRequest(BaseModel):
    """Everything an engine may use to write the persona's next reply."""

    persona: Persona
    state: State  # the state after the learner's latest turn: what the reply must honour
    previous: State  # the state before it, for "how did that land"
    history: list[Turn]  # the whole conversation, ending with the learner's latest turn
    signals: Signals  # the analysis of that latest learner turn
    seed: int = 0
    session_id: str | None = None  # lets an engine count tokens and cost per session


class Engine(Protocol):
    """Writes the persona's reply as a stream of text chunks."""

    name: str  # "offline", "openai", "local", ...
    model: str | None

    def stream(self, request: ReplyRequest) -> Iterator[str]:
        """Yield the reply in chunks; raise ModelError if it cannot be completed."""
        ...
