"""Score a conversation: paste or upload a transcript (JSON or `Name: text`), get the report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import gradio as gr

from ..errors import RapportError
from .report_view import ReportView, build_report_view, clear_report, fill_report
from .studio import Studio
from .views.practice import hint_html

EXAMPLE = """Maya: Hi, I'm Maya. I just moved here from Lisbon.
Me: Oh nice, what made you move?
Maya: A new job, mostly. And a bit of wanting a fresh start."""
MAX_UPLOAD_BYTES = 2_000_000


@dataclass
class ScoreTab:
    text: gr.Textbox
    upload: gr.File
    learner: gr.Textbox
    button: gr.Button
    hint: gr.HTML
    report: ReportView


def build_score_tab() -> ScoreTab:
    gr.Markdown(
        "Paste a conversation you had, or upload it, and get the same report as a practice "
        "session. JSON (`{\"turns\": [{\"speaker\": \"user\"|\"partner\", \"text\": …}]}`) or one "
        "`Name: text` line per turn."
    )
    with gr.Row(equal_height=False):
        with gr.Column(scale=3):
            text = gr.Textbox(label="Transcript", lines=10, max_lines=24, placeholder=EXAMPLE,
                              elem_id="score-text")
        with gr.Column(scale=2):
            upload = gr.File(label="…or upload a file", file_types=[".json", ".txt", ".md"],
                             type="filepath", elem_id="score-upload", height=130)
            learner = gr.Textbox(label="Your name in the transcript (for Name: text)",
                                 placeholder="e.g. Me", elem_id="score-learner")
            button = gr.Button("Score this conversation", variant="primary", elem_id="score-btn")
            hint = gr.HTML(elem_id="score-hint")
    report = build_report_view("score")
    return ScoreTab(text, upload, learner, button, hint, report)


def read_upload(path: str | None) -> str:
    if not path:
        return ""
    file = Path(path)
    if file.stat().st_size > MAX_UPLOAD_BYTES:
        raise gr.Error("That file is over 2 MB; a transcript is usually far smaller.")
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise gr.Error("That file is not UTF-8 text. Save it as plain text or JSON.") from None


def wire_score_tab(tab: ScoreTab, studio: Studio) -> None:
    def on_upload(path: str | None):
        return read_upload(path) if path else gr.skip()

    tab.upload.change(on_upload, tab.upload, tab.text, api_visibility="private")

    def on_score(text: str, learner: str):
        try:
            ctx = studio.score_text(text or "", learner.strip() or None)
        except RapportError as exc:
            return {tab.hint: hint_html(str(exc), "warn"), **clear_report(tab.report)}
        return {tab.hint: "", **fill_report(tab.report, ctx, "scored-conversation")}

    tab.button.click(on_score, [tab.text, tab.learner], [tab.hint, *tab.report.outputs],
                     api_visibility="private")
