"""Where practice sessions live: one small module addressed by a database URL.

SQLite by default (WAL mode, in the user's data directory); any SQLAlchemy URL works, so
a team can point several app replicas at PostgreSQL without touching the rest. Each turn
(learner words, reply, scores, state) is written in one transaction: whole or not at all.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from .engines.base import Engine as ReplyEngine
from .errors import InputError
from .schemas import Persona, Report, State
from .session import Session, TurnResult

APP_NAME = "rapport-simulator"
LOCAL_USER = "local"


class StoreError(InputError):
    """A session that does not exist, or belongs to someone else."""


# --- tables ------------------------------------------------------------------------


class Base(DeclarativeBase):
    pass


class SessionRow(Base):
    __tablename__ = "sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user: Mapped[str] = mapped_column(String(200), index=True)
    persona: Mapped[str] = mapped_column(String(200))
    engine: Mapped[str] = mapped_column(String(100))
    model: Mapped[str | None] = mapped_column(String(200))
    mode: Mapped[str] = mapped_column(String(20))
    seed: Mapped[int] = mapped_column(Integer, default=0)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ended: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    outcome: Mapped[bool | None] = mapped_column(Boolean)
    turn_count: Mapped[int] = mapped_column(Integer, default=0)
    trust: Mapped[float | None] = mapped_column(Float)
    overall: Mapped[int | None] = mapped_column(Integer)


class TurnRow(Base):
    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("session_id", "index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    index: Mapped[int] = mapped_column(Integer)
    learner: Mapped[str] = mapped_column(Text)
    reply: Mapped[str] = mapped_column(Text)
    report: Mapped[dict] = mapped_column(JSON)
    state: Mapped[dict] = mapped_column(JSON)
    engine: Mapped[str] = mapped_column(String(100))
    model: Mapped[str | None] = mapped_column(String(200))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # The LLM judge's second opinion and any judge failure (--judge llm), kept beside the scores.
    judge: Mapped[dict | None] = mapped_column(JSON, nullable=True)


# Columns added after a release, with their SQL types: added to an older database on open.
_ADDED_COLUMNS = {"turns": {"judge": "JSON"}}


class ScoreRow(Base):
    """A session's final criterion scores, one row each, for progress across sessions."""

    __tablename__ = "scores"

    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    criterion: Mapped[str] = mapped_column(String(100), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)


# Built once: the statements every turn runs (building them costs more than running them).
_INSERT_TURN = TurnRow.__table__.insert()
_TOUCH = (
    update(SessionRow)
    .where(SessionRow.id == bindparam("sid"), SessionRow.ended.is_(None))
    .values(
        updated=bindparam("now"),
        turn_count=select(func.count()).where(TurnRow.session_id == bindparam("sid")).scalar_subquery(),
        trust=bindparam("new_trust"),
    )
)


# --- values handed to the rest of the app ------------------------------------------


@dataclass(frozen=True)
class SessionRecord:
    id: str
    user: str
    persona: str
    engine: str
    model: str | None
    mode: str
    seed: int
    created: datetime
    updated: datetime
    ended: datetime | None
    outcome: bool | None
    turn_count: int
    trust: float | None
    overall: int | None

    @property
    def is_open(self) -> bool:
        return self.ended is None


@dataclass(frozen=True)
class ProgressPoint:
    """One criterion's score in one ended session."""

    session_id: str
    ended: datetime
    persona: str
    criterion: str
    score: int


def _record(row: SessionRow) -> SessionRecord:
    values = {c.name: getattr(row, c.name) for c in SessionRow.__table__.columns}
    for key in ("created", "updated", "ended"):
        if values[key] is not None and values[key].tzinfo is None:
            values[key] = values[key].replace(tzinfo=UTC)  # SQLite drops the zone
    return SessionRecord(**values)


def _now() -> datetime:
    return datetime.now(UTC)


# --- addressing --------------------------------------------------------------------


