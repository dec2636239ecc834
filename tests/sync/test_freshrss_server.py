"""The FreshRSS the sync tests run against: it fetches feeds from our server on
127.0.0.1, and nothing it fetches leaves 127.0.0.1."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from tests.freshrss import FreshRSS, FreshUser
from tests.server import FeedServer

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Loopback News</title><link>{base}/</link>
<description>invented</description>
<item><title>Harbour reopens</title><link>{base}/a1</link><guid>{base}/a1</guid>
<pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate><description>The harbour reopened.</description></item>
</channel></rss>
"""


def test_freshrss_fetches_a_feed_served_on_loopback(fresh_user: FreshUser, feed_server: FeedServer):
    url = feed_server.add("/feed.xml", RSS.format(base=feed_server.base_url))
    stream = fresh_user.quickadd(url)
    assert stream.startswith("feed/")
    assert [s["url"] for s in fresh_user.subscriptions()] == [url]
    assert [i["title"] for i in fresh_user.items()] == ["Harbour reopens"]
    assert feed_server.requests_for("/feed.xml")


def test_freshrss_fetches_nothing_but_127_0_0_1(fresh_user: FreshUser, freshrss: FreshRSS):
    # A feed on another address of this machine (127.0.0.2): FreshRSS's curl sends it to
    # the dead proxy, so it fails at once and the server there sees no request at all.
    # Any address beyond the machine is treated the same way.
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.path)
            body = RSS.format(base="http://127.0.0.2").encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    with ThreadingHTTPServer(("127.0.0.2", 0), Handler) as other:
        thread = threading.Thread(target=other.serve_forever, daemon=True)
        thread.start()
        try:
            answer = httpx.post(
                f"{freshrss.api_url}/reader/api/0/subscription/quickadd",
                params={"output": "json"},
                data={"quickadd": f"http://127.0.0.2:{other.server_address[1]}/feed.xml"},
                headers=fresh_user._headers(),
                timeout=60,
            )
        finally:
            other.shutdown()
    assert answer.json().get("numResults") == 0
    assert seen == []
    assert fresh_user.subscriptions() == []
