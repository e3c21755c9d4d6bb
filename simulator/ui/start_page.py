"""The start page: pick a persona and a coaching mode, or pick up an unfinished conversation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import gradio as gr

from .studio import Studio
from .views.history import when
from .views.start import mode_choices, persona_card_html, persona_choices, resume_html


@dataclass
class StartPage:
    column: gr.Column
    resume_box: gr.Group
    resume_text: gr.HTML
    resume_id: gr.State
    resume_btn: gr.Button
    picker: gr.Dropdown
    card: gr.HTML
    mode: gr.Radio
    start_btn: gr.Button


def build_start_page(studio: Studio) -> StartPage:
    choices = persona_choices(studio.personas())
    first = choices[0][1] if choices else None
    with gr.Column(visible=True, elem_id="start-page") as column:
        with gr.Group(visible=False) as resume_box:
            resume_text = gr.HTML(elem_id="resume-text")
            resume_btn = gr.Button("Resume that conversation", variant="primary", size="md",
                                   elem_id="resume-btn")
        resume_id = gr.State(None)
        gr.Markdown("### Who do you want to practise with?")
        with gr.Row(equal_height=False):
            with gr.Column(scale=2):
                picker = gr.Dropdown(choices=choices, value=first, label="Persona",
                                     elem_id="persona-picker", filterable=False)
                mode = gr.Radio(choices=mode_choices(), value="live", label="Coaching",
                                elem_id="mode-picker")
                start_btn = gr.Button("Start the conversation", variant="primary", size="lg",
                                      elem_id="start-btn")
            with gr.Column(scale=3):
                card = gr.HTML(persona_card_html(studio.personas().get(first) if first else None),
                               elem_id="persona-card")
    return StartPage(column, resume_box, resume_text, resume_id, resume_btn, picker, card, mode, start_btn)


def refresh_start(page: StartPage, studio: Studio, user: str, picked: str | None) -> dict[Any, Any]:
    """On page load: fresh persona list, and the resume banner if something is unfinished."""
    personas = studio.personas()
    choices = persona_choices(personas)
    value = picked if picked in personas else (choices[0][1] if choices else None)
    record = studio.latest_open(user)
    updates: dict[Any, Any] = {
        page.picker: gr.update(choices=choices, value=value),
        page.card: persona_card_html(personas.get(value) if value else None),
        page.resume_box: gr.update(visible=record is not None),
        page.resume_id: record.id if record else None,
    }
    if record is not None:
        name = personas[record.persona].name if record.persona in personas else record.persona
        updates[page.resume_text] = resume_html(name, record.turn_count, when(record.updated))
    return updates


def wire_start_page(page: StartPage, studio: Studio) -> None:
    page.picker.change(
        lambda pid: persona_card_html(studio.personas().get(pid) if pid else None),
        inputs=page.picker, outputs=page.card, api_visibility="private", queue=False,
    )