def default_database_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME)) / "rapport.db"


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL from a URL, a file path, or nothing (the user's data directory)."""
    if value and "://" in value:
        return value
    path = Path(value).expanduser() if value else default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path.resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001 - DB-API objects
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


# --- the store ---------------------------------------------------------------------


class Store:
    """Sessions, turns and scores behind a database URL. Every read is scoped to a user."""

    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        sqlite = self.url.startswith("sqlite")
        # A server database may drop idle connections (ping first); a SQLite file cannot.
        self.engine: Engine = create_engine(self.url, pool_pre_ping=not sqlite)
        if sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        # SQLite takes one writer at a time. Writers from this process queue on a lock
        # rather than in SQLite's busy handler, which sleeps and polls (1 ms, 2 ms, 5 ms, ...)
        # and so adds tens of milliseconds to a turn when many learners write at once.
        self._write_lock = threading.Lock() if sqlite else nullcontext()
        Base.metadata.create_all(self.engine)
        self._add_new_columns()

    def _add_new_columns(self) -> None:
        """Bring a database made by an earlier version up to date; nothing it holds changes."""
        names = inspect(self.engine)
        for table, columns in _ADDED_COLUMNS.items():
            have = {c["name"] for c in names.get_columns(table)}
            missing = [(name, kind) for name, kind in columns.items() if name not in have]
            if missing:
                with self._transaction() as conn:
                    for name, kind in missing:
                        conn.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {kind}"))

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """One write transaction: committed whole, or rolled back whole."""
        with self._write_lock, self.engine.begin() as conn:
            yield conn

    @property
    def display_url(self) -> str:
        """The URL with any password masked, fit to print."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    # writes

    def create_session(
        self, session_id: str, *, user: str, persona: str, engine: str,
        model: str | None = None, mode: str = "live", seed: int = 0,
    ) -> None:
        now = _now()
        with self._transaction() as conn:
            conn.execute(SessionRow.__table__.insert().values(
                id=session_id, user=user, persona=persona, engine=engine, model=model, mode=mode,
                seed=seed, created=now, updated=now, turn_count=0,
            ))

    def save_turn(self, session_id: str, result: TurnResult) -> None:
        """The turn and the session's running figures, in one transaction."""
        row = {
            "session_id": session_id, "index": result.index, "learner": result.learner,
            "reply": result.reply, "report": result.report.model_dump(mode="json"),
            "state": result.state.model_dump(mode="json"), "engine": result.engine,
            "model": result.model, "created": _now(),
            "judge": ({"second_opinion": result.second_opinion, "judge_error": result.judge_error}
                      if result.second_opinion is not None or result.judge_error else None),
        }
        with self._transaction() as conn:
            conn.execute(_INSERT_TURN, row)
            self._touch(conn, session_id, result.state)

    def _touch(self, conn: Connection, session_id: str, state: State | None) -> None:
        done = conn.execute(_TOUCH, {"sid": session_id, "now": _now(),
                                     "new_trust": state.trust if state else None})
        if done.rowcount != 1:
            raise StoreError(f"session {session_id} is unknown or already ended")

    def delete_last_turn(self, session_id: str, state_before: State) -> None:
        """Take back the newest turn ("try that again"), with the session's figures."""
        with self._transaction() as conn:
            newest = select(func.max(TurnRow.index)).where(TurnRow.session_id == session_id)
            conn.execute(delete(TurnRow).where(
                TurnRow.session_id == session_id, TurnRow.index == newest.scalar_subquery()
            ))
            self._touch(conn, session_id, state_before)

    def end_session(self, session_id: str, report: Report, outcome: bool) -> None:
        """Mark the session ended with its final scores; idempotent."""
        with self._transaction() as conn:
            conn.execute(
                update(SessionRow).where(SessionRow.id == session_id, SessionRow.ended.is_(None))
                .values(ended=_now(), updated=_now(), outcome=outcome,
                        overall=report.summary.overall)
            )
            conn.execute(delete(ScoreRow).where(ScoreRow.session_id == session_id))
            scores = report.summary.criterion_scores
            if scores:
                conn.execute(ScoreRow.__table__.insert(), [
                    {"session_id": session_id, "criterion": c, "score": int(s)}
                    for c, s in scores.items()
                ])

    # reads

    def get_session(self, session_id: str, user: str) -> SessionRecord:
        """The session if it exists and is this user's; otherwise StoreError."""
        with self.engine.connect() as conn:
            row = conn.execute(
                select(SessionRow.__table__).where(SessionRow.id == session_id, SessionRow.user == user)
            ).one_or_none()
        if row is None:
            raise StoreError(f"no session {session_id} for this user")
        return _record(row)

    def list_sessions(self, user: str, limit: int = 100, min_turns: int = 0) -> list[SessionRecord]:
        """This user's sessions, newest activity first."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(SessionRow.__table__)
                .where(SessionRow.user == user, SessionRow.turn_count >= min_turns)
                .order_by(SessionRow.updated.desc()).limit(limit)
            ).all()
        return [_record(r) for r in rows]

    def latest_open_session(self, user: str) -> SessionRecord | None:
        """The unfinished session to offer on return, if any (it must have a turn)."""
        for record in self.list_sessions(user, limit=20, min_turns=1):
            if record.is_open:
                return record
        return None

    def load_results(self, session_id: str) -> list[TurnResult]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(TurnRow.__table__).where(TurnRow.session_id == session_id)
                .order_by(TurnRow.index)
            ).mappings().all()
        return [
            TurnResult(
                index=r["index"], learner=r["learner"], reply=r["reply"],
                report=_json(r["report"]), state=_json(r["state"]),
                engine=r["engine"], model=r["model"],
                **(_json(r["judge"]) if r["judge"] else {}),
            )
            for r in rows
        ]

    def criterion_progress(self, user: str) -> list[ProgressPoint]:
        """Every ended session's criterion scores, oldest first."""
        query = (
            select(ScoreRow.session_id, SessionRow.ended, SessionRow.persona,
                   ScoreRow.criterion, ScoreRow.score)
            .join(SessionRow, SessionRow.id == ScoreRow.session_id)
            .where(SessionRow.user == user, SessionRow.ended.is_not(None))
            .order_by(SessionRow.ended, ScoreRow.criterion)
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [
            ProgressPoint(r[0], r[1] if r[1].tzinfo else r[1].replace(tzinfo=UTC), r[2], r[3], r[4])
            for r in rows
        ]


def _json(value: dict | str) -> dict:
    return json.loads(value) if isinstance(value, str) else value


# --- sessions that survive a restart -----------------------------------------------


def attach(session: Session, store: Store) -> Session:
    """Keep `store` in step with `session`: every committed turn is saved (a failed save undoes
    the turn) and a turn taken back is deleted first (a failed delete keeps the turn)."""
    session.on_commit = lambda s, result: store.save_turn(s.id, result)
    session.on_undo = lambda s, result: store.delete_last_turn(s.id, s.states[-2])
    return session


def resume_session(
    store: Store, session_id: str, user: str, persona: Persona, engine: ReplyEngine,
    *, judge: Any | None = None,
) -> Session:
    """Rebuild a live Session from its stored turns and states, ready to continue."""
    record = store.get_session(session_id, user)
    session = Session.restore(persona, engine, store.load_results(session_id),
                              seed=record.seed, session_id=record.id, judge=judge)
    return attach(session, store)
