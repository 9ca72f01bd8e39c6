"""Chrome glued to a line is found in work linear in the line (issue 16: one 200k-character line
took 21.6 s when every sentence end re-keyed the rest of the line). Counted, not timed: the
characters the glued-chrome rules hand to `line_key`."""
from __future__ import annotations

import pytest

from marsad.annotators.boilerplate import paragraphs
from marsad.annotators.boilerplate import rules

SENTENCE = "وقال المتحدث باسم الوزارة إن الجسر صمم لتحمل السيول. "


@pytest.fixture
def keyed(monkeypatch):
    """The number of characters keyed by the glued-chrome rules."""
    paragraphs("تمهيد. سطر\n\nشاركها")     # the rules key their phrases once per process, before counting
    seen = [0]
    real = rules.line_key

    def counting(text: str) -> str:
        seen[0] += len(text)
        return real(text)

    monkeypatch.setattr(rules, "line_key", counting)
    return seen


@pytest.mark.parametrize("sentences", [200, 2000])
def test_trailing_chrome_keys_each_character_once(keyed, sentences):
    line = SENTENCE * sentences + "اقرأ أيضا: البلدية تمدد ساعات عمل الحدائق"
    found = rules.trailing_chrome(line)
    assert found is not None
    start, reason = found
    assert line[start:] == "اقرأ أيضا: البلدية تمدد ساعات عمل الحدائق" and reason == "read-also"
    assert keyed[0] <= len(line)          # re-keying the rest at every sentence end: ~ len * sentences / 2


def test_a_long_line_without_glued_chrome_is_keyed_once(keyed):
    line = SENTENCE * 3000
    assert rules.trailing_chrome(line) is None
    assert keyed[0] <= len(line)


def test_a_long_article_line_stays_one_body_paragraph(keyed):
    text = "وزارة النقل تفتتح جسرا جديدا\n\n" + (SENTENCE * 2000).strip()
    found = paragraphs(text)
    assert [(p.kind, text[p.start:p.end]) for p in found] == [
        ("body", "وزارة النقل تفتتح جسرا جديدا"), ("body", (SENTENCE * 2000).strip())]
    assert keyed[0] <= len(text)


def test_dots_and_spaces_do_not_make_more_work(keyed):
    line = "وقال الوزير إن المشروع سيكتمل نهاية العام" + " ." * 20000 + " ...المزيد"
    start, reason = rules.trailing_chrome(line)
    assert line[start:] == "...المزيد" and reason == "read-also"
    assert keyed[0] <= len(line)
