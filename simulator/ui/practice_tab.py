"""The practice screen: chat with streamed replies, the rapport meter beside it, the feedback
card for the last turn, "try that again" and "end"; then the report in the same tab."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ..errors import RapportError
from ..session import check_message
from .report_view import ReportView, build_report_view, clear_report, fill_report
from .start_page import StartPage, build_start_page, wire_start_page
from .studio import Live, Studio
from .views.practice import (
    chat_messages,
    convo_head_html,
    feedback_card_html,
    hint_html,
    meter_html,
    trust_frame,
    trust_x_limit,
)
from .views.start import persona_card_html
from .views.text import esc
from .wiring import user_of

PLACEHOLDER = "Type what you would say… (Enter sends, Shift+Enter for a new line)"


@dataclass
class PracticeView:
    column: gr.Column
    head: gr.HTML
    chat: gr.Chatbot
    box: gr.Textbox
    send: gr.Button
    hint: gr.HTML
    retry: gr.Button
    end: gr.Button
    meter: gr.HTML
    plot: gr.LinePlot
    card: gr.HTML


@dataclass
class PracticeTab:
    sid: gr.State
    start: StartPage
    practice: PracticeView
    report_column: gr.Column
    report: ReportView
    again: gr.Button
    suggested: gr.State  # the persona "what to practise next" points to


def build_practice_view() -> PracticeView:
    with gr.Column(visible=False, elem_id="practice") as column:
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=420):
                head = gr.HTML(elem_id="convo-head")
                chat = gr.Chatbot(
                    height=470, show_label=False, elem_id="chat", layout="bubble",
                    latex_delimiters=[], feedback_options=None, buttons=["copy_all"],
                    placeholder="The conversation will appear here.",
                )
                with gr.Row(equal_height=False):
                    box = gr.Textbox(show_label=False, placeholder=PLACEHOLDER, lines=2, max_lines=8,
                                     scale=6, elem_id="msg", autofocus=True)
                    send = gr.Button("Send", variant="primary", scale=1, min_width=90, elem_id="send-btn")
                hint = gr.HTML(elem_id="hint")
                with gr.Row():
                    retry = gr.Button("↺ Try that again", size="md", elem_id="retry-btn")
                    end = gr.Button("End and see my report", size="md", variant="stop", elem_id="end-btn")
            with gr.Column(scale=2, min_width=320):
                meter = gr.HTML(elem_id="meter")
                plot = gr.LinePlot(
                    x="turn", y="trust", y_lim=[0, 100], x_title="turn", y_title="trust %",
                    height=190, show_label=False, elem_id="trust-plot", title="Trust over the conversation",
                )
                card = gr.HTML(elem_id="feedback-card")
    return PracticeView(column, head, chat, box, send, hint, retry, end, meter, plot, card)


def build_practice_tab(studio: Studio) -> PracticeTab:
    sid = gr.State(None)
    start = build_start_page(studio)
    practice = build_practice_view()
    with gr.Column(visible=False, elem_id="report") as report_column:
        report = build_report_view("practice")
        again = gr.Button("Practise again", variant="primary", elem_id="again-btn")
    return PracticeTab(sid, start, practice, report_column, report, again, gr.State(None))


# --- filling the screen from a live session ----------------------------------------


def practice_values(view: PracticeView, live: Live) -> dict[Any, Any]:
    """Every practice component as the session stands now."""
    session = live.session
    last = session.results[-1] if session.results else None
    card = feedback_card_html(
        last.report if last else None, live.mode, len(session.results),
        opinion=last.second_opinion if last else None, judge_error=last.judge_error if last else None,
        criterion_names=live.criterion_names,
    )
    return {
        view.head: convo_head_html(session.persona, live.mode),
        view.chat: chat_messages(session.turns),
        view.meter: meter_html(session.states, session.persona),
        view.plot: gr.LinePlot(value=trust_frame(session.states), x_lim=trust_x_limit(session.states)),
        view.card: card,
    }


def show(tab: PracticeTab, screen: str) -> dict[Any, Any]:
    """Which of the three screens (start, practice, report) is visible."""
    return {
        tab.start.column: gr.update(visible=screen == "start"),
        tab.practice.column: gr.update(visible=screen == "practice"),
        tab.report_column: gr.update(visible=screen == "report"),
    }


def open_session(tab: PracticeTab, live: Live) -> dict[Any, Any]:
    return {
        tab.sid: live.session.id,
        **show(tab, "practice"),
        **practice_values(tab.practice, live),
        tab.practice.box: "",
        tab.practice.hint: "",
    }


# --- handlers ----------------------------------------------------------------------


def send_turn(tab: PracticeTab, studio: Studio, text: str, sid: str | None,
              user: str) -> Iterator[dict[Any, Any]]:
    """Stream one turn into the chat; on a bad message keep the box as it was and say why."""
    view = tab.practice
    if not sid:
        note = ("No conversation is open here. If the studio was restarted, reload the page "
                "to pick up where you left off.")
        yield {view.hint: hint_html(note, "warn"), view.box: gr.skip()}
        return
    try:
        message = check_message(text or "")
        live = studio.get(user, sid)
    except RapportError as exc:
        kind = "info" if not (text or "").strip() else "warn"
        note = ("Type something to say to your partner first." if kind == "info"
                else f"Not sent — {exc}. Your text is still in the box.")
        yield {view.hint: hint_html(note, kind)}
        return
    base = chat_messages(live.session.turns)
    said = {"role": "user", "content": esc(message)}
    yield {view.chat: [*base, said, {"role": "assistant", "content": "…"}], view.box: "", view.hint: ""}
    reply = ""
    try:
        for chunk in studio.stream(user, sid, message):
            reply += chunk
            yield {view.chat: [*base, said, {"role": "assistant", "content": esc(reply)}]}
    except RapportError as exc:
        yield {view.chat: base, view.box: text, view.hint: hint_html(f"{exc}", "warn")}
        return
    except Exception:
        # A bug, not the learner's doing: put their words back, then let Gradio report it.
        oops = "Something went wrong on our side; your message is still in the box."
        yield {view.chat: base, view.box: text, view.hint: hint_html(oops, "warn")}
        raise
    done = practice_values(view, live)
    if live.session.state.outcome_reached and not any(
        r.state.outcome_reached for r in live.session.results[:-1]
    ):
        done[view.hint] = hint_html("Outcome reached! Keep going, or end to see your report.")
    yield done


def wire_practice_tab(tab: PracticeTab, studio: Studio) -> None:
    view, start = tab.practice, tab.start
    wire_start_page(start, studio)
    everything = [tab.sid, start.column, view.column, tab.report_column, view.head, view.chat,
                  view.meter, view.plot, view.card, view.box, view.hint]

    def on_start(persona_id: str | None, mode: str, request: gr.Request):
        if not persona_id:
            raise gr.Error("Choose a persona first.")
        try:
            return open_session(tab, studio.start(user_of(request), persona_id, mode))
        except RapportError as exc:
            raise gr.Error(str(exc)) from None

    def on_resume(resume_id: str | None, request: gr.Request):
        if not resume_id:
            raise gr.Error("Nothing to resume.")
        try:
            live = studio.get(user_of(request), resume_id)
        except RapportError as exc:
            raise gr.Error(str(exc)) from None
        return {**open_session(tab, live), start.resume_box: gr.update(visible=False)}

    start.start_btn.click(on_start, [start.picker, start.mode], everything, api_visibility="private")
    start.resume_btn.click(on_resume, start.resume_id, [*everything, start.resume_box],
                           api_visibility="private")

    def on_send(text: str, sid: str | None, request: gr.Request):
        yield from send_turn(tab, studio, text, sid, user_of(request))

    gr.on([view.box.submit, view.send.click], on_send, [view.box, tab.sid],
          [view.chat, view.box, view.hint, view.meter, view.plot, view.card, view.head],
          api_visibility="private", trigger_mode="once")

    def on_retry(sid: str | None, request: gr.Request):
        if not sid:
            return {}
        try:
            text = studio.retry(user_of(request), sid)
            live = studio.get(user_of(request), sid)
        except RapportError as exc:
            return {view.hint: hint_html(str(exc), "warn")}
        if text is None:
            return {view.hint: hint_html("Nothing to take back yet.")}
        note = "Your last turn was taken back and will not count. Edit it and send again."
        return {**practice_values(view, live), view.box: text, view.hint: hint_html(note)}

    view.retry.click(on_retry, tab.sid, [view.chat, view.box, view.hint, view.meter, view.plot,
                                         view.card, view.head], api_visibility="private")

    def on_end(sid: str | None, request: gr.Request):
        if not sid:
            return {}
        try:
            ctx = studio.end(user_of(request), sid)
        except RapportError as exc:
            return {view.hint: hint_html(str(exc), "warn")}
        suggested = ctx.next_practice.persona_id if ctx.next_practice else None
        return {**show(tab, "report"), **fill_report(tab.report, ctx, f"rapport-{sid[:8]}"),
                tab.suggested: suggested}

    view.end.click(on_end, tab.sid, [view.hint, start.column, view.column, tab.report_column,
                                     tab.suggested, *tab.report.outputs], api_visibility="private")

    def on_again(suggested: str | None, picked: str | None):
        """Back to the start page, with the persona the report suggested already chosen."""
        choice = suggested if suggested in studio.personas() else picked
        persona = studio.personas().get(choice) if choice else None
        return {tab.sid: None, **show(tab, "start"), **clear_report(tab.report),
                start.picker: choice, start.card: persona_card_html(persona)}

    tab.again.click(on_again, [tab.suggested, start.picker],
                    [tab.sid, start.column, view.column, tab.report_column, start.picker, start.card,
                     *tab.report.outputs], api_visibility="private")

