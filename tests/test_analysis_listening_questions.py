"""Reflections and questions recognised by their structure, in sentences no labelled writer wrote."""

from __future__ import annotations

from factories import flags


def test_their_clause_handed_back_with_the_person_turned_is_a_simple_reflection() -> None:
    assert "simple_reflection" in flags("You started at the bakery in May.", ("partner", "I started at the bakery in May."))
    assert "simple_reflection" in flags("The rent went up, so you're moving out.", ("partner", "The rent went up, so I'm moving out."))
    assert "simple_reflection" in flags("The kids are loud but the staffroom is friendly.", ("partner", "Fine. The kids are loud but the staffroom is friendly."))


def test_their_words_in_an_answer_a_verdict_or_a_denial_are_no_reflection() -> None:
    assert "simple_reflection" not in flags("Platform four, the slow train.", ("partner", "Are you on platform four or the fast train?"))
    assert "simple_reflection" not in flags("Cheap wine is right.", ("partner", "We drank so much cheap wine that summer."))
    assert "simple_reflection" not in flags("New schools are scary.", ("partner", "It's my first week at a new school and it's scary."))
    assert "simple_reflection" not in flags("The rota isn't unfair.", ("partner", "The rota is unfair."))
    assert "simple_reflection" not in flags("Dear Ms Obi,\n\nThanks, Friday is fine.", ("partner", "Dear Mr Lund,\n\nCould we move to Friday?"))


def test_reassuring_them_against_their_own_verdict_is_not_a_reflection() -> None:
    partner = ("partner", "I feel like such a burden asking for help again.")
    said = flags("You're not a burden. Asking twice is normal.", partner)
    assert "simple_reflection" not in said and "complex_reflection" not in said
    assert "simple_reflection" not in flags("You're not being dramatic, you're being careful.", ("partner", "Sorry, I know I'm being dramatic."))


def test_their_situation_put_first_then_judged_is_a_complex_reflection() -> None:
    partner = ("partner", "I do the school run, then a nine-hour shift, then I cook for my dad.")
    assert "complex_reflection" in flags("A school run, a nine-hour shift and your dad's dinner - there's no gap left for you in that.", partner)
    assert "complex_reflection" in flags("Cooking for your dad after a nine-hour shift - that takes a kind of stamina most people never need.", partner)
    assert "complex_reflection" in flags("Doing the school run and then the shift - you barely get to stop.", partner)
    assert "complex_reflection" not in flags("Nice - that's great.", partner)


def test_naming_what_it_did_to_them_is_a_complex_reflection() -> None:
    partner = ("partner", "The surgeon rang at midnight and said they'd found something on the scan.")
    assert "complex_reflection" in flags("That midnight call frightened you - hearing it alone, with no one to ask.", partner)
    assert "complex_reflection" in flags("Okay, that's awful - waiting on the scan would wreck anyone's week, let alone yours.", partner)
    assert "complex_reflection" not in flags("The train gets you there by nine.", ("partner", "Is there a train that gets me to Leeds by nine?"))


def test_the_two_sides_put_together_is_a_complex_reflection_but_a_shared_story_is_not() -> None:
    partner = ("partner", "I didn't know you were covering nights too. I thought I was the only one drowning.")
    assert "complex_reflection" in flags("So we're both exhausted, and neither of us saw what the other was carrying.", partner)
    shared = flags("I ran a bakery for ten years, same stress. So we both know that fear.", ("partner", "I'm terrified the bakery will fail."))
    assert "complex_reflection" not in shared


def test_a_second_question_without_a_question_word_still_stacks() -> None:
    partner = ("partner", "Yeah, the train was cancelled again.")
    assert "question_stacking" in flags("How long have you lived here? You have kids?", partner)
    assert "question_stacking" in flags("Any news on the flat? Anyone else viewing it?", partner)
    assert "question_stacking" not in flags("What brought you here? Work?", partner)
    assert "question_stacking" not in flags("How was the trip? You do?", partner)


