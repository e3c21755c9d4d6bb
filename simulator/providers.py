"""Which engine writes the persona's words: offline by default, a LangChain model when configured.
(Offline-only for now; the LLM providers are being added.)"""

from __future__ import annotations

import argparse

from .engines.base import Engine


def add_model_arguments(parser: argparse.ArgumentParser) -> None:
    """The --provider/--model/--base-url flags every talking command shares."""
    parser.add_argument("--provider", default=None, help="offline (default), openai, local, or any init_chat_model provider")
    parser.add_argument("--model", default=None, help="model name for the provider")
    parser.add_argument("--base-url", default=None, help="OpenAI-compatible server, e.g. http://127.0.0.1:8000/v1")


def engine_from_args(args: argparse.Namespace) -> Engine:
    """The engine the flags (or environment) ask for."""
    from .engines.scripted import ScriptedEngine

    return ScriptedEngine()
