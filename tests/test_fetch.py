"""fetch_corpus against a local HTTP server on 127.0.0.1 that this test starts and feeds its own pages."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.fetch import fetch_corpus, read_manifest

ROOT = Path(__file__).resolve().parent.parent


def _page(title, sentences):
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return (f"<!DOCTYPE html><html><head><title>{title}</title><meta name='author' content='Jane Roe'></head>"
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article>"
            "<footer>© 2024 Test News. All rights reserved.</footer></body></html>")


PAGES = {
    "/a": _page("Treaty signed", [
        "Russia and North Korea signed a mutual defence treaty in Pyongyang on Wednesday.",
        "The agreement obliges each side to help the other if it is attacked, the two leaders said.",
        "Analysts in Seoul said the pact marks the closest ties between the two countries in decades."]),
    "/b": _page("Troops deployed", [
        "South Korean intelligence said thousands of North Korean soldiers had been sent to Russia.",
        "The troops were seen in the Kursk region, according to officials in Kyiv.",
        "Moscow and Pyongyang have denied the reports, calling them a smear campaign."]),
    "/flaky": _page("Second try", [
        "The first request for this page fails with a server error, the second one succeeds.",
        "This tests that the fetcher retries after a temporary failure on the server side.",
        "A third sentence makes the page long enough to count as an article for extraction."]),
    "/menu": "<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>",
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        srv = self.server
        srv.log.append((self.path, time.monotonic(), self.headers.get("User-Agent")))
        n = sum(1 for p, _, _ in srv.log if p == self.path)
        if self.path == "/flaky" and n == 1 or self.path == "/down":
            self.send_response(503)
            self.end_headers()
            return
        if self.path not in PAGES:
            self.send_response(404)
            self.end_headers()
            return
        data = PAGES[self.path].encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.log = []
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv, f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def _manifest(base, paths):
    return pd.DataFrame({"id": [p.strip("/") for p in paths], "url": [base + p for p in paths],
                         "outlet": "Test News", "published": "2024-06-19", "language": "en"})


def test_fetch_extract_and_load(server, tmp_path):
    srv, base = server
    rep = fetch_corpus(_manifest(base, ["/a", "/b"]), tmp_path / "out", delay=0)
    assert rep["status"].tolist() == ["fetched", "fetched"]
    assert rep["http_status"].tolist() == [200, 200]
    df = na.load_corpus(tmp_path / "out" / "articles.jsonl")
    a = df.set_index("article_id").loc["a"]
    assert a.text.startswith("Russia and North Korea signed a mutual defence treaty")
    assert "Home" not in a.text and "rights reserved" not in a.text
    assert (a.title, a.author, a.outlet) == ("Treaty signed", "Jane Roe", "Test News")
    assert a.published == pd.Timestamp("2024-06-19", tz="UTC")
    assert all(ua.startswith("newsanalysis/") for _, _, ua in srv.log)
    assert (tmp_path / "out" / "fetch_report.csv").exists()


def test_retries_and_failure_report(server, tmp_path):
    srv, base = server
    rep = fetch_corpus(_manifest(base, ["/flaky", "/missing", "/down", "/menu"]), tmp_path / "out",
                       delay=0.01, retries=2).set_index("id")
    assert (rep.loc["flaky", "status"], rep.loc["flaky", "attempts"]) == ("fetched", 2)
    # a 404 is not retried; a 503 is, up to 1 + retries attempts
    assert (rep.loc["missing", "status"], rep.loc["missing", "http_status"], rep.loc["missing", "attempts"]) == ("failed", 404, 1)
    assert (rep.loc["down", "status"], rep.loc["down", "http_status"], rep.loc["down", "attempts"]) == ("failed", 503, 3)
    assert rep.loc["down", "error"].startswith("HTTP 503")
    assert (rep.loc["menu", "status"], rep.loc["menu", "error"]) == ("failed", "no article text extracted")
    assert [p for p, _, _ in srv.log].count("/down") == 3


def test_resume_and_cache(server, tmp_path):
    srv, base = server
    out = tmp_path / "out"
    fetch_corpus(_manifest(base, ["/a"]), out, delay=0)
    n = len(srv.log)
    # resume: the article already in articles.jsonl is not requested again; the new one is
    rep = fetch_corpus(_manifest(base, ["/a", "/b"]), out, delay=0)
    assert rep["status"].tolist() == ["already done", "fetched"]
    assert [p for p, _, _ in srv.log[n:]] == ["/b"]
    lines = (out / "articles.jsonl").read_text().splitlines()
    assert [json.loads(x)["id"] for x in lines] == ["a", "b"]
    # without resume the file is rewritten from the cache, with no request at all
    n = len(srv.log)
    rep = fetch_corpus(_manifest(base, ["/a", "/b"]), out, delay=0, resume=False)
    assert rep["status"].tolist() == ["cached", "cached"]
    assert len(srv.log) == n
    assert len((out / "articles.jsonl").read_text().splitlines()) == 2


def test_polite_delay_between_requests_to_one_host(server, tmp_path, monkeypatch):
    # a fake clock: it moves only when the fetcher pauses, so the test measures the pauses, not the machine
    import newsanalysis.fetch as fetch

    clock = {"t": 100.0}
    starts = []
    monkeypatch.setattr(fetch, "_now", lambda: clock["t"])
    monkeypatch.setattr(fetch, "_sleep", lambda s: clock.__setitem__("t", clock["t"] + s))
    srv, base = server
    real_get = fetch.urllib.request.urlopen

    def urlopen(req, timeout):
        starts.append(clock["t"])
        return real_get(req, timeout=timeout)

    monkeypatch.setattr(fetch.urllib.request, "urlopen", urlopen)
    fetch_corpus(_manifest(base, ["/a", "/b", "/menu"]), tmp_path / "out", delay=2.5)
    assert [round(b - a, 6) for a, b in zip(starts, starts[1:])] == [2.5, 2.5]


def test_manifest_errors_name_the_row(tmp_path):
    with pytest.raises(ValueError, match=r"row 3 \(id 'b'\): field 'url' is not an http\(s\) URL"):
        read_manifest(pd.DataFrame({"id": ["a", "b"], "url": ["http://127.0.0.1/a", "file:///etc/passwd"]}))
    with pytest.raises(ValueError, match="id 'a' occurs more than once"):
        read_manifest(pd.DataFrame({"id": ["a", "a"], "url": ["http://127.0.0.1/a", "http://127.0.0.1/b"]}))


def test_shipped_manifest_matches_real_corpus(shared):
    m = read_manifest(ROOT / "corpus" / "manifest_real.csv")
    assert list(m.columns) == ["id", "url", "outlet", "published", "language"]  # no article text
    real = na.load_corpus(shared / "corpus" / "real", flag_duplicates=False)
    assert sorted(m["id"]) == sorted(real["article_id"])
    assert m["language"].value_counts().to_dict() == {"en": 126, "ko": 76, "de": 5, "vi": 5}


def test_fetch_command_line(server, tmp_path, capsys):
    from newsanalysis.cli import main

    srv, base = server
    manifest = tmp_path / "manifest.csv"
    _manifest(base, ["/a", "/b"]).to_csv(manifest, index=False)
    assert main(["fetch", str(manifest), "--out", str(tmp_path / "out"), "--delay", "0"]) == 0
    assert '"fetched": 2' in capsys.readouterr().out
    assert len(na.load_corpus(tmp_path / "out" / "articles.jsonl")) == 2
