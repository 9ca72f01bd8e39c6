"""Arabic numbers to values: digits in every digit set and separator, number words, mixes."""
import re

import pytest

from marsad.annotators.quantities.numbers import digits_value, read_number
from marsad.text.normalize import fold


def words(text: str) -> list[str]:
    return re.findall(r"\d+(?:[.,\u066B\u066C]\d+)*|[^\W\d_]+|\S", fold(text))


@pytest.mark.parametrize("text, value, used", [
    ("12 ألف جندي", 12_000, 2),
    ("ثلاثة ملايين ريال", 3_000_000, 2),
    ("نصف مليون دولار", 500_000, 2),
    ("مليون ونصف نسمة", 1_500_000, 2),
    ("ثلاثة وعشرون شخصا", 23, 2),
    ("أحد عشر لاعبا", 11, 2),
    ("اثنا عشر شهرا", 12, 2),
    ("مائة وخمسون ألفا", 150_000, 3),
    ("ثلاثة آلاف وخمسمائة", 3_500, 3),
    ("ثلاث مئة", 300, 2),
    ("مليون و200 ألف", 1_200_000, 4),
    ("1.5 مليون", 1_500_000, 2),
    ("تريليون يورو", 1_000_000_000_000, 1),
    ("ألفين", 2_000, 1),
    ("مليارات", None, 0),                 # a plural scale alone is vague
    ("آلاف المواطنين", None, 0),
    ("أحد الجنود", None, 0),              # "one of", not a count
])
def test_number_words_and_mixes(text, value, used):
    reading = read_number(words(text), 0)
    if value is None:
        assert reading is None
    else:
        assert (reading.value, reading.end) == (value, used)


def test_a_few_thousand_is_an_approximate_lower_bound():
    reading = read_number(words("بضعة آلاف من المحتجين"), 0)
    assert (reading.value, reading.approximate) == (3_000, True)


@pytest.mark.parametrize("digits, next_word, value", [
    ("10.000", None, 10_000),             # a dot before three digits groups thousands (Gulf press)
    ("1.500", "مليون", 1.5),              # ... but not before a scale word
    ("3.125", "%", 3.125),
    ("12,000", None, 12_000),
    ("12,5", None, 12.5),
    ("1.000.000", None, 1_000_000),
    ("9,098.27", None, 9_098.27),
    ("12\u066B5", None, 12.5),            # Arabic decimal separator
    ("3\u066C500", None, 3_500),          # Arabic thousands separator
])
def test_separators(digits, next_word, value):
    assert digits_value(digits, fold(next_word) if next_word else None) == value


def test_arabic_indic_and_persian_digits_read_through_the_folded_view():
    assert read_number(words("٣٬٥٠٠ شخص"), 0).value == 3_500
    assert read_number(words("۱۲ ألف"), 0).value == 12_000
    assert read_number(words("١٢٫٥ مليار"), 0).value == 12_500_000_000
