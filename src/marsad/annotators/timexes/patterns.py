"""The grammar of Arabic time expressions: an explicit, ordered table of named rules.

Each rule is a reader (`dates`, `relative`, `durations`, `periods`, `clock`,
`references`) of one compiled pattern over the folded view (`grammar`); it turns
a match into `Candidate`s, a view span and a `Parse` (what the expression says,
before it is resolved against a date). A rule runs only in windows around its
trigger words (`triggers`), reaching `reach` view characters before and after
them. Every rule carries examples, sentences with the span and value it must
give (published on EXAMPLE_DATE); they are the registry's examples, run as generated tests
(`tests/test_rules.py`: found with the rule, lost without it). `find_candidates` runs
the rules over a view range (minus any switched off in the project's registry,
`marsad.rules`, where each rule is `timexes.NAME`); the caller keeps the longest
non-overlapping candidates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import rules as registry
from . import clock, dates, durations, month_days, periods, references, relative
from .grammar import WEEKDAYS, Candidate
from .triggers import trigger_hits

__all__ = ["Candidate", "EXAMPLE_DATE", "RULES", "WEEKDAYS", "find_candidates", "find_candidates_everywhere"]

EXAMPLE_DATE = "2015-08-10"          # a Monday


@dataclass(frozen=True)
class Rule:
    read: object                     # the reader; it carries .rule_name and .pattern
    reach: tuple[int, int]           # view characters before and after a trigger word
    examples: tuple[tuple[str, str, str], ...]   # (sentence, span text, value on EXAMPLE_DATE)

    @property
    def name(self) -> str:
        return self.read.rule_name

    @property
    def pattern(self) -> re.Pattern:
        return self.read.pattern

    def __post_init__(self):
        # Registered with the project's rule registry (marsad.rules) as timexes.NAME: its examples
        # become generated tests (tests/test_rules.py), MARSAD_RULES_OFF or rules.disabled() switch
        # it off, bench/ablation.py can measure it.
        examples = [registry.Example(sentence, expect={"timexes": [{"text": span, "value": value}]},
                                     published=EXAMPLE_DATE) for sentence, span, value in self.examples]
        object.__setattr__(self, "registered", registry.rule("timexes", self.name, examples=examples)(self.read))

    @property
    def enabled(self) -> bool:
        return self.registered.enabled


RULES: tuple[Rule, ...] = (
    # written dates
    Rule(dates.read_date, (50, 50), (("وصل الوفد يوم الخميس 23 أكتوبر 2014 إلى جدة.", "يوم الخميس 23 أكتوبر 2014", "2014-10-23"),
                                     ("تنتهي المهلة في 15 سبتمبر المقبل.", "15 سبتمبر المقبل", "2015-09-15"))),
    Rule(dates.read_hijri_date, (50, 40), (("صدر القرار في 15 رمضان 1436هـ.", "15 رمضان 1436هـ", "2015-07-02"),)),
    Rule(dates.read_numeric_date, (12, 20), (("وقعت الاتفاقية بتاريخ 05/03/2015 في الرياض.", "05/03/2015", "2015-03-05"),)),
    Rule(dates.read_day_month, (60, 14), (("ويبدأ التسجيل يوم السبت 8/8 في جميع المدارس.", "يوم السبت 8/8", "2015-08-08"),)),
    Rule(dates.read_day_month_range, (24, 60), (("تستمر الحملة من 8/8 إلى 21/8/2015.", "8/8", "2015-08-08"),)),
    Rule(dates.read_feast_day, (44, 24), (("وقع الحادث في ثاني أيام عيد الفطر.", "ثاني أيام عيد الفطر", "2015-07-18"),)),
    Rule(dates.read_month, (28, 45), (("ارتفعت الصادرات في يونيو الماضي.", "يونيو الماضي", "2015-06"),)),
    Rule(dates.read_hijri_month, (28, 45), (("تتضاعف أعداد المعتمرين خلال شهر رمضان المبارك.", "شهر رمضان المبارك", "2015-07"),)),
    Rule(dates.read_year, (22, 30), (("تأسست الشركة عام 1998 في دبي.", "عام 1998", "1998"),)),
    Rule(dates.read_year_pair, (24, 20), (("يبدأ العام الدراسي 1436/1437هـ بعد أسبوعين.", "1436/1437هـ", "2015"),)),
    Rule(dates.read_year_range, (12, 20), (("حكم البلاد بين 1990 و1995 دون انقطاع.", "1995", "1995"),)),
    Rule(dates.read_year_era, (6, 16), (("ولد الشاعر في 1350هـ في مكة.", "1350هـ", "1931"),)),
    Rule(dates.read_bare_year, (12, 6), (("تراجعت الأسعار منذ 2014 بشكل حاد.", "2014", "2014"),)),
    Rule(dates.read_day_range, (16, 40), (("يقام المعرض من 5 إلى 10 سبتمبر 2015.", "5", "2015-09-05"),)),
    Rule(dates.read_holy_day, (6, 40), (("تضاعفت الحجوزات قبل عيد الأضحى 2014 بأسابيع.", "عيد الأضحى 2014", "2014-10-04"),
                                        ("يتوقع أن يعود السفير بعد عيد الفطر المقبل.", "عيد الفطر المقبل", "2016-07-06"))),
    # days and weeks counted in a month
    Rule(month_days.read_day_of_month, (60, 24), (("يصرف الراتب في الخامس من الشهر المقبل.", "الخامس من الشهر المقبل", "2015-09-05"),)),
    Rule(month_days.read_nth_weekday, (8, 56), (("تجرى الانتخابات في ثاني خميس من نوفمبر.", "ثاني خميس من نوفمبر", "2015-11-12"),
                                               ("تقام الصلاة في الجمعة الأخيرة من رمضان.", "الجمعة الأخيرة من رمضان", "2015-07-10"))),
    Rule(month_days.read_nth_week, (4, 56), (("تنطلق الحملة في الأسبوع الأخير من سبتمبر.", "الأسبوع الأخير من سبتمبر", "2015-W39"),)),
    # days and units relative to the reference
    Rule(relative.read_weekday, (28, 24), (("اجتمع المجلس الخميس في العاصمة.", "الخميس", "2015-08-06"),
                                           ("يزور الوزير القاهرة الأحد المقبل.", "الأحد المقبل", "2015-08-16"))),
    Rule(relative.read_relday, (28, 14), (("أعلنت الوزارة أمس عن الخطة.", "أمس", "2015-08-09"),)),
    Rule(relative.read_this_unit, (16, 12), (("تضاعفت المبيعات هذا العام في المملكة.", "هذا العام", "2015"),)),
    Rule(relative.read_unit_modifier, (16, 30), (("انخفض الإنتاج الشهر الماضي إلى أدنى مستوى.", "الشهر الماضي", "2015-07"),)),
    Rule(relative.read_edge_unit, (12, 10), (("ارتفع المؤشر منذ مطلع العام بنسبة كبيرة.", "مطلع العام", "2015"),)),
    Rule(relative.read_night, (16, 24), (("سقطت أمطار غزيرة الليلة الماضية على المدينة.", "الليلة الماضية", "2015-08-09"),)),
    Rule(relative.read_weekend, (12, 24), (("تزدحم الشواطئ في عطلة نهاية الأسبوع.", "عطلة نهاية الأسبوع", "2015-W33-WE"),)),
    Rule(relative.read_following_day, (24, 14), (("وفي اليوم التالي التقى الوزير بنظيره.", "اليوم التالي", "2015-08-11"),)),
    Rule(relative.read_plural_unit, (6, 40), (("تحسن الأداء خلال الأشهر الثلاثة الأولى.", "الأشهر الثلاثة الأولى", "P3M"),
                                              ("شهدت الأيام الماضية توترا متزايدا.", "الأيام الماضية", "PAST_REF"))),
    # durations and sets
    Rule(durations.read_duration, (60, 14), (("استمرت المفاوضات ثلاثة أيام في فيينا.", "ثلاثة أيام", "P3D"),)),
    Rule(durations.read_ago, (4, 70), (("افتتح المصنع قبل سنتين في ينبع.", "قبل سنتين", "2013"),)),
    Rule(durations.read_duration_range, (40, 14), (("يحكم على المتهمين بالسجن بين 17 و23 عاما.", "17", "P17Y"),)),
    Rule(durations.read_unit_alone, (24, 14), (("توقف العمل في المصنع منذ سنوات طويلة.", "سنوات", "PXY"),)),
    Rule(durations.read_unit_count_after, (4, 16), (("قضى في السجن عاما واحدا فقط.", "عاما واحدا", "P1Y"),)),
    Rule(durations.read_whole_unit, (4, 14), (("انقطعت الكهرباء يوما كاملا عن الحي.", "يوما كاملا", "P1D"),)),
    Rule(durations.read_dual_unit, (4, 4), (("استغرقت الرحلة ساعتين في الجو.", "ساعتين", "PT2H"),)),
    Rule(durations.read_unit_and_half, (4, 14), (("تأخر الموكب ساعة ونصف عن موعده.", "ساعة ونصف", "PT90M"),)),
    Rule(durations.read_vague_duration, (10, 4), (("غادر الوفد بعد بضعة أيام من وصوله.", "بضعة أيام", "PXD"),)),
    Rule(durations.read_every, (6, 30), (("يصدر التقرير كل شهر عن البنك المركزي.", "كل شهر", "P1M"),)),
    Rule(durations.read_set_adverb, (4, 4), (("تنشر الهيئة بياناتها شهرياً على موقعها.", "شهرياً", "P1M"),)),
    # seasons, quarters, decades, centuries
    Rule(periods.read_season, (24, 40), (("يرتفع الطلب على الكهرباء في الصيف المقبل.", "الصيف المقبل", "2016-SU"),)),
    Rule(periods.read_quarter, (6, 36), (("نما الاقتصاد في الربع الثاني من العام.", "الربع الثاني", "2015-Q2"),)),
    Rule(periods.read_decade, (24, 36), (("هاجرت الأسرة في الثمانينيات من القرن الماضي.", "الثمانينيات من القرن الماضي", "198"),)),
    Rule(periods.read_century, (24, 32), (("بني القصر في القرن التاسع عشر.", "القرن التاسع عشر", "18"),)),
    # clock times
    Rule(clock.read_clock, (30, 70), (("تبدأ الجلسة الساعة العاشرة صباحا في القاعة.", "الساعة العاشرة صباحا", "2015-08-10T10:00"),)),
    Rule(clock.read_part_of_day, (4, 14), (("انطلقت القافلة فجرا من الرياض.", "فجرا", "2015-08-10"),)),
    Rule(clock.read_clock_range, (24, 20), (("يفتح المعرض من 10 حتى 2 ظهرا يوميا.", "10", "2015-08-10T10:00"),)),
    # vague references
    Rule(references.read_generic, (10, 24), (("تدرس الحكومة حاليا مشروع القانون.", "حاليا", "PRESENT_REF"),)),
    Rule(references.read_vague_period, (4, 16), (("شهدت المنطقة أحداثا مماثلة في سنوات سابقة.", "سنوات سابقة", "PAST_REF"),)),
    Rule(references.read_earlier_later, (12, 8), (("أعلنت الشرطة في وقت سابق القبض على المتهم.", "في وقت سابق", "PAST_REF"),)),
)
_RULE_BY_NAME = {r.name: r for r in RULES}
_WORD_TAIL = re.compile(r"\w*")


def find_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """Every rule's candidates inside view range start..end, each rule tried only in windows
    around its trigger words; a rule switched off in the registry is not tried (ablation)."""
    windows: dict[str, list[list[int]]] = {}
    for ws, we, names in trigger_hits(text, start, end):
        for name in names:
            before, after = _RULE_BY_NAME[name].reach
            lo, hi = ws - before, we + after
            lo = start if lo < start else lo
            hi = end if hi > end else hi
            spans = windows.get(name)
            if spans is None:
                windows[name] = [[lo, hi]]
            elif lo <= spans[-1][1]:
                spans[-1][1] = hi
            else:
                spans.append([lo, hi])
    found: list[Candidate] = []
    tail = _WORD_TAIL.match
    for name, spans in windows.items():
        rule = _RULE_BY_NAME[name]
        if not rule.enabled:
            continue
        for lo, hi in spans:
            hi = min(end, tail(text, hi).end())      # never cut a word: (?!\w) would match there
            found.extend(_scan(rule.pattern, rule.read, text, lo, hi))
    return found


def _scan(pattern: re.Pattern, read, text: str, lo: int, hi: int) -> list[Candidate]:
    """The candidates of one rule in text[lo:hi]. When the reader turns a match down, the
    search goes on from the next character, not after the match: "17 و23 عاما" fails as one
    number but holds "23 عاما"."""
    found: list[Candidate] = []
    pos = lo
    while pos < hi:
        m = pattern.search(text, pos, hi)
        if m is None:
            break
        got = read(m, text)
        found.extend(got)
        pos = m.end() if got and m.end() > m.start() else m.start() + 1
    return found


def find_candidates_everywhere(text: str, start: int, end: int) -> list[Candidate]:
    """Every rule over the whole range (no triggers): the reference `find_candidates` must match."""
    found: list[Candidate] = []
    for rule in RULES:
        found.extend(_scan(rule.pattern, rule.read, text, start, end))
    return found
