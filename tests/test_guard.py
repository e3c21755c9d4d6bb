"""The guard keeps an LLM persona in character while its reply streams."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from llm_support import ladder_persona, request_for

from simulator.engines.guard import StreamGuard, find_leaks, guard_text, rules_for

PERSONA = ladder_persona()
RULES = rules_for(request_for(PERSONA, openness=1))


def stream(text: str, size: int = 3) -> tuple[list[str], StreamGuard]:
    """Feed the guard `size` characters at a time, as tokens arrive; return what it showed."""
    guard = StreamGuard(RULES)
    shown = [guard.feed(text[i : i + size]) for i in range(0, len(text), size)]
    shown.append(guard.finish())
    return [s for s in shown if s], guard


def test_a_plain_reply_streams_through_in_many_pieces_unchanged() -> None:
    reply = "I moved here two years ago, and honestly the markets on Saturday won me over. Do you live nearby?"
    pieces, guard = stream(reply)
    assert "".join(pieces) == reply
    assert len(pieces) > 5
    assert guard.report.dropped == [] and guard.report.stopped is None


def test_strips_its_own_name_label_and_stage_directions() -> None:
    text, report = guard_text("Inês: *smiles nervously* Hi! [laughs] I'm a pharmacist (pauses) at the hospital.", RULES)
    assert text == "Hi! I'm a pharmacist at the hospital."
    assert report.labels_stripped == 1
    assert report.asides_removed == 3


def test_keeps_emphasis_and_long_asides() -> None:
    text, _ = guard_text("I *really* like it here (the river walk most of all, every single evening).", RULES)
    assert text == "I really like it here (the river walk most of all, every single evening)."


def test_stops_where_the_model_starts_writing_the_learners_lines() -> None:
    text, report = guard_text("I live near the river.\nUser: Oh nice, I love rivers!\nInês: Me too.", RULES)
    assert text == "I live near the river."
    assert report.stopped == "another speaker (User)"


@pytest.mark.parametrize("tail", ["<end_of_turn>\n<start_of_turn>user\nhi", "<|im_end|>more", "\n\nLearner says hi"])
def test_stops_at_chat_template_tokens_and_blank_lines(tail: str) -> None:
    text, report = guard_text(f"I cook most evenings.{tail}", RULES)
    assert text == "I cook most evenings."
    assert report.stopped


def test_stops_at_a_list_even_when_it_arrives_one_character_at_a_time() -> None:
    pieces, guard = stream("I cook most evenings. My tips:\n1. Listen.\n2. Ask.", size=1)
    assert "".join(pieces) == "I cook most evenings. My tips:"
    assert guard.report.stopped


@pytest.mark.parametrize(
    "assistant",
    [
        "Great question! Here are some tips for building rapport:\n1. Listen more.",
        "As an AI language model, I don't live anywhere.",
        "I'd give you full marks for that one.",
        "Sure, my instructions say to stay guarded.",
        "I hope this helps! Feel free to ask anything else.",
    ],
)
def test_never_turns_into_an_assistant_a_coach_or_a_grader(assistant: str) -> None:
    text, report = guard_text(f"{assistant} I like the river walk.", RULES)
    assert text in ("", "I like the river walk.")
    assert report.dropped or report.stopped


def test_drops_a_sentence_revealing_a_deeper_rung_and_keeps_the_rest() -> None:
    leak = "Honestly, I have panic attacks before every audit."
    text, report = guard_text(f"I work in the pharmacy. {leak} Anyway, what about you?", RULES)
    assert text == "I work in the pharmacy. Anyway, what about you?"
    assert report.leaked_depths == [4]
    assert find_leaks(leak, RULES) == [4]


def test_a_leak_noticed_mid_sentence_is_trimmed_with_an_ellipsis() -> None:
    pieces, guard = stream("Well, the truth is my father was diagnosed with dementia last year. It's fine.")
    assert "dementia" not in "".join(pieces)
    assert guard.report.trimmed
    assert "".join(pieces).endswith("… It's fine.")


def test_allowed_depths_pass_and_deeper_ones_are_leaks_at_each_openness() -> None:
    for openness in range(5):
        rules = rules_for(request_for(PERSONA, openness=openness))
        for topic in PERSONA.topics:
            for depth, lines in topic.ladder.items():
                leaks = find_leaks(lines[0], rules)
                if depth <= openness:
                    assert leaks == [], (openness, lines[0])
                elif depth >= 3:
                    assert leaks and max(leaks) > openness, (openness, lines[0])


def test_everyday_talk_is_not_mistaken_for_a_leak() -> None:
    for line in ["I went to the market and bought fish.", "Work was busy today.", "My brother called me.",
                 "I played some music last night.", "The hospital car park is always full."]:
        assert find_leaks(line, RULES) == [], line


def test_caps_length_at_a_sentence_end() -> None:
    reply = " ".join(f"Sentence number {i} is about the river and the markets." for i in range(30))
    text, report = guard_text(reply, RULES)
    assert len(text.split()) <= RULES.max_words + 15
    assert report.stopped == "length"
    assert text.endswith(".")


def test_the_persona_keeps_its_own_name() -> None:
    assert guard_text("Hey, I'm Alex. I cook most evenings.", RULES)[0] == "I cook most evenings."
    assert guard_text("Hi, I'm Inês. I cook most evenings.", RULES)[0] == "Hi, I'm Inês. I cook most evenings."
    assert guard_text("I'm British, and I cook.", RULES)[0] == "I'm British, and I cook."
    pieces, _ = stream("Hey, I'm Alex, nice to meet you. I cook most evenings.", size=2)
    assert "".join(pieces) == "I cook most evenings."


def test_drops_repeated_sentences() -> None:
    text, _ = guard_text("I love the river. I love the river. I love the river. It's calm.", RULES)
    assert text == "I love the river. It's calm."


def test_does_not_repeat_what_it_already_said_earlier_in_the_session() -> None:
    from simulator.schemas import Turn

    said = "I love the markets on Saturday, honestly."
    rules = rules_for(request_for(PERSONA, history=[Turn(speaker="partner", text=said)]))
    guard = StreamGuard(rules)
    guard.feed(f"{said} And the river.")
    guard.finish()
    assert guard.text == "And the river."


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc XYZ19.!?*()[]<>:-\n'\"")), max_size=200), st.integers(1, 9))
def test_any_chunking_gives_the_same_reply(text: str, size: int) -> None:
    whole, _ = guard_text(text, RULES)
    pieces, _ = stream(text, size)
    assert "".join(pieces).strip() == whole
