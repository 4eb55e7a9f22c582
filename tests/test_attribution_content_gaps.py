"""A quotation in two parts is one row whose ``content_gaps`` hold the narrator's words between the parts.

Hand-written sentences: the offsets were worked out by reading the text (the length of each part and of the
narrator's words between the closing and the next opening mark), not copied from output. The last tests read
one English and one German article of ``../shared/corpus/real`` (skipped without the data).
"""
import io

import numpy as np
import pandas as pd

from conftest import att, one
import newsanalysis as na
from newsanalysis.attribution import PART_JOINER, claims, content_spans, gaps_tuple
from newsanalysis.compare import nested_mask


def _articles(text, lang):
    return pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]})


# --- the row: one per quotation, the narrator's words as its gap


def test_german_second_part_after_a_verb_that_is_no_cue():
    text = "„Das wäre schade“, lachte sie, „aber wir kommen.“"
    r = one(text, "de")
    assert r["kind"] == "direct"
    # „Das wäre schade“ is 17 characters; ", lachte sie, " (14) is the gap up to the opening „
    assert (r["start"], r["end"]) == (0, len(text))
    assert r["content_gaps"] == ((17, 31),)
    assert text[17:31] == ", lachte sie, "
    assert content_spans(r) == [(0, 17), (31, len(text))]
    assert r["content"] == "„Das wäre schade“ […] „aber wir kommen.“"


def test_german_second_part_after_a_cue():
    text = "Die Wirtin stellte den Krug ab. „Das wäre schade“, sagte sie, „aber wir kommen.“"
    a = att(text, "de")
    d = a[a["kind"] == "direct"]
    assert len(d) == 1 and d.iloc[0]["source"] == "sie"
    s = text.index("„Das")
    assert d.iloc[0]["content_gaps"] == ((s + 17, s + 30),)  # ", sagte sie, " is 13 characters
    assert d.iloc[0]["content"] == "„Das wäre schade“ […] „aber wir kommen.“"


def test_english_second_part_in_the_next_sentence():
    text = "“We will come,” he said. “The people are restless.”"
    r = one(text)
    assert r["kind"] == "direct" and r["source"] == "he"
    # “We will come,” is 15 characters, " he said. " 10
    assert r["content_gaps"] == ((15, 25),)
    assert content_spans(r) == [(0, 15), (25, len(text))]
    assert r["content"] == "“We will come,” […] “The people are restless.”"


def test_english_second_part_after_the_cue_clause():
    text = "“We will come,” he said, “but not today.”"
    r = one(text)
    assert r["content_gaps"] == ((15, 25),) and text[15:25] == " he said, "
    assert r["content"] == "“We will come,”" + PART_JOINER + "“but not today.”"


def test_a_continuous_content_has_no_gap():
    r = one("He said: “We will come.”")
    assert r["content_gaps"] == ()
    assert r["content"] == "“We will come.”"
    assert content_spans(r) == [(r["start"], r["end"])]


def test_two_cues_make_two_rows_without_gaps():
    # guard: a second cue between the parts ("adding") makes two quotations, as before
    a = att("“We certainly cannot pay,” Trump said, adding later, “NATO is costing us a fortune.”")
    assert list(a["cue"]) == ["said", "adding"]
    assert list(a["content_gaps"]) == [(), ()]


# --- the consumers read the parts


def test_voice_split_puts_the_narrators_words_in_the_authorial_voice():
    text = "„Das wäre schade“, lachte sie, „aber wir kommen.“"
    arts = _articles(text, "de")
    a = na.attributions(arts)
    terms = na.sentiment_terms(arts, attributions=a)
    voice = dict(zip(terms["term"], terms["voice"]))
    assert voice["schade"] == "quoted"
    assert voice["lachte"] == "authorial"  # before: quoted (inside start:end)
    s = na.sentiment(arts, attributions=a)
    assert s["quoted_chars"].tolist() == [17 + len("„aber wir kommen.“")]


def test_voice_split_english_he_said_is_authorial():
    text = "“We will come,” he said, “but not today.”"
    arts = _articles(text, "en")
    s = na.sentiment(arts, attributions=na.attributions(arts))
    assert s["quoted_chars"].tolist() == [15 + 16]  # “We will come,” and “but not today.”, not " he said, "


