import pytest

from summarizer.amounts import find_amounts, parse_amount, same_value


@pytest.mark.parametrize(
    ("text", "value", "currency", "written"),
    [
        ("$2.5 billion", 2.5e9, None, "$2.5 billion"),
        ("recently announced $2.5 billion in financing", 2.5e9, None, "$2.5 billion"),
        ("2.5 billion", 2.5e9, None, "2.5 billion"),
        ("C$40m for clinics", 40e6, "CAD", "C$40m"),
        ("US$ 1,200", 1200, "USD", "US$ 1,200"),
        ("€300 million", 300e6, "EUR", "€300 million"),
        ("£12bn", 12e9, "GBP", "£12bn"),
        ("1,200 euros", 1200, "EUR", "1,200 euros"),
        ("two billion euros", 2e9, "EUR", "two billion euros"),
        ("twenty-five million dollars", 25e6, None, "twenty-five million dollars"),
        ("half a billion", 0.5e9, None, "half a billion"),
        ("a half-billion dollar donation", 0.5e9, None, "a half-billion dollar"),
        ("EUR 5 million", 5e6, "EUR", "EUR 5 million"),
        ("50 million USD", 50e6, "USD", "50 million USD"),
        ("¥3 trillion", 3e12, "JPY", "¥3 trillion"),
        ("NZ$500,000 on the campaign", 5e5, "NZD", "NZ$500,000"),
        ("HK$2 billion", 2e9, "HKD", "HK$2 billion"),
        ("R$3 billion", 3e9, "BRL", "R$3 billion"),
        ("EPA Awards $16+ Million to Cleanup", 16e6, None, "$16+ Million"),  # an EPA title
    ],
)
def test_parse_amount(text: str, value: float, currency: str | None, written: str) -> None:
    money = parse_amount(text)
    assert money is not None
    assert money.value == pytest.approx(value)
    assert money.currency == currency
    assert money.text == written
    assert text[money.start : money.end] == written


def test_find_amounts_in_order_and_bare_numbers() -> None:
    found = find_amounts("In 2018 it gave $5 million; by 2025, €7 billion.")
    assert [m.value for m in found] == [2018, 5e6, 2025, 7e9]


def test_no_amount() -> None:
    assert parse_amount("no numbers here") is None


def test_lone_m_after_bare_number_is_not_millions() -> None:
    assert parse_amount("a 5 m wall").value == 5  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [(2.5e9, 2.5e9, True), (2.5e9, 2.52e9, True), (2.5e9, 2.6e9, False), (0, 0, True)],
)
def test_same_value_tolerance(a: float, b: float, same: bool) -> None:
    assert same_value(a, b) is same


