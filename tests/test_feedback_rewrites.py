"""Rewrites are built from the partner's own words, and are left out when there are none."""

from __future__ import annotations

from simulator.rubric import score_transcript
from simulator.transcripts import parse_transcript


def _feedback(text: str):
    report = score_transcript(parse_transcript(text, user_name="Me"))
    return [fb for turn in report.turns for fb in turn.feedback]


def test_a_rewrite_uses_what_the_partner_actually_said() -> None:
    feedback = _feedback("Sam: I just moved here from Leeds for the new job.\nMe: Where do you work?\n")
    rewrites = [fb.rewrite for fb in feedback if fb.rewrite]
    assert any("Leeds" in r or "moved here" in r for r in rewrites), rewrites


def test_an_opening_turn_gets_no_made_up_reference_to_their_words() -> None:
    feedback = _feedback("Me: Morning! How are things going with you?\nSam: Fine, busy.\n")
    assert all("you said that" not in (fb.rewrite or "").lower() for fb in feedback)
