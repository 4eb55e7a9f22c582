"""Tone toward actors in the command-line report (`newsanalysis report --actor-tone VOICE`): a researcher or
teacher running the report had per-outlet actor tone only in Python. Hand-written corpus: every expected sign
worked out by reading the sentences."""
import json

import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.cli import main
from newsanalysis.pipeline import AnalysisResult
from newsanalysis.report import ACTOR_TONE_GROUP_COLUMNS, actor_tone_by_group

# Two outlets, three articles each, every actor mention in the journalist's own words. Daily Praise praises
# Putin ("wise", "generous", "brilliant", "wonderful") and condemns Kim Jong Un ("brutal dictator", "cruel
# tyrant", "corrupt"); Evening Critic the other way round. Critic's third article also quotes officials
# praising Putin: a quoted mention, out of the authorial voice. Tagesblatt is German (left out by --languages en).
ARTICLES = [
    ("p1", "Daily Praise", "en", "Vladimir Putin is a wise and generous leader. "
                                 "The brutal dictator Kim Jong Un threatened his neighbours."),
    ("p2", "Daily Praise", "en", "Putin gave a brilliant and kind speech. "
                                 "Kim Jong Un is a cruel tyrant who murders his critics."),
    ("p3", "Daily Praise", "en", "Putin is a wonderful friend of peace. "
                                 "Kim Jong Un is a corrupt and dangerous ruler."),
    ("c1", "Evening Critic", "en", "Putin is a brutal and corrupt liar. "
                                   "Kim Jong Un is a kind and generous host."),
    ("c2", "Evening Critic", "en", "Putin is a cruel tyrant who murders his critics. "
                                   "Kim Jong Un gave a brilliant and wise speech."),
    ("c3", "Evening Critic", "en", "Putin is a dangerous and hateful ruler. "
                                   "Kim Jong Un is a wonderful friend of peace. "
                                   "Officials said Putin was a great and honest partner."),
    ("d1", "Tagesblatt", "de", "Putin ist ein brutaler Lügner."),
]


def _corpus(tmp_path):
    f = tmp_path / "hand.csv"
    pd.DataFrame(ARTICLES, columns=["id", "outlet", "language", "text"]).assign(date="2024-06-19").to_csv(
        f, index=False)
    return f


