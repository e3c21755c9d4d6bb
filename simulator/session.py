"""One practice conversation, one turn end to end: analysis -> rubric -> rapport -> engine.

The session holds plain values (turns, states, reports). A turn is committed only when
the reply is complete (and, if a store is attached, saved): a failed model call or a
failed save leaves the session exactly as it was, so the learner can retry. Taking a turn
back works the same way: the `on_undo` hook (the store deleting the turn) runs first, and
if it fails nothing changes. `Session.restore` rebuilds a session from its committed turns.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from pydantic import BaseModel

from .analysis import analyze_turn
from .engines.base import Engine, ReplyRequest
from .errors import InputError, ModelError
from .rapport import advance, initial_state
from .rubric import score_transcript, score_turn
from .schemas import (
    MAX_TURN_CHARS,
    Persona,
    Report,
    Rubric,
    State,
    Transcript,
    Turn,
    TurnContext,
    TurnReport,
)
from .tokens import UsageReport


class TurnResult(BaseModel):
    """A committed turn: the learner's words, the reply, the scores and the state after."""

    index: int  # position of the learner turn in the transcript
    learner: str
    reply: str
    report: TurnReport
    state: State
    engine: str
    model: str | None = None
    second_opinion: dict | None = None  # the LLM judge's view beside the rules' (--judge llm)
    judge_error: str | None = None  # the judge failed: shown, never hidden; the rules' scores stand


def check_message(text: str) -> str:
    """The message as the learner meant it, or InputError saying what is wrong."""
    cleaned = text.strip()
    if not cleaned:
        raise InputError("empty message: type something to say to your partner")
    if len(cleaned) > MAX_TURN_CHARS:
        raise InputError(
            f"message too long: {len(cleaned)} characters, the limit is {MAX_TURN_CHARS}"
        )
    return cleaned


Hook = Callable[["Session", TurnResult], None]


class Session:
    """A live practice with one persona."""

    def __init__(
        self,
        persona: Persona,
        engine: Engine,
        *,
        rubric: Rubric | None = None,
        seed: int = 0,
        session_id: str | None = None,
        on_commit: Hook | None = None,  # after a turn is complete; raises -> the turn is taken back
        on_undo: Hook | None = None,  # before a turn is taken back; raises -> nothing changes
        judge: Any | None = None,  # simulator.judge.LLMJudge, from providers.judge_from_args
    ) -> None:
        self.id = session_id or uuid.uuid4().hex
        self.persona = persona
        self.engine = engine
        self.rubric = rubric
        self.seed = seed
        self.on_commit = on_commit
        self.on_undo = on_undo
        self.judge = judge
        self.turns: list[Turn] = [Turn(speaker="partner", text=persona.opening_line)]
        self.states: list[State] = [initial_state(persona)]
        self.results: list[TurnResult] = []

    @classmethod
    def restore(
        cls,
        persona: Persona,
        engine: Engine,
        results: Iterable[TurnResult],
        *,
        seed: int = 0,
        session_id: str | None = None,
        rubric: Rubric | None = None,
        on_commit: Hook | None = None,
        on_undo: Hook | None = None,
        judge: Any | None = None,
    ) -> Session:
        """A session rebuilt from turns committed earlier (say, loaded from the store), ready
        to go on. The hooks are not run for them: they are already where they belong."""
        session = cls(persona, engine, rubric=rubric, seed=seed, session_id=session_id,
                      on_commit=on_commit, on_undo=on_undo, judge=judge)
        for result in results:
            if result.index != len(session.turns):
                raise ValueError(
                    f"session {session.id}: turn {result.index} cannot follow "
                    f"{len(session.results)} committed turns (expected index {len(session.turns)})"
                )
            session._append(result)
        return session

    @property
    def state(self) -> State:
        return self.states[-1]

    def stream(self, text: str) -> Iterator[str]:
        """Yield the persona's reply in chunks; commit the turn when it is complete."""
        message = check_message(text)
        index = len(self.turns)
        ctx = TurnContext(text=message, history=list(self.turns))
        signals = analyze_turn(ctx)
        report = score_turn(ctx, signals, index=index, rubric=self.rubric)
        state = advance(self.state, self.persona, signals)
        request = ReplyRequest(
            persona=self.persona,
            state=state,
            previous=self.state,
            history=[*self.turns, Turn(speaker="user", text=message)],
            signals=signals,
            seed=self.seed + index,
            session_id=self.id,
        )
        chunks: list[str] = []
        for chunk in self.engine.stream(request):
            chunks.append(chunk)
            yield chunk
        reply = "".join(chunks).strip()
        if not reply:
            raise ModelError(f"{self.engine.name}: the reply was empty; your turn was kept, try again")
        opinion, judge_error = self._second_opinion(ctx, report)
        result = TurnResult(
            index=index,
            learner=message,
            reply=reply,
            report=report,
            state=state,
            engine=self.engine.name,
            model=self.engine.model,
            second_opinion=opinion,
            judge_error=judge_error,
        )
        self._commit(result)

    def _second_opinion(self, ctx: TurnContext, report: TurnReport) -> tuple[dict | None, str | None]:
        """The judge's view of the turn, if a judge is attached. Its failure is reported on the
        turn, not raised: it is a second opinion, and the rules' scores stand on their own."""
        if self.judge is None:
            return None, None
        try:
            return self.judge.opinion(ctx, report).model_dump(), None
        except ModelError as exc:
            return None, str(exc)

    def usage(self) -> UsageReport | None:
        """Tokens and estimated cost of this session's model calls (None: the offline engine)."""
        usage_for = getattr(self.engine, "usage_for", None)
        return usage_for(self.id) if usage_for else None

    def play(self, text: str) -> TurnResult:
        """One whole turn; returns what was committed."""
        for _ in self.stream(text):
            pass
        return self.results[-1]

    def _append(self, result: TurnResult) -> None:
        self.turns += [
            Turn(speaker="user", text=result.learner),
            Turn(speaker="partner", text=result.reply),
        ]
        self.states.append(result.state)
        self.results.append(result)

    def _pop(self) -> TurnResult:
        del self.turns[-2:]
        self.states.pop()
        return self.results.pop()

    def _commit(self, result: TurnResult) -> None:
        self._append(result)
        if self.on_commit is None:
            return
        try:
            self.on_commit(self, result)
        except Exception:
            self._pop()  # not undo_last: there is nothing saved to take back
            raise

    def undo_last(self) -> str | None:
        """Take back the last learner turn and its reply ("try that again"); returns its text.
        `on_undo` runs first, with the turn still in place; if it raises, nothing changes."""
        if not self.results:
            return None
        if self.on_undo is not None:
            self.on_undo(self, self.results[-1])
        return self._pop().learner

    def transcript(self) -> Transcript:
        return Transcript(persona=self.persona.id, scenario=self.persona.scenario, turns=self.turns)

    def report(self) -> Report:
        """The whole conversation scored exactly as a pasted transcript would be."""
        report = score_transcript(self.transcript(), rubric=self.rubric)
        return report.model_copy(update={"persona": self.persona.id})
