"""Publication-date inference: from the text's own evidence, or none."""
import json

from tests.annotators.timexes.helpers import analyse
from tests.conftest import run_marsad


def test_the_kursk_article_is_dated_by_its_written_date_and_its_weekday(kursk_text):
    # "في 23 أكتوبر 2024" (a Wednesday) and "الخميس" as the report day: Thursday 24 October 2024
    doc = analyse(kursk_text)
    assert (doc.meta.published, doc.meta.published_source) == ("2024-10-24", "inferred")
    values = {t.text: t.value for t in doc.layer("timexes")}
    assert values["يوم الخميس"] == "2024-10-24" and values["يونيو/حزيران الماضي"] == "2024-06"


def test_a_day_word_next_to_a_written_date_gives_the_date():
    text = "بدأت المديرية العامة للجوازات أمس الاثنين الموافق 20 يوليو 2015 استقبال طلبات التصحيح."
    doc = analyse(text)
    assert (doc.meta.published, doc.meta.published_source) == ("2015-07-21", "inferred")


def test_yesterday_with_its_weekday_and_a_recent_written_date():
    text = ("وقال مسؤولون أمس الخميس إن الحادث وقع في 23 يوليو 2015 داخل المتنزه، "
            "ونقلت المرأة إلى المستشفى.")
    assert analyse(text).meta.published == "2015-07-24"       # the Friday after Thursday the 23rd
    # an event written a week before the weekday evidence does not date the report
    assert analyse(text.replace("23 يوليو", "15 يوليو")).meta.published is None


def test_nothing_pins_the_date_so_it_stays_unknown():
    text = ("غابت مظاهر الفرحة عن أهالي المحافظة بعيد الفطر لهذا العام، وقال عدد من الأهالي إن "
            "الاحتفالات أقيمت الخميس في بقية المحافظات.")
    doc = analyse(text)
    assert (doc.meta.published, doc.meta.published_source) == (None, None)
    assert {t.text: t.value for t in doc.layer("timexes")} == {"هذا العام": None, "الخميس": "XXXX-WXX-4"}


def test_dates_the_text_looks_forward_to_are_not_evidence():
    text = "تغادر البعثة مساء اليوم الاثنين للمشاركة في البطولة التي تقام خلال الفترة من 12 شوال إلى 24 شوال 1436هـ."
    assert analyse(text).meta.published is None


def test_a_given_date_is_never_replaced():
    doc = analyse("وقال مسؤولون أمس الخميس إن الحادث وقع في 22 يوليو 2015.", "2015-07-30")
    assert (doc.meta.published, doc.meta.published_source) == ("2015-07-30", "given")


def test_the_command_line_record_says_the_date_was_inferred(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("وفاجأت المعاهدة المراقبين عندما تم التوقيع عليها في يونيو/حزيران الماضي.\n\n"
                       "وقالت المخابرات الأوكرانية يوم الخميس إن القوات وصلت في 23 أكتوبر 2024 إلى منطقة كورسك.\n",
                       encoding="utf-8")
    proc = run_marsad("analyze", str(article))
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert (record["published"], record["published_source"]) == ("2024-10-24", "inferred")
    timexes = {t["text"]: t["value"] for t in record["timexes"]}
    assert timexes["يونيو/حزيران الماضي"] == "2024-06" and timexes["يوم الخميس"] == "2024-10-24"
