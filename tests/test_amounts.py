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
        ("EUR 5 million", 5e6, "EUR", "EUR 5 million"),
        ("50 million USD", 50e6, "USD", "50 million USD"),
        ("¥3 trillion", 3e12, "JPY", "¥3 trillion"),
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
