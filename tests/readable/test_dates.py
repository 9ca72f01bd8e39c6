import datetime as dt

from marsad.readable import day, hijri_day, month_year, number, short_day


def test_gregorian_dates_in_arabic_with_cldr_names():
    assert day("2024-10-24") == "الخميس 24 أكتوبر 2024"
    assert day(dt.date(2015, 7, 21), weekday=False) == "21 يوليو 2015"
    assert day("2024-10-24T10:30") == "الخميس 24 أكتوبر 2024"
    assert short_day("2015-07-22") == "22 يوليو"
    assert month_year(2024, 3) == "مارس 2024" and month_year(None, 12) == "ديسمبر"
    assert day(None) is None and day("2015-02-30") is None and day("yesterday") is None


def test_hijri_dates_through_hijridate():
    assert hijri_day("2015-07-02") == "15 رمضان 1436 هـ"
    assert hijri_day("1800-01-01") is None                # outside Umm al-Qura's table


def test_numbers_with_cldr_grouping():
    assert [number(v) for v in (3000000, 12000.0, 2.5, 1 / 3, None)] == ["3,000,000", "12,000", "2.5", "0.333333", ""]
