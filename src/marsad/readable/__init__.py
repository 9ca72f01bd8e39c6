"""Values as a person reads them: Arabic dates, time expressions as Arabic phrases, numbers, outlets.

Everywhere a person reads (the `--format text` summary, the web pages, alert
messages) values go through here; the machine values (TIMEX3 `P40Y`,
`PRESENT_REF`, ISO dates, outlet codes) stay in the JSON record and the API.

    day("2024-10-24")                      -> "الخميس 24 أكتوبر 2024"
    timex_phrase("P40Y")                   -> "40 عاما"
    timex_phrase("2015-07-02", text="15 رمضان 1436هـ") -> "الخميس 2 يوليو 2015 (15 رمضان 1436 هـ)"
    number(3000000)                        -> "3,000,000"
    outlet_name("aawsat")                  -> "الشرق الأوسط"
"""
from .dates import day, hijri_day, month_year, short_day
from .numbers import number
from .outlets import outlet_domain, outlet_name
from .timex import UNKNOWN, timex_phrase

__all__ = ["UNKNOWN", "day", "hijri_day", "month_year", "number", "outlet_domain", "outlet_name", "short_day",
           "timex_phrase"]
