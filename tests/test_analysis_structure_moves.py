"""Disclosure and move flags read from structure, on sentences no labelled writer wrote."""

from __future__ import annotations

from factories import analysed, flags


def test_waving_off_a_question_about_oneself_is_under_disclosure() -> None:
    asked = ("partner", "I've been swimming most mornings this year. You?")
    assert "under_disclosure" in flags("Dunno. Which pool do you go to?", asked)
    worried = ("partner", "You've seemed really quiet lately. Is everything alright with you?")
    assert "under_disclosure" in flags("I'm fine. Did you watch the match?", worried)
    # A short answer that is an answer, followed by something of one's own, is not.
    assert "under_disclosure" not in flags(
        "Not yet. I booked a slot for Thursday though, I'm a bit nervous about it.", ("partner", "Have you seen the physio yet?")
    )


def test_taking_back_what_one_shared_when_asked_about_it_is_under_disclosure() -> None:
    history = (
        ("partner", "How are things at home?"),
        ("user", "Honestly awful, my brother moved out after a huge row and I've been crying most nights."),
        ("partner", "That sounds really hard. Are you okay?"),
    )
    assert "under_disclosure" in flags("Never mind, ignore me. Shall we look at the rota?", *history)


def test_a_hedge_then_back_to_asking_them_is_under_disclosure() -> None:
    partner = ("partner", "We mostly worked on coastal erosion. Do you work on coasts yourself?")
    assert "under_disclosure" in flags("Kind of, I suppose. How did you pick the sites?", partner)
    assert "under_disclosure" not in flags("Kind of, I map dunes for the council. How did you pick the sites?", partner)


def test_a_venture_pitched_at_the_first_turn_is_a_rush() -> None:
    partner = ("partner", "Phew, packed in here tonight, isn't it?")
    assert "efficiency_rush" in flags("I'm building a booking app for dentists and we're looking for pilot clinics.", partner)
    assert "efficiency_rush" in flags("Can we skip the niceties? I want to talk about my pay review.", ("partner", "Morning! Good break?"))


def test_checking_on_the_conversation_itself_is_a_check_in() -> None:
    partner = ("partner", "Right, well, it's been a long day.")
    assert "check_in" in flags("Sorry, am I ranting?", partner)
    assert "check_in" in flags("Have I been a bit intense?", partner)
    assert "check_in" in flags("Is now a bad time to go through this?", partner)
    # Permission for a work step is not a check on the conversation.
    assert "check_in" not in flags("Is it okay if I file the report before you see it?", partner)


def test_a_feeling_named_with_im_alone_has_depth() -> None:
    assert analysed("I'm honestly livid with myself about it.").disclosure_depth >= 2
    # A stance on the work, however worded, stays a stance.
    assert analysed("I'm worried that we ship before the tests pass.").disclosure_depth <= 1


def test_a_dated_past_event_of_ones_own_is_a_light_experience() -> None:
    assert analysed("I lost both tomato plants in June.").disclosure_depth == 1
    assert analysed("I'll call the office on Monday.").disclosure_depth == 0


def test_confirming_a_time_they_proposed_is_follow_through() -> None:
    assert "follow_through" in flags("Perfect, 9:30 it is.", ("partner", "Could we do 9:30 on Friday?"))
    assert "follow_through" in flags("How about I send you the notes by Wednesday?", ("partner", "I missed the meeting."))
    # A question about their story is not a callback.
    assert "follow_through" not in flags("How did you manage after that?", ("partner", "I was off work for three months."))


def test_quoting_a_you_phrase_to_apologise_for_it_is_not_an_attack() -> None:
    assert "you_statement_attack" not in flags("Sorry about the 'you always' comment, that was unfair.", ("partner", "That stung."))
    assert "you_statement_attack" in flags("You're one to talk, you left the door open all week.", ("partner", "You left the lights on."))


def test_a_much_bigger_story_in_answer_to_theirs_is_one_upping() -> None:
    partner = ("partner", "I had a rough week, my cat was ill and I barely slept.")
    story = (
        "My dog had cancer last year and I was in and out of the vet every day for two months, "
        "I nearly lost my job over it and I cried in the car park most mornings before work, "
        "and then the surgery failed and we had to have him put down in the end."
    )
    assert "one_upping" in flags(story, partner)
    assert "one_upping" not in flags("Oh no. I had a poorly cat last spring too, it's exhausting.", partner)


def test_stating_their_reason_for_them_acknowledges_their_view() -> None:
    partner = ("partner", "I booked the cheaper venue, it's not ideal, I know.")
    assert "acknowledges_view" in flags("You chose it because you're the one watching the budget, and that matters.", partner)
    assert "acknowledges_view" in flags("I know you're stretched with the launch. Could we talk about the venue?", partner)
