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


def test_a_rewrite_builds_on_their_news_not_their_reply_to_you() -> None:
    feedback = _feedback("Sam: That's exactly it. My dad's been in hospital since March.\nMe: Where do you work?\n")
    rewrites = [fb.rewrite for fb in feedback if fb.rewrite and "said" in fb.rewrite]
    assert rewrites and all("your dad's been in hospital since March" in r for r in rewrites), rewrites


def test_when_their_last_turn_only_answered_you_the_rewrite_reaches_back_one_turn() -> None:
    feedback = _feedback(
        "Sam: I've been covering two jobs since Priya left.\nMe: Oh no.\n"
        "Sam: Thanks, yeah. That's kind of you.\nMe: Anyway, did you see the match?\n"
    )
    rewrites = [fb.rewrite for fb in feedback if fb.rewrite and "said" in fb.rewrite]
    assert rewrites and all("covering two jobs" in r for r in rewrites[-1:]), rewrites
