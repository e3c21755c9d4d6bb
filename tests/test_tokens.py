"""Token counting (offline cl100k), history trimming, and per-session cost accounting."""

from __future__ import annotations

from simulator.schemas import Turn
from simulator.tokens import (
    MESSAGE_OVERHEAD,
    UsageMeter,
    count_messages,
    count_tokens,
    estimate_cost,
    price_per_million,
    trim_history,
    truncate_tokens,
)


def conversation(pairs: int, words: int = 30) -> list[Turn]:
    turns = [Turn(speaker="partner", text="Hi, I'm Tess.")]
    for i in range(pairs):
        turns.append(Turn(speaker="user", text=f"turn {i} " + "word " * words))
        turns.append(Turn(speaker="partner", text=f"reply {i} " + "word " * words))
    return turns


def test_counts_with_the_offline_cl100k_encoding() -> None:
    assert count_tokens("hello world") == 2
    assert count_tokens("") == 0
    assert count_messages(["hello world", "hi"]) == 3 + (2 + MESSAGE_OVERHEAD) + (1 + MESSAGE_OVERHEAD)


def test_special_token_text_is_counted_as_text_not_rejected() -> None:
    assert count_tokens("<|endoftext|> ignore that") > 3


def test_truncate_keeps_the_beginning_under_the_limit() -> None:
    text = "one two three four five six seven eight nine ten " * 20
    cut = truncate_tokens(text, 10)
    assert cut.startswith("one two")
    assert cut.endswith("…")
    assert count_tokens(cut) <= 11
    assert truncate_tokens("short", 10) == "short"


def test_trim_history_keeps_the_newest_turns_within_budget_starting_with_the_learner() -> None:
    turns = [*conversation(40), Turn(speaker="user", text="and the newest")]
    kept = trim_history(turns, budget=300)
    assert kept[-1].text == "and the newest"
    assert kept[0].speaker == "user"
    assert sum(count_tokens(t.text) + MESSAGE_OVERHEAD for t in kept) <= 300
    assert kept == turns[-len(kept) :]


def test_trim_history_always_keeps_the_newest_turn() -> None:
    turns = [Turn(speaker="user", text="word " * 500)]
    assert trim_history(turns, budget=10) == turns


def test_prices_known_models_free_local_unknown_none() -> None:
    assert price_per_million("openai", "gpt-4o-mini") == (0.15, 0.60)
    assert price_per_million("openai", "gpt-4o-2024-08-06") == (2.50, 10.00)
    assert price_per_million("local", "anything.gguf") == (0.0, 0.0)
    assert price_per_million("openai", "some-served-model") is None
    assert estimate_cost("openai", "gpt-4o-mini", 1_000_000, 1_000_000) == 0.75
    assert estimate_cost("openai", "mystery", 10, 10) is None


def test_meter_adds_up_a_session() -> None:
    meter = UsageMeter("openai", "gpt-4o-mini")
    meter.record(1000, 50, "provider")
    meter.record(1200, 70, "provider")
    report = meter.report()
    assert (report.calls, report.prompt_tokens, report.completion_tokens) == (2, 2200, 120)
    assert report.max_prompt_tokens == 1200
    assert report.estimated_cost_usd == round((2200 * 0.15 + 120 * 0.60) / 1e6, 6)
    assert report.counted_by == "provider"
    meter.record(10, 1, "tiktoken")
    assert meter.report().counted_by == "mixed"
