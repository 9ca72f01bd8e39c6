import codecs

import pytest

from marsad.errors import InputError
from marsad.input.decode import decode_bytes

ARTICLE = "ونفى الكرملين في البداية التقارير المتعلقة بإرسال جنود كوريين شماليين إلى روسيا ووصفها بأنها أخبار كاذبة."


def test_utf8_is_decoded_unchanged():
    decoded = decode_bytes(ARTICLE.encode("utf-8"))
    assert decoded.text == ARTICLE and decoded.encoding == "utf-8"


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_legacy_arabic_code_pages_are_detected(encoding):
    decoded = decode_bytes(ARTICLE.encode(encoding))
    assert decoded.text == ARTICLE
    assert decoded.encoding == encoding


@pytest.mark.parametrize("bom,encoding", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
                                          (codecs.BOM_UTF8, "utf-8")])
def test_byte_order_marks_name_the_encoding(bom, encoding):
    assert decode_bytes(bom + ARTICLE.encode(encoding)).text == ARTICLE


def test_utf16_without_a_bom_is_recognised():
    assert decode_bytes(ARTICLE.encode("utf-16-le")).text == ARTICLE


def test_empty_and_blank_inputs_are_refused():
    with pytest.raises(InputError, match="empty input"):
        decode_bytes(b"")
    with pytest.raises(InputError, match="only white space"):
        decode_bytes(b" \n\t\n")


def test_binary_data_is_refused():
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(bytes(range(256)) * 4)
    with pytest.raises(InputError, match="binary data"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x01" * 100 + b"\xff")


def test_the_size_limit_is_enforced():
    with pytest.raises(InputError, match="over the limit of 10"):
        decode_bytes(ARTICLE.encode("utf-8"), max_bytes=10)


def test_text_in_no_arabic_encoding_is_refused():
    with pytest.raises(InputError, match="not UTF-8 and not a recognised Arabic encoding"):
        decode_bytes("Ça coûte très cher à Zürich, déjà é è à ü ö".encode("latin-1"))
