"""What a grammar-constrained small model is held to: the schema with the small model's bounds.

The contract (``summarizer.schema``) bounds only runaway output: 50 items, 1,000 characters.
llama.cpp turns a JSON schema into a grammar that spells a length bound out as one nested rule
per character, so a 1,000-character bound makes a grammar it crawls through (the seed article on
llama-cpp-python's server timed out five times over at 120 s), and a 135M model loops long before
the contract's bounds anyway. The backends that decode with such a grammar (the embedded model,
and the ``llamacpp`` family, which serves local models) send this tightened schema instead: the
bounds the contract had before capable models needed more.
"""

from __future__ import annotations

from typing import Any

SMALL_MODEL_CHARS = {
    "headline": 150,
    "summary": 600,
    "quote": 160,
    "name": 60,
    "actor": 60,
    "expert": 60,
    "view": 200,
    "text": 40,
    **dict.fromkeys(("title_or_role", "affiliation", "action", "recipient", "timeframe"), 80),
}
SMALL_MODEL_ITEMS = {"locations": 8, "actors": 10, "commitments": 6, "expert_views": 5}


def tighten(schema: Any) -> Any:
    """A copy of ``schema`` whose named strings and lists are held to the small model's bounds
    (never loosened: a tighter bound in ``schema`` stays)."""
    if isinstance(schema, list):
        return [tighten(n) for n in schema]
    if not isinstance(schema, dict):
        return schema
    node = {k: tighten(v) for k, v in schema.items()}
    properties = node.get("properties")
    for prop, spec in properties.items() if isinstance(properties, dict) else ():
        for option in [spec, *spec.get("anyOf", [])] if isinstance(spec, dict) else ():
            if option.get("type") == "string" and prop in SMALL_MODEL_CHARS:
                limit = SMALL_MODEL_CHARS[prop]
                option["maxLength"] = min(option.get("maxLength", limit), limit)
            if option.get("type") == "array" and prop in SMALL_MODEL_ITEMS:
                limit = SMALL_MODEL_ITEMS[prop]
                option["maxItems"] = min(option.get("maxItems", limit), limit)
    return node
