"""The persona's side of the story, told from the state history and the flags."""

from __future__ import annotations

import re

import pytest
from factories import make_persona, signals

from simulator.catalog import load_model
from simulator.debrief import (
    MAX_MOMENTS,
    TEMPLATES_PATH,
    DebriefTemplates,
    debrief,
    debrief_from,
    topic_phrase,
)
from simulator.engines.scripted import ScriptedEngine
from simulator.errors import DataFileError
from simulator.rapport import replay
from simulator.schemas import FLAGS, Turn
from simulator.session import Session

PERSONA = make_persona()


def conversation(*exchanges: tuple[str, str]) -> list[Turn]:
    """The opening line, then (learner, persona) pairs."""
    turns = [Turn(speaker="partner", text=PERSONA.opening_line)]
    for learner, reply in exchanges:
        turns += [Turn(speaker="user", text=learner), Turn(speaker="partner", text=reply)]
    return turns


def test_a_brush_off_is_told_in_the_first_person_naming_what_the_persona_had_just_shared():
    turns = conversation(
        ("What do you do for fun?", "family, depth 2, #1."),
        ("Where do you work?", "work, depth 0, #1."),
    )
    states = replay(PERSONA, [signals("open_question"), signals("topic_switch", "closed_question")])
    [item] = [i for i in debrief_from(PERSONA, turns, states) if i.delta < 0]
    assert item.text.startswith('When you asked "Where do you work?" right after I told you about my family, ')
    assert (item.index, item.turn, item.flag, item.learner) == (3, 2, "topic_switch", "Where do you work?")
    assert item.delta == pytest.approx(-0.04)


def test_a_warm_moment_names_what_made_it_warm():
    turns = conversation(("I was nervous walking in too, honestly.", "city, depth 1, #1."))
    [item] = debrief_from(PERSONA, turns, replay(PERSONA, [signals("calibrated_disclosure", depth=2)]))
    assert item.flag == "calibrated_disclosure" and item.delta > 0
    assert item.text.startswith('When you told me "I was nervous walking in too, honestly." right at the start,')


def test_only_the_moments_that_moved_trust_most_are_told_in_conversation_order():
    moves = [signals("check_in"), signals("you_statement_attack"), signals("closed_question"),
             signals("oversharing", depth=4), signals("complex_reflection"),
             signals("interview_style", "question_stacking")]
    turns = conversation(*[(f"learner turn {n}", f"reply {n}") for n in range(len(moves))])
    items = debrief_from(PERSONA, turns, replay(PERSONA, moves))
    assert len(items) == MAX_MOMENTS
    assert [i.flag for i in items] == ["you_statement_attack", "oversharing", "interview_style"]
    assert [i.turn for i in items] == sorted(i.turn for i in items)


def test_the_flag_that_set_the_mood_is_the_one_told():
    even = make_persona(sensitivities={"topic_switch": -0.1, "oversharing": -0.1})
    turns = conversation(("My divorce broke me.", "work, depth 0, #1."))
    [item] = debrief_from(even, turns, replay(even, [signals("topic_switch", "oversharing", depth=4)]))
    assert item.flag == "oversharing"
    assert item.text.startswith('When you told me "My divorce broke me."')


def test_a_conversation_that_moved_nothing_has_nothing_to_tell():
    turns = conversation(("Hi.", "Hi."))
    assert debrief_from(PERSONA, turns, replay(PERSONA, [signals()])) == []


def test_long_words_are_quoted_short_and_the_quote_can_come_from_the_evidence():
    long = "So " + "really " * 30 + "you should just quit."
    turns = conversation((long, "work, depth 0, #1."))
    states = replay(PERSONA, [signals("efficiency_rush")])
    [item] = debrief_from(PERSONA, turns, states)
    assert item.learner.endswith("…") and len(item.learner.split()) <= 14
    [quoted] = debrief_from(PERSONA, turns, states, evidence=[{"efficiency_rush": "you should just quit"}])
    assert quoted.learner == "you should just quit"
    assert '"you should just quit"' in quoted.text


def test_topic_names_are_said_in_the_first_person():
    assert topic_phrase(PERSONA, "Her years as a teacher") == "my years as a teacher"
    assert topic_phrase(PERSONA, "Developing his team") == "developing my team"
    tess = make_persona(bio="Tess lives with Janet.")
    assert topic_phrase(tess, "Janet and the kids") == "Janet and the kids"


def test_every_flag_has_a_sentence_and_every_sentence_fills_in():
    templates = load_model(TEMPLATES_PATH, DebriefTemplates)
    assert set(templates.flags) == set(FLAGS)
    for options in [*templates.flags.values(), templates.warmer, templates.cooler]:
        for template in options:
            text = template.format(said="said", quote="hi", after="")
            assert text.startswith("When ") and re.search(r"\b(I|me|my)\b", text), text


def test_a_broken_template_file_is_one_line_naming_the_field(tmp_path):
    bad = tmp_path / "debrief.yaml"
    bad.write_text("flags: {not_a_flag: [x]}\nwarmer: [x]\ncooler: [x]\n")
    with pytest.raises(DataFileError, match=r"debrief.yaml: flags.not_a_flag"):
        load_model(bad, DebriefTemplates)


def test_a_live_session_has_a_debrief():
    session = Session(PERSONA, ScriptedEngine())
    session.play("Hi Tess! You should really just quit your job, it sounds awful.")
    session.play("What brought you to the city? I moved here last spring and was nervous at first.")
    for item in debrief(session):
        assert item.learner in session.turns[item.index].text or item.learner.rstrip("…") in session.turns[item.index].text
        assert item.text.startswith("When you")