@pytest.mark.parametrize(
    ("text", "value", "currency", "written"),
    [
        ("un plan de 1,2 milliard d’euros pour", 1.2e9, "EUR", "1,2 milliard d’euros"),
        ("un plan de 1,2 milliard d'euros", 1.2e9, "EUR", "1,2 milliard d'euros"),
        ("3 millions d’euros", 3e6, "EUR", "3 millions d’euros"),
        ("1,5 million de dollars", 1.5e6, None, "1,5 million de dollars"),
        ("1\u202f200 milliards d’euros", 1.2e12, "EUR", "1\u202f200 milliards d’euros"),
        ("15\u00a0000 euros", 15_000, "EUR", "15\u00a0000 euros"),
        ("2,5 Mrd. Euro", 2.5e9, "EUR", "2,5 Mrd. Euro"),
        ("4,75 Milliarden Euro", 4.75e9, "EUR", "4,75 Milliarden Euro"),
        ("1.200 Mio. €", 1.2e9, "EUR", "1.200 Mio. €"),
        ("1.234,56 €", 1234.56, "EUR", "1.234,56 €"),
        ("3,50\u00a0€", 3.5, "EUR", "3,50\u00a0€"),
        ("2,5 Millionen Franken", 2.5e6, "CHF", "2,5 Millionen Franken"),
        ("1.200 millones de euros", 1.2e9, "EUR", "1.200 millones de euros"),
        ("5 mil millones de dólares", 5e9, None, "5 mil millones de dólares"),
        ("€1,2 miliardi", 1.2e9, "EUR", "€1,2 miliardi"),
        ("予備費から1000億円を支出", 1e11, "JPY", "1000億円"),
        ("1,000億円", 1e11, "JPY", "1,000億円"),
        ("1兆2000億円", 1.2e12, "JPY", "1兆2000億円"),
        ("3万5000円", 35_000, "JPY", "3万5000円"),
        ("5億ドル", 5e8, None, "5億ドル"),
        ("100亿美元", 1e10, "USD", "100亿美元"),
        ("1.5万亿元", 1.5e12, "CNY", "1.5万亿元"),
        ("2000万元", 2e7, "CNY", "2000万元"),
    ],
)
def test_amounts_in_other_languages(
    text: str, value: float, currency: str | None, written: str
) -> None:
    money = parse_amount(text)
    assert money is not None
    assert money.value == pytest.approx(value)
    assert money.currency == currency
    assert money.text == written
    assert text[money.start : money.end] == written


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Only one convention can have written these.
        ("1,2 million", 1.2e6),  # a comma before fewer than three digits is decimal
        ("1,25", 1.25),
        ("1.200.000 euros", 1.2e6),  # a repeated mark groups thousands
        ("1,200,000 euros", 1.2e6),
        ("1.234,5 millones", 1.2345e9),  # the last of two different marks is decimal
        ("$1,234.5 million", 1.2345e9),
        ("12345.125 Mrd.", 12345.125e9),  # more than three digits before it: not a group
        # '1,200' and '1.200' fit both: the words around the number decide, English by default.
        ("1,200 euros", 1200),
        ("1,200 million", 1.2e9),
        ("1.200 euros", 1.2),
        ("1,200 milliard", 1.2e9),
        ("1.200 millones", 1.2e9),
        ("1,200 €", 1.2),  # a euro sign after the number is continental style
        ("1,000円", 1000),  # Japanese groups thousands with commas, as English does
    ],
)
def test_which_mark_is_decimal(text: str, value: float) -> None:
    money = parse_amount(text)
    assert money is not None and money.value == pytest.approx(value)


def test_english_text_around_foreign_amounts_is_unchanged() -> None:
    found = find_amounts("In 2018 it gave 1,200 euros; in 2025, 1,2 milliard d’euros and 1000億円.")
    assert [(m.value, m.text) for m in found] == [
        (2018, "2018"),
        (1200, "1,200 euros"),
        (2025, "2025"),
        (1.2e9, "1,2 milliard d’euros"),
        (1e11, "1000億円"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("an eighty million dollar plan", 80e6),
        ("a hundred million", 100e6),
        ("a million", 1e6),
        ("half a billion", 0.5e9),
        ("an eight billion", 8e9),
    ],
)
def test_the_article_a_is_one_only_as_the_number(text: str, value: float) -> None:
    money = parse_amount(text)
    assert money is not None and money.value == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("grants of $10 to $15 million each", [("$10 to $15 million", 10e6)]),
        ("between $2 and $3 billion", [("$2 and $3 billion", 2e9)]),
        ("$500,000 and $2 million", [("$500,000", 5e5), ("$2 million", 2e6)]),
    ],
)
def test_a_range_s_low_end_takes_its_scale(text: str, found: list[tuple[str, float]]) -> None:
    assert [(m.text, m.value) for m in find_amounts(text)] == found


def test_a_number_word_begins_a_word_not_the_end_of_one() -> None:
    # "than a hundred": the "an" of "than" is no article
    assert [m.text for m in find_amounts("more than a hundred thousand dollars’ worth")] == [
        "a hundred thousand dollars"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("one million and twenty-five thousand dollars", [1_025_000]),
        ("two million, five hundred thousand dollars", [2_500_000]),
        # a larger number after it, or digits before it, begin a number of its own
        ("two million and three million dollars", [2e6, 3e6]),
        ("$1 million and twenty thousand people", [1e6, 2e4]),
    ],
)
def test_a_number_in_words_goes_on_after_its_larger_scale(text: str, found: list[float]) -> None:
    assert [m.value for m in find_amounts(text)] == found
