"""Named API endpoints (for `gradio_client`, the load benchmark and other tools).

They take the same path as the browser: the Studio, the queue, the user from the login.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from ..errors import RapportError
from .studio import Live, Studio
from .views.report import report_json
from .wiring import user_of


def _state(live: Live) -> dict[str, Any]:
    s = live.session.state
    return {"turn": s.turn, "trust": s.trust, "openness": s.openness, "mood": s.mood,
            "outcome_reached": s.outcome_reached}


def turn_payload(live: Live) -> dict[str, Any]:
    """What a client needs after a turn: plain JSON, nothing rendered (no HTML, no charts)."""
    result = live.session.results[-1]
    payload: dict[str, Any] = {"reply": result.reply, "turn": len(live.session.results),
                               "state": _state(live), "feedback": None}
    if live.mode == "live":  # rehearsal holds every kind of feedback until the end
        payload["feedback"] = result.report.model_dump(mode="json")
        if live.session.judge is not None:
            payload["second_opinion"] = result.second_opinion
            payload["judge_error"] = result.judge_error
    return payload


def register_api(studio: Studio) -> None:
    """Declare the endpoints inside the current gr.Blocks context."""

    def list_personas() -> list[dict]:
        """The personas you can practise with."""
        return [
            {"id": p.id, "name": p.name, "scenario": p.scenario, "difficulty": p.difficulty,
             "outcome": p.outcome.description}
            for p in studio.personas().values()
        ]

    def start_session(persona_id: str, mode: str = "live", request: gr.Request = None) -> dict:
        """Start a practice session; returns its id and the persona's opening line."""
        try:
            live = studio.start(user_of(request), persona_id, mode)
        except RapportError as exc:
            raise gr.Error(str(exc)) from None
        return {"session_id": live.session.id, "persona": persona_id, "mode": mode,
                "opening_line": live.session.turns[0].text, "state": _state(live)}

    def send_message(session_id: str, message: str, request: gr.Request = None) -> dict:
        """Say something; returns the reply, the persona's state and (live mode) the feedback:
        the rubric's scores of record and, with the LLM judge on, the model's second opinion."""
        try:
            live = studio.send(user_of(request), session_id, message)
        except RapportError as exc:
            raise gr.Error(str(exc)) from None
        return turn_payload(live)

    def try_again(session_id: str, request: gr.Request = None) -> dict:
        """Take back the last turn so it does not count; returns its text."""
        try:
            text = studio.retry(user_of(request), session_id)
        except RapportError as exc:
            raise gr.Error(str(exc)) from None
        return {"taken_back": text}

    def end_session(session_id: str, request: gr.Request = None) -> dict:
        """End the session; returns the report (as the JSON export)."""
        import json

        try:
            ctx = studio.end(user_of(request), session_id)
        except RapportError as exc:
            raise gr.Error(str(exc)) from None
        return json.loads(report_json(ctx))

    def score_conversation(transcript: str, learner_name: str = "") -> dict:
        """Score a transcript (JSON or `Name: text` lines); returns the report."""
        import json

        try:
            ctx = studio.score_text(transcript, learner_name or None)
        except RapportError as exc:
            raise gr.Error(str(exc)) from None
        return json.loads(report_json(ctx))

    for fn, name in [(list_personas, "list_personas"), (start_session, "start_session"),
                     (send_message, "send_message"), (try_again, "try_again"),
                     (end_session, "end_session"), (score_conversation, "score_conversation")]:
        gr.api(fn, api_name=name, concurrency_limit=None)
