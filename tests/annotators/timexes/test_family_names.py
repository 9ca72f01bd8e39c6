"""Weekdays that are Saudi family names (الخميس, الجمعة, السبت) are no dates where the article
shows them as names; elsewhere the same word stays the day."""
from tests.annotators.timexes.helpers import timex, timexes_of


def test_a_weekday_after_a_given_name_is_a_family_name_and_so_is_its_later_subject_use():
    text = ("أكد المهندس محمد الخميس مدير عام الشركة أن المشروع يسير وفق الخطة. "
            "وكشف الخميس عن توقيع عقدين جديدين يوم الأحد المقبل.")
    assert timexes_of(text, "2015-08-11") == [timex(text, "يوم الأحد المقبل", "DATE", "2015-08-16")]


def test_a_weekday_after_a_title_is_a_family_name():
    text = "وثمن الدكتور الجمعة دعم الجامعة للبرنامج."
    assert timexes_of(text, "2015-08-11") == []


def test_a_weekday_after_a_full_name_or_a_patronymic_is_the_day():
    text = "وقال الرئيس محمود عباس الجمعة إن المفاوضات متوقفة، والتقى الأمير محمد بن سلمان الخميس وفدا."
    assert timexes_of(text, "2015-08-11") == [
        timex(text, "الجمعة", "DATE", "2015-08-07"),
        timex(text, "الخميس", "DATE", "2015-08-06"),
    ]


def test_the_same_weekday_after_a_non_subject_word_stays_a_day():
    text = ("وقال عبدالله السبت رئيس اللجنة إن التسجيل مفتوح. "
            "وغادر الفريق السبت إلى الرياض.")
    assert timexes_of(text, "2015-08-11") == [timex(text, "السبت", "DATE", "2015-08-08", nth=1)]
