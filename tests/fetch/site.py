"""A news site on 127.0.0.1 for the fetching, watch and alert tests: nothing here touches the internet.

`LocalSite` runs a threaded HTTP server on a free loopback port. Routes map a
path to a `Reply` (status, headers, body, optional delay, or chunks sent one at
a time); every request is logged with its headers, so tests assert what was
asked (conditional headers, the user agent, that a robots-disallowed page was
never requested). `articles(n)` builds Arabic article pages written for these
tests (invented places, people and figures).
"""
from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

ROBOTS = "User-agent: *\nDisallow: /private/\nDisallow: /*?print=1\n"

CITIES = ["صور", "إربد", "المنصورة", "صفاقس", "مكناس", "الزرقاء", "طرابلس", "حلب", "البصرة", "نابلس",
          "سوسة", "أسيوط", "الموصل", "بنغازي", "عدن", "الخليل", "طنطا", "فاس", "حماة", "جرش", "صيدا"]
PROJECTS = ["محطة لتحلية مياه البحر", "مستشفى للأطفال", "جسر فوق النهر", "مدرسة مهنية", "سوق للمزارعين",
            "مكتبة عامة", "ملعب لكرة القدم", "مركز للشباب", "طريق سريع", "محطة للطاقة الشمسية",
            "ميناء للصيادين", "مصنع للألبان", "حديقة عامة", "مركز صحي", "جامعة تقنية", "متحف للتراث",
            "مطار محلي", "مخبز آلي", "سد صغير", "مسرح للمدينة", "محطة قطارات"]
SPEAKERS = ["رامي الخطيب", "هالة منصور", "وليد الشامي", "سناء العلي", "كريم الحسيني", "ليلى الزعبي",
            "ماجد التميمي", "نور الهدى سالم", "طارق عيسى", "ريم القاسم", "فادي نصار", "دينا مراد",
            "عماد الصالح", "منى الخوري", "بسام يوسف", "رنا حداد", "غسان البدري", "هبة العمر",
            "زياد قاسم", "سلوى الحلبي", "أنور جابر"]


def article_html(i: int, *, speaker: str | None = None, hour: int | None = None, encoding: str = "utf-8",
                 meta_charset: bool = True) -> bytes:
    city, project = CITIES[i % len(CITIES)], PROJECTS[i % len(PROJECTS)]
    speaker = speaker or SPEAKERS[i % len(SPEAKERS)]
    hour = 6 + i % 12 if hour is None else hour
    title = f"افتتاح {project} في {city}"
    charset = f'<meta charset="{encoding}">' if meta_charset else ""
    body = (f"<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>{charset}<title>{title}</title>"
            f'<meta property="article:published_time" content="2024-10-{10 + i % 18:02d}T{hour:02d}:{(7 * i) % 60:02d}:00+03:00">'
            '<meta property="og:site_name" content="صحيفة الميدان"></head><body>'
            "<nav><a href=\"/\">الرئيسية</a> | <a href=\"/politics\">سياسة</a> | <a href=\"/economy\">اقتصاد</a></nav>"
            f"<article><h1>{title}</h1>"
            f"<p>افتتحت السلطات المحلية في مدينة {city} صباح اليوم {project} بعد عامين من العمل المتواصل، "
            f"بتكلفة بلغت {12 + i} مليون دولار مولتها الحكومة بالشراكة مع القطاع الخاص.</p>"
            f"<p>وقال المسؤول عن المشروع {speaker} للصحفيين: «سيخدم هذا المشروع أكثر من {20 + i} ألف "
            f"نسمة في {city} والقرى المحيطة بها».</p>"
            "<p>وأوضح المسؤول أن المرحلة الثانية من المشروع ستبدأ في الربيع المقبل، "
            "وأن فرق الصيانة ستعمل على مدار الساعة لضمان استمرار الخدمة.</p></article>"
            "<footer>جميع الحقوق محفوظة لصحيفة الميدان</footer></body></html>")
    return body.encode(encoding)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0                       # seconds before answering
    chunks: list[bytes] | None = None        # sent one by one without a Content-Length
    chunk_delay: float = 0.0


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float
    method: str = "GET"
    body: bytes = b""


class LocalSite:
    def __init__(self):
        self.routes: dict[str, Reply | Callable[["Hit"], Reply]] = {"/robots.txt": Reply(body=ROBOTS.encode(),
                                                                                         headers={"Content-Type": "text/plain"})}
        self.hits: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _serve(self, method: str):
                length = int(self.headers.get("Content-Length") or 0)
                hit = Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic(), method,
                          self.rfile.read(length) if length else b"")
                with site._lock:
                    site.hits.append(hit)
                route = site.routes.get(self.path)
                reply = route(hit) if callable(route) else route
                if reply is None:
                    reply = Reply(404, b"<html><body>not here</body></html>", {"Content-Type": "text/html"})
                reply = site._conditional(hit, reply)
                if reply.delay:
                    time.sleep(reply.delay)
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    if reply.chunks is not None:
                        self.send_header("Transfer-Encoding", "chunked")
                        self.end_headers()
                        for chunk in reply.chunks:
                            self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                            self.wfile.flush()
                            if reply.chunk_delay:
                                time.sleep(reply.chunk_delay)
                        self.wfile.write(b"0\r\n\r\n")
                    else:
                        self.send_header("Content-Length", str(len(reply.body)))
                        self.end_headers()
                        self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def do_GET(self):
                self._serve("GET")

            def do_POST(self):
                self._serve("POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @staticmethod
    def _conditional(hit: Hit, reply: Reply) -> Reply:
        """304 when the client's validators match the reply's ETag / Last-Modified."""
        etag = reply.headers.get("ETag")
        if reply.status == 200 and etag and hit.headers.get("if-none-match") == etag:
            return Reply(304, b"", {"ETag": etag})
        modified = reply.headers.get("Last-Modified")
        if reply.status == 200 and modified and hit.headers.get("if-modified-since") == modified:
            return Reply(304, b"", {"Last-Modified": modified})
        return reply

    def start(self) -> "LocalSite":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def requested(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.hits if h.path == path]

    # -- content ---------------------------------------------------------------------------
    def page(self, path: str, body: bytes, content_type: str = "text/html; charset=utf-8", **headers) -> None:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        self.routes[path] = Reply(200, body, {"Content-Type": content_type, "ETag": etag, **headers})

    def articles(self, n: int, *, prefix: str = "/news/", start: int = 0) -> list[str]:
        paths = []
        for i in range(start, start + n):
            path = f"{prefix}{i}.html"
            self.page(path, article_html(i))
            paths.append(path)
        return paths

    def feed(self, path: str, items: list[str], *, title: str = "صحيفة الميدان", extra: list[str] = ()) -> None:
        """An RSS 2.0 feed of the article pages at `items` (plus raw URLs in `extra`)."""
        entries = []
        for i, item in enumerate(list(items) + list(extra)):
            link = item if item.startswith("http") else self.url(item)
            stamp = email.utils.format_datetime(email.utils.parsedate_to_datetime(
                f"Thu, {10 + i % 18:02d} Oct 2024 0{i % 10}:30:00 +0300"))
            entries.append(f"<item><title>خبر رقم {i}</title><link>{link}</link><guid>{link}</guid>"
                           f"<pubDate>{stamp}</pubDate></item>")
        xml = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
               f"<link>{self.base}/</link><description>آخر الأخبار</description>{''.join(entries)}</channel></rss>")
        self.page(path, xml.encode("utf-8"), "application/rss+xml; charset=utf-8")
