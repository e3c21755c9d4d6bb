"""The persona library: every file validates, and there is enough of each to talk to."""

from __future__ import annotations

import shutil
from typing import get_args

import pytest

from simulator.catalog import data_dir, load_persona_file, load_personas, validate_all
from simulator.errors import DataFileError
from simulator.schemas import Persona, Scenario

PERSONA_FILES = sorted(data_dir("personas").glob("*.yaml"))
PERSONAS = load_personas()
REQUIRED = {"maya-newcomer", "david-vp", "sam-launch-delay", "alex-credit", "jordan-reorg",
            "priya-promotion", "tomas-new-hire", "rosa-neighbour"}


def lines_of(persona: Persona) -> list[str]:
    """Every line the offline engine may say for this persona."""
    r = persona.reactions
    reactions = [*r.interrogated, *r.overshared_at, *r.attacked, *r.acknowledged, *r.brushed_off,
                 *r.advised, *r.rushed, *r.fallback]
    ladder = [line for t in persona.topics for rung in t.ladder.values() for line in rung]
    return [persona.opening_line, *ladder, *reactions, *persona.ask_back, *persona.outcome.lines]


@pytest.mark.parametrize("path", PERSONA_FILES, ids=lambda p: p.stem)
def test_every_persona_file_validates(path):
    assert load_persona_file(path).id == path.stem


def test_validate_finds_no_problem_in_the_library():
    assert [line for line in validate_all() if "personas" in line] == []


def test_there_are_at_least_eight_personas_covering_every_scenario():
    assert len(PERSONAS) >= 8 and REQUIRED <= set(PERSONAS)
    assert {p.scenario for p in PERSONAS.values()} == set(get_args(Scenario))
    assert {p.difficulty for p in PERSONAS.values()} >= {"medium", "hard"}


@pytest.mark.parametrize("persona", PERSONAS.values(), ids=lambda p: p.id)
def test_every_persona_has_five_topics_of_five_depths_of_two_phrasings(persona):
    assert len(persona.topics) >= 5
    for topic in persona.topics:
        assert sorted(topic.ladder) == [0, 1, 2, 3, 4], topic.id
        assert all(len(topic.ladder[d]) >= 2 for d in range(5)), topic.id
        assert topic.keywords, topic.id


@pytest.mark.parametrize("persona", PERSONAS.values(), ids=lambda p: p.id)
def test_no_line_hides_inside_another_so_the_engine_can_tell_what_was_said(persona):
    lines = lines_of(persona)
    assert len(lines) == len(set(lines))
    for line in lines:
        assert not [other for other in lines if other != line and line in other], line


@pytest.mark.parametrize("persona", PERSONAS.values(), ids=lambda p: p.id)
def test_every_outcome_can_be_reached_for_the_right_reasons(persona):
    c = persona.outcome.conditions
    assert persona.baseline_trust < c.min_trust <= 1
    assert all(persona.sensitivities.get(f, 0) > 0 for f in c.required_flags)
    assert all(persona.sensitivities.get(f, 0) < 0 for f in c.forbidden_recent_flags)
    assert persona.sensitivities.get("you_statement_attack", 0) < 0
    assert persona.sensitivities.get("follow_up_question", 0) > 0


def test_a_broken_persona_file_is_one_line_naming_the_file_and_the_field(tmp_path):
    good = next(iter(PERSONA_FILES))
    broken = tmp_path / good.name
    shutil.copy(good, broken)
    text = broken.read_text(encoding="utf-8")
    broken.write_text(text.replace("baseline_trust:", "baseline_trust: 7\nformer_trust:", 1), encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        load_persona_file(broken)
    message = str(err.value)
    assert "\n" not in message
    assert str(broken) in message and "baseline_trust" in message


def test_a_persona_with_a_short_ladder_names_the_topic(tmp_path):
    good = next(iter(PERSONA_FILES))
    persona = load_persona_file(good)
    first = persona.topics[0].ladder[4]
    broken = tmp_path / good.name
    text = good.read_text(encoding="utf-8")
    for line in first[1:]:
        text = "\n".join(row for row in text.splitlines() if line not in row)
    broken.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match=r"topics\.0\.ladder: .*at least 2 phrasings at depths \[4\]"):
        load_persona_file(broken)
