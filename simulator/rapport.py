"""The persona's hidden state: pure transition functions, no I/O, no randomness.

Trust moves by what the analysis found, weighted by the persona's sensitivities; openness
follows trust but never runs more than one level past what the learner has shared. Both
engines read the same state, so an LLM persona and the offline one open up for the same
reasons.
"""

from __future__ import annotations

from collections.abc import Iterable

from .schemas import Flag, Persona, Signals, State

# Trust needed before the persona will share at each depth (index = depth).
DEPTH_THRESHOLDS = (0.0, 0.35, 0.5, 0.65, 0.8)
# Each earlier turn with the same rewarded flag keeps only this share of its weight, so one
# trick's total contribution is bounded by weight / (1 - REPEAT_DECAY): it cannot max trust.
REPEAT_DECAY = 0.75
# However many good things one turn does, trust moves at most this far up in one step.
MAX_GAIN_PER_TURN = 0.15
# Below this size a change reads as "neutral": it moves neither mood nor the debrief.
NOTICEABLE = 0.02
# Moods one flag sets whatever else the turn did, the strongest first.
MOOD_FLAGS: dict[str, Flag] = {
    "defensive": "you_statement_attack",
    "uncomfortable": "oversharing",
    "softened": "acknowledges_view",
}


def initial_state(persona: Persona) -> State:
    trust = persona.baseline_trust
    return State(trust=trust, openness=min(trust_depth(trust), 1))


def trust_depth(trust: float) -> int:
    """The deepest level trust alone would allow."""
    return max(d for d, t in enumerate(DEPTH_THRESHOLDS) if trust >= t)


def flag_weight(persona: Persona, flag: Flag, times_before: int) -> float:
    """What one flag is worth now: rewards shrink with repetition, penalties never do."""
    weight = persona.sensitivities.get(flag, 0.0)
    return weight * REPEAT_DECAY**times_before if weight > 0 else weight


def trust_delta(persona: Persona, signals: Signals, counts: dict[Flag, int] | None = None) -> float:
    """How much this turn moves trust: the flags weighted by the persona's sensitivities,
    rewards discounted by how often the learner has already used them."""
    counts = counts or {}
    weights = [flag_weight(persona, f, counts.get(f, 0)) for f in _unique(signals.flags)]
    gain = min(sum(w for w in weights if w > 0), MAX_GAIN_PER_TURN)
    return gain + sum(w for w in weights if w < 0)


def next_openness(openness: int, trust: float, learner_max_depth: int) -> int:
    """Openness follows trust, opening one level per turn at most (closing at once), and
    never more than one level past the learner's own deepest disclosure."""
    return min(trust_depth(trust), openness + 1, learner_max_depth + 1)


def mood_for(signals: Signals, delta: float) -> str:
    """How the persona feels about the turn it just heard."""
    for mood, flag in MOOD_FLAGS.items():
        if signals.has(flag):
            return mood
    if delta < -NOTICEABLE:
        return "guarded"
    if delta > NOTICEABLE:
        return "warm"
    return "neutral"


def advance(state: State, persona: Persona, signals: Signals) -> State:
    """The state after one learner turn."""
    flags = _unique(signals.flags)
    raw = trust_delta(persona, signals, state.flag_counts)
    trust = round(min(1.0, max(0.0, state.trust + raw)), 4)
    learner_max = max(state.learner_max_depth, signals.disclosure_depth)
    counts = dict(state.flag_counts)
    for flag in flags:
        counts[flag] = counts.get(flag, 0) + 1
    new = State(
        turn=state.turn + 1,
        trust=trust,
        openness=next_openness(state.openness, trust, learner_max),
        mood=mood_for(signals, raw),
        learner_max_depth=learner_max,
        delta=round(trust - state.trust, 4),
        flags=flags,
        seen_flags=sorted(counts),
        flag_counts=counts,
        outcome_reached=state.outcome_reached,
    )
    reached = state.outcome_reached or outcome_met(new, persona, previous_flags=state.flags)
    return new.model_copy(update={"outcome_reached": reached})


def outcome_met(state: State, persona: Persona, previous_flags: Iterable[Flag] = ()) -> bool:
    """Whether the scenario's outcome conditions hold in this state. `previous_flags` are the
    flags of the learner's turn before this one: forbidden flags count in either."""
    c = persona.outcome.conditions
    recent = set(state.flags) | set(previous_flags)
    return (
        state.trust >= c.min_trust
        and state.openness >= c.min_openness
        and state.turn >= c.min_learner_turns
        and all(f in state.seen_flags for f in c.required_flags)
        and not recent.intersection(c.forbidden_recent_flags)
    )


def replay(persona: Persona, turns: Iterable[Signals]) -> list[State]:
    """The state history a sequence of analysed turns produces, the initial state first."""
    states = [initial_state(persona)]
    for signals in turns:
        states.append(advance(states[-1], persona, signals))
    return states


def _unique(flags: Iterable[Flag]) -> list[Flag]:
    return list(dict.fromkeys(flags))
