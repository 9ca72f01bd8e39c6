"""Month and weekday names come from CLDR (every Arabic locale) and hijridate, folded."""
from marsad.lexicons.calendar import arabic_locales, gregorian_months, hijri_months, weekdays
from marsad.text.normalize import fold


def test_every_naming_system_of_gregorian_months():
    months = gregorian_months()
    assert len(arabic_locales()) > 20
    for name, number in [("يناير", 1), ("كانون الثاني", 1), ("جانفي", 1), ("حزيران", 6), ("يونيو", 6),
                         ("جوان", 6), ("أغسطس", 8), ("آب", 8), ("غشت", 8), ("أوت", 8), ("تشرين الأول", 10),
                         ("دجنبر", 12), ("كانون أول", 12)]:
        assert months[fold(name)] == number, name


def test_weekdays_are_iso_numbered():
    days = weekdays()
    assert days[fold("الاثنين")] == 1 and days[fold("الخميس")] == 4 and days[fold("الأحد")] == 7


def test_hijri_months_with_their_news_spellings():
    months = hijri_months()
    assert months[fold("رمضان")] == 9
    assert months[fold("ذو القعدة")] == months[fold("ذي القعدة")] == 11
    assert months[fold("ربيع الآخر")] == months[fold("ربيع الثاني")] == 4
