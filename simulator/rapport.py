"""The persona's hidden state: pure transition functions, no I/O, no randomness."""

from __future__ import annotations

from .schemas import Persona, Signals, State

# Trust needed before the persona will share at each depth (index = depth).
DEPTH_THRESHOLDS = (0.0, 0.35, 0.5, 0.65, 0.8)


def initial_state(persona: Persona) -> State:
    trust = persona.baseline_trust
    return State(trust=trust, openness=min(trust_depth(trust), 1))


def trust_depth(trust: float) -> int:
    """The deepest level trust alone would allow."""
    return max(d for d, t in enumerate(DEPTH_THRESHOLDS) if trust >= t)


def trust_delta(persona: Persona, signals: Signals) -> float:
    """How much this turn moves trust: the flags weighted by the persona's sensitivities."""
    return sum(persona.sensitivities.get(flag, 0.0) for flag in signals.flags)


def mood_for(signals: Signals, delta: float) -> str:
    if signals.has("you_statement_attack"):
        return "defensive"
    if signals.has("oversharing"):
        return "uncomfortable"
    if signals.has("acknowledges_view"):
        return "softened"
    if delta < -0.02:
        return "guarded"
    if delta > 0.02:
        return "warm"
    return "neutral"


def advance(state: State, persona: Persona, signals: Signals) -> State:
    """The state after one learner turn. Openness never runs more than one level past
    the deepest thing the learner has disclosed: mutual vulnerability, not extraction."""
    delta = trust_delta(persona, signals)
    trust = min(1.0, max(0.0, state.trust + delta))
    learner_max = max(state.learner_max_depth, signals.disclosure_depth)
    openness = min(trust_depth(trust), learner_max + 1)
    seen = sorted(set(state.seen_flags) | set(signals.flags))
    new = State(
        turn=state.turn + 1,
        trust=round(trust, 4),
        openness=openness,
        mood=mood_for(signals, delta),
        learner_max_depth=learner_max,
        delta=round(delta, 4),
        flags=list(signals.flags),
        seen_flags=seen,
        outcome_reached=state.outcome_reached,
    )
    return new.model_copy(update={"outcome_reached": state.outcome_reached or outcome_met(new, persona)})


def outcome_met(state: State, persona: Persona) -> bool:
    """Whether the scenario's outcome conditions hold in this state."""
    c = persona.outcome.conditions
    return (
        state.trust >= c.min_trust
        and state.openness >= c.min_openness
        and state.turn >= c.min_learner_turns
        and all(f in state.seen_flags for f in c.required_flags)
        and not any(f in state.flags for f in c.forbidden_recent_flags)
    )
