"""TIMEX3 values as the phrases a reader is shown beside the words of the text."""
import pytest

from marsad.readable import timex_phrase
from marsad.readable.timex import UNKNOWN, counted, gives_hijri


@pytest.mark.parametrize("value, kind, phrase", [
    ("2024-10-24", "DATE", "الخميس 24 أكتوبر 2024"),
    ("2024-10-24T10:30", "TIME", "الخميس 24 أكتوبر 2024، الساعة 10:30"),
    ("2024-06", "DATE", "يونيو 2024"),
    ("XXXX-08", "DATE", "أغسطس"),
    ("XXXX-08-15", "DATE", "15 أغسطس"),
    ("2015", "DATE", "عام 2015"),
    ("192", "DATE", "العشرينيات (1920–1929)"),
    ("19", "DATE", "القرن الـ20 (1900–1999)"),
    ("2015-W30", "DATE", "الأسبوع 30 من 2015"),
    ("XXXX-WXX-4", "DATE", "يوم الخميس"),
    ("2015-Q4", "DATE", "الربع الرابع من 2015"),
    ("2015-H1", "DATE", "النصف الأول من 2015"),
    ("2024-SU", "DATE", "صيف 2024"),
    ("2014-WI", "DATE", "شتاء 2014–2015"),
    ("PRESENT_REF", "DATE", "الآن"),
    ("PAST_REF", "DATE", "في الماضي"),
    ("FUTURE_REF", "DATE", "مستقبلا"),
    ("P40Y", "DURATION", "40 عاما"),
    ("P1CE", "DURATION", "قرن"),
    ("PXY", "DURATION", "سنوات"),
    ("P4Y", "DURATION", "4 أعوام"),
    ("P2D", "DURATION", "يومان"),
    ("P12M", "DURATION", "12 شهرا"),
    ("P100Y", "DURATION", "100 عام"),
    ("P1.5M", "DURATION", "1.5 شهر"),
    ("PT2H", "DURATION", "ساعتان"),
    ("P1Y6M", "DURATION", "عام و6 أشهر"),
    ("P1M", "SET", "شهريا"),
    ("P2W", "SET", "كل أسبوعين"),
    ("P3D", "SET", "كل 3 أيام"),
    ("XXXX-WXX-5", "SET", "كل جمعة"),
])
def test_values_read_as_arabic_phrases(value, kind, phrase):
    assert timex_phrase(value, kind) == phrase


def test_no_value_and_unknown_codes_are_never_shown_as_codes():
    assert timex_phrase(None, "DATE") == UNKNOWN
    assert timex_phrase("", "DATE") == UNKNOWN
    assert timex_phrase("SOMETHING_NEW", "DATE") == UNKNOWN
    assert timex_phrase("2015-02-30", "DATE") == UNKNOWN


def test_hijri_beside_gregorian_when_the_text_gave_hijri():
    assert timex_phrase("2015-07-02", "DATE", "15 رمضان 1436هـ") == "الخميس 2 يوليو 2015 (15 رمضان 1436 هـ)"
    assert timex_phrase("2015-08-20", "DATE", "يوم الخميس 1436/11/5هـ") == "الخميس 20 أغسطس 2015 (5 ذو القعدة 1436 هـ)"
    assert timex_phrase("2015-08-20", "DATE", "الخميس") == "الخميس 20 أغسطس 2015"
    assert gives_hijri("غرة ذي القعدة") and gives_hijri("عام 1436 للهجرة") and not gives_hijri("20 أغسطس 2015")


def test_counted_nouns_agree_with_their_number():
    assert [counted(n, "Y") for n in ("1", "2", "3", "10", "11", "99", "103", "111", "X")] == [
        "عام", "عامان", "3 أعوام", "10 أعوام", "11 عاما", "99 عاما", "103 أعوام", "111 عاما", "سنوات"]
