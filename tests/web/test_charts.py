"""Charts over time: one bar per day, week or month so that two days and two years both read."""
import datetime as dt
import re

from marsad.web import charts


def _bars(svg: str) -> list[dict]:
    return [dict(zip(("x", "y", "width", "height"), map(float, m.groups())))
            for m in re.finditer(r'<rect class="bar" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', svg)]


def _height(svg: str) -> int:
    return int(re.search(r'viewBox="0 0 \d+ (\d+)"', svg).group(1))


def test_two_days_are_two_slim_daily_bars_with_the_earliest_at_the_right():
    svg = str(charts.bars([("2015-07-21", "aawsat", 600), ("2015-07-21", "okaz", 200), ("2015-07-22", "aawsat", 300)],
                          name=lambda g: {"aawsat": "الشرق الأوسط", "okaz": "عكاظ"}[g]))
    assert 'data-unit="day"' in svg and 'data-periods="2"' in svg
    first, second = [b for b in re.findall(r'<g class="period" data-start="([\d-]+)" data-total="(\d+)"', svg)]
    assert (first, second) == (("2015-07-21", "800"), ("2015-07-22", "300"))
    bars = _bars(svg)
    assert len(bars) == 3 and all(b["width"] <= charts.MAX_BAR for b in bars)
    assert bars[0]["x"] > bars[2]["x"]                      # 21 July drawn right of 22 July
    assert "21 يوليو — الشرق الأوسط: 600" in svg and "<bdi>عكاظ</bdi> <b>200</b>" in svg
    assert _height(svg) == charts.TOP + charts.PLOT_HEIGHT + charts.BOTTOM


def test_two_years_are_weekly_bars_of_the_same_height_and_empty_weeks_show():
    start = dt.date(2014, 1, 6)
    rows = [((start + dt.timedelta(days=7 * i)).isoformat(), "was", i % 5 + 1) for i in range(0, 104, 2)]
    svg = str(charts.bars(rows))
    assert 'data-unit="week"' in svg and 'data-periods="103"' in svg
    assert _height(svg) == charts.TOP + charts.PLOT_HEIGHT + charts.BOTTOM
    assert svg.count('data-total="0"') == 51                # every other week had nothing: drawn as empty
    assert "أسبوع 6 يناير" in svg


def test_longer_spans_are_monthly_and_the_biggest_groups_keep_their_colours():
    rows = [(f"{2010 + i // 12}-{i % 12 + 1:02d}-15", f"outlet{i % 10}", 1) for i in range(60)]
    svg = str(charts.bars(rows))
    assert 'data-unit="month"' in svg and 'data-periods="60"' in svg
    assert "أخرى" in svg and len(set(re.findall(r'fill="(#[0-9a-f]{6})"', svg))) == charts.MOST_GROUPS + 1


def test_stances_keep_their_colours_and_links_narrow_to_the_period():
    svg = str(charts.stance_chart([("2024-10-24", "deny", 2), ("2024-10-28", "confirm", 1)],
                                  href=lambda a, b: f"/ui/claims?date_from={a}&date_to={b}"))
    assert 'fill="#c0392b" data-group="deny"' in svg and "نفي" in svg and "تأكيد" in svg
    assert 'href="/ui/claims?date_from=2024-10-24&amp;date_to=2024-10-24"' in svg


def test_nothing_dated_says_so_and_names_are_escaped():
    assert "لا مقالات مؤرخة" in str(charts.bars([], what="مقالات"))
    svg = str(charts.bars([("2024-10-24", "<script>", 1)], name=str))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
