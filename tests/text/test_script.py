from marsad.text.script import detect_language


def test_arabic_with_latin_names_is_arabic():
    assert detect_language("الصواريخ الباليستية من طراز KN-23 التي رافقها ضباط") == "ar"


def test_english_and_unclear_texts():
    assert detect_language("Exit mobile version and share this article") == "en"
    assert detect_language("12 34 !!") == "und"
    assert detect_language("كلمات عربية هنا with English words") == "und"   # neither dominates
