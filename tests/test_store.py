"""The store: a real SQLite file, each turn saved whole or not at all, sessions that survive a
restart, and users who never see each other's sessions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from factories import make_persona
from sqlalchemy.exc import IntegrityError

from simulator.engines.base import ReplyRequest
from simulator.errors import ModelError
from simulator.judge import SecondOpinion
from simulator.engines.scripted import ScriptedEngine
from simulator.session import Session
from simulator.store import (
    LOCAL_USER,
    Store,
    StoreError,
    attach,
    database_url,
    resume_session,
)

LINES = [
    "Hi Tess, what brought you to the meetup tonight?",
    "I moved here last year for work too, and it took me a while. What has the move been like?",
    "That sounds lonely at times. What helped you settle in?",
]


class BrokenEngine:
    """Streams half a reply, then fails, like a model that drops the connection."""

    name = "broken"
    model = None

    def stream(self, request: ReplyRequest) -> Iterator[str]:
        yield "I was about to "
        raise RuntimeError("connection dropped")


def failing(message: str):
    """A stand-in for a store method that fails the way a real database can."""

    def fail(*args, **kwargs):
        raise RuntimeError(message)

    return fail


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "studio.db"


def start(store: Store, user: str = "ana", engine=None) -> Session:
    session = Session(make_persona(), engine or ScriptedEngine(), seed=7)
    store.create_session(session.id, user=user, persona=session.persona.id, engine="offline",
                         mode="live", seed=7)
    return attach(session, store)


def test_every_committed_turn_is_saved_with_its_scores_and_state(db: Path) -> None:
    store = Store(str(db))
    session = start(store)
    for line in LINES[:2]:
        session.play(line)

    saved = store.load_results(session.id)
    assert [r.model_dump() for r in saved] == [r.model_dump() for r in session.results]
    record = store.get_session(session.id, "ana")
    assert record.turn_count == 2
    assert record.trust == session.state.trust


def test_a_failure_mid_save_leaves_nothing_behind(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(str(db))
    session = start(store)
    session.play(LINES[0])

    def fail_after_insert(*args, **kwargs):
        raise RuntimeError("disk full")

    # The turn row is inserted, then updating the session fails: the whole turn must roll back.
    monkeypatch.setattr(store, "_touch", fail_after_insert)
    with pytest.raises(RuntimeError, match="disk full"):
        session.play(LINES[1])
    monkeypatch.undo()

    assert len(store.load_results(session.id)) == 1
    assert store.get_session(session.id, "ana").turn_count == 1
    assert len(session.results) == 1  # the session took the turn back too
    session.play(LINES[1])  # and the learner can simply send it again
    assert [r.index for r in store.load_results(session.id)] == [1, 3]


def test_a_turn_saved_twice_is_refused_whole(db: Path) -> None:
    store = Store(str(db))
    session = start(store)
    result = session.play(LINES[0])
    with pytest.raises(IntegrityError):
        store.save_turn(session.id, result)
    assert len(store.load_results(session.id)) == 1


def test_a_failed_reply_saves_nothing(db: Path) -> None:
    store = Store(str(db))
    session = start(store, engine=BrokenEngine())
    with pytest.raises(RuntimeError):
        session.play(LINES[0])
    assert store.load_results(session.id) == []
    assert session.results == []


def test_a_session_resumes_after_a_restart_and_continues(db: Path) -> None:
    first = Store(str(db))
    session = start(first)
    for line in LINES[:2]:
        session.play(line)
    first.close()  # the app process goes away

    again = Store(str(db))
    resumed = resume_session(again, session.id, "ana", make_persona(), ScriptedEngine())
    assert resumed.turns == session.turns
    assert resumed.states == session.states
    assert [r.model_dump() for r in resumed.results] == [r.model_dump() for r in session.results]

    resumed.play(LINES[2])
    assert [r.index for r in Store(str(db)).load_results(session.id)] == [1, 3, 5]


class OneOpinionJudge:
    """A judge that gives its view on the first turn and is unreachable after that."""

    def __init__(self) -> None:
        self.calls = 0

    def opinion(self, ctx, report):
        self.calls += 1
        if self.calls > 1:
            raise ModelError("judge: the server timed out after 30 s")
        return SecondOpinion(model="judge-model", flags={"open_question": "both"}, criteria=[], flag_agreement=1.0)


def test_the_judges_second_opinion_and_its_failures_survive_a_restart(db: Path) -> None:
    store = Store(str(db))
    session = start(store)
    session.judge = OneOpinionJudge()
    for line in LINES[:2]:
        session.play(line)
    store.close()

    saved = Store(str(db)).load_results(session.id)
    assert saved[0].second_opinion["flags"] == {"open_question": "both"}
    assert saved[1].second_opinion is None and "timed out" in saved[1].judge_error
    assert [r.model_dump() for r in saved] == [r.model_dump() for r in session.results]


def test_a_database_from_before_the_judge_column_is_upgraded_in_place(db: Path) -> None:
    session = start(Store(str(db)))
    session.play(LINES[0])
    with sqlite3.connect(db) as conn:  # the turns table as an earlier version made it
        conn.execute("ALTER TABLE turns DROP COLUMN judge")

    store = Store(str(db))
    assert [r.learner for r in store.load_results(session.id)] == [LINES[0]]
    resumed = resume_session(store, session.id, "ana", make_persona(), ScriptedEngine())
    resumed.play(LINES[1])
    assert len(Store(str(db)).load_results(session.id)) == 2


def test_users_see_only_their_own_sessions(db: Path) -> None:
    store = Store(str(db))
    mine = start(store, user="ana")
    mine.play(LINES[0])
    store.end_session(mine.id, mine.report(), outcome=False)
    start(store, user="ben")

    assert [r.user for r in store.list_sessions("ana")] == ["ana"]
    assert [r.user for r in store.list_sessions("ben")] == ["ben"]
    assert store.list_sessions(LOCAL_USER) == []
    assert store.criterion_progress("ben") == []
    with pytest.raises(StoreError):
        store.get_session(mine.id, "ben")
    with pytest.raises(StoreError):
        resume_session(store, mine.id, "ben", make_persona(), ScriptedEngine())


def test_taking_back_the_last_turn_removes_it_from_the_store(db: Path) -> None:
    store = Store(str(db))
    session = start(store)
    for line in LINES[:2]:
        session.play(line)
    assert session.undo_last() == LINES[1]

    assert [r.index for r in store.load_results(session.id)] == [1]
    record = store.get_session(session.id, "ana")
    assert (record.turn_count, record.trust) == (1, session.state.trust)
    session.play(LINES[2])  # the learner goes on from there
    assert [r.learner for r in store.load_results(session.id)] == [LINES[0], LINES[2]]


def test_a_failed_delete_keeps_the_turn_in_the_session_and_the_store(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(str(db))
    session = start(store)
    for line in LINES[:2]:
        session.play(line)
    before = (list(session.turns), list(session.states), list(session.results))
    monkeypatch.setattr(store, "delete_last_turn", failing("database is locked"))
    with pytest.raises(RuntimeError, match="locked"):
        session.undo_last()
    assert (session.turns, session.states, session.results) == before
    assert len(store.load_results(session.id)) == 2


def test_a_failed_save_does_not_take_back_the_turn_before_it(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(str(db))
    session = start(store)
    session.play(LINES[0])
    monkeypatch.setattr(store, "save_turn", failing("disk full"))
    with pytest.raises(RuntimeError, match="disk full"):
        session.play(LINES[1])
    assert [r.index for r in store.load_results(session.id)] == [1]  # turn 1 is still saved
    assert [r.learner for r in session.results] == [LINES[0]]


def test_a_restored_session_continues_where_it_stopped_without_saving_again(db: Path) -> None:
    store = Store(str(db))
    session = start(store)
    for line in LINES[:2]:
        session.play(line)
    saved: list[int] = []
    restored = Session.restore(
        make_persona(), ScriptedEngine(), store.load_results(session.id), seed=7,
        session_id=session.id, on_commit=lambda s, r: saved.append(r.index),
    )
    assert saved == []  # restoring replays nothing into the hooks
    assert (restored.turns, restored.states) == (session.turns, session.states)
    assert restored.play(LINES[2]).reply == session.play(LINES[2]).reply  # same seed, same reply
    assert saved == [5]


def test_restoring_turns_out_of_order_is_refused() -> None:
    session = Session(make_persona(), ScriptedEngine(), seed=7)
    first, second = session.play(LINES[0]), session.play(LINES[1])
    with pytest.raises(ValueError, match="cannot follow"):
        Session.restore(make_persona(), ScriptedEngine(), [second, first])


def test_ending_records_scores_for_progress_and_refuses_more_turns(db: Path) -> None:
    store = Store(str(db))
    session = start(store)
    session.play(LINES[0])
    report = session.report()
    store.end_session(session.id, report, outcome=True)

    record = store.get_session(session.id, "ana")
    assert record.ended is not None and record.outcome is True
    assert record.overall == report.summary.overall
    points = store.criterion_progress("ana")
    assert {p.criterion: p.score for p in points} == report.summary.criterion_scores
    assert store.latest_open_session("ana") is None
    with pytest.raises(StoreError):
        session.play(LINES[1])  # an ended session takes no more turns
    assert len(store.load_results(session.id)) == 1


def test_the_latest_unfinished_session_is_offered_for_resuming(db: Path) -> None:
    store = Store(str(db))
    start(store)  # no turns yet: nothing worth resuming
    assert store.latest_open_session("ana") is None
    session = start(store)
    session.play(LINES[0])
    assert store.latest_open_session("ana").id == session.id


def test_sqlite_runs_in_wal_mode(db: Path) -> None:
    Store(str(db)).list_sessions("ana")
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_database_url_accepts_paths_urls_and_a_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert database_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    assert database_url("postgresql+psycopg://u:p@db/rapport") == "postgresql+psycopg://u:p@db/rapport"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    url = database_url(None)
    assert url.startswith("sqlite:///") and url.endswith("rapport-simulator/rapport.db")
    assert Path(url.removeprefix("sqlite:///")).parent.is_dir()
