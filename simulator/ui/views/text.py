"""Escaping for anything a person typed or pasted: it is shown as text, never run."""

from __future__ import annotations

import html

# Beyond HTML: neutralise the template syntax gr.HTML understands (${...}, {{...}}).
_TEMPLATE = str.maketrans({"{": "&#123;", "}": "&#125;", "$": "&#36;", "`": "&#96;"})


def esc(text: object) -> str:
    """`text` safe to put inside HTML or Markdown that a browser will render."""
    return html.escape(str(text), quote=True).translate(_TEMPLATE)


def clip(text: str, limit: int = 160) -> str:
    """A long turn shortened for a card, on a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def humanize(identifier: str) -> str:
    """`follow_up_question` -> `Follow up question`, for ids with no authored name."""
    words = identifier.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def percent(value: float) -> str:
    return f"{round(value * 100)}%"
