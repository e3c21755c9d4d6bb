"""Choosing the engine from flags and environment; `rapport doctor`."""

from __future__ import annotations

import argparse
import json

import pytest
from langchain_openai import ChatOpenAI

from simulator import providers
from simulator.cli import main
from simulator.engines.llm import LLMEngine
from simulator.engines.scripted import ScriptedEngine
from simulator.errors import InputError
from simulator.providers import (
    OFFLINE_NOTICE,
    add_model_arguments,
    chat_model_for,
    engine_from_args,
    judge_from_args,
    resolve_config,
)

ENV_VARS = ("RAPPORT_PROVIDER", "RAPPORT_MODEL", "RAPPORT_BASE_URL", "RAPPORT_JUDGE", "OPENAI_API_KEY")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(providers, "_announced", set())


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_model_arguments(parser)
    return parser.parse_args(list(argv))


def test_nothing_configured_runs_offline_and_says_so_once(capsys: pytest.CaptureFixture[str]) -> None:
    assert isinstance(engine_from_args(parse()), ScriptedEngine)
    assert isinstance(engine_from_args(parse()), ScriptedEngine)
    assert capsys.readouterr().err.count(OFFLINE_NOTICE) == 1


def test_an_openai_compatible_server_by_base_url() -> None:
    config = resolve_config(parse("--base-url", "http://127.0.0.1:8000/v1", "--model", "qwen"))
    assert (config.provider, config.model, config.source) == ("openai", "qwen", "flags")
    engine = engine_from_args(parse("--provider", "openai", "--base-url", "http://127.0.0.1:8000/v1", "--model", "qwen"))
    assert isinstance(engine, LLMEngine)
    assert (engine.name, engine.model) == ("openai", "qwen")
    chat = engine.chat_model
    assert isinstance(chat, ChatOpenAI)
    assert chat.openai_api_base == "http://127.0.0.1:8000/v1"
    assert chat.max_retries == 0  # the engine retries, with one policy for every provider
    assert chat.streaming


def test_environment_configures_when_flags_do_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RAPPORT_PROVIDER", "openai")
    monkeypatch.setenv("RAPPORT_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("RAPPORT_MODEL", "llama")
    config = resolve_config(parse())
    assert (config.provider, config.model, config.base_url, config.source) == ("openai", "llama", "http://127.0.0.1:9/v1", "environment")
    assert resolve_config(parse("--model", "other")).model == "other"  # flags win


def test_an_openai_key_alone_selects_openai_with_the_default_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    config = resolve_config(parse())
    assert (config.provider, config.model, config.source) == ("openai", "gpt-4o-mini", "OPENAI_API_KEY")
    assert chat_model_for(config).openai_api_key.get_secret_value() == "sk-test"
    assert resolve_config(parse("--provider", "offline")).offline


def test_provider_and_model_are_separate_and_inferable() -> None:
    assert resolve_config(parse("--model", "gpt-4o")).provider == "openai"
    config = resolve_config(parse("--model", "anthropic:claude-sonnet"))
    assert (config.provider, config.model) == ("anthropic", "claude-sonnet")
    assert resolve_config(parse("--model", "/models/tiny.gguf")).provider == "local"
    with pytest.raises(InputError, match="which provider serves 'mystery'"):
        resolve_config(parse("--model", "mystery"))


@pytest.mark.parametrize(
    "argv, words",
    [
        (("--provider", "openai"), "OPENAI_API_KEY is not set"),
        (("--base-url", "http://127.0.0.1:8000/v1"), "--base-url needs --model"),
        (("--provider", "local", "--model", "/nowhere/model.gguf"), "no such GGUF file"),
        (("--provider", "nosuchprovider", "--model", "m"), "nosuchprovider"),
    ],
)
def test_misconfiguration_is_one_clear_line(argv: tuple[str, ...], words: str) -> None:
    with pytest.raises(InputError, match=words):
        engine_from_args(parse(*argv))


def test_judge_is_off_by_default_and_needs_a_model() -> None:
    assert judge_from_args(parse()) is None
    with pytest.raises(InputError, match="--judge llm needs a model"):
        judge_from_args(parse("--judge", "llm"))
    judge = judge_from_args(parse("--judge", "llm", "--base-url", "http://127.0.0.1:9/v1", "--model", "m"))
    assert judge.method == "json-schema" and judge.model == "m"


def test_doctor_offline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--json"]) == 0
    checks = {c["check"]: c for c in json.loads(capsys.readouterr().out)}
    assert checks["provider"]["detail"] == OFFLINE_NOTICE
    assert checks["answers"]["ok"]


def test_doctor_says_when_the_configured_server_does_not_answer(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["doctor", "--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--timeout", "2"])
    out = capsys.readouterr().out
    assert code == 1
    assert "openai m at http://127.0.0.1:9/v1" in out
    assert "BAD  answers         no: connection refused" in out
