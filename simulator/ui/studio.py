"""The studio's service layer: live sessions per user, backed by the store. No Gradio here.

The Gradio handlers and the named API endpoints both call this, so a turn driven from the
browser and one driven by `gradio_client` take exactly the same path. Every call names the
user; a session belonging to someone else is "not found", never shown.
"""

from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..catalog import load_personas, load_rubric
from ..debrief import debrief
from ..engines.base import Engine
from ..errors import DataFileError, InputError
from ..schemas import Persona, Report, Rubric
from ..session import Session
from ..store import SessionRecord, Store, attach, resume_session
from .views.coaching import Score, recommend_next
from .views.report import DebriefLine, ReportContext

MODES = ("live", "rehearsal")
MAX_LIVE = 500  # sessions kept in memory; older ones are resumed from the store on demand


class BusyError(InputError):
    """A second message while the persona is still answering the first."""


@dataclass
class Live:
    """A session in memory, with what the screen needs to know about it."""

    session: Session
    mode: str
    user: str
    ended: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)
    criterion_names: dict[str, str] = field(default_factory=dict)  # for the second opinion


class Studio:
    def __init__(
        self,
        store: Store,
        engine: Engine,
        personas: Callable[[], dict[str, Persona]] = load_personas,
        rubric: Callable[[], Rubric] = load_rubric,
        seeds: Callable[[], int] = lambda: secrets.randbelow(1_000_000),
        judge: Any | None = None,  # the LLM judge (--judge llm): a second opinion on each turn
    ) -> None:
        self.store = store
        self.engine = engine
        self.judge = judge
        self._personas = personas
        self._rubric = rubric
        self._seeds = seeds  # each practice run differs; the stored seed replays it
        self._live: OrderedDict[str, Live] = OrderedDict()
        self._registry_lock = threading.Lock()

    # catalog

    def personas(self) -> dict[str, Persona]:
        return self._personas()

    def persona(self, persona_id: str) -> Persona:
        personas = self.personas()
        if persona_id not in personas:
            raise InputError(f"unknown persona '{persona_id}'")
        return personas[persona_id]

    def rubric(self) -> Rubric | None:
        try:
            return self._rubric()
        except DataFileError:
            return None

    def criterion_names(self) -> dict[str, str]:
        rubric = self.rubric()
        return {c.id: c.name for c in rubric.criteria} if rubric else {}

    # live sessions

    def start(self, user: str, persona_id: str, mode: str = "live") -> Live:
        if mode not in MODES:
            raise InputError(f"unknown coaching mode '{mode}'; choose live or rehearsal")
        persona = self.persona(persona_id)
        session = Session(persona, self.engine, seed=self._seeds(), judge=self.judge)
        self.store.create_session(
            session.id, user=user, persona=persona.id, engine=self.engine.name,
            model=self.engine.model, mode=mode, seed=session.seed,
        )
        live = Live(attach(session, self.store), mode, user, criterion_names=self.criterion_names())
        return self._remember(live)

    def get(self, user: str, session_id: str) -> Live:
        """The user's session, from memory or rebuilt from the store after a restart."""
        with self._registry_lock:  # held while resuming, so a session is rebuilt only once
            live = self._live.get(session_id)
            if live is None:
                record = self.store.get_session(session_id, user)
                persona = self.persona(record.persona)
                session = resume_session(self.store, session_id, user, persona, self.engine,
                                         judge=self.judge)
                live = Live(session, record.mode, user, ended=not record.is_open,
                            criterion_names=self.criterion_names())
                self._insert(live)
            self._live.move_to_end(session_id)
        if live.user != user:
            raise InputError(f"no session {session_id} for this user")
        return live

    def _remember(self, live: Live) -> Live:
        with self._registry_lock:
            self._insert(live)
        return live

    def _insert(self, live: Live) -> None:
        self._live[live.session.id] = live
        while len(self._live) > MAX_LIVE:
            self._live.popitem(last=False)

    def stream(self, user: str, session_id: str, text: str) -> Iterator[str]:
        """The persona's reply in chunks; the turn is saved when the reply is complete."""
        live = self.get(user, session_id)
        if live.ended:
            raise InputError("this conversation has ended; start a new one to keep practising")
        if not live.lock.acquire(blocking=False):
            raise BusyError("still answering your last message: wait for the reply")
        try:
            yield from live.session.stream(text)
        finally:
            live.lock.release()

    def send(self, user: str, session_id: str, text: str) -> Live:
        for _ in self.stream(user, session_id, text):
            pass
        return self.get(user, session_id)

    def retry(self, user: str, session_id: str) -> str | None:
        """Take back the last turn so it does not count (in the store too); returns the words
        to edit."""
        live = self.get(user, session_id)
        if live.ended or not live.session.results:
            return None
        if not live.lock.acquire(blocking=False):
            raise BusyError("still answering your last message: wait for the reply")
        try:
            return live.session.undo_last()
        finally:
            live.lock.release()

    def end(self, user: str, session_id: str) -> ReportContext:
        """Close the session, save its scores, and build the report."""
        live = self.get(user, session_id)
        if not live.session.results:
            raise InputError("say something first: there is nothing to report yet")
        report = live.session.report()
        if not live.ended:
            self.store.end_session(session_id, report, live.session.state.outcome_reached)
            live.ended = True
        return self.report_context(user, live, report)

    def report_context(self, user: str, live: Live, report: Report | None = None) -> ReportContext:
        report = report or live.session.report()
        persona = live.session.persona
        scores = [Score(p.session_id, p.criterion, p.score) for p in self.store.criterion_progress(user)]
        if not any(s.session_id == live.session.id for s in scores):
            scores += [Score(live.session.id, c, s) for c, s in report.summary.criterion_scores.items()]
        names = self.criterion_names()
        return ReportContext(
            report=report, criterion_names=names, persona=persona,
            outcome_reached=live.session.state.outcome_reached,
            debrief=debrief_lines(live.session),
            next_practice=recommend_next(scores, self.personas(), self.rubric(), names, avoid=persona.id),
            title="Your conversation" if live.ended else "Your conversation so far",
        )

    # history and scoring

    def latest_open(self, user: str) -> SessionRecord | None:
        return self.store.latest_open_session(user)

    def history(self, user: str) -> list[SessionRecord]:
        """Sessions with at least one turn: a conversation never begun is not history."""
        return self.store.list_sessions(user, min_turns=1)

    def progress(self, user: str):  # -> list[ProgressPoint]
        return self.store.criterion_progress(user)

    def score_text(self, text: str, learner_name: str | None = None,
                   source: str = "<pasted>") -> ReportContext:
        """A pasted or uploaded transcript, scored exactly like a live session."""
        from ..rubric import score_transcript
        from ..transcripts import parse_transcript

        if not text.strip():
            raise InputError("paste a transcript or upload a file first")
        transcript = parse_transcript(text, user_name=learner_name or None, source=source)
        report = score_transcript(transcript)
        names = self.criterion_names()
        scores = [Score("pasted", c, s) for c, s in report.summary.criterion_scores.items()]
        return ReportContext(
            report=report, criterion_names=names, title="Scored conversation",
            next_practice=recommend_next(scores, self.personas(), self.rubric(), names),
        )


def debrief_lines(session: Session) -> list[DebriefLine]:
    """The persona's first-person account of the moments that moved its trust most."""
    return [DebriefLine(index=d.index, learner=d.learner, feeling=d.text) for d in debrief(session)]
