"""A Korean news-database export (BigKinds column names, Korean dates, Korean outlet names): session 17 trial K,
a Korea-studies researcher whose export was not read until every column was mapped by hand, and whose
조선중앙통신 (KCNA) and 크렘린 (Kremlin) rows fell into the "(unknown)" country."""
import pandas as pd

import newsanalysis as na
from newsanalysis.compare import article_groups

EN = "North Korea and Russia signed a treaty in Pyongyang on Wednesday. The two leaders praised the talks."
KO = "북한과 러시아는 수요일 평양에서 포괄적 전략적 동반자 관계 조약을 체결했다. 두 정상은 회담을 높이 평가했다."


def test_bigkinds_columns_korean_dates_and_korean_outlet_names(tmp_path):
    rows = [
        ("k-1", "2024.06.19", "조선중앙통신", "", "Treaty signed", EN, "en"),
        ("k-2", "2024년 6월 20일", "크렘린궁", "", "Talks", EN, "en"),
        ("k-3", "20240621", "한국방송공사", "김기자", "조약", KO, "ko"),
        ("k-4", "2024/06/22", "연합뉴스", "", "조약 체결", KO, "ko"),
        ("k-5", "입력 2024.06.23. 오후 3:20", "문화방송", "", "회담", KO, "ko"),
    ]
    df = pd.DataFrame(rows, columns=["뉴스 식별자", "일자", "언론사", "기고자", "제목", "본문", "언어"])
    f = tmp_path / "bigkinds.csv"
    df.to_csv(f, index=False, encoding="utf-8-sig")
    arts = na.load_corpus(f)
    files = na.load_report(arts, "files")
    assert files["fields"].iloc[0] == "text=본문; title=제목; outlet=언론사; date=일자; id=뉴스 식별자; author=기고자; language=언어"
    got = dict(zip(arts["article_id"], arts["published"].dt.strftime("%Y-%m-%d %H:%M")))
    assert got == {"k-1": "2024-06-19 00:00", "k-2": "2024-06-20 00:00", "k-3": "2024-06-21 00:00",
                   "k-4": "2024-06-22 00:00", "k-5": "2024-06-23 15:20"}   # 오후 3:20 = 15:20 (no zone: UTC)
    country = dict(zip(arts["article_id"], article_groups(arts, "country").values))
    assert country == {"k-1": "North Korea", "k-2": "Russia", "k-3": "South Korea", "k-4": "South Korea",
                       "k-5": "South Korea"}
    assert arts["outlet"].tolist() == ["조선중앙통신", "크렘린궁", "한국방송공사", "연합뉴스", "문화방송"]  # kept as written
