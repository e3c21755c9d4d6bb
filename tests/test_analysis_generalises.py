"""Moves recognised by their structure in sentences no labelled writer wrote."""

from __future__ import annotations

from simulator.analysis import analyze_turn
from simulator.schemas import Turn, TurnContext


def flags(text: str, *history: tuple[str, str]) -> set[str]:
    turns = [Turn(speaker=s, text=t) for s, t in history]
    return set(analyze_turn(TurnContext(text=text, history=turns)).flags)


def test_a_parallel_story_told_as_the_reason_one_understands_is_common_ground() -> None:
    partner = ("partner", "I sprained my wrist in March and I still flinch on the bars.")
    assert "common_ground" in flags("I broke two fingers bouldering in 2021, so I know that flinch.", partner)
    assert "common_ground" in flags("I grew up in Cardiff too - Canton, right by the park.", ("partner", "I grew up in Cardiff, actually."))
    assert "common_ground" not in flags("I went to the shops this morning.", partner)


def test_shrinking_their_experience_against_ones_own_is_one_upping() -> None:
    partner = ("partner", "My flight was delayed four hours yesterday, I was so tired.")
    assert "one_upping" in flags("I once sat on a runway for eleven hours, so believe me, a four-hour delay is nothing.", partner)
    assert "one_upping" in flags("I did a thirty-hour trip with two toddlers. Once you've done that, a delay is a holiday.", partner)


def test_an_ask_for_oneself_before_any_connection_is_a_rush() -> None:
    partner = ("partner", "Hi! How was your weekend? I finally got the garden sorted.")
    assert "efficiency_rush" in flags("Hi. Could you sign off my expenses before lunch?", partner)
    assert "efficiency_rush" in flags("Who looks after procurement at your firm?", ("partner", "Nice to meet you, lovely venue."))


def test_blame_in_you_language_but_not_a_warm_always() -> None:
    assert "you_statement_attack" in flags("You are always too busy for the team but never for the board.", ("partner", "Sorry, I had to skip the retro."))
    assert "you_statement_attack" in flags("You signed the contract without asking anyone.", ("partner", "The supplier deal is done."))
    assert "you_statement_attack" not in flags("You're always so generous with your time, thank you.", ("partner", "Happy to help."))
    assert "you_statement_attack" not in flags("How do you keep on top of all the invoices?", ("partner", "I run the accounts for four shops."))


def test_owning_a_view_with_a_contraction_is_an_i_statement() -> None:
    partner = ("partner", "We're moving the launch to May.")
    assert "i_statement" in flags("I'd rather we kept April, though, because the stores have already planned for it.", partner)
    assert "i_statement" in flags("I'm quite worried, though, that May clashes with the audit.", partner)
    assert "i_statement" not in flags("Ha, I feel you.", ("partner", "Mondays are the worst."))


def test_not_advice_a_goodbye_a_request_or_a_taste_of_the_buffet() -> None:
    assert "unsolicited_advice" not in flags("Have you tried the curry? It's excellent.", ("partner", "I only moved here last week."))
    assert "unsolicited_advice" not in flags("Thanks. Get some rest tonight.", ("partner", "I'll cover the early shift."))
    assert "unsolicited_advice" not in flags("With a new puppy, sleep is the last thing you need to worry about.", ("partner", "We got a puppy on Sunday."))
    assert "unsolicited_advice" in flags("You should just tell your landlord you're leaving.", ("partner", "My flat has damp again."))