def test_actor_in_the_narrators_words_is_in_the_authorial_voice():
    text = "“Russia will come,” Putin said, “but not today.”"
    arts = _articles(text, "en")
    t = na.actor_tone(arts, attributions=na.attributions(arts))
    voice = dict(zip(t["mention"], t["voice"]))
    assert voice == {"Russia": "quoted", "Putin": "authorial"}


def test_a_number_in_the_narrators_words_is_no_claim_of_the_quote():
    text = "“We will send 40 trucks,” said the 3 ministers, “but not today.”"
    arts = _articles(text, "en")
    c = claims(arts)
    assert c["number_text"].tolist() == ["40 trucks"]
    # the same number inside a quotation is a claim (so it is the gap that leaves it out)
    assert claims(_articles("“The 3 ministers will come,” he said.", "en"))["number_text"].tolist() == ["3 ministers"]


def test_a_cue_in_the_gap_is_not_nested_in_the_quotation():
    # hand-made table: the outer quotation 0-40 with the gap 15-25; a cue inside the gap is the narrator's,
    # a cue inside a part is the quoted speaker's
    outer = dict(article_id="a", kind="direct", start=0, end=40, cue_start=18, cue_end=22, source_start=15,
                 source_end=17, content_gaps=((15, 25),))
    in_gap = dict(article_id="a", kind="according_to", start=30, end=40, cue_start=19, cue_end=23,
                  source_start=23, source_end=24, content_gaps=())
    in_part = dict(article_id="a", kind="according_to", start=30, end=40, cue_start=2, cue_end=6,
                   source_start=7, source_end=9, content_gaps=())
    m = nested_mask(pd.DataFrame([outer, in_gap, in_part]))
    assert m.tolist() == [False, False, True]
    # an older table without the column reads the whole span
    assert nested_mask(pd.DataFrame([outer, in_gap, in_part]).drop(columns="content_gaps")).tolist() == [
        False, True, True]


def test_content_spans_reads_every_form_of_the_column():
    base = {"start": 10, "end": 50}
    assert content_spans({**base, "content_gaps": ((20, 30),)}) == [(10, 20), (30, 50)]
    assert content_spans(base) == [(10, 50)]  # no column: one span
    assert content_spans({**base, "content_gaps": None}) == [(10, 50)]
    assert content_spans({**base, "content_gaps": float("nan")}) == [(10, 50)]
    assert content_spans({**base, "content_gaps": pd.NA}) == [(10, 50)]
    assert content_spans({**base, "content_gaps": "((20, 30), (35, 40))"}) == [(10, 20), (30, 35), (40, 50)]  # CSV
    assert content_spans({**base, "content_gaps": np.array([np.array([20, 30])], dtype=object)}) == [(10, 20), (30, 50)]
    assert content_spans(pd.Series({**base, "content_gaps": ()})) == [(10, 50)]
    assert content_spans({"start": None, "end": 5}) == []
    row = next(pd.DataFrame([{**base, "content_gaps": ((20, 30),)}]).itertuples(index=False))
    assert content_spans(row) == [(10, 20), (30, 50)]
    assert gaps_tuple("((20, 30),)") == ((20, 30),) and gaps_tuple(None) == ()


def test_content_gaps_survive_parquet_as_content_spans():
    text = "“We will come,” he said, “but not today.”"
    a = na.attributions(_articles(text, "en"))
    buf = io.BytesIO()
    a.to_parquet(buf, index=False)
    back = pd.read_parquet(io.BytesIO(buf.getvalue()))
    assert content_spans(back.iloc[0]) == content_spans(a.iloc[0]) == [(0, 15), (25, len(text))]