def test_a_fact_about_them_put_to_them_with_a_tag_is_asked() -> None:
    partner = ("partner", "Hi, is this the queue for coffee?")
    assert "closed_question" in flags("Yes. Sorry - you're Ana from the Leeds office, right?", partner)
    assert "question_stacking" in flags("You run the Tuesday choir, no? Are you still short of altos?", partner)
    assert "closed_question" not in flags("Great weather for it, right?", partner)


def test_a_question_too_short_to_name_its_subject_follows_up() -> None:
    partner = ("partner", "My son just started at a new nursery across town, and he cries every morning.")
    assert "follow_up_question" in flags("Oh no. Which nursery?", partner)
    assert "follow_up_question" in flags("What are the staff like?", ("partner", "I got the job at the care home, starting Monday on nights."))
    assert "follow_up_question" not in flags("Shame. What else?", partner)


def test_their_words_thrown_back_with_a_question_mark_ask_nothing() -> None:
    partner = ("partner", "I've told your sister we're selling the caravan.")
    said = flags("You told my sister before you told me? That's not on.", partner)
    assert "closed_question" not in said and "follow_up_question" not in said
    assert "closed_question" not in flags("Aiyo, selling? I loved that caravan.", partner)
    assert "closed_question" not in flags("Me? I'd be hopeless at it.", ("partner", "Would you ever want to run the quiz?"))
    assert "closed_question" in flags("You told my sister? When?", partner) or "open_question" in flags("You told my sister? When?", partner)


def test_asking_how_they_feel_about_what_they_said_follows_it_up() -> None:
    partner = ("partner", "The launch got pushed back to March.")
    assert "follow_up_question" in flags("Okay. And how are you feeling about that?", partner)
    assert "follow_up_question" in flags("Right. How are you doing with all that?", partner)
    assert "topic_switch" in flags("Very good, very good. And how is your family?", ("partner", "Bit stressed, the data's late and the scope keeps changing."))


def test_a_shrug_for_an_answer_then_a_question_of_ones_own_is_a_switch() -> None:
    partner = ("partner", "Weekends, mostly. What got you into nursing, anyway?")
    assert "topic_switch" in flags("Dunno, just sort of fell into it. Is the canteen any good here?", partner)
    assert "topic_switch" in flags("No real reason. Do they pay for parking?", partner)
    assert "topic_switch" not in flags("My mum was a nurse, so I grew up around it. Do they pay for parking?", partner)


def test_moving_on_after_they_agreed_or_after_they_reflected_ones_own_story_is_no_switch() -> None:
    agreed = flags(
        "Good. And while I'm here - the bins go out Tuesday now.",
        ("user", "How about I pay for the fence and you do the painting?"),
        ("partner", "The fence? That's fair. Okay, deal."),
    )
    assert "topic_switch" not in agreed
    reflected = flags(
        "It is. Some weeks are better. Anyway, did your lot win on Saturday?",
        ("user", "My dad doesn't always recognise me now, since the dementia got worse this winter."),
        ("partner", "So he's slipping away while he's still here. That must be so lonely for you."),
    )
    assert "topic_switch" not in reflected


def test_a_short_sentence_of_theirs_with_the_person_turned_is_simple() -> None:
    assert "simple_reflection" in flags("You just got back.", ("partner", "Oh hi! I just got back, still jet-lagged."))
    assert "simple_reflection" in flags("Your brother is here too.", ("partner", "My brother is here too, somewhere."))
    assert "simple_reflection" not in flags("I just got back.", ("partner", "I just got back, still jet-lagged."))


def test_instructions_and_judging_their_view_sound_are_no_reflection() -> None:
    partner = ("partner", "One guest stands in the room while I clean and it makes me nervous.")
    said = flags("Okay, so what you do is knock twice and offer to come back later.", partner)
    assert "simple_reflection" not in said and "complex_reflection" not in said
    worried = flags("Okay, your dad's right to worry about the late bus.", ("partner", "My dad doesn't want me on the late bus, it's dark."))
    assert "complex_reflection" not in worried and "simple_reflection" not in worried


