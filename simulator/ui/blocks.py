"""The whole studio as one gr.Blocks: Practice, Score a conversation, History."""

from __future__ import annotations

from typing import Any

import gradio as gr

from ..errors import RapportError
from .api import register_api
from .history_tab import build_history_tab, history_values, wire_history_tab
from .practice_tab import build_practice_tab, open_session, wire_practice_tab
from .score_tab import build_score_tab, wire_score_tab
from .start_page import refresh_start
from .studio import Studio
from .theme import TITLE
from .views.practice import hint_html
from .wiring import user_of

TAGLINE = ("Rehearse the conversations that matter. The person opens up, or closes down, "
           "for real reasons, and every turn gets coaching you can use.")


def build_app(studio: Studio, *, logout: bool = False) -> gr.Blocks:
    with gr.Blocks(title=TITLE) as app:
        with gr.Row(equal_height=False):
            gr.HTML(f'<div id="brand"><h1>{TITLE}</h1><p>{TAGLINE}</p></div>')
            if logout:
                gr.Button("Log out", link="/logout", size="sm", scale=0, min_width=90,
                          variant="secondary", elem_id="logout-btn")
        with gr.Tabs(selected="practice", elem_id="tabs") as tabs:
            with gr.Tab("Practice", id="practice", elem_id="tab-practice"):
                practice = build_practice_tab(studio)
            with gr.Tab("Score a conversation", id="score", elem_id="tab-score"):
                score = build_score_tab()
            with gr.Tab("History", id="history", elem_id="tab-history") as history_item:
                history = build_history_tab()
        wire_practice_tab(practice, studio)
        wire_score_tab(score, studio)
        wire_history_tab(history, studio)

        history_outputs = [history.summary, history.body, history.table, history.progress,
                           history.progress_note, history.picker]

        def on_load(picked: str | None, request: gr.Request):
            user = user_of(request)
            return {**refresh_start(practice.start, studio, user, picked),
                    **history_values(history, studio, user)}

        start = practice.start
        app.load(on_load, start.picker, [start.picker, start.card, start.resume_box,
                                         start.resume_id, start.resume_text, *history_outputs],
                 api_visibility="private")
        def on_history(request: gr.Request):
            return history_values(history, studio, user_of(request))

        history_item.select(on_history, None, history_outputs, api_visibility="private")

        practice_outputs = [practice.sid, start.column, practice.practice.column,
                            practice.report_column, practice.practice.head, practice.practice.chat,
                            practice.practice.meter, practice.practice.plot, practice.practice.card,
                            practice.practice.box, practice.practice.hint]

        def on_resume(sid: str | None, request: gr.Request) -> dict[Any, Any]:
            if not sid:
                return {history.hint: hint_html("Pick a session first.")}
            try:
                live = studio.get(user_of(request), sid)
            except RapportError as exc:
                return {history.hint: hint_html(str(exc), "warn")}
            if live.ended:
                return {history.hint: hint_html("That conversation has ended; open its report instead.")}
            return {**open_session(practice, live), tabs: gr.Tabs(selected="practice"),
                    history.hint: ""}

        history.resume_btn.click(on_resume, history.picker, [*practice_outputs, tabs, history.hint],
                                 api_visibility="private")
        register_api(studio)
    return app
