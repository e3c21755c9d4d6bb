"""General forms the analysis reads the same whoever writes them (sentences written for these tests)."""

from __future__ import annotations

from simulator.analysis import analyze_turn
from simulator.schemas import Turn, TurnContext


def flags(text: str, *history: tuple[str, str]) -> set[str]:
    turns = [Turn(speaker=s, text=t) for s, t in history]
    return set(analyze_turn(TurnContext(text=text, history=turns)).flags)


NEWS = ("partner", "We finally sold the flat last week. It took eleven months and I'm exhausted.")


def test_an_echo_then_a_question_is_one_question() -> None:
    got = flags("Eleven months? Why so long?", NEWS)
    assert "question_stacking" not in got and "open_question" in got


def test_a_question_restated_with_candidates_is_one_question() -> None:
    got = flags("What made you sell? like was it the money or the neighbours", NEWS)
    assert "question_stacking" not in got and "closed_question" not in got


def test_texted_questions_without_a_question_mark() -> None:
    assert "closed_question" in flags("whens the move", NEWS)
    assert "question_stacking" not in flags("nice one. hbu how long did the last one take to sell", NEWS)


def test_incredulity_and_negative_tags_ask_nothing() -> None:
    assert not {"open_question", "closed_question"} & flags("ugh. who even buys in this market??", NEWS)
    assert "question_stacking" not in flags("I've been going on about my kitchen, haven't I? Is it ok if I ask about the new place?", NEWS)


def test_a_name_is_a_one_word_answer_and_a_status_request_is_open() -> None:
    assert "closed_question" in flags("What's the new street called?", NEWS)
    assert "open_question" in flags("Where are you with the new mortgage?", NEWS)


def test_so_anyway_is_a_pivot_and_a_pointer_back_is_not() -> None:
    assert "topic_switch" in flags("ha yeah. so anyway did you watch the match on sunday?", NEWS)
    assert "follow_up_question" in flags("Can you tell me what's been going on?", ("partner", "Sorry. There's some stuff going on with my brother."))


def test_a_pronoun_question_about_the_person_they_named() -> None:
    got = flags(
        "Watching them lose their nerve is hard, even when it's sensible. What's helped him since?",
        ("partner", "My son fell off his bike in May. He won't ride it now."),
    )
    assert "follow_up_question" in got and "topic_switch" not in got


def test_a_reflection_after_its_fronted_topic() -> None:
    got = flags("Eleven months of viewings - sounds like it wore you right down.", NEWS)
    assert "complex_reflection" in got


def test_an_echo_on_the_way_to_advice_is_not_a_reflection() -> None:
    got = flags("Eleven months for a flat, ok, here's the thing - you need to fire your agent.", NEWS)
    assert not {"simple_reflection", "complex_reflection"} & got


def test_a_verdict_answers_their_question() -> None:
    asked = ("partner", "I haven't been to the new cafe yet. Is it good?")
    assert "performative_listening" not in flags("so good. the cakes are huge. what have you been up to this week?", asked)