def _run(tmp_path, name, *extra):
    out = tmp_path / name
    assert main(["report", str(_corpus(tmp_path)), "--out", str(out), "--quiet", "--formats", "png",
                 "--min-articles", "3", "--also-by", "--languages", "en", *extra]) == 0
    return out


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The same corpus reported with the default (authorial), with --actor-tone all and with off."""
    tmp = tmp_path_factory.mktemp("actor_tone")
    return {"authorial": _run(tmp, "authorial"), "all": _run(tmp, "all", "--actor-tone", "all"),
            "off": _run(tmp, "off", "--actor-tone", "off")}


def test_report_writes_actor_tone_table_tests_figure_and_section(runs):
    out = runs["authorial"]
    tab = pd.read_csv(out / "tables" / "actor_tone_by_outlet.csv")
    assert list(tab.columns) == ["outlet"] + ACTOR_TONE_GROUP_COLUMNS
    assert (out / "tables" / "actor_tone_by_outlet.parquet").stat().st_size > 0
    assert (out / "figures" / "actor_tone_by_outlet.png").stat().st_size > 0
    assert not (out / "figures" / "actor_tone_by_outlet.svg").exists()   # --formats png
    assert set(tab["language"]) == {"en"}                                 # --languages en: no Tagesblatt
    assert set(tab["voice"]) == {"authorial"}
    t = tab.set_index(["outlet", "actor_id"])
    # by reading: Praise praises Putin and condemns Kim; Critic the reverse
    assert t.loc[("Daily Praise", "putin"), "mean_tone"] > 0
    assert t.loc[("Daily Praise", "kim_jong_un"), "mean_tone"] < 0
    assert t.loc[("Evening Critic", "putin"), "mean_tone"] < 0
    assert t.loc[("Evening Critic", "kim_jong_un"), "mean_tone"] > 0
    # three articles each, one mention each: the quoted praise of Putin in c3 is not the outlet's voice
    assert t.loc[("Evening Critic", "putin"), "n_mentions"] == 3
    assert t.loc[[("Daily Praise", "putin"), ("Evening Critic", "putin")], "n_articles"].tolist() == [3, 3]
    assert t.loc[[("Daily Praise", "putin"), ("Evening Critic", "putin"), ("Daily Praise", "kim_jong_un"),
                  ("Evening Critic", "kim_jong_un")], "tested"].all()    # --min-articles 3
    tests = pd.read_csv(out / "tables" / "tests_by_outlet.csv")
    at = tests[tests["family"] == "actor_tone"].set_index("measure")
    assert set(at.index) == {"putin", "kim_jong_un"} and (at["scope"] == "all").all()
    assert (at["groups"] == 2).all() and (at["n"] == 6).all() and (at["language"] == "en").all()
    # difference = Daily Praise − Evening Critic (alphabetical): positive for Putin, negative for Kim
    assert at.loc["putin", "difference"] > 0 > at.loc["kim_jong_un", "difference"]
    assert (at["correction"] == "fdr_bh").all() and (at["p_adjusted"] >= at["p_value"]).all()
    page = (out / "index.html").read_text(encoding="utf-8")
    section = page.split('id="actor-tone-by-outlet"', 1)[1]
    assert "Tone toward actors by outlet (authorial voice)" in page
    assert "this counts words, not opinions" in section and "not the outlet's stance" in " ".join(section.split())
    assert "Daily Praise − Evening Critic" in section            # which way the difference runs
    assert 'href="#actor-tone-by-outlet"' in page                # linked from the top of the page
    assert 'src="figures/actor_tone_by_outlet.png"' in section


def test_all_voice_counts_the_quoted_praise(runs):
    own = pd.read_csv(runs["authorial"] / "tables" / "actor_tone_by_outlet.csv").set_index(["outlet", "actor_id"])
    every = pd.read_csv(runs["all"] / "tables" / "actor_tone_by_outlet.csv").set_index(["outlet", "actor_id"])
    assert set(every["voice"]) == {"all"}
    critic = ("Evening Critic", "putin")
    # the officials' "great and honest partner" joins c3's mentions and pulls Critic's Putin tone up
    assert every.loc[critic, "n_mentions"] == own.loc[critic, "n_mentions"] + 1 == 4
    assert every.loc[critic, "mean_tone"] > own.loc[critic, "mean_tone"]
    # Praise has no quoted mention: the same figure in both voices
    assert every.loc[("Daily Praise", "putin"), "mean_tone"] == pytest.approx(own.loc[("Daily Praise", "putin"),
                                                                                      "mean_tone"])
    assert "Tone toward actors by outlet (all voice)" in (runs["all"] / "index.html").read_text(encoding="utf-8")


def test_off_writes_nothing_about_actor_tone_and_leaves_the_other_tests_as_they_were(runs):
    out = runs["off"]
    assert not list((out / "tables").glob("actor_tone_by_*")) and not list((out / "figures").glob("actor_tone*"))
    tests = pd.read_csv(out / "tables" / "tests_by_outlet.csv")
    assert not (tests["family"] == "actor_tone").any()
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Tone toward actors" not in page and "actor-tone-by" not in page
    # actor tone is a correction family of its own (the default --correction-family family): the other tests
    # and their adjusted p-values are the same with and without it
    on = pd.read_csv(runs["authorial"] / "tables" / "tests_by_outlet.csv")
    pd.testing.assert_frame_equal(on[on["family"] != "actor_tone"].reset_index(drop=True), tests)


def test_report_correction_options_reach_the_actor_tone_tests(tmp_path):
    out = _run(tmp_path, "holm", "--correction", "holm", "--correction-family", "grouping")
    tests = pd.read_csv(out / "tables" / "tests_by_outlet.csv")
    at = tests[tests["family"] == "actor_tone"]
    assert len(at) == 2 and (at["correction"] == "holm").all() and (at["correction_family"] == "grouping").all()
    # one Holm family over all the grouping's tests: the smallest p is multiplied by their number
    ps = tests["p_value"].dropna()
    row = tests.loc[ps.idxmin()]
    assert row["p_adjusted"] == pytest.approx(min(1.0, row["p_value"] * len(ps)))


def test_cli_option_shape_and_write_report_arguments(monkeypatch, tmp_path):
    from newsanalysis import cli, report

    parse = cli.build_parser().parse_args
    assert parse(["report", "a.jsonl", "--out", "o"]).actor_tone == "authorial"
    assert parse(["report", "a.jsonl", "--out", "o", "--actor-tone", "quoted"]).actor_tone == "quoted"
    with pytest.raises(SystemExit):
        parse(["report", "a.jsonl", "--out", "o", "--actor-tone", "own"])
    seen = []
    real = report.actor_tone_by_group
    monkeypatch.setattr(report, "actor_tone_by_group", lambda *a, **kw: seen.append(kw) or real(*a, **kw))
    _run(tmp_path, "turns", "--speaker-turns", "--actor-tone", "quoted")
    assert seen and all(kw["speaker_turns"] and kw["voice"] == "quoted" and kw["min_articles"] == 3 for kw in seen)
    with pytest.raises(ValueError, match="actor_tone"):
        report.write_report(None, tmp_path / "x", actor_tone="own")


# --- actor_tone_by_group on a hand-made result (every number worked out by hand) ---

def _result():
    ids = ["a1", "a2", "b1", "b2", "b3", "u1"]
    outlet = ["A", "A", "B", "B", "B", None]
    arts = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "text": "x",
                         "duplicate_of": [None, None, None, None, "b1", None]})
    summary = pd.DataFrame({"article_id": ids, "outlet": outlet, "language": "en", "analysed": True,
                            "mean_compound": 0.0, "n_scored": 3})
    frames = pd.DataFrame([(a, f, True, False) for a in ids for f in na.GENERIC_FRAMES],
                          columns=["article_id", "frame", "analysed", "present"])
    att = pd.DataFrame(columns=["article_id", "kind", "source", "named", "anonymous", "source_type"])
    rows = [("a1", "putin", 0.4, "authorial", False), ("a1", "putin", 0.2, "authorial", False),  # a1: 0.3
            ("a2", "putin", 0.5, "authorial", False),
            ("a2", "putin", -0.8, "quoted", False),          # not authorial
            ("b1", "putin", -0.2, "authorial", False), ("b2", "putin", -0.4, "authorial", False),
            ("b2", "putin", 0.9, "authorial", True),         # a transcript turn
            ("b3", "putin", 0.9, "authorial", False),        # a duplicate of b1
            ("u1", "putin", 0.1, "authorial", False),        # no outlet
            ("a1", "kcna", 0.1, "authorial", False)]
    at = pd.DataFrame(rows, columns=["article_id", "actor_id", "tone", "voice", "speaker_turn"]).assign(language="en")
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, frames, e, att, summary, {"fingerprint": "t"}, actor_tone=at)


def test_actor_tone_by_group_by_hand():
    res = _result()
    before = res.actor_tone.copy()
    t = actor_tone_by_group(res, "outlet", min_articles=2, outlets=pd.DataFrame(columns=["outlet"]))
    p = t[t["actor_id"] == "putin"].set_index("outlet")
    # A: article means 0.3 and 0.5 -> 0.4; B: -0.2 and -0.4 -> -0.3 (turn, duplicate and quote left out)
    assert p.loc["A", "mean_tone"] == pytest.approx(0.4) and p.loc["B", "mean_tone"] == pytest.approx(-0.3)
    assert p.loc["B", "n_mentions"] == 2 and p.loc["B", "turn_mentions_left_out"] == 1
    assert p.loc["A", "actor"] == "Vladimir Putin" and p.loc["A", "kind"] == "person"
    # (unknown) is shown, never tested; A and B have two articles each
    assert p["tested"].to_dict() == {"A": True, "B": True, "(unknown)": False}
    # KCNA: one outlet only -> not tested; Putin (most articles) comes first
    assert t["actor_id"].tolist()[0] == "putin" and not t.loc[t["actor_id"] == "kcna", "tested"].any()
    pd.testing.assert_frame_equal(res.actor_tone, before)   # input not changed
    # the tested groups are those of compare_tests' actor_tone family
    tests = na.compare_tests(res, by="outlet", actor_tone_voice="authorial", min_articles=2, n_resamples=99,
                             n_cluster_resamples=99, outlets=pd.DataFrame(columns=["outlet"]))
    row = tests[(tests["family"] == "actor_tone") & (tests["measure"] == "putin")].iloc[0]
    assert row["n"] == 4 and row["difference"] == pytest.approx(0.4 - (-0.3))
    # with the turns and the duplicate counted: B = (-0.2, mean(-0.4, 0.9) = 0.25, 0.9)
    both = actor_tone_by_group(res, "outlet", min_articles=2, speaker_turns=True, duplicates=True,
                               outlets=pd.DataFrame(columns=["outlet"])).set_index(["outlet", "actor_id"])
    assert both.loc[("B", "putin"), "mean_tone"] == pytest.approx((-0.2 + 0.25 + 0.9) / 3)
    assert actor_tone_by_group(res, "outlet", voice="all", min_articles=2).set_index(
        ["outlet", "actor_id"]).loc[("A", "putin"), "mean_tone"] == pytest.approx((0.3 + (0.5 - 0.8) / 2) / 2)
    with pytest.raises(ValueError, match="voice"):
        actor_tone_by_group(res, voice="own")


def test_actor_tone_by_group_without_scored_mentions_is_an_empty_table_with_its_columns():
    res = _result()
    empty = AnalysisResult(res.articles, res.sentences, res.sentiment, res.frames, res.frame_evidence,
                           res.attributions, res.summary, {}, actor_tone=pd.DataFrame())
    t = actor_tone_by_group(empty, "outlet")
    assert t.empty and list(t.columns) == ["outlet"] + ACTOR_TONE_GROUP_COLUMNS
    assert list(actor_tone_by_group(res, "language").columns) == ACTOR_TONE_GROUP_COLUMNS


@pytest.mark.slow
def test_report_actor_tone_on_real_kcna_and_kremlin_articles(shared, tmp_path):
    # the first six KCNA and six Kremlin.ru articles (file order) that name Kim Jong Un
    picked = []
    for name in ("stiles__north-korea-news.jsonl", "iandennismiller__valdai-transcripts.jsonl"):
        rows = [json.loads(x) for x in (shared / "corpus" / "real" / name).read_text(encoding="utf-8").splitlines()
                if x.strip()]
        picked += [r for r in rows if "Kim Jong Un" in r["text"]][:6]
    f = tmp_path / "few.jsonl"
    f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in picked), encoding="utf-8")
    out = tmp_path / "rep"
    assert main(["report", str(f), "--out", str(out), "--quiet", "--formats", "png", "--also-by"]) == 0
    tab = pd.read_csv(out / "tables" / "actor_tone_by_outlet.csv")
    assert list(tab.columns) == ["outlet"] + ACTOR_TONE_GROUP_COLUMNS and set(tab["language"]) == {"en"}
    kcna = tab[tab["outlet"].str.startswith("KCNA") & (tab["actor_id"] == "kim_jong_un")].iloc[0]
    # KCNA writes of "the respected Comrade Kim Jong Un" and his "energetic guidance": its own words praise him
    assert kcna["n_articles"] == 6 and kcna["mean_tone"] > 0 and kcna["ci_low"] > 0
    tests = pd.read_csv(out / "tables" / "tests_by_outlet.csv")
    at = tests[tests["family"] == "actor_tone"]
    # every tested (outlet, actor) is in a test, and every test is of tested groups
    tested = tab[tab["tested"]]
    assert set(at["measure"]) == set(tested["actor_id"])
    for _, r in at.iterrows():
        assert r["n"] == tested.loc[tested["actor_id"] == r["measure"], "n_articles"].sum()
    assert (out / "figures" / "actor_tone_by_outlet.png").stat().st_size > 0
    assert "Tone toward actors by outlet (authorial voice)" in (out / "index.html").read_text(encoding="utf-8")
