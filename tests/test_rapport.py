"""The persona's state moves for the right reasons: examples of each rule."""

from __future__ import annotations

import pytest
from factories import make_persona, signals

from simulator.rapport import (
    MAX_GAIN_PER_TURN,
    REPEAT_DECAY,
    advance,
    initial_state,
    outcome_met,
    replay,
    trust_depth,
)

PERSONA = make_persona()


def test_a_persona_starts_at_its_baseline_and_shares_little():
    state = initial_state(PERSONA)
    assert state.trust == 0.3
    assert state.openness <= 1
    assert state.turn == 0 and not state.outcome_reached


def test_trust_moves_by_the_flags_weighted_by_the_personas_sensitivities():
    state = advance(initial_state(PERSONA), PERSONA, signals("open_question", "follow_up_question"))
    assert state.trust == pytest.approx(0.3 + 0.05 + 0.06)
    assert state.delta == pytest.approx(0.11)
    assert state.mood == "warm"


def test_a_flag_the_persona_does_not_care_about_moves_nothing():
    state = advance(initial_state(PERSONA), PERSONA, signals("closed_question"))
    assert state.trust == 0.3 and state.delta == 0 and state.mood == "neutral"


def test_a_guarded_persona_punishes_interrogation_harder_than_a_chatty_one():
    chatty = make_persona(sensitivities={"interview_style": -0.02})
    guarded = make_persona(sensitivities={"interview_style": -0.12})
    turn = signals("interview_style", "closed_question")
    assert advance(initial_state(guarded), guarded, turn).trust < advance(initial_state(chatty), chatty, turn).trust


@pytest.mark.parametrize(
    ("flag", "mood"),
    [
        ("you_statement_attack", "defensive"),
        ("oversharing", "uncomfortable"),
        ("acknowledges_view", "softened"),
        ("interview_style", "guarded"),
    ],
)
def test_the_mood_says_how_the_turn_landed(flag, mood):
    assert advance(initial_state(PERSONA), PERSONA, signals(flag)).mood == mood


def test_one_trick_repeated_earns_less_each_time_and_cannot_max_trust():
    states = replay(PERSONA, [signals("follow_up_question")] * 40)
    gains = [b.trust - a.trust for a, b in zip(states, states[1:])]
    assert gains[1] == pytest.approx(gains[0] * REPEAT_DECAY, abs=1e-4)
    assert all(later <= earlier + 1e-9 for earlier, later in zip(gains, gains[1:]))
    ceiling = 0.3 + 0.06 / (1 - REPEAT_DECAY)
    assert states[-1].trust <= ceiling + 1e-6 < 1.0


def test_penalties_do_not_wear_off_with_repetition():
    states = replay(PERSONA, [signals("interview_style")] * 3)
    assert [s.delta for s in states[1:]] == [-0.08, -0.08, -0.08]


def test_one_turn_can_only_raise_trust_so_far():
    everything = signals("open_question", "follow_up_question", "complex_reflection",
                         "calibrated_disclosure", "acknowledges_view", "check_in")
    assert advance(initial_state(PERSONA), PERSONA, everything).delta == pytest.approx(MAX_GAIN_PER_TURN)


def test_trust_stays_between_zero_and_one():
    attacks = replay(PERSONA, [signals("you_statement_attack")] * 5)
    assert attacks[-1].trust == 0.0 and attacks[-1].openness == 0
    trusting = make_persona(baseline_trust=0.98)
    assert advance(initial_state(trusting), trusting, signals("complex_reflection")).trust == 1.0


def test_openness_follows_trust_but_never_runs_past_the_learners_own_sharing():
    trusting = make_persona(baseline_trust=0.95)
    state = initial_state(trusting)
    for _ in range(5):
        state = advance(state, trusting, signals("follow_up_question"))
    assert trust_depth(state.trust) == 4
    assert state.openness == 1  # the learner shared nothing: mutual vulnerability, not extraction
    state = advance(state, trusting, signals("calibrated_disclosure", depth=2))
    assert state.openness == 2 and state.learner_max_depth == 2


def test_openness_opens_one_level_a_turn_and_closes_at_once():
    trusting = make_persona(baseline_trust=0.95, sensitivities={**PERSONA.sensitivities, "you_statement_attack": -0.5})
    state = advance(initial_state(trusting), trusting, signals("calibrated_disclosure", depth=4))
    assert state.openness == 2
    state = advance(state, trusting, signals("follow_up_question"))
    assert state.openness == 3
    state = advance(state, trusting, signals("you_statement_attack", "oversharing"))
    assert state.openness == trust_depth(state.trust) == 1


def test_every_flag_is_counted_for_the_history():
    states = replay(PERSONA, [signals("open_question"), signals("open_question", "check_in")])
    assert states[-1].flag_counts == {"open_question": 2, "check_in": 1}
    assert states[-1].seen_flags == ["check_in", "open_question"]
    assert states[-1].flags == ["open_question", "check_in"]


def good_turn(depth: int = 1):
    return signals("follow_up_question", "complex_reflection", "calibrated_disclosure", depth=depth)


def test_the_outcome_is_reached_when_its_conditions_hold_and_stays_reached():
    states = replay(PERSONA, [good_turn(1), good_turn(2), good_turn(2), good_turn(2)])
    reached = [s.outcome_reached for s in states]
    assert reached.index(True) >= PERSONA.outcome.conditions.min_learner_turns
    assert all(reached[reached.index(True):])
    later = advance(states[-1], PERSONA, signals("interview_style"))
    assert later.outcome_reached


def test_the_outcome_needs_its_required_flags():
    no_follow_ups = [signals("open_question", "complex_reflection", "calibrated_disclosure", depth=2)] * 8
    assert not any(s.outcome_reached for s in replay(PERSONA, no_follow_ups))


def test_a_forbidden_flag_blocks_the_outcome_for_the_learners_last_two_turns():
    warm = replay(PERSONA, [good_turn(1), good_turn(2), good_turn(2)])[-1]
    assert outcome_met(warm, PERSONA)
    assert not outcome_met(warm, PERSONA, previous_flags=["efficiency_rush"])
    rushed = advance(replay(PERSONA, [good_turn(1), good_turn(2)])[-1], PERSONA,
                     signals("efficiency_rush", "follow_up_question", "complex_reflection"))
    after = advance(rushed, PERSONA, good_turn(2))
    assert not rushed.outcome_reached and not after.outcome_reached