def test_a_stock_nod_at_their_topic_then_a_new_subject_is_performative() -> None:
    partner = ("partner", "I only moved back from Singapore in May, and honestly I still feel a bit lost.")
    assert "performative_listening" in flags("Oh wow, Singapore, so cool. Have you tried the cheesecake?", partner)
    assert "performative_listening" in flags("Totally, moving is a lot. Anyway, do you know the host?", partner)
    assert "performative_listening" not in flags("Fair, it's big. Most of it is test fixtures though.", ("partner", "Why is this PR 2k lines?"))


def test_saying_what_it_is_really_about_or_how_it_feels_to_them_is_complex() -> None:
    partner = ("partner", "I snapped at Mo over the dishes again, but honestly I've not slept properly in weeks.")
    assert "complex_reflection" in flags("So it's not really about the dishes at all, is it.", partner)
    assert "complex_reflection" in flags("Weeks of bad sleep, and you feel like you're running on nothing.", partner)
    assert "complex_reflection" in flags("So when you're that tired, every little thing lands twice as hard.", partner)


def test_being_told_they_are_right_or_answering_their_question_with_so_is_no_reflection() -> None:
    partner = ("partner", "The grant says under-25s only, it's right there in the rules.")
    said = flags("You're right that the rule is there in the grant, and I missed it.", partner)
    assert "complex_reflection" not in said and "simple_reflection" not in said
    asked = flags("So the range has two lines: cushions in indigo, and table linen.", ("partner", "Oh nice. What's in the range?"))
    assert "complex_reflection" not in asked and "simple_reflection" not in asked


def test_a_stock_nod_then_a_much_deeper_story_of_ones_own_leaves_their_news() -> None:
    partner = ("partner", "We're off to Crete in June, can't wait!")
    assert "topic_switch" in flags("Amazing. Honestly since my mum died I've barely left the house and I cry most nights.", partner)
    assert "topic_switch" not in flags("Amazing. We went to Crete last year and loved Chania.", partner)


def test_asking_for_one_fact_or_one_tool_is_closed() -> None:
    partner = ("partner", "I've just started at the warehouse, nights for now.")
    assert "closed_question" in flags("What are the shifts?", partner)
    assert "closed_question" in flags("What are you running for payroll?", partner)
    assert "open_question" in flags("What are the people like?", partner)


def test_proposals_and_times_put_forward_are_not_follow_ups() -> None:
    partner = ("partner", "Could you come round on Saturday? I don't want to be on my own.")
    assert "follow_up_question" not in flags("Yes. I'll bring pizza and the worst film I can find. Seven-ish?", partner)
    assert "follow_up_question" not in flags("Of course. Want to do the long walk Sunday at 10 as well?", partner)
    assert "closed_question" in flags("What if the landlord pays for the boiler instead?", ("partner", "The boiler's broken again."))
    assert "closed_question" in flags("What's your average wait per call?", ("partner", "I work on the helpline now."))


def test_a_he_with_nobody_in_their_turn_to_point_at_does_not_follow_up() -> None:
    assert "follow_up_question" not in flags("How's the shoulder? What did he say?", ("partner", "Hi! Lovely to hear from you."))
    assert "follow_up_question" in flags("What did he say?", ("partner", "I finally told my dad about the move."))


def test_waving_off_their_question_then_asking_again_is_interview_style() -> None:
    first = ("user", "Where are you flying to? Is it for work?")
    partner = ("partner", "Lisbon, for a wedding. That's a lot of questions! What about you?")
    assert "interview_style" in flags("Oh, me, nothing interesting. Who's getting married?", first, partner)
    assert "interview_style" not in flags("Home to Leeds, my mum's birthday. Who's getting married?", first, partner)
