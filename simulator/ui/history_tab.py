"""History: past sessions with their scores, progress per criterion, and reopening any of them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from ..errors import RapportError
from .report_view import ReportView, build_report_view, clear_report, fill_report
from .studio import Studio
from .views.history import (
    SESSION_COLUMNS,
    history_summary_html,
    progress_frame,
    progress_note_html,
    session_choices,
    sessions_frame,
)
from .views.practice import hint_html
from .wiring import user_of


@dataclass
class HistoryTab:
    summary: gr.HTML
    body: gr.Column
    table: gr.Dataframe
    progress: gr.LinePlot
    progress_note: gr.HTML
    picker: gr.Dropdown
    open_btn: gr.Button
    resume_btn: gr.Button
    hint: gr.HTML
    report: ReportView


def build_history_tab() -> HistoryTab:
    summary = gr.HTML(elem_id="history-summary")
    with gr.Column(visible=False, elem_id="history-body") as body:  # shown once there is history
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                table = gr.Dataframe(headers=SESSION_COLUMNS, interactive=False, wrap=True,
                                     label="Your sessions", elem_id="history-table", max_height=360)
                with gr.Row(equal_height=False):
                    picker = gr.Dropdown(label="Open a session", choices=[], scale=3,
                                         elem_id="history-picker")
                    with gr.Column(scale=1, min_width=160):
                        open_btn = gr.Button("Show report", size="md", elem_id="history-open-btn")
                        resume_btn = gr.Button("Resume in Practice", size="md",
                                               elem_id="history-resume-btn")
            with gr.Column(scale=2):
                progress = gr.LinePlot(x="session", y="score", color="criterion", y_lim=[0, 100],
                                       x_title="session", y_title="score", height=320,
                                       title="Progress per criterion", elem_id="progress-plot",
                                       show_label=False, visible=False)
                progress_note = gr.HTML(progress_note_html(0), elem_id="progress-note")
        hint = gr.HTML()
        report = build_report_view("history")
    return HistoryTab(summary, body, table, progress, progress_note, picker, open_btn, resume_btn,
                      hint, report)


def history_values(tab: HistoryTab, studio: Studio, user: str) -> dict[Any, Any]:
    records = studio.history(user)
    personas = studio.personas()
    choices = session_choices(records, personas)
    points = studio.progress(user)
    finished = len({p.session_id for p in points})
    return {
        tab.summary: history_summary_html(records),
        tab.body: gr.update(visible=bool(records)),
        tab.table: sessions_frame(records, personas),
        tab.progress: gr.LinePlot(value=progress_frame(points, studio.criterion_names()),
                                  x_lim=[1, max(finished, 5)], visible=finished >= 2),
        tab.progress_note: gr.update(value=progress_note_html(finished), visible=finished < 2),
        tab.picker: gr.update(choices=choices, value=choices[0][1] if choices else None),
    }


def wire_history_tab(tab: HistoryTab, studio: Studio) -> None:
    def on_open(sid: str | None, request: gr.Request):
        if not sid:
            return {tab.hint: '<div class="card muted">Pick a session first.</div>'}
        try:
            live = studio.get(user_of(request), sid)
            if not live.session.results:
                return {tab.hint: '<div class="card muted">That session has no turns yet.</div>',
                        **clear_report(tab.report)}
            ctx = studio.report_context(user_of(request), live)
        except RapportError as exc:
            return {tab.hint: hint_html(str(exc), "warn")}
        return {tab.hint: "", **fill_report(tab.report, ctx, f"rapport-{sid[:8]}")}

    tab.open_btn.click(on_open, tab.picker, [tab.hint, *tab.report.outputs], api_visibility="private")
