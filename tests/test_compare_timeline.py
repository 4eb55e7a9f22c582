"""Timeline per period and group, the events file, and the plots (intervals, events, palette)."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from newsanalysis.pipeline import AnalysisResult  # noqa: E402
from newsanalysis.plot import (group_palette, interval_plot, keyness_plot, save_figure, time_plot,  # noqa: E402
                               tone_plot)
from newsanalysis.timeline import load_events, timeline  # noqa: E402


def _result():
    arts = pd.DataFrame({
        "article_id": ["a1", "a2", "a3", "b1", "b2"],
        "outlet": ["A", "A", "A", "B", "B"],
        "language": ["en", "en", "en", "en", "ko"],
        "text": "x",
        # 2024-06-19 is a Wednesday (ISO week 25, Monday 17 June); 2024-07-01 a Monday (week 27)
        "published": pd.to_datetime(["2024-06-19", "2024-06-30", "2024-07-01", "2024-06-20", None], utc=True),
    })
    summary = pd.DataFrame({"article_id": arts["article_id"], "outlet": arts["outlet"], "language": arts["language"],
                            "analysed": [True, True, True, True, False],
                            "mean_compound": [0.2, 0.4, -0.5, 0.1, np.nan], "n_scored": [1, 1, 1, 1, np.nan]})
    e = pd.DataFrame()
    return AnalysisResult(arts, e, e, e, e, e, summary, {})


def test_timeline_by_month_and_week():
    t = timeline(_result(), by="outlet", freq="month").set_index(["outlet", "period"])
    assert t.loc[("A", "2024-06"), "articles"] == 2 and t.loc[("A", "2024-07"), "articles"] == 1
    assert t.loc[("A", "2024-06"), "mean_compound"] == pytest.approx(0.3)
    assert "only 2" in t.loc[("A", "2024-06"), "warning"]
    assert t.attrs["undated"] == 1                        # b2 has no date
    w = timeline(_result(), by=None, freq="week").set_index("period")
    assert w.loc["2024-W25", "articles"] == 2              # a1 (Wed 19) and b1 (Thu 20)
    assert str(w.loc["2024-W25", "period_start"].date()) == "2024-06-17"
    assert w.loc["2024-W26", "articles"] == 1              # a2, Sunday 30 June
    with pytest.raises(ValueError, match="freq"):
        timeline(_result(), freq="day")


def test_shipped_events_file():
    ev = load_events()
    d = dict(zip(ev["date"].dt.strftime("%Y-%m-%d"), ev["event"]))
    assert "Vladivostok" in d["2019-04-25"] and "Vostochny" in d["2023-09-13"] and "Treaty" in d["2024-06-19"]
    assert ev["kind"].str.contains("UN veto").any() and ev["kind"].str.contains("troops").any()
    assert ev["date"].is_monotonic_increasing


def test_events_file_errors(tmp_path):
    p = tmp_path / "events.csv"
    p.write_text("date,event\n2024-06-19,ok\n19.06.2024,bad\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 3: field 'date'"):
        load_events(p)
    p.write_text("when,event\n", encoding="utf-8")
    with pytest.raises(ValueError, match="date"):
        load_events(p)


def test_time_plot_draws_events_in_span_and_intervals(tmp_path):
    t = timeline(_result(), by="outlet")
    ev = pd.DataFrame({"date": pd.to_datetime(["2024-06-19", "2019-04-25"], utc=True), "event": ["treaty", "old"]})
    ax = time_plot(t, y="mean_compound", hue="outlet", low="compound_low", high="compound_high", events=ev)
    dashed = [ln for ln in ax.get_lines() if ln.get_linestyle() not in ("-", "None", "")]
    assert len(dashed) == 1                                # only the event inside the plotted span
    assert any("1: 2024-06-19 treaty" in tx.get_text() for tx in ax.texts)
    paths = save_figure(ax, tmp_path / "t")
    assert sorted(p.suffix for p in paths) == [".pdf", ".png", ".svg"] and all(p.stat().st_size for p in paths)
    plt.close("all")


def test_time_plot_start_and_end_set_the_span_the_events_and_the_zero_months():
    # session 17 trial: start="2023-06-01" only filtered the data, so the axis began at the first article
    # (2024) and the Vostochny summit of 2023-09-13 was not drawn
    import matplotlib.dates as mdates
    t = timeline(_result(), by="outlet")               # A: 2 articles in 2024-06, 1 in 2024-07; B: 1 in 2024-06
    ev = pd.DataFrame({"date": pd.to_datetime(["2019-04-25", "2023-09-13", "2024-06-19", "2025-01-11"], utc=True),
                       "event": ["Vladivostok", "Vostochny", "treaty", "capture"]})
    ax = time_plot(t, y="articles", hue="outlet", events=ev, freq="month", start="2023-06-01", end="2024-08-31")
    lo, hi = (mdates.num2date(v).strftime("%Y-%m-%d") for v in ax.get_xlim())
    assert (lo, hi) == ("2023-06-01", "2024-08-31")
    dashed = [ln for ln in ax.get_lines() if ln.get_linestyle() not in ("-", "None", "")]
    assert len(dashed) == 2                              # Vostochny and the treaty; 2019 and 2025 are outside
    assert any("1: 2023-09-13 Vostochny" in tx.get_text() and "2: 2024-06-19 treaty" in tx.get_text()
               for tx in ax.texts)
    solid = [ln for ln in ax.get_lines() if ln.get_linestyle() == "-"]
    a_line = solid[0]                                    # outlet A (levels sorted: A, B)
    # June 2023 to August 2024 is 15 months; A has 2 articles in June 2024, 1 in July, none in the others
    assert len(a_line.get_ydata()) == 15
    assert list(a_line.get_ydata()) == [0] * 12 + [2, 1, 0]
    plt.close("all")
    # an empty span with start and end still draws the axis and its events
    ax = time_plot(t, y="articles", hue="outlet", events=ev, start="2023-06-01", end="2023-12-31")
    assert sum(ln.get_linestyle() not in ("-", "None", "") for ln in ax.get_lines()) == 1   # Vostochny
    assert any(tx.get_text() == "no dated articles" for tx in ax.texts)
    plt.close("all")


def test_palette_is_fixed_per_group_and_has_no_black():
    p1 = group_palette(["B", "A", "C"])
    p2 = group_palette(["C", "A", "B", None])
    assert p1 == p2 and len(set(p1.values())) == 3 and "#000000" not in p1.values()


def test_interval_and_tone_plots_draw_every_interval():
    d = pd.DataFrame({"measure": ["x", "x", "y"], "outlet": ["A", "B", "A"], "estimate": [0.5, 0.2, 0.1],
                      "low": [0.4, 0.1, 0.0], "high": [0.6, 0.3, 0.3]})
    ax = interval_plot(d, y="measure", hue="outlet")
    assert len(ax.containers) == 2                          # one errorbar container per outlet
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["A", "B"]
    plt.close("all")
    cmp = pd.DataFrame({"outlet": ["A", "B"], "mean_compound": [0.1, -0.2], "compound_low": [0.0, -0.3],
                        "compound_high": [0.2, -0.1], "analysed_articles": [5, 7]})
    ax = tone_plot(cmp)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["B (n=7)", "A (n=5)"]
    plt.close("all")


def test_keyness_plot_empty_and_filled():
    k = pd.DataFrame({"group": ["A", "A", "B"], "term": ["t1", "t2", "t3"], "g2": [10.0, 5.0, 8.0],
                      "log_ratio": [2.0, 1.0, 3.0], "direction": ["+", "-", "+"], "significant": [True, True, True]})
    ax = keyness_plot(k)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["t1", "t3"]   # t2 is under-used: not drawn
    plt.close("all")
    ax = keyness_plot(k.iloc[:0])
    assert ax.texts[0].get_text() == "no significant key terms"
    plt.close("all")


def test_timeline_splits_a_group_whose_tone_comes_from_two_lexicons():
    # "public": two German articles (SentiWS) and one English (VADER) in June 2024, one Korean (not analysed);
    # "state": English only. Averaging -0.4, -0.2 and +0.3 on one line would mix two scales.
    ids = ["de1", "de2", "en1", "ko1", "st1"]
    pub = pd.to_datetime(["2024-06-03", "2024-06-20", "2024-06-10", "2024-06-11", "2024-06-12"], utc=True)
    arts = pd.DataFrame({"article_id": ids, "outlet": ["T", "T", "Y", "K", "S"], "published": pub, "text": "x",
                         "language": ["de", "de", "en", "ko", "en"]})
    summary = pd.DataFrame({"article_id": ids, "language": arts["language"],
                            "analysed": [True, True, True, False, True],
                            "mean_compound": [-0.4, -0.2, 0.3, np.nan, 0.5], "n_scored": 3})
    res = AnalysisResult(arts.assign(group=["public", "public", "public", "public", "state"]), summary, summary,
                         pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), summary, {"fingerprint": "t"})
    tl = timeline(res, by="group").set_index("group")
    assert sorted(tl.index) == ["public [de]", "public [en]", "public [ko]", "state"]
    assert tl.loc["public [de]", "mean_compound"] == pytest.approx(-0.3)
    assert tl.loc["public [en]", "mean_compound"] == pytest.approx(0.3)
    assert tl.loc["public [ko]", "articles"] == 1 and np.isnan(tl.loc["public [ko]", "mean_compound"])
    assert tl.loc["state", "languages"] == "en"
    one = timeline(res, by="group", split_languages=False).set_index("group")
    assert one.loc["public", "mean_compound"] == pytest.approx(-0.1)  # (-0.4 - 0.2 + 0.3) / 3, flagged
    assert "tone mixes languages (de;en)" in one.loc["public", "warning"]
    assert one.loc["public", "languages"] == "de;en;ko"


def test_timeline_says_which_articles_are_not_analysed():
    # session 17 trial: the South Korea row of December 2025 counted 71 articles and averaged 5 English ones,
    # the Vietnam rows had no tone, and neither said why (compare() says "not analysed (language ko)")
    arts = pd.DataFrame({
        "article_id": ["y1", "y2", "y3", "t1", "p1", "p2", "p3"],
        "outlet": ["Yonhap", "Yonhap", "Yonhap", "Tuoi Tre", "P", "P", "P"],
        "language": ["en", "ko", "ko", "vi", "en", "de", "ko"],
        "text": "x",
        "published": pd.to_datetime(["2025-12-28", "2025-12-29", "2025-12-30", "2024-10-21",
                                     "2024-06-19", "2024-06-20", "2024-06-21"], utc=True),
    })
    analysed = arts["language"].isin(["en", "de"]).tolist()
    summary = pd.DataFrame({"article_id": arts["article_id"], "outlet": arts["outlet"], "language": arts["language"],
                            "analysed": analysed, "mean_compound": [0.2 if a else np.nan for a in analysed],
                            "n_scored": [1 if a else 0 for a in analysed]})
    e = pd.DataFrame()
    t = timeline(AnalysisResult(arts, e, e, e, e, e, summary, {}), by="outlet").set_index(["outlet", "period"])
    y = t.loc[("Yonhap", "2025-12")]
    assert (y["articles"], y["analysed_articles"]) == (3, 1) and y["mean_compound"] == pytest.approx(0.2)
    assert "2 of 3 articles not analysed (language ko): the tone rests on 1" in y["warning"]
    assert "not analysed (language vi)" in t.loc[("Tuoi Tre", "2024-10"), "warning"]
    # P is split by lexicon (en, de); its Korean article is a row of its own, said to be not analysed
    assert t.loc[("P [ko]", "2024-06"), "warning"] == "not analysed (language ko)"
    assert "not analysed" not in t.loc[("P [en]", "2024-06"), "warning"]


def test_event_windows_counts_and_tone_before_and_after_each_event():
    # session 17 trial K: "frames and tone per outlet group around the summits" needed a hand-written loop
    from newsanalysis.timeline import event_windows
    ev = pd.DataFrame({"date": pd.to_datetime(["2024-06-20", "2023-09-13"], utc=True),
                       "event": ["treaty", "Vostochny"]})
    w = event_windows(_result(), ev, by="outlet", before=5, after=11)
    # sorted by event date: Vostochny (2023) first, no article in either window
    vost = w[w["event"] == "Vostochny"]
    assert vost["window"].tolist() == ["before", "after"] and set(vost["outlet"]) == {"(none)"}
    assert vost["articles"].tolist() == [0, 0]
    t = w[w["event"] == "treaty"].set_index(["window", "outlet"])
    # before = 15–19 June: a1 (19 June, 0.2); after = 20 June – 1 July: a2 (30 June, 0.4), a3 (1 July, −0.5),
    # b1 (20 June, 0.1); b2 has no date
    assert str(t.loc[("before", "A"), "window_start"].date()) == "2024-06-15"
    assert str(t.loc[("before", "A"), "window_end"].date()) == "2024-06-19"
    assert t.loc[("before", "A"), "articles"] == 1 and t.loc[("before", "A"), "mean_compound"] == pytest.approx(0.2)
    assert ("before", "B") not in t.index
    a = t.loc[("after", "A")]
    assert a["articles"] == 2 and a["mean_compound"] == pytest.approx(-0.05)
    # two values 0.9 apart: s = 0.636, t(0.975, 1) = 12.71, half-width 5.7: clipped to [-1, 1]
    assert (a["compound_low"], a["compound_high"]) == (-1.0, 1.0) and "clipped" in a["warning"]
    assert t.loc[("after", "B"), "mean_compound"] == pytest.approx(0.1)
    assert w.attrs["undated"] == 1
    with pytest.raises(ValueError, match="0 or more days"):
        event_windows(_result(), ev, before=-1)


def test_time_plot_names_the_lexicon_of_each_tone_line():
    # session 17 trial K: KCNA's VADER line and the German outlets' SentiWS line were drawn on one axis with
    # nothing saying they are different scales (tone_plot says it; time_plot did not)
    arts = pd.DataFrame({"article_id": ["k1", "g1", "s1", "s2"], "text": "x",
                         "outlet": ["KCNA", "ZEIT", "Yonhap", "Yonhap"], "language": ["en", "de", "en", "ko"],
                         "published": pd.to_datetime(["2024-06-20", "2024-06-21", "2024-06-22", "2024-06-23"],
                                                     utc=True)})
    summary = pd.DataFrame({"article_id": arts["article_id"], "outlet": arts["outlet"], "language": arts["language"],
                            "analysed": [True, True, True, False], "mean_compound": [0.3, -0.2, 0.1, np.nan],
                            "n_scored": [1, 1, 1, 0]})
    e = pd.DataFrame()
    t = timeline(AnalysisResult(arts, e, e, e, e, e, summary, {}), by="outlet")
    ax = time_plot(t, y="mean_compound", hue="outlet", low="compound_low", high="compound_high")
    labels = ax.get_legend_handles_labels()[1]
    # Yonhap's row has languages "en;ko": ko has no lexicon (not analysed), so its line is VADER's
    assert labels == ["KCNA [en · VADER]", "Yonhap [en · VADER]", "ZEIT [de · SentiWS]"]
    assert "lexicons differ" in ax.get_ylabel()
    plt.close("all")
    ax = time_plot(t, y="articles", hue="outlet")          # counts are on one scale: no lexicon in the labels
    assert ax.get_legend_handles_labels()[1] == ["KCNA", "Yonhap", "ZEIT"]
    assert "lexicons" not in ax.get_ylabel()
    plt.close("all")


def test_time_plot_date_ticks_do_not_run_into_one_another():
    # a report for --since 2024-05-20 --until 2024-07-19 labelled its axis "2024-05-152024-05-22…" (9 full dates
    # on 11 inches): now at most 8 ticks with concise labels
    import matplotlib.dates as mdates
    t = timeline(_result(), by="outlet")                 # June and July 2024
    ax = time_plot(t, y="articles", hue="outlet", start="2024-05-20", end="2024-07-19")
    plt.gcf().canvas.draw()
    ticks = [x for x in ax.get_xticks() if ax.get_xlim()[0] <= x <= ax.get_xlim()[1]]
    assert 3 <= len(ticks) <= 8
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
    labels = [tx.get_text() for tx in ax.get_xticklabels() if tx.get_text()]
    assert all(len(lab) <= 5 for lab in labels)         # "Jun", "15", "2024", not "2024-06-15"
    plt.close("all")


def test_time_plot_draws_periods_with_few_articles_hollow():
    # session 17 trial: a KCNA month of 2 articles drew an interval over most of the scale with the same marker
    # as a month of 26. _result(): A has 2 articles in 2024-06 and 1 in 2024-07, B 1 in 2024-06 (all analysed)
    from matplotlib.colors import to_rgba
    t = timeline(_result(), by="outlet")
    ax = time_plot(t, y="mean_compound", hue="outlet", low="compound_low", high="compound_high", min_n=2)
    hollow = [ln for ln in ax.get_lines() if ln.get_marker() not in (None, "None", "", "_")
              and to_rgba(ln.get_markerfacecolor()) == to_rgba("white")]
    # A's July (1 article) and B's June (1 article); A's June (2 articles) is full
    assert sorted(len(ln.get_xdata()) for ln in hollow) == [1, 1]
    assert any("hollow: fewer than 2 articles" in tx.get_text() for tx in ax.texts)
    plt.close("all")
    ax = time_plot(t, y="mean_compound", hue="outlet", min_n=None)
    assert not any(to_rgba(ln.get_markerfacecolor()) == to_rgba("white") for ln in ax.get_lines()
                   if ln.get_marker() not in (None, "None", "", "_"))
    assert not any("hollow" in tx.get_text() for tx in ax.texts)
    plt.close("all")
    # counts are no estimates: never hollow
    ax = time_plot(t, y="articles", hue="outlet", min_n=2)
    assert not any("hollow" in tx.get_text() for tx in ax.texts)
    plt.close("all")