def test_redewiedergabe_scores_the_parts():
    # the evaluation counts a token as predicted direct speech only inside a part
    from newsanalysis.evaluate import redewiedergabe as rw

    text = "„Das wäre schade“, lachte sie, „aber wir kommen.“"
    a = na.attributions(_articles(text, "de"))
    ranges = [sp for r in a.itertuples(index=False) if rw.KIND_MAP.get(r.kind) == "direct" for sp in content_spans(r)]
    inside = lambda s, e: any(a0 <= s and e <= b0 for a0, b0 in ranges)  # noqa: E731
    assert inside(text.index("schade"), text.index("schade") + 6)
    assert not inside(text.index("lachte"), text.index("lachte") + 6)
    assert not inside(text.index("sie"), text.index("sie") + 3)


def test_polnear_score_matches_discontinuous_gold_content():
    from newsanalysis.evaluate.polnear import score

    text = "“We will come,” he said, “but not today.”"
    a = na.attributions(_articles(text, "en"))
    # PolNeAR's content of such a quotation is its two parts (brat "0 15;25 41")
    gold = {"a": [{"cue": [(19, 23)], "content": [(0, 15), (25, 41)], "source": [(16, 18)]}]}
    s = score(a, gold, 0.8)
    assert s["matched"] == 1 and s["f1"] == 1.0


def test_input_not_modified_and_deterministic():
    text = "“We will come,” he said. “The people are restless.”"
    arts = _articles(text, "en")
    before = arts.copy()
    a1, a2 = na.attributions(arts), na.attributions(arts)
    pd.testing.assert_frame_equal(arts, before)
    pd.testing.assert_frame_equal(a1, a2)


# --- real articles (../shared/corpus/real)


def _real(real_articles, aid):
    sub = real_articles[real_articles["article_id"] == aid]
    assert len(sub) == 1, aid
    return sub


def test_real_korea_herald_two_part_quotations(real_articles):
    # naver-044_0000278282 (Korea Herald, North Korea's nuclear submarine): '“Russia may have provided
    # technical know-how or expert manpower,” he said, “but the reactor itself should be viewed as a North
    # Korean product.”' and '“North Korea remains focused on demonstration effects,” he said. “There is no
    # indication this submarine is close to operational deployment.”'
    arts = _real(real_articles, "naver-044_0000278282")
    text = arts["text"].iloc[0]
    a = na.attributions(arts)
    r = a[a["content"].str.startswith("“Russia may have provided")].iloc[0]
    close = text.index("manpower,”") + len("manpower,”")
    opening = text.index("“but the reactor")
    assert text[close:opening] == " he said, "
    assert r["kind"] == "direct" and r["source"] == "Choi" and r["content_gaps"] == ((close, opening),)
    assert r["content"] == ("“Russia may have provided technical know-how or expert manpower,” […] “but the reactor "
                            "itself should be viewed as a North Korean product.”")
    r2 = a[a["content"].str.startswith("“North Korea remains focused")].iloc[0]
    close2 = text.index("demonstration effects,”") + len("demonstration effects,”")
    assert r2["content_gaps"] == ((close2, text.index("“There is no indication")),)
    assert " he said" not in r2["content"]
    # the narrator's "he said" is the authorial voice of its sentence
    terms = na.sentiment_terms(arts, attributions=a)
    quoted = terms[terms["voice"] == "quoted"]
    assert not any(close <= s < opening for s in quoted["start"])


def test_real_tagesschau_quotation_in_two_sentences(real_articles):
    # trends-2024-11-17-russland (German live blog): „Die Bemühungen, die Folgen des kombinierten Angriffs …
    # zu bewältigen, dauern an“, so Selenskyj. „Die ganze Welt sieht und weiß, …“
    arts = _real(real_articles, "trends-2024-11-17-russland")
    text = arts["text"].iloc[0]
    a = na.attributions(arts)
    r = a[a["content"].str.startswith("„Die Bemühungen, die Folgen")].iloc[0]
    close = text.index("dauern an“") + len("dauern an“")
    opening = text.index("„Die ganze Welt sieht")
    assert text[close:opening] == ", so Selenskyj. "
    assert (r["kind"], r["cue"], r["source"]) == ("direct", "so", "Selenskyj")
    assert r["content_gaps"] == ((close, opening),)
    assert content_spans(r) == [(r["start"], close), (opening, r["end"])]
    assert "so Selenskyj" not in r["content"]
