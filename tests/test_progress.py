"""Progress bars: on request and on a terminal only; they never change a result."""
import io
import json

import pandas as pd

import newsanalysis as na
from newsanalysis.corpus import _file_source, _records_estimate


def _write(tmp_path, n):
    recs = [{"id": f"a{i}", "outlet": "X", "language": "en",
             "text": f"Officials in Seoul said on Monday that talks number {i} had ended."} for i in range(n)]
    p = tmp_path / "c.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return p


def test_record_estimate_counts_jsonl_lines_and_one_per_other_file(tmp_path):
    p = _write(tmp_path, 3)
    txt = tmp_path / "b.txt"
    txt.write_text("One article.\n", encoding="utf-8")
    assert _records_estimate([(_file_source(p), True), (_file_source(txt), True)]) == 4
    gz = tmp_path / "c.jsonl.gz"
    gz.write_bytes(b"")
    assert _records_estimate([(_file_source(gz), True)]) is None  # compressed: total unknown


def test_progress_changes_nothing_and_stays_silent_off_a_terminal(tmp_path, capsys):
    p = _write(tmp_path, 6)
    quiet = na.load_corpus(p)
    shown = na.load_corpus(p, progress=True)
    pd.testing.assert_frame_equal(quiet, shown)
    res = na.analyze(shown, progress=True)
    table = na.compare(res, by="outlet", n_resamples=50, progress=True)
    assert list(table["outlet"]) == ["X"] and table["articles"].iloc[0] == 6
    # pytest captures stderr, which is not a terminal: tqdm stays off
    assert "loading" not in capsys.readouterr().err


def test_progress_bar_shows_rate_on_a_terminal(tmp_path, monkeypatch):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    err = Tty()
    monkeypatch.setattr("sys.stderr", err)
    na.load_corpus(_write(tmp_path, 6), progress=True)
    out = err.getvalue()
    assert "loading" in out and "6/6" in out and "record/s" in out
    assert "flagging duplicates" in out
