"""The analysis tells apart the turns the issue names, in context, and never raises."""

from __future__ import annotations

from factories import flags
from hypothesis import given, settings
from hypothesis import strategies as st

from simulator.analysis import analyze_turn
from simulator.schemas import FLAGS, Turn, TurnContext

STORY = "My dad got sick in March, so I ended up moving back home to look after him for a while."


def test_open_follow_up_vs_closed_topic_switch() -> None:
    after = flags("What was that like?", ("partner", STORY))
    assert {"open_question", "follow_up_question"} <= after
    assert "topic_switch" not in after
    away = flags("Where do you work?", ("partner", STORY))
    assert {"closed_question", "topic_switch"} <= away
    assert "follow_up_question" not in away


def test_three_questions_in_one_turn_are_stacked_but_either_or_is_one() -> None:
    assert "question_stacking" in flags("How long have you been there? Do you like it? What's the team like?", ("partner", "I work at the hospital."))
    assert "question_stacking" not in flags("Was it the people or the work that made you stay?", ("partner", "I stayed there nine years."))


def test_a_run_of_bare_questions_becomes_interview_style() -> None:
    convo = [("partner", "I'm in logistics."), ("user", "Which company?"), ("partner", "A freight firm in Rotterdam.")]
    assert "interview_style" in flags("How many people work there?", *convo)
    assert "interview_style" not in flags("Rotterdam, nice, I spent a summer there. How did you end up in freight?", *convo)


def test_simple_vs_complex_reflection() -> None:
    partner = ("partner", "I started on the new team in June, and honestly nobody has said a word about the migration I led.")
    simple = flags("So you started on the new team in June.", partner)
    assert "simple_reflection" in simple and "complex_reflection" not in simple
    complex_ = flags("So the title matters less to you than knowing your work is seen.", partner)
    assert "complex_reflection" in complex_


def test_performative_listening_pivot_and_repeated_formula() -> None:
    assert "performative_listening" in flags("Totally, I hear you. Anyway, what are you working on these days?", ("partner", STORY))
    convo = [("partner", "We just got back from Lisbon."), ("user", "That's so interesting! Tell me more."), ("partner", "Well, it rained most days.")]
    assert "performative_listening" in flags("That's so interesting! Tell me more.", *convo)


def test_disclosure_is_calibrated_to_the_partner() -> None:
    light = ("partner", "I just moved here from Leeds, still finding my feet.")
    assert "calibrated_disclosure" in flags("I moved last year too, and the first month was rough.", light)
    over = flags("My marriage fell apart last year and I was diagnosed with depression, I still can't sleep.", light)
    assert "oversharing" in over and "calibrated_disclosure" not in over
    invited = ("partner", "Honestly I was terrified on my first day here. What about you, how did you find it?")
    assert "under_disclosure" in flags("What made it so scary?", invited)


def test_disagreement_language() -> None:
    partner = ("partner", "I think we have to delay the launch; the test results are bad.")
    assert "you_statement_attack" in flags("You're wrong, you always do this.", partner)
    assert "i_statement" in flags("I see this differently because the failures are all in one module.", partner)
    assert "acknowledges_view" in flags("I can see why the test results worry you.", partner)
    assert "you_statement_attack" not in flags("You always bring the best snacks, thank you.", ("partner", "Brought doughnuts!"))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=400), partner=st.text(max_size=200), earlier=st.lists(st.text(max_size=80), max_size=3))
def test_analysis_never_raises_on_any_string(text: str, partner: str, earlier: list[str]) -> None:
    history = [Turn(speaker="partner", text=partner)] + [Turn(speaker="user", text=e) for e in earlier]
    signals = analyze_turn(TurnContext(text=text, history=history))
    assert set(signals.flags) <= set(FLAGS)
    assert 0 <= signals.disclosure_depth <= 4


def test_a_megabyte_turn_is_analysed_quickly() -> None:
    signals = analyze_turn(TurnContext(text="I think this matters. " * 50_000, history=[Turn(speaker="partner", text="Go on.")]))
    assert signals.word_count == 200_000 and "dominating" in signals.flags


def test_next_steps_check_ins_and_one_upping_in_context() -> None:
    assert "follow_through" in flags("Great, I'll send you the deck on Monday morning.", ("partner", "I'd love to see the deck."))
    assert "follow_through" not in flags("We should grab coffee sometime!", ("partner", "Nice to meet you."))
    asking_to_step = flags("Is it ok if I call you Thursday at 4 to go through the numbers?", ("partner", "Sure."))
    assert "follow_through" in asking_to_step and "check_in" not in asking_to_step
    assert "check_in" in flags("Sorry, am I talking too much?", ("partner", "Ha, go on."))
    bigger = flags("Burnout? Try running a startup with two babies at home.", ("partner", "I've been pretty burnt out since the spring."))
    assert "one_upping" in bigger and "unsolicited_advice" not in bigger
    assert "common_ground" in flags("lol same, i grew up in leeds too", ("partner", "I'm from Leeds originally."))


def test_an_echo_used_as_a_springboard_asks_nothing() -> None:
    partner = ("partner", "I'm working two jobs and coming home to your pans.")
    echo = flags("Two jobs? Try a dissertation and a bar job on top.", partner)
    assert not {"closed_question", "open_question", "follow_up_question"} & echo
    assert "open_question" in flags("Two jobs? How do you even fit that in?", partner)


def test_an_or_question_offering_a_way_out_is_one_question() -> None:
    partner = ("partner", "Sorry, I don't usually tell strangers all this.")
    assert "question_stacking" not in flags("Is it all right to keep talking about her, or would you rather we changed the subject?", partner)


def test_a_brush_off_then_a_new_subject_is_a_switch() -> None:
    partner = ("partner", "Thanks for sorting that. How are you doing, generally? You've seemed quiet.")
    assert "topic_switch" in flags("Fine. Can you send me the figures for Thursday?", partner)
    assert "topic_switch" not in flags("Honestly, a bit tired. The move has taken it out of me. How did you know?", partner)


def test_a_factual_answer_is_not_under_disclosure_but_a_brush_off_is() -> None:
    assert "under_disclosure" not in flags("About four years now, mostly on the night shift.", ("partner", "How long have you been working here?"))
    assert "under_disclosure" in flags("Fine. Anyway, what's on the agenda?", ("partner", "How have you been doing lately?"))


def test_an_intensified_feeling_of_ones_own_is_depth_two() -> None:
    from simulator.analysis.disclosure import depth

    assert depth("I was honestly so hurt when nobody called.") == 2
    assert depth("I get really defensive when people criticise my cooking.") == 2


def test_judging_nouns_and_sales_qualifying_questions() -> None:
    assert "you_statement_attack" in flags("Honestly, you're such a hypocrite about the budget.", ("partner", "We need to cut costs."))
    assert "you_statement_attack" not in flags("You have no idea how much that helped, thank you.", ("partner", "Glad it worked out."))
    assert "efficiency_rush" in flags("Who's the best person to email about your procurement decisions?", ("partner", "Hi, nice to meet you."))
