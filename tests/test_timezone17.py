"""timezone=: date-times without a zone read as local wall time (session 17, a Korea-studies researcher's trial:
"2024.06.19. 오후 3:20" from a Korean portal was 15:20 UTC, i.e. nine hours late).

Expected values worked out by hand: Seoul is UTC+9 all year (no daylight saving since 1988); Berlin is UTC+2 in
June (CEST) and UTC+1 in January (CET).
"""
import pandas as pd
import pytest

from newsanalysis import load_corpus
from newsanalysis.dates import parse_date


def test_naive_korean_time_is_seoul_time():
    ts, note = parse_date("2024.06.19. 오후 3:20", "ko", timezone="Asia/Seoul")
    assert ts == pd.Timestamp("2024-06-19 06:20", tz="UTC") and note is None
    ts, note = parse_date("2024.06.19. 오후 3:20", "ko")      # no zone given: UTC, with the note
    assert ts == pd.Timestamp("2024-06-19 15:20", tz="UTC") and "read as UTC" in note


def test_iso_and_german_times_with_and_without_their_own_zone():
    assert parse_date("2024-06-19T15:20:00", timezone="Europe/Berlin")[0] == pd.Timestamp("2024-06-19 13:20", tz="UTC")
    assert parse_date("2024-01-19T15:20:00", timezone="Europe/Berlin")[0] == pd.Timestamp("2024-01-19 14:20", tz="UTC")
    # an offset of its own wins over the zone given
    assert parse_date("2024-06-19T15:20:00+09:00", timezone="Europe/Berlin")[0] == pd.Timestamp("2024-06-19 06:20",
                                                                                                   tz="UTC")
    # a date without a time stays its calendar day
    assert parse_date("2024-06-19", timezone="Asia/Seoul") == (pd.Timestamp("2024-06-19", tz="UTC"), None)


def test_unknown_zone_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="'Asia/Soul' is not an IANA time-zone name"):
        parse_date("2024-06-19T15:20:00", timezone="Asia/Soul")
    p = tmp_path / "a.csv"
    p.write_text("id,date,text\n1,2024-06-19 15:20,Kim und Putin trafen sich.\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Asia/Soul"):
        load_corpus(p, timezone="Asia/Soul")


def test_load_corpus_reads_a_korean_export_in_seoul_time(tmp_path):
    p = tmp_path / "naver.csv"
    p.write_text("id,date,text\n"
                 "1,2024.06.19. 오후 3:20,김정은 위원장과 푸틴 대통령이 평양에서 회담했다.\n"
                 "2,2024.06.20. 오전 1:05,북러 조약이 체결되었다.\n", encoding="utf-8")
    a = load_corpus(p, timezone="Asia/Seoul").set_index("article_id")
    # 15:20 in Seoul is 06:20 UTC; 01:05 on the 20th in Seoul is 16:05 UTC on the 19th
    assert a.loc["1", "published"] == pd.Timestamp("2024-06-19 06:20", tz="UTC")
    assert a.loc["2", "published"] == pd.Timestamp("2024-06-19 16:05", tz="UTC")
    assert not any("read as UTC" in str(n) for n in a.attrs["load_report"]["notes"])
    # without the zone, both are read as UTC and noted
    b = load_corpus(p)
    assert sum("read as UTC" in str(n) for n in b.attrs["load_report"]["notes"]) == 2
