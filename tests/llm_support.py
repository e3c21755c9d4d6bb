"""Test helpers for the LLM path: a persona with a realistic ladder, requests in a given
state, and LangChain fake chat models that fail on cue (before or during a stream)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx2
import openai
from factories import make_persona
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from simulator.engines.base import ReplyRequest
from simulator.schemas import Persona, Signals, State, Turn

LADDER = {
    "work": {
        0: ["I'm a pharmacist at the hospital on the hill.", "I work in the hospital pharmacy."],
        1: ["I like the night shifts more than people expect, it's quiet.", "The best part is the puzzle of a tricky prescription."],
        2: ["I was nervous for months when I started, I thought I'd get a dose wrong.", "My first winter there was rough, I barely saw daylight."],
        3: ["I nearly quit last spring after a mistake that wasn't mine got pinned on me.", "My manager and I barely talk since the audit."],
        4: ["I have panic attacks before every audit and nobody at work knows.", "Sometimes I sit in the car park crying before a shift."],
    },
    "family": {
        0: ["My family is back in Porto.", "I've got two brothers, both older."],
        1: ["I call my mother every Sunday, she likes to hear about the weather here.", "My brothers still tease me about leaving."],
        2: ["I miss my nephews growing up, I only see them at Christmas.", "Moving away was harder on my mother than she admits."],
        3: ["My father and I stopped speaking after my grandmother's funeral.", "There's an inheritance argument nobody mentions at dinner."],
        4: ["My father was diagnosed with dementia and I haven't flown home.", "I feel like a coward for not visiting my dying father."],
    },
    "city": {
        0: ["I moved here two years ago.", "I live near the river."],
        1: ["I love the markets on Saturday.", "The river walk is my favourite thing here."],
        2: ["The first year I didn't really have friends here.", "I got lost constantly for months, it was embarrassing."],
        3: ["I moved here after my engagement ended.", "Some weekends I don't speak to anyone."],
        4: ["I came here to disappear after the wedding was cancelled.", "Last winter I stopped leaving the flat except for work."],
    },
    "music": {
        0: ["I play the cello.", "I'm in an amateur orchestra."],
        1: ["We're doing Dvorak this term.", "Rehearsals are on Wednesdays."],
        2: ["I was so scared at my first concert my bow shook.", "I almost gave up the cello at university."],
        3: ["Playing is the only time my head goes quiet.", "My teacher told me I'd never be good enough and I believed her."],
        4: ["I wanted to be a professional cellist and I failed the audition twice.", "I still grieve the career I didn't get."],
    },
    "food": {
        0: ["I cook most evenings.", "I like Portuguese food best."],
        1: ["My speciality is a fish stew.", "I'm trying to learn to bake bread."],
        2: ["Cooking my mother's recipes makes me homesick.", "I burned the first bread so badly the alarm went off."],
        3: ["I cook for one now, and it still feels strange.", "I stopped eating properly for a while last year."],
        4: ["I had an eating disorder as a teenager.", "Food was the thing I controlled when everything else fell apart."],
    },
}


def ladder_persona(**overrides: Any) -> Persona:
    """Inês, a pharmacist, with a ladder whose deep rungs use words the shallow ones don't."""
    topics = [
        {"id": t, "name": f"her {t}", "keywords": [t], "ladder": ladder}
        for t, ladder in LADDER.items()
    ]
    base = {"id": "ines", "name": "Inês Costa", "role": "a hospital pharmacist at a community event",
            "bio": "Inês is 36, from Porto, and has lived in the city for two years.",
            "voice": "Warm but careful; dry humour.", "opening_line": "Hi, is this seat taken?", "topics": topics}
    return make_persona(**{**base, **overrides})


def request_for(
    persona: Persona,
    openness: int = 1,
    trust: float = 0.4,
    learner: str = "How long have you lived here?",
    flags: list[str] | None = None,
    history: list[Turn] | None = None,
    **state: Any,
) -> ReplyRequest:
    """A reply request in a given state, after one learner turn."""
    now = State(trust=trust, openness=openness, **state)
    turns = history if history is not None else [Turn(speaker="partner", text=persona.opening_line)]
    return ReplyRequest(
        persona=persona,
        state=now,
        previous=State(trust=trust, openness=openness),
        history=[*turns, Turn(speaker="user", text=learner)],
        signals=Signals(flags=flags or [], question_count=learner.count("?")),
    )


REQUEST = httpx2.Request("POST", "http://127.0.0.1:9/v1/chat/completions")


def status_error(status: int, retry_after: str | None = None) -> openai.APIStatusError:
    """The openai SDK's error for an HTTP status, as a provider would raise it."""
    headers = {"retry-after": retry_after} if retry_after else {}
    response = httpx2.Response(status, request=REQUEST, headers=headers)
    cls = {429: openai.RateLimitError, 401: openai.AuthenticationError, 404: openai.NotFoundError,
           400: openai.BadRequestError}.get(status, openai.InternalServerError)
    return cls(f"status {status}", response=response, body=None)


def refused() -> openai.APIConnectionError:
    """A refused connection, wrapped by the SDK the way it really is."""
    try:
        raise httpx2.ConnectError("[Errno 111] Connection refused")
    except httpx2.ConnectError as cause:
        error = openai.APIConnectionError(request=REQUEST)
        error.__cause__ = cause
        return error


class FlakyChat(GenericFakeChatModel):
    """LangChain's GenericFakeChatModel (it streams word by word), failing on cue.

    `script` has one entry per request: a reply text, an exception raised before any chunk,
    or (exception, n) raised after n chunks of `cut_reply`."""

    script: list[Any]
    cut_reply: str = "Well I was just saying that this is a long reply that gets cut off"
    usage: dict | None = None  # sent on a last, empty chunk, as OpenAI does with stream_usage
    calls: int = 0
    seen: list[Any] = []

    def __init__(self, script: list[Any], **kwargs: Any) -> None:
        super().__init__(messages=iter([]), script=list(script), **kwargs)

    def _generate(self, messages: Any, stop: Any = None, run_manager: Any = None, **kwargs: Any) -> ChatResult:
        self.calls += 1
        step = self.script.pop(0)
        if isinstance(step, BaseException):
            raise step
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=str(step)))])

    def _stream(self, messages: Any, stop: Any = None, run_manager: Any = None, **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        self.calls += 1
        self.seen.append(messages)
        step = self.script.pop(0)
        if isinstance(step, BaseException):
            raise step
        error, after = step if isinstance(step, tuple) else (None, -1)
        text = self.cut_reply if error else str(step)
        for i, token in enumerate(t for t in re.split(r"(\s)", text) if t):  # as GenericFakeChatModel does
            if i == after:
                raise error
            yield ChatGenerationChunk(message=AIMessageChunk(content=token))
        if self.usage:
            yield ChatGenerationChunk(message=AIMessageChunk(content="", usage_metadata=self.usage))
