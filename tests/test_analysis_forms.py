"""General forms the analysis reads the same whoever writes them (sentences written for these tests)."""

from __future__ import annotations

from factories import flags

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


# Questions and listening, in general forms (sentences written for these tests).
MOVE = ("partner", "We moved house last week and my youngest has cried every night since. I'm running on no sleep.")


def test_a_check_on_the_conversation_is_not_a_follow_up() -> None:
    assert "follow_up_question" not in flags("Sorry, I've gone on a bit. Is this okay to talk about?", MOVE)
    assert "follow_up_question" in flags("Oh no. How is your youngest doing at bedtime now?", MOVE)


def test_a_request_sharing_only_a_name_is_not_a_follow_up() -> None:
    said = ("partner", "I'll ask Priya about the budget tomorrow.")
    assert "follow_up_question" not in flags("Would you mind copying me in when you email Priya?", said)
    assert "follow_up_question" not in flags("Could Sam cover the Friday shift instead?", ("partner", "Sam says he's free most days."))


def test_a_surprised_echo_opening_a_turn_asks_nothing() -> None:
    said = ("partner", "Your hedge is blocking most of the light to our kitchen.")
    assert not {"closed_question", "follow_up_question"} & flags("Is it? I hadn't noticed.", said)
    assert "closed_question" in flags("I love a long walk on a Sunday. Do you?", ("partner", "We went up Kinder Scout."))


def test_asking_again_what_the_learner_asked_is_not_following_up() -> None:
    history = (("partner", "Hi."), ("user", "What's slowing you down?"), ("partner", "Nothing much slowing me down. The client keeps changing the brief."))
    assert "follow_up_question" not in flags("Great. Anything else slowing you down?", *history)
    assert "follow_up_question" in flags("Great. How often does the client change the brief?", *history)


def test_he_or_she_points_at_the_person_they_named() -> None:
    assert "follow_up_question" in flags("Where's he based?", ("partner", "My brother drives lorries all over Europe."))
    assert "follow_up_question" in flags("Is she settling in?", ("partner", "Our daughter just started at a new school."))


def test_the_weight_of_their_situation_named_is_a_complex_reflection() -> None:
    nights = ("partner", "I do nights at the depot and then the school run.")
    assert "complex_reflection" in flags("Nights and then the school run - that's a lot to carry on four hours' sleep.", nights)
    assert "complex_reflection" in flags("Nights and then the school run, so you're basically living on coffee.", nights)
    assert "complex_reflection" not in flags("Sorry, that's a lot to dump on you.", nights)
    assert "complex_reflection" not in flags("I'll take the kids on Monday, so you're not stuck.", nights)


def test_their_situation_judged_is_a_reflection_a_plan_or_an_argument_is_not() -> None:
    exam = ("partner", "We've got an inspection all next week and the whole team is on edge.")
    assert "complex_reflection" in flags("An inspection week sounds like holding your breath for five days.", exam)
    assert "complex_reflection" not in flags("Your plan sounds good.", ("partner", "My plan is to ship on Friday."))
    assert "complex_reflection" not in flags("Hiring more people now is the wrong order.", ("partner", "I want to hire two more people now."))


def test_granting_a_point_or_giving_tips_is_not_a_reflection() -> None:
    assert not {"simple_reflection", "complex_reflection"} & flags("You've got a point about the budget, nobody has costed it.", ("partner", "Nobody has costed the budget."))
    assert "complex_reflection" not in flags("ok so the trick is you gotta book the early slot, it's quieter.", ("partner", "The gym is always rammed."))


def test_moving_on_after_owning_ones_own_long_story_is_not_a_switch() -> None:
    history = (
        ("partner", "I get the 42 in."),
        ("user", "I used to get that bus every day when I lived with my ex, before it all fell apart and I had to move back in with my parents for a year."),
        ("partner", "Oh. I'm sorry, that sounds awful."),
    )
    assert "topic_switch" not in flags("Sorry, that was a lot. Anyway, how are you finding the new job?", *history)
    assert "topic_switch" in flags("Anyway, how's the new job?", ("partner", "My mum's in hospital again and I'm back and forth every night."))


def test_declining_their_question_then_asking_something_else_is_a_switch() -> None:
    asked = ("partner", "About two years for me. What got you into climbing?")
    assert "topic_switch" in flags("Oh, it's a long story. Which wall do you like best?", asked)
    assert "topic_switch" not in flags("Oh, my sister dragged me along one winter. Which wall do you like best?", asked)


def test_taking_up_their_offer_is_not_a_switch() -> None:
    got = flags("Great. I'm free after six most days. Friday at seven?", ("partner", "Ha, it's all in the hips. I'll show you."))
    assert not {"topic_switch", "performative_listening"} & got


def test_a_laughing_ok_is_not_a_performed_acknowledgment() -> None:
    assert "performative_listening" not in flags("lol ok. what are you playing next", ("partner", "bro I already finished it"))
    assert "performative_listening" in flags("Love that! Anyway, are you free for a call on Monday?", MOVE)


def test_a_written_messages_frame_does_not_hide_the_move() -> None:
    got = flags("Hi Tom,\n\nLove that! Anyway, are you free for a call on Monday?\n\nBest,\nAna", MOVE)
    assert {"performative_listening", "topic_switch"} <= got
    assert "follow_up_question" in flags("Dear Tom,\n\nHow is your youngest doing at bedtime now?\n\nWarm regards,\nAna", MOVE)


def test_kinds_of_things_and_named_things() -> None:
    assert "open_question" in flags("What kind of roles do you hire for?", NEWS)
    assert "closed_question" in flags("What kind is it?", ("partner", "We got a dog at last."))
    assert "closed_question" in flags("Which tools do you use for that?", ("partner", "I look after our data pipelines."))
    assert "closed_question" in flags("What's catching you on it - the start or the finish?", ("partner", "I've been stuck on this route for weeks."))


def test_asking_leave_to_ask_is_open_and_a_sign_off_asks_nothing() -> None:
    assert "open_question" in flags("Is it okay if I ask how you got the job?", NEWS)
    assert not {"open_question", "closed_question"} & flags("Thanks again. Let me know how the move goes!", NEWS)


def test_someone_on_their_way_out_leaves_no_topic_to_switch_from() -> None:
    leaving = ("partner", "Sounds fine. Look, I'm going to grab a coffee.")
    assert "topic_switch" not in flags("Sure. Before you go, how many people are on your team?", leaving)


def test_asking_about_ones_own_conduct_is_a_check_and_asking_about_the_past_is_not() -> None:
    from simulator.analysis.questions import is_check

    assert is_check("was i out of line there?") and is_check("did i say something wrong?")
    assert not is_check("did i tell you i'm moving to leeds?") and not is_check("had i met your sister before?")
