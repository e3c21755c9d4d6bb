"""The LLM persona's prompt, built from the persona file and the current rapport state.

The words of the prompt live in simulator/prompts/ (persona.md and persona_parts.yaml);
this module only decides which pieces apply now: the ladder lines the state allows (never
deeper), how the learner's last turn landed, how much ground to give in a disagreement,
the scenario's outcome rule. The conversation history is trimmed to a token budget so a
prompt stays under PROMPT_TOKEN_CAP however long the conversation runs.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict

from ..ladder import topic_in_play, topics_addressed
from ..schemas import Persona, Signals, State, Topic, Turn
from ..tokens import MESSAGE_OVERHEAD, REPLY_PRIMING, count_tokens, trim_history, truncate_tokens
from .base import ASK_BACK_TRUST, REACTION_FLAGS, ReplyRequest

PROMPTS = Path(__file__).resolve().parent.parent / "prompts"
PROMPT_TOKEN_CAP = 2600  # every request's prompt, system + history, counted with cl100k
SYSTEM_TOKEN_MAX = 1300  # the system prompt's share; ladder lines are left out to fit
LAST_TURN_MAX = 700  # the learner's newest message is cut to this (4000 chars fit, mostly)
MIN_ALLOWED_TOKENS = 120  # room kept for at least a few ladder lines
IN_PLAY_LOOKBACK = 6  # turns searched for the topic in play

# How a learner turn can land (keys of persona_parts feelings): the engines' shared reactions,
# then what the LLM is also told about: a topic dropped, and being heard.
FEELING_FLAGS: tuple[tuple[str, str], ...] = (
    *((flag, reaction) for flag, reaction in REACTION_FLAGS if reaction != "acknowledged"),
    ("topic_switch", "brushed_off"),
    *((flag, "heard") for flag in ("acknowledges_view", "complex_reflection", "simple_reflection",
                                    "follow_up_question", "common_ground", "calibrated_disclosure", "check_in")),
)
# Chat-template control tokens a learner could type to fake a turn boundary.
_DEFUSED = str.maketrans({"<": "‹", ">": "›", "[": "(", "]": ")"})
_CONTROL_TOKENS = re.compile(r"<\|[^|>]{1,30}\|>|<(?:start|end)_of_turn>|</?s>|\[/?INST\]", re.I)


class PromptPlan(BaseModel):
    """The messages for one reply and what they cost."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    messages: list[BaseMessage]
    prompt_tokens: int
    history_kept: int
    history_dropped: int


