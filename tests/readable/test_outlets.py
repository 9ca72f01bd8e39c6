from marsad.lexicons.outlets import OUTLETS
from marsad.readable import outlet_domain, outlet_name


def test_saudinewsnet_outlets_by_their_arabic_names():
    assert outlet_name("aawsat") == "الشرق الأوسط"
    assert outlet_name("3alyoum") == "عين اليوم"
    assert outlet_name("was") == "واس (وكالة الأنباء السعودية)"
    assert outlet_domain("aleqtisadiya") == "aleqt.com"


def test_an_outlet_is_found_from_its_host_or_url():
    assert outlet_name("www.okaz.com.sa") == "عكاظ"
    assert outlet_name(None, "https://sabq.org/news/123") == "سبق"
    assert outlet_name("https://www.bbc.com/arabic/middleeast-1") == "بي بي سي عربي"
    assert outlet_name("news.example.org") == "news.example.org"          # unknown: shown as given
    assert outlet_domain("unknown-code", "https://www.example.org/a/b") == "example.org"
    assert outlet_name(None) is None


def test_the_table_names_each_outlet_once():
    codes = [code for code, *_ in OUTLETS]
    domains = [domain for _, _, domain, _ in OUTLETS]
    assert len(set(codes)) == len(codes) and len(set(domains)) == len(domains)
    assert all(name and not name.isascii() for _, name, _, _ in OUTLETS)
