"""The offline engine answers from the persona's ladder, at the depth the state allows.

The test persona's lines name their own rung ("family, depth 2, #1."), so each example can
read straight off the reply what was revealed.
"""

from __future__ import annotations

import re

from factories import make_persona, signals

from simulator.engines.base import Engine, ReplyRequest
from simulator.engines.scripted import ScriptedEngine, compose_reply
from simulator.rapport import advance, initial_state
from simulator.schemas import State, Turn

PERSONA = make_persona()
RUNG = re.compile(r"(\w+), depth (\d), #\d\.")


def request(learner: str, *flags: str, openness: int = 2, trust: float = 0.55, said: tuple[str, ...] = (),
            seed: int = 0, depth: int = 0, previous: State | None = None, **state: object) -> ReplyRequest:
    """A request after `learner`'s turn, the persona having said `said` before it."""
    history = [Turn(speaker="partner", text=PERSONA.opening_line)]
    for line in said:
        history += [Turn(speaker="user", text="..."), Turn(speaker="partner", text=line)]
    history.append(Turn(speaker="user", text=learner))
    now = State(trust=trust, openness=openness, learner_max_depth=max(openness - 1, 0), **state)
    return ReplyRequest(persona=PERSONA, state=now, previous=previous or now, history=history,
                        signals=signals(*flags, depth=depth), seed=seed)


def rungs(reply: str) -> list[tuple[str, int]]:
    return [(topic, int(depth)) for topic, depth in RUNG.findall(reply)]


def test_it_is_an_engine_named_offline_that_streams_word_by_word():
    engine: Engine = ScriptedEngine()
    req = request("Tell me about your family.")
    chunks = list(engine.stream(req))
    assert engine.name == "offline" and engine.model is None
    assert len(chunks) > 1 and "".join(chunks) == compose_reply(req)


def test_the_same_seed_gives_the_same_reply_and_seeds_vary_it():
    assert compose_reply(request("Tell me about your family.", seed=3)) == compose_reply(
        request("Tell me about your family.", seed=3))
    replies = {compose_reply(request("Tell me about your family.", seed=s)) for s in range(10)}
    assert len(replies) > 1


def test_it_answers_the_topic_the_learners_words_address():
    assert rungs(compose_reply(request("What made you move to this city?")))[0][0] == "city"
    assert rungs(compose_reply(request("Do you play in a band?")))[0][0] == "music"


def test_words_match_by_their_stem():
    assert rungs(compose_reply(request("Have you been cooking much lately?")))[0][0] == "food"


def test_without_keywords_it_stays_on_the_topic_in_play():
    reply = compose_reply(request("What was that like?", said=("music, depth 0, #1.",)))
    assert rungs(reply)[0][0] == "music"


def test_it_goes_one_rung_deeper_on_the_topic_in_play_when_the_state_allows():
    reply = compose_reply(request("How so?", openness=4, said=("music, depth 1, #1.",)))
    assert rungs(reply) == [("music", 2)]


def test_it_never_answers_deeper_than_openness():
    for openness in range(5):
        for seed in range(5):
            reply = compose_reply(request("Tell me about your family.", openness=openness, seed=seed,
                                          said=("family, depth 3, #1.", "family, depth 4, #1.")))
            assert all(depth <= openness for _, depth in rungs(reply)), reply


def test_it_never_repeats_a_line_within_a_session():
    state, history, seen = initial_state(PERSONA), [Turn(speaker="partner", text=PERSONA.opening_line)], []
    for n in range(60):
        turn = signals("follow_up_question", "calibrated_disclosure", depth=2)
        learner = "Tell me more about your family and the city." if n % 2 else "And your work?"
        new = advance(state, PERSONA, turn)
        history.append(Turn(speaker="user", text=learner))
        reply = compose_reply(ReplyRequest(persona=PERSONA, state=new, previous=state, history=history,
                                           signals=turn, seed=n))
        assert reply.strip()
        for line in re.findall(r"\w+, depth \d, #\d\.|\[[^]]+\]|And you, ask #\d\?", reply):
            assert line not in seen, f"turn {n} repeated {line!r}"
            seen.append(line)
        history.append(Turn(speaker="partner", text=reply))
        state = new


def test_interrogation_gets_a_short_guarded_answer():
    reply = compose_reply(request("Where do you work? How long?", "interview_style", "question_stacking",
                                  openness=3))
    assert reply.startswith("[interrogated #")
    assert [depth for _, depth in rungs(reply)] == [0]


def test_an_attack_gets_a_defensive_reply_and_nothing_personal():
    reply = compose_reply(request("You're wrong about everything.", "you_statement_attack", openness=3))
    assert reply.startswith("[attacked #") and rungs(reply) == []


def test_over_sharing_makes_it_uncomfortable_and_it_retreats_to_facts():
    reply = compose_reply(request("My marriage is falling apart.", "oversharing", depth=4, openness=2))
    assert reply.startswith("[overshared_at #")
    assert all(depth == 0 for _, depth in rungs(reply))


def test_it_softens_when_its_view_is_acknowledged_and_keeps_talking():
    reply = compose_reply(request("I can see why your family matters so much here.", "acknowledges_view"))
    assert reply.startswith("[acknowledged #") and rungs(reply)


def test_moving_on_right_after_it_shared_something_personal_feels_like_a_brush_off():
    reply = compose_reply(request("Anyway, what do you do?", "topic_switch", said=("family, depth 2, #1.",)))
    assert reply.startswith("[brushed_off #")
    light = compose_reply(request("Anyway, what do you do?", "topic_switch", said=("family, depth 0, #1.",)))
    assert not light.startswith("[")


def test_advice_and_rushing_and_performing_each_have_their_reaction():
    assert compose_reply(request("You should just quit.", "unsolicited_advice")).startswith("[advised #")
    assert compose_reply(request("Can you intro me to your CTO?", "efficiency_rush")).startswith("[rushed #")
    assert compose_reply(request("Totally. Anyway!", "performative_listening")).startswith("[brushed_off #")


def test_it_asks_back_when_trust_is_high_and_the_learner_did_not_just_ask():
    assert "And you, ask #" in compose_reply(request("I moved here in spring too.", trust=0.7))
    assert "And you, ask #" not in compose_reply(request("What was the move like?", "open_question", trust=0.7))
    assert "And you, ask #" not in compose_reply(request("I moved here in spring too.", trust=0.4))
    again = compose_reply(request("I moved here in spring too.", trust=0.7, said=("city, depth 0, #1. And you, ask #1?",)))
    assert "And you, ask #" not in again


def test_it_says_the_outcome_line_once_when_the_outcome_is_first_reached():
    before = State(trust=0.6, openness=2)
    first = compose_reply(request("I'd love to hear more.", outcome_reached=True, previous=before))
    assert "[outcome: I'll introduce you]" in first
    already = compose_reply(request("I'd love to hear more.", outcome_reached=True,
                                    previous=before.model_copy(update={"outcome_reached": True})))
    assert "[outcome:" not in already
    assert "[outcome:" not in compose_reply(request("I'd love to hear more.", trust=0.9, openness=4))


def test_when_every_line_is_used_it_still_says_something():
    everything = tuple(line for t in PERSONA.topics for rung in t.ladder.values() for line in rung)
    everything += tuple(PERSONA.reactions.fallback) + tuple(PERSONA.ask_back)
    assert compose_reply(request("And then?", said=everything)).strip()
