#!/usr/bin/env python3
"""Check the hand-labeled eval fixtures in evals/fixtures/ (standalone, stdlib only).

Usage: python3 evals/check_fixtures.py [FIXTURE_DIR_OR_FILE ...]

For every fixture it checks: the keys are exactly the documented ones (no more, no fewer); the
id equals the file name and is lowercase-with-hyphens; names, aliases, commitment actors, expert
names, amount texts and quotes appear verbatim (case-sensitive) in the text, names and amount
texts as whole words; the closed vocabularies; ``when`` is null or a real YYYY-MM-DD date; types
and the length limits of the EventSummary schema. It also checks that labels agree with each
other (a commitment's actor and a named expert are listed among the actors).

One line per problem on stdout, exit status 1 if there is any, 0 otherwise. Gold lists longer
than the schema's list caps are reported as notes on stderr; they do not fail the check.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

TOP_KEYS = {"id", "source", "text", "gold"}
GOLD_KEYS = {"when", "key_facts", "locations", "actors", "commitments", "expert_views"}
LOCATION_KEYS = {"name", "aliases", "kind", "role"}
ACTOR_KEYS = {"name", "aliases", "kind", "title_or_role", "affiliation"}
COMMITMENT_KEYS = {"actor", "actor_aliases", "action", "amount", "recipient", "timeframe", "status"}
AMOUNT_KEYS = {"value", "currency", "text"}
EXPERT_KEYS = {"expert", "aliases", "affiliation", "view", "quote"}

LOCATION_KINDS = {"city", "country", "region", "venue", "other"}
LOCATION_ROLES = {"event", "mentioned"}
ACTOR_KINDS = {"person", "organization", "country", "group"}
STATUSES = {"announced", "pledged", "delivered", "proposed", "reaffirmed"}

# Limits of summarizer/schema.py: a gold value the schema could not hold could never be matched.
NAME_MAX, SHORT_MAX, VIEW_MAX, QUOTE_MAX, AMOUNT_TEXT_MAX = 80, 120, 250, 300, 40
LIST_CAPS = {"locations": 8, "actors": 10, "commitments": 8, "expert_views": 6}

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


class Checker:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []
        self.notes: list[str] = []
        self.text = ""

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{self.path.name}: {where}: {message}")

    # -- generic helpers -------------------------------------------------------------------

    def keys(self, where: str, obj: object, expected: set[str]) -> bool:
        if not isinstance(obj, dict):
            self.problem(where, f"expected an object, got {type(obj).__name__}")
            return False
        missing = sorted(expected - obj.keys())
        extra = sorted(obj.keys() - expected)
        if missing:
            self.problem(where, f"missing keys {missing}")
        if extra:
            self.problem(where, f"unexpected keys {extra}")
        return not missing

    def string(
        self,
        where: str,
        value: object,
        *,
        nullable: bool = False,
        limit: int = 0,
        raw: bool = False,
    ) -> bool:
        if value is None and nullable:
            return False
        if not isinstance(value, str) or not value.strip():
            self.problem(where, f"expected a non-empty string, got {value!r}")
            return False
        if not raw and value != value.strip():
            self.problem(where, f"leading or trailing whitespace in {value!r}")
        if limit and len(value) > limit:
            self.problem(where, f"{len(value)} characters, the schema allows {limit}")
        return True

    def in_text(self, where: str, value: str, *, whole_word: bool = True) -> None:
        """``value`` must occur verbatim; as a whole word unless whole_word is False."""
        if whole_word:
            pattern = rf"(?<![^\W_]){re.escape(value)}(?![^\W_])"
            if re.search(pattern, self.text):
                return
            if value in self.text:
                self.problem(where, f"{value!r} occurs only inside a longer word")
                return
        elif value in self.text:
            return
        self.problem(where, f"{value!r} does not appear verbatim in the text")

    def vocabulary(self, where: str, value: object, allowed: set[str]) -> None:
        if value not in allowed:
            self.problem(where, f"{value!r} is not one of {sorted(allowed)}")

    def name_list(self, where: str, value: object, primary: str | None) -> list[str]:
        if not isinstance(value, list):
            self.problem(where, f"expected a list, got {type(value).__name__}")
            return []
        names = []
        for i, alias in enumerate(value):
            if self.string(f"{where}[{i}]", alias, limit=NAME_MAX):
                self.in_text(f"{where}[{i}]", alias)
                if alias == primary:
                    self.problem(f"{where}[{i}]", f"alias repeats the name {alias!r}")
                names.append(alias)
        if len(set(names)) != len(names):
            self.problem(where, "duplicate aliases")
        return names

    def item_list(self, gold: dict, field: str) -> list:
        value = gold.get(field)
        if not isinstance(value, list):
            self.problem(f"gold.{field}", f"expected a list, got {type(value).__name__}")
            return []
        if len(value) > LIST_CAPS[field]:
            self.notes.append(
                f"{self.path.name}: gold.{field} has {len(value)} items, more than the "
                f"schema cap of {LIST_CAPS[field]}"
            )
        return value

    # -- the fixture -----------------------------------------------------------------------

    def check(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
            self.problem("file", f"cannot be read as UTF-8 JSON: {err}")
            return
        if not self.keys("top level", data, TOP_KEYS):
            return
        if self.string("id", data["id"]):
            if not ID_RE.match(data["id"]):
                self.problem("id", f"{data['id']!r} is not lowercase words joined by hyphens")
            if data["id"] != self.path.stem:
                self.problem("id", f"{data['id']!r} differs from the file name {self.path.stem!r}")
        self.string("source", data["source"])
        if not self.string("text", data["text"], raw=True) and not isinstance(data["text"], str):
            return
        self.text = data["text"]
        gold = data["gold"]
        if not self.keys("gold", gold, GOLD_KEYS):
            return
        self.check_when(gold["when"])
        self.check_key_facts(gold["key_facts"])
        for i, loc in enumerate(self.item_list(gold, "locations")):
            self.check_location(f"gold.locations[{i}]", loc)
        actor_names: set[str] = set()
        for i, actor in enumerate(self.item_list(gold, "actors")):
            actor_names |= self.check_actor(f"gold.actors[{i}]", actor)
        for i, com in enumerate(self.item_list(gold, "commitments")):
            self.check_commitment(f"gold.commitments[{i}]", com, actor_names)
        for i, view in enumerate(self.item_list(gold, "expert_views")):
            self.check_expert_view(f"gold.expert_views[{i}]", view, actor_names)
        self.check_duplicates(gold)

    def check_when(self, when: object) -> None:
        if when is None:
            return
        if not isinstance(when, str) or not DATE_RE.match(when):
            self.problem("gold.when", f"{when!r} is neither null nor YYYY-MM-DD")
            return
        try:
            dt.date.fromisoformat(when)
        except ValueError:
            self.problem("gold.when", f"{when!r} is not a real date")

    def check_key_facts(self, facts: object) -> None:
        if not isinstance(facts, list):
            self.problem("gold.key_facts", "expected a list of strings")
            return
        if not 3 <= len(facts) <= 5:
            self.problem("gold.key_facts", f"{len(facts)} facts, the guide asks for 3 to 5")
        for i, fact in enumerate(facts):
            self.string(f"gold.key_facts[{i}]", fact, limit=200)

    def check_location(self, where: str, loc: object) -> None:
        if not self.keys(where, loc, LOCATION_KEYS):
            return
        assert isinstance(loc, dict)
        if self.string(f"{where}.name", loc["name"], limit=NAME_MAX):
            self.in_text(f"{where}.name", loc["name"])
        self.name_list(f"{where}.aliases", loc["aliases"], loc["name"])
        self.vocabulary(f"{where}.kind", loc["kind"], LOCATION_KINDS)
        self.vocabulary(f"{where}.role", loc["role"], LOCATION_ROLES)

    def check_actor(self, where: str, actor: object) -> set[str]:
        if not self.keys(where, actor, ACTOR_KEYS):
            return set()
        assert isinstance(actor, dict)
        names = set()
        if self.string(f"{where}.name", actor["name"], limit=NAME_MAX):
            self.in_text(f"{where}.name", actor["name"])
            names.add(actor["name"])
        names |= set(self.name_list(f"{where}.aliases", actor["aliases"], actor["name"]))
        self.vocabulary(f"{where}.kind", actor["kind"], ACTOR_KINDS)
        self.string(
            f"{where}.title_or_role", actor["title_or_role"], nullable=True, limit=SHORT_MAX
        )
        self.string(f"{where}.affiliation", actor["affiliation"], nullable=True, limit=SHORT_MAX)
        return names

    def check_commitment(self, where: str, com: object, actor_names: set[str]) -> None:
        if not self.keys(where, com, COMMITMENT_KEYS):
            return
        assert isinstance(com, dict)
        if self.string(f"{where}.actor", com["actor"], limit=NAME_MAX):
            self.in_text(f"{where}.actor", com["actor"])
            if com["actor"] not in actor_names:
                self.problem(f"{where}.actor", f"{com['actor']!r} is not a listed actor or alias")
        self.name_list(f"{where}.actor_aliases", com["actor_aliases"], com["actor"])
        self.string(f"{where}.action", com["action"], limit=SHORT_MAX)
        self.string(f"{where}.recipient", com["recipient"], nullable=True, limit=SHORT_MAX)
        self.string(f"{where}.timeframe", com["timeframe"], nullable=True, limit=SHORT_MAX)
        self.vocabulary(f"{where}.status", com["status"], STATUSES)
        amount = com["amount"]
        if amount is not None and self.keys(f"{where}.amount", amount, AMOUNT_KEYS):
            value = amount["value"]
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                self.problem(f"{where}.amount.value", f"{value!r} is not a plain number >= 0")
            currency = amount["currency"]
            if currency is not None and not (
                isinstance(currency, str) and CURRENCY_RE.match(currency)
            ):
                self.problem(f"{where}.amount.currency", f"{currency!r} is not an ISO 4217 code")
            if self.string(f"{where}.amount.text", amount["text"], limit=AMOUNT_TEXT_MAX):
                self.in_text(f"{where}.amount.text", amount["text"])

    def check_expert_view(self, where: str, view: object, actor_names: set[str]) -> None:
        if not self.keys(where, view, EXPERT_KEYS):
            return
        assert isinstance(view, dict)
        expert = view["expert"]
        if self.string(f"{where}.expert", expert, nullable=True, limit=NAME_MAX):
            self.in_text(f"{where}.expert", expert)
            if expert not in actor_names:
                self.problem(f"{where}.expert", f"{expert!r} is not a listed actor")
        aliases = self.name_list(f"{where}.aliases", view["aliases"], expert)
        if expert is None and aliases:
            self.problem(f"{where}.aliases", "an unnamed expert cannot have aliases")
        self.string(f"{where}.affiliation", view["affiliation"], nullable=True, limit=SHORT_MAX)
        self.string(f"{where}.view", view["view"], limit=VIEW_MAX)
        if self.string(f"{where}.quote", view["quote"], nullable=True, limit=QUOTE_MAX):
            self.in_text(f"{where}.quote", view["quote"], whole_word=False)

    def check_duplicates(self, gold: dict) -> None:
        for field, key in (("locations", "name"), ("actors", "name")):
            items = [x for x in gold[field] if isinstance(x, dict)]
            seen: set[str] = set()
            for item in items:
                name = item.get(key)
                if name in seen:
                    self.problem(f"gold.{field}", f"{name!r} is listed twice")
                seen.add(name)


def fixture_paths(args: list[str]) -> list[Path]:
    default = Path(__file__).resolve().parent / "fixtures"
    paths: list[Path] = []
    for arg in args or [str(default)]:
        path = Path(arg)
        paths.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return paths


def main(argv: list[str]) -> int:
    paths = fixture_paths(argv)
    if not paths:
        print("no fixtures found")
        return 1
    problems = 0
    for path in paths:
        checker = Checker(path)
        checker.check()
        for line in checker.problems:
            print(line)
        for line in checker.notes:
            print(f"note: {line}", file=sys.stderr)
        problems += len(checker.problems)
    print(f"{len(paths)} fixtures checked, {problems} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