@lru_cache(maxsize=8)
def template(name: str) -> str:
    """A prompt template file from simulator/prompts."""
    return (PROMPTS / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def parts() -> dict[str, Any]:
    """The state-dependent pieces of the persona prompt."""
    return yaml.safe_load(template("persona_parts.yaml"))


def feeling_for(signals: Signals) -> str:
    """How the learner's last turn landed: attacked, interrogated, heard, ... or neutral."""
    return next((feeling for flag, feeling in FEELING_FLAGS if signals.has(flag)), "neutral")


def voice_sample(persona: Persona, feeling: str, rng: random.Random) -> str:
    """One of the persona's own authored lines for this reaction, as a hint of its voice."""
    key = "acknowledged" if feeling == "heard" else feeling
    lines = getattr(persona.reactions, key, None)
    return parts()["voice_sample"].format(line=rng.choice(lines)) if lines else ""


def stance_for(persona: Persona, state: State) -> str:
    """In a disagreement, how much ground the persona may give: only as trust allows."""
    if persona.scenario != "disagreement":
        return ""
    stance = parts()["stance"]
    if state.outcome_reached:
        return stance["agreed"]
    if state.trust >= 0.65 and "acknowledges_view" in state.seen_flags:
        return stance["meet"]
    return stance["acknowledge"] if state.trust >= 0.5 else stance["hold"]


def outcome_rule(persona: Persona, state: State, previous: State, rng: random.Random) -> str:
    """The scenario's outcome: not yet earned, earned with this turn, or already given."""
    outcome = persona.outcome.description.rstrip(".")
    if state.outcome_reached and not previous.outcome_reached:
        return parts()["outcome_now"].format(outcome=outcome, line=rng.choice(persona.outcome.lines))
    if state.outcome_reached:
        return parts()["outcome_done"].format(outcome=outcome)
    return parts()["outcome_pending"].format(outcome=outcome)


def ordered_topics(persona: Persona, history: list[Turn], addressed: list[Topic]) -> list[Topic]:
    """Topics by relevance: those the learner's last words name, the one in play, the rest."""
    ordered = list(addressed)
    spot = topic_in_play(persona, history[-IN_PLAY_LOOKBACK:-1])
    if spot:
        ordered.append(spot[0])
    ordered.extend(persona.topics)
    return list({t.id: t for t in reversed(ordered)}.values())[::-1]


def allowed_lines(persona: Persona, openness: int, history: list[Turn], rng: random.Random) -> list[str]:
    """What the persona may share, most useful first: every allowed rung (deepest first) of
    the topic the learner's last words address, then the deepest allowed rung of the rest."""
    addressed = topics_addressed(persona, history[-1].text) if history else []
    ids = {t.id for t in addressed}
    lines: list[str] = []
    for i, topic in enumerate(ordered_topics(persona, history, addressed)):
        depths = range(openness, -1, -1) if i == 0 or topic.id in ids else [openness]
        lines += [f"- {topic.name}: {rng.choice(topic.ladder[d])}" for d in depths if topic.ladder.get(d)]
    return lines


def system_prompt(request: ReplyRequest, max_tokens: int = SYSTEM_TOKEN_MAX) -> str:
    """The persona prompt for this turn, within `max_tokens` (less relevant lines go first)."""
    persona, state = request.persona, request.state
    rng = random.Random(f"{persona.id}:{request.seed}")
    feeling = feeling_for(request.signals)
    asked = request.signals.question_count > 0
    fields = {
        "name": persona.name,
        "first_name": persona.name.split()[0],
        "role": persona.role,
        "setting": persona.setting.strip(),
        "bio": persona.bio.strip(),
        "voice": persona.voice.strip(),
        "opening_line": persona.opening_line.strip(),
        "withheld": parts()["withheld"] if state.openness < 4 else "",
        "feeling": f"{parts()['feelings'][feeling]} {voice_sample(persona, feeling, rng)}".strip(),
        "mood": parts()["moods"].get(state.mood, state.mood),
        "stance": stance_for(persona, state),
        "outcome": outcome_rule(persona, state, request.previous, rng),
        "ask_back": parts()["ask_back"].format(line=rng.choice(persona.ask_back))
        if state.trust >= ASK_BACK_TRUST and not asked
        else "",
        "boundaries": " ".join(persona.boundaries),
    }
    lines = allowed_lines(persona, state.openness, request.history, rng)
    base = template("persona.md").format(**fields, allowed="{allowed}")
    over = count_tokens(base) - max_tokens + MIN_ALLOWED_TOKENS
    if over > 0:  # an outsized persona file: its bio gives way, so the cap still holds
        fields["bio"] = truncate_tokens(fields["bio"], max(count_tokens(fields["bio"]) - over, 0))
        base = template("persona.md").format(**fields, allowed="{allowed}")
    room = max_tokens - count_tokens(base)
    kept: list[str] = []
    for line in lines:
        cost = count_tokens(line) + 1
        if cost > room:
            break
        kept.append(line)
        room -= cost
    text = base.replace("{allowed}", "\n".join(kept))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def sanitize(text: str) -> str:
    """Learner words with chat-template control tokens defused: they stay visible as text
    but cannot fake a system or assistant turn."""
    return _CONTROL_TOKENS.sub(lambda m: m.group(0).translate(_DEFUSED), text)


def to_messages(system: str, turns: list[Turn]) -> list[BaseMessage]:
    """Chat messages: the system prompt, then the turns with roles alternating."""
    messages: list[BaseMessage] = [SystemMessage(content=system)]
    for turn in turns:
        cls = HumanMessage if turn.speaker == "user" else AIMessage
        if isinstance(messages[-1], cls):
            messages[-1] = cls(content=f"{messages[-1].content}\n{turn.text}")
        else:
            messages.append(cls(content=turn.text))
    return messages


def message_tokens(messages: list[BaseMessage]) -> int:
    return REPLY_PRIMING + sum(count_tokens(str(m.content)) + MESSAGE_OVERHEAD for m in messages)


def build_prompt(request: ReplyRequest, cap: int = PROMPT_TOKEN_CAP) -> PromptPlan:
    """The messages for the persona's next reply, prompt tokens under `cap`."""
    system = system_prompt(request, max_tokens=min(SYSTEM_TOKEN_MAX, cap // 2))
    turns = [t.model_copy(update={"text": sanitize(t.text)}) if t.speaker == "user" else t for t in request.history]
    turns[-1] = turns[-1].model_copy(update={"text": truncate_tokens(turns[-1].text, LAST_TURN_MAX)})
    budget = cap - REPLY_PRIMING - count_tokens(system) - MESSAGE_OVERHEAD
    kept = trim_history(turns, budget)
    messages = to_messages(system, kept)
    tokens = message_tokens(messages)
    while tokens > cap and len(kept) > 2:  # merged turns can cost a token more than counted
        kept = trim_history(kept[2:], budget)
        messages = to_messages(system, kept)
        tokens = message_tokens(messages)
    return PromptPlan(
        messages=messages,
        prompt_tokens=tokens,
        history_kept=len(kept),
        history_dropped=len(request.history) - len(kept),
    )
