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


def test_figure_labels_of_korean_spellings_come_from_the_outlet_table():
    # the tone figure of her export drew 조선중앙통신, 코리아헤럴드 and 크렘린 as empty boxes (no Hangul in the font)
    from newsanalysis.plot import display_label
    assert display_label("조선중앙통신") == "KCNA (Korean Central News Agency, English)"
    assert display_label("코리아헤럴드") == "The Korea Herald"          # the row 코리아헤럴드 (The Korea Herald)
    assert display_label("연합뉴스") == "Yonhap News Agency"
    assert display_label("한국방송공사") == "KBS"
    assert display_label("모르는신문") == "모르는신문"                  # in no row: as written
    assert display_label("연합뉴스 (Yonhap News Agency)") == "Yonhap News Agency"


def test_compare_warns_when_one_outlet_is_spelled_two_ways():
    # by="outlet" groups by the corpus's spelling: KCNA as 조선중앙통신 in half the rows made two "outlets",
    # tested against each other, and the figures showed two KCNA rows
    import warnings

    import pytest
    arts = pd.DataFrame({"article_id": ["a", "b", "c"], "language": "en", "text": EN,
                         "outlet": ["KCNA (Korean Central News Agency, English)", "조선중앙통신", "KBS"],
                         "published": "2024-06-20"})
    res = na.analyze(arts)
    with pytest.warns(UserWarning, match="1 outlet\\(s\\) of the outlet table are spelled more than one way: "
                                         "KCNA \\(Korean Central News Agency, English\\): "
                                         "'KCNA \\(Korean Central News Agency, English\\)', '조선중앙통신'"):
        c = na.compare(res, by="outlet")
    assert len(c) == 3                                   # still grouped as spelled: the warning says how to merge
    with pytest.warns(UserWarning, match="spelled more than one way"):
        na.compare_tests(res, by="outlet")
    from newsanalysis.compare import match_outlets
    merged = arts.assign(outlet=match_outlets(arts["outlet"]).fillna(arts["outlet"]))
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)       # the recipe of the message: one group, no warning
        c2 = na.compare(na.analyze(merged), by="outlet")
    assert sorted(c2["articles"]) == [1, 2]


def test_report_lists_each_article_not_analysed(tmp_path):
    # the page counted "not analysed: ko 8, vi 2" but no table named the articles
    from newsanalysis.report import not_analysed_articles, write_report
    arts = pd.DataFrame({"article_id": ["e1", "k1", "v1"], "language": ["en", "ko", "vi"],
                         "outlet": ["KCNA (Korean Central News Agency, English)", "연합뉴스", "Tuổi Trẻ"],
                         "published": ["2024-06-20", "2024-06-21", "2024-10-21"],
                         "text": [EN, KO, "Triều Tiên và Nga ký hiệp ước tại Bình Nhưỡng."]})
    res = na.analyze(arts)
    t = not_analysed_articles(res)
    assert t["article_id"].tolist() == ["k1", "v1"]
    assert t["reason"].tolist() == ["no analysers for language 'ko' (newsanalysis analyses en and de)",
                                    "no analysers for language 'vi' (newsanalysis analyses en and de)"]
    assert t["outlet"].tolist() == ["연합뉴스", "Tuổi Trẻ"]
    assert len(not_analysed_articles(res.subset(["e1"]))) == 0
    write_report(res, tmp_path / "rep")
    written = pd.read_csv(tmp_path / "rep" / "tables" / "not_analysed.csv")
    assert written["article_id"].tolist() == ["k1", "v1"]
    assert 'href="tables/not_analysed.csv"' in (tmp_path / "rep" / "index.html").read_text(encoding="utf-8")
