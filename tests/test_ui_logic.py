"""The studio's screens as pure functions (HTML, Markdown, DataFrames) and its service layer,
tested without a browser. Anything a person typed must come out as inert text."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from factories import make_persona

from simulator.engines.scripted import ScriptedEngine
from simulator.errors import InputError
from simulator.schemas import (
    Citation,
    Feedback,
    Report,
    Revisit,
    State,
    Summary,
    Turn,
    TurnReport,
)
from simulator.store import ProgressPoint, SessionRecord, Store
from simulator.ui.studio import Studio
from simulator.ui.views.coaching import Score, recommend_next, weakest_criterion
from simulator.ui.views.history import (
    history_summary_html,
    progress_frame,
    sessions_frame,
)
from simulator.ui.views.opinion import second_opinion_html
from simulator.ui.views.practice import (
    chat_messages,
    feedback_card_html,
    hint_html,
    meter_html,
    trust_frame,
)
from simulator.ui.views.report import (
    DebriefLine,
    ReportContext,
    criterion_frame,
    format_metric,
    header_html,
    report_json,
    report_markdown,
    revisit_html,
)
from simulator.ui.views.start import persona_card_html, persona_choices
from simulator.ui.views.text import esc

XSS = "<img src=x onerror=alert(1)>"
CITE = Citation(source="001_guide.txt", section="Follow-up questions", quote="Build on what they said.")


def feedback(kind: str, evidence: str = "what brought you here", rewrite: str | None = None) -> Feedback:
    return Feedback(kind=kind, criterion="curiosity", criterion_name="Curiosity and follow-up",
                    flag="follow_up_question", message="You built on their words.", evidence=evidence,
                    rewrite=rewrite, citation=CITE)


def turn_report(text: str = "What brought you here?", index: int = 1, **kw) -> TurnReport:
    default = [feedback("strength"), feedback("try_next", rewrite="Ask why.")]
    return TurnReport(index=index, text=text, flags=["open_question"], scores={"curiosity": 70},
                      feedback=kw.get("feedback", default), disclosure_depth=0,
                      overall=kw.get("overall", 70))


def report(texts: list[str] = ("What brought you here?", "And the move?")) -> Report:
    turns = [turn_report(t, index=2 * i + 1) for i, t in enumerate(texts)]
    return Report(turns=turns, summary=Summary(
        learner_turns=len(turns), criterion_scores={"curiosity": 70, "listening": 40}, overall=55,
        metrics={"learner_talk_share": 0.42, "questions_per_turn": 1.0, "disclosure_balance": -0.5},
        flag_counts={"open_question": 2},
        revisit=[Revisit(index=3, text=texts[-1], why="You switched topic.", rewrite="Stay with it.",
                         criterion="listening")],
    ))


# --- escaping ----------------------------------------------------------------------


def test_escaping_leaves_no_markup_or_template_syntax() -> None:
    out = esc(XSS + " ${alert(1)} {{x}} `y`")
    assert "<" not in out and ">" not in out and "${" not in out and "{{" not in out and "`" not in out
    assert "&lt;img src=x onerror=alert(1)&gt;" in out


def test_chat_shows_html_as_text_and_keeps_roles() -> None:
    messages = chat_messages([Turn(speaker="partner", text="Hi"), Turn(speaker="user", text=XSS)])
    assert [m["role"] for m in messages] == ["assistant", "user"]
    assert messages[1]["content"] == "&lt;img src=x onerror=alert(1)&gt;"


def test_every_screen_escapes_learner_text() -> None:
    r = report([XSS, XSS])
    ctx = ReportContext(report=r, persona=make_persona(), outcome_reached=False,
                        debrief=[DebriefLine(index=1, learner=XSS, feeling=XSS)])
    pieces = [
        feedback_card_html(
            turn_report(XSS, feedback=[feedback("try_next", evidence=XSS, rewrite=XSS)]), "live", 1
        ),
        revisit_html(ctx), header_html(ctx), report_markdown(ctx), hint_html(XSS),
        persona_card_html(make_persona(name=XSS)),
    ]
    for html in pieces:
        assert "<img" not in html


# --- start page ----------------------------------------------------------------------


def test_personas_are_listed_by_scenario_then_difficulty() -> None:
    personas = {p.id: p for p in [
        make_persona(id="b", name="Bo", difficulty="hard"),
        make_persona(id="a", name="Al", difficulty="easy"),
        make_persona(id="c", name="Cy", scenario="casual", difficulty="medium"),
    ]}
    assert [pid for _, pid in persona_choices(personas)] == ["c", "a", "b"]
    assert persona_choices(personas)[1][0] == "Al · Networking · easy"


def test_persona_card_says_what_success_looks_like() -> None:
    html = persona_card_html(make_persona())
    assert "Tess offers an introduction." in html and "easy" in html
    assert "Choose someone" in persona_card_html(None)


# --- practice ------------------------------------------------------------------------


def test_meter_shows_trust_its_change_openness_and_outcome() -> None:
    persona = make_persona()
    states = [State(trust=0.3), State(turn=1, trust=0.42, openness=2, mood="warm", outcome_reached=True)]
    html = meter_html(states, persona)
    assert 'data-trust="0.4200"' in html and 'data-openness="2"' in html
    assert "42%" in html and "+12" in html and "Warming up" in html
    assert "Outcome reached" in html
    assert html.count('class="on"') == 3  # facts, opinions, feelings


def test_a_tiny_change_reads_as_no_change() -> None:
    html = meter_html([State(trust=0.3), State(turn=1, trust=0.302)], make_persona())
    assert "±0" in html


def test_trust_frame_is_in_percent_from_turn_zero() -> None:
    frame = trust_frame([State(trust=0.3), State(turn=1, trust=0.456)])
    assert frame.to_dict("list") == {"turn": [0, 1], "trust": [30.0, 45.6]}


def test_feedback_card_has_strength_try_next_rewrite_evidence_and_citation() -> None:
    html = feedback_card_html(turn_report(), "live", 2)
    for part in ["What worked", "Try next", "Ask why.", "what brought you here",
                 "Follow-up questions", "001_guide.txt", "Build on what they said.", 'data-turn="2"']:
        assert part in html


def test_feedback_card_empty_and_rehearsal_states() -> None:
    assert "Say something to start" in feedback_card_html(None)
    assert "Rehearsal mode" in feedback_card_html(turn_report(), "rehearsal", 3)
    assert "Nothing stood out" in feedback_card_html(turn_report(feedback=[]), "live", 1)


# --- the LLM judge's second opinion (--judge llm) -------------------------------------

OPINION = {
    "model": "judge-mini",
    "flags": {"open_question": "both", "complex_reflection": "judge", "closed_question": "rules"},
    "criteria": [
        {"criterion": "curiosity", "rules": 70, "judge": 64, "agree": True,
         "reason": "You asked what brought them here."},
        {"criterion": "listening", "rules": None, "judge": 30, "agree": None, "reason": XSS},
        {"criterion": "disclosure", "rules": 80, "judge": 20, "agree": False, "reason": ""},
        {"criterion": "empathy", "rules": None, "judge": None, "agree": None, "reason": ""},
    ],
    "flag_agreement": 0.9,
}


def test_the_second_opinion_is_labelled_as_the_models_view_and_the_score_stays_the_rules() -> None:
    html = feedback_card_html(turn_report(overall=70), "live", 1, opinion=OPINION,
                              criterion_names={"curiosity": "Curiosity and follow-up"})
    assert '<span class="score">70<small>' in html  # the score of record is the rubric's
    for part in ["Second opinion", "the model's view · judge-mini", "comes from the rubric",
                 "Curiosity and follow-up", "Listening", "agrees", "differs",
                 "Only the model noticed: Complex reflection.", "Only the rules flagged: Closed question."]:
        assert part in html, part
    assert "Empathy" not in html  # neither scored it: no row
    assert "<img" not in html  # the model's reason may quote the learner: shown as text


def test_a_judge_error_is_one_line_and_no_opinion_shows_nothing() -> None:
    html = second_opinion_html(None, "judge judge-mini: the model timed out after 60 s")
    assert html.count("<div") == 1 and "unavailable: judge judge-mini: the model timed out" in html
    card = feedback_card_html(turn_report(), "live", 1, judge_error="judge: " + XSS)
    assert "unavailable" in card and "<img" not in card
    assert "Second opinion" not in feedback_card_html(turn_report(), "live", 1)
    assert second_opinion_html({"model": None, "flags": {}, "criteria": []}).count("scored no criterion") == 1


def test_rehearsal_mode_holds_back_the_second_opinion_too() -> None:
    assert "Second opinion" not in feedback_card_html(turn_report(), "rehearsal", 1, opinion=OPINION)


# --- report --------------------------------------------------------------------------


def test_report_uses_criterion_names_and_learner_turn_numbers() -> None:
    ctx = ReportContext(report=report(), criterion_names={"curiosity": "Curiosity and follow-up"})
    frame = criterion_frame(ctx)
    assert frame.to_dict("list") == {"criterion": ["Curiosity and follow-up", "Listening"], "score": [70, 40]}
    assert "Turn 2 · Listening" in revisit_html(ctx)  # transcript index 3 is the learner's 2nd turn


def test_metrics_are_formatted_for_people() -> None:
    assert format_metric("learner_talk_share", 0.42) == "42%"
    assert format_metric("questions_per_turn", 1.0) == "1"
    assert format_metric("disclosure_balance", -0.5) == "-0.50"


def test_markdown_and_json_exports_carry_the_whole_report() -> None:
    said = DebriefLine(index=1, learner="What brought you here?", feeling="I felt asked.")
    ctx = ReportContext(report=report(), persona=make_persona(), outcome_reached=True, debrief=[said])
    md = report_markdown(ctx)
    for part in ["**Overall: 55/100**", "Outcome reached", "| Listening | 40 |", "Stay with it.",
                 "I felt asked.", "Your share of the talking | 42%"]:
        assert part in md
    data = json.loads(report_json(ctx))
    assert data["report"]["summary"]["overall"] == 55
    assert data["outcome_reached"] is True and data["debrief"][0]["feeling"] == "I felt asked."


# --- history and what next -----------------------------------------------------------


def record(i: int, **kw) -> SessionRecord:
    t = datetime(2025, 3, 1, 12, tzinfo=UTC) + timedelta(hours=i)
    base = dict(id=f"s{i}", user="ana", persona="test-persona", engine="offline", model=None,
                mode="live", seed=0, created=t, updated=t, ended=t, outcome=True, turn_count=4,
                trust=0.6, overall=60)
    return SessionRecord(**{**base, **kw})


def test_history_table_and_progress_frame() -> None:
    now = datetime(2025, 3, 1, 18, tzinfo=UTC)
    frame = sessions_frame([record(1), record(2, ended=None, outcome=None, overall=None)],
                           {"test-persona": make_persona()}, now=now)
    assert frame.iloc[0].tolist() == ["13:00 today", "Tess", "live", 4, 60, "reached", "ended"]
    assert frame.iloc[1]["Status"] == "in progress"
    points = [ProgressPoint("s1", now, "p", "curiosity", 40), ProgressPoint("s2", now, "p", "curiosity", 60)]
    assert progress_frame(points, {"curiosity": "Curiosity"}).to_dict("list") == {
        "session": [1, 2], "criterion": ["Curiosity", "Curiosity"], "score": [40, 60]}


def test_history_headline_counts_and_empty_state() -> None:
    assert "1 session · 1 finished · 1 outcome reached · best score 60" in history_summary_html([record(1)])
    assert "No sessions yet" in history_summary_html([])


def test_weakest_criterion_counts_only_recent_sessions() -> None:
    scores = [Score("old", "listening", 10), Score("old", "curiosity", 90)]
    scores += [Score(f"s{i}", c, v) for i in range(5) for c, v in [("listening", 80), ("curiosity", 50)]]
    assert weakest_criterion(scores, recent=5) == ("curiosity", 50.0, 5)


def test_recommendation_names_a_persona_who_exercises_the_criterion() -> None:
    from simulator.catalog import load_rubric

    rubric = load_rubric()
    criterion = rubric.criteria[0]
    flag = next(iter(criterion.raised_by))
    personas = {p.id: p for p in [
        make_persona(id="calm", name="Calm", sensitivities={}),
        make_persona(id="keen", name="Keen", sensitivities={flag: 0.3}),
    ]}
    nxt = recommend_next([Score("s1", criterion.id, 20), Score("s1", "other", 90)], personas, rubric,
                         {criterion.id: criterion.name})
    assert (nxt.criterion, nxt.persona_id) == (criterion.id, "keen")
    assert criterion.name in nxt.why and "Keen" in nxt.why
    assert recommend_next([], personas, rubric, {}) is None


# --- the studio service --------------------------------------------------------------


@pytest.fixture
def studio(tmp_path: Path) -> Studio:
    persona = make_persona()
    return Studio(Store(str(tmp_path / "s.db")), ScriptedEngine(), personas=lambda: {persona.id: persona})


def test_studio_plays_retries_and_ends_a_session(studio: Studio) -> None:
    live = studio.start("ana", "test-persona", "live")
    studio.send("ana", live.session.id, "Hi Tess, what brought you here tonight?")
    studio.send("ana", live.session.id, "Nice. And how long have you lived in the city?")
    assert studio.retry("ana", live.session.id) == "Nice. And how long have you lived in the city?"
    assert len(studio.store.load_results(live.session.id)) == 1

    ctx = studio.end("ana", live.session.id)
    assert ctx.persona.id == "test-persona" and ctx.report.summary.learner_turns == 1
    assert ctx.next_practice is not None
    with pytest.raises(InputError, match="ended"):
        studio.send("ana", live.session.id, "One more thing")


def test_studio_keeps_users_apart_and_resumes_from_the_store(studio: Studio, tmp_path: Path) -> None:
    live = studio.start("ana", "test-persona", "rehearsal")
    studio.send("ana", live.session.id, "Hi Tess, what brought you here tonight?")
    with pytest.raises(InputError):
        studio.get("ben", live.session.id)

    restarted = Studio(Store(str(tmp_path / "s.db")), ScriptedEngine(), personas=studio._personas)
    again = restarted.get("ana", live.session.id)
    assert (again.mode, len(again.session.results)) == ("rehearsal", 1)
    assert restarted.latest_open("ana").id == live.session.id
    assert restarted.latest_open("ben") is None


def test_studio_refuses_bad_messages_and_unknown_personas(studio: Studio) -> None:
    live = studio.start("ana", "test-persona")
    with pytest.raises(InputError, match="empty"):
        studio.send("ana", live.session.id, "   ")
    with pytest.raises(InputError, match="too long"):
        studio.send("ana", live.session.id, "x" * 4001)
    with pytest.raises(InputError, match="unknown persona"):
        studio.start("ana", "nobody")
    with pytest.raises(InputError, match="say something first"):
        studio.end("ana", live.session.id)


class FakeJudge:
    """Stands in for simulator.judge.LLMJudge: a fixed opinion, or a model failure."""

    model = "judge-mini"

    def __init__(self, error: str | None = None) -> None:
        self.error = error

    def opinion(self, ctx, report):
        from simulator.errors import ModelError
        from simulator.judge import SecondOpinion

        if self.error:
            raise ModelError(self.error)
        return SecondOpinion.model_validate({**OPINION, "criteria": OPINION["criteria"][:1]})


def test_studio_passes_the_judge_to_new_and_resumed_sessions(tmp_path: Path) -> None:
    from simulator.ui.api import turn_payload

    persona = make_persona()
    personas = lambda: {persona.id: persona}
    studio = Studio(Store(str(tmp_path / "j.db")), ScriptedEngine(), personas=personas, judge=FakeJudge())
    live = studio.start("ana", "test-persona")
    payload = turn_payload(studio.send("ana", live.session.id, "Hi Tess, what brought you here?"))
    assert payload["second_opinion"]["model"] == "judge-mini" and payload["judge_error"] is None
    assert payload["feedback"]["overall"] == live.session.results[-1].report.overall

    failing = Studio(Store(str(tmp_path / "j.db")), ScriptedEngine(), personas=personas,
                     judge=FakeJudge("judge judge-mini: rate limited"))
    resumed = failing.get("ana", live.session.id)  # after a restart, with the judge it has now
    payload = turn_payload(failing.send("ana", resumed.session.id, "And how long have you been here?"))
    assert payload["second_opinion"] is None and payload["judge_error"] == "judge judge-mini: rate limited"
    assert len(failing.store.load_results(live.session.id)) == 2  # the turn counts all the same


def test_without_a_judge_the_api_payload_has_no_second_opinion(studio: Studio) -> None:
    from simulator.ui.api import turn_payload

    live = studio.start("ana", "test-persona")
    payload = turn_payload(studio.send("ana", live.session.id, "Hi Tess, what brought you here?"))
    assert set(payload) == {"reply", "turn", "state", "feedback"}
    rehearsal = studio.start("ana", "test-persona", "rehearsal")
    assert turn_payload(studio.send("ana", rehearsal.session.id, "Hi Tess!"))["feedback"] is None


def test_studio_scores_a_pasted_transcript(studio: Studio) -> None:
    ctx = studio.score_text("Tess: Hi, I just moved here.\nMe: Oh, what made you move?", "Me")
    assert ctx.report.summary.learner_turns == 1 and ctx.persona is None
    with pytest.raises(InputError):
        studio.score_text("   ")


# --- app.py flags ----------------------------------------------------------------------


def load_app_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("rapport_app", Path(__file__).parents[1] / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_app_binds_to_loopback_by_default_and_reads_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = load_app_module()
    for name in ("RAPPORT_HOST", "RAPPORT_PORT", "RAPPORT_DB"):
        monkeypatch.delenv(name, raising=False)
    args = app.build_parser().parse_args([])
    assert (args.host, args.port, args.db, args.auth) == ("127.0.0.1", 7860, None, None)

    monkeypatch.setenv("RAPPORT_HOST", "0.0.0.0")
    monkeypatch.setenv("RAPPORT_PORT", "9000")
    monkeypatch.setenv("RAPPORT_DB", "postgresql://db/rapport")
    args = app.build_parser().parse_args(["--port", "9100", "--auth", "ana:pw", "--auth", "ben:pw2"])
    assert (args.host, args.port, args.db) == ("0.0.0.0", 9100, "postgresql://db/rapport")
    assert app.parse_auth(args.auth) == [("ana", "pw"), ("ben", "pw2")]


def test_app_refuses_a_malformed_login() -> None:
    from simulator.errors import RapportError

    with pytest.raises(RapportError, match="user:password"):
        load_app_module().parse_auth(["ana"])


def test_app_with_judge_llm_gives_every_session_the_judge(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    import simulator.ui

    served = []
    monkeypatch.setattr(simulator.ui, "launch", lambda studio, **kw: served.append(studio))
    monkeypatch.delenv("RAPPORT_JUDGE", raising=False)
    flags = ["--db", str(tmp_path / "a.db"), "--quiet", "--base-url", "http://127.0.0.1:9/v1", "--model", "m"]
    assert load_app_module().main([*flags, "--judge", "llm"]) == 0
    assert served[0].judge is not None and served[0].judge.model == "m"
    assert "LLM judge: m" in capsys.readouterr().out

    assert load_app_module().main(flags) == 0
    assert served[1].judge is None
