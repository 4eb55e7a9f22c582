"""The real corpus in ../shared: expectations written after reading the articles (skipped without the data)."""
import pytest

import newsanalysis as na


@pytest.fixture(scope="module")
def real(real_articles):
    return real_articles.set_index("article_id")


def test_kcna_dateline_and_glued_leader_name(real):
    a = real.loc["kcna-b296c102dd097b1c"]
    assert a.dateline == "Pyongyang, January 16 (KCNA) --"
    assert a.text.startswith("The respected Comrade Kim Jong Un received congratulatory messages and letters "
                             "from different countries on the occasion of the New Year, Juche 113 (2024).")
    assert a.text.endswith("the Central Committee of the Bangladesh Jatiya Party.")  # the "-0-" end mark is gone
    assert a.wire_agency == "KCNA"
    kcna = real[real["outlet"].str.startswith("KCNA", na=False)]
    assert kcna["dateline"].notna().all()
    assert not kcna["text"].str.contains(r"Comrade(?:Kim|Choe)|Jong Un(?:received|sent|said)", regex=True).any()


def test_yonhap_english_slug_headline_and_byline(real):
    a = real.loc["naver-001_0015816674"]
    assert a.dateline == "SEOUL, Dec. 28 (Yonhap) --"
    assert a.text.startswith("North Korean leader Kim Jong-un made the most public appearances in nine years in 2025,")
    assert "(END)" not in a.text and "pbr@yna.co.kr" not in a.text
    removed = na.load_report(real.reset_index(), "removed")
    mine = removed[removed["article_id"] == "naver-001_0015816674"]
    assert mine["line"].tolist()[:2] == [
        "NK leader-public appearance N. Korea's Kim logs most public appearances in nine years in 2025",
        "By Park Boram SEOUL, Dec. 28 (Yonhap) --"]


def test_korean_entities_decoded_and_paragraphs_split(real):
    a = real.loc["naver-001_0015816211"]  # Yonhap (Korean): "(서울=연합뉴스) 전명훈 기자 = 김정은 …"
    assert a.dateline == "(서울=연합뉴스)"
    assert a.text.startswith("시진핑과 신년인사 교환은 아직 언급 없어\n\n김정은 북한 국무위원장이 새해를 맞아")
    assert "&#x27;" not in a.text and "'친애하는 나의 동지'" in a.text
    assert a.based_on == "KCNA"  # "조선중앙통신에 따르면"


def test_duplicates_and_wire_copy_found_by_reading(real):
    # TV Chosun ran Yonhap's story on Kim's 131 public appearances almost word for word (read side by side);
    # Herald Business ran Yonhap's Moscow story on Putin's New Year greetings word for word after its photo caption.
    a = real.loc["naver-448_0000579825"]
    assert (a.duplicate_of, a.duplicate_kind, a.wire_agency) == ("naver-001_0015816962", "near", "Yonhap")
    b = real.loc["naver-016_0002579112"]
    assert (b.duplicate_of, b.duplicate_kind, b.wire_agency) == ("naver-001_0015821509", "exact", "Yonhap")
    assert real.loc["naver-001_0015821509", "dateline"] == "(모스크바=연합뉴스)"
    # the other Kim-Putin New Year stories of that day were written separately (read): not duplicates
    assert real.loc[["naver-018_0006190431", "naver-055_0001319573", "naver-056_0012093946"], "duplicate_of"].isna().all()
    rep = real.attrs["load_report"]["duplicates"]
    assert rep["exact_duplicates"] + rep["near_duplicates"] == 2


def test_trends_teaser_liveblog_and_byline(real):
    fr = real.loc["trends-2024-11-17-russland"]
    assert fr.author == "Nils Thomas Hinsberger, Franziska Schwarz, Christian Stör, Felix Busjaeger, Bedrettin Bölükbasi"
    assert "Von:" not in fr.text and not fr.text.rstrip().endswith("(red mit Agenturen)")
    ts = real.loc["trends-2024-06-19-russland-ukraine"]
    assert "liveblog Krieg gegen die Ukraine" not in ts.text and "Stand: 19.06.2024" not in ts.text


def test_seed_is_based_on_the_wsj(seed_articles):
    assert seed_articles["based_on"].tolist() == ["WSJ"]
