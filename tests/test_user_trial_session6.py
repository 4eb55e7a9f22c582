"""Problems a new user met in session 6 (a researcher and a teacher trying the toolkit on the real corpus).

Expected values were worked out by reading the inputs.
"""
import warnings

import numpy as np
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.clean import split_glued_sentences
from newsanalysis.compare import ratio_share_ci, reported_attributions
from newsanalysis.corpus import normalise_language


# --- glued paragraphs: a closing quotation mark stays with its sentence
@pytest.mark.parametrize("text,expected", [
    # a closing straight quote followed by a space: nothing to repair (Yonhap, naver-001_0015819166)
    ('made a "long-term strategic decision." North Korea\'s "deepening', 'made a "long-term strategic decision." North Korea\'s "deepening'),
    # a closing curly quote glued to the next paragraph: the break goes after the mark (Korea Herald)
    ("a comprehensive strategic partnership.”The disclosure of", "a comprehensive strategic partnership.”\nThe disclosure of"),
    ('it was "good."Then', 'it was "good."\nThen'),
    # an opening quote after the stop starts the new paragraph
    ('he said."We will win," he added', 'he said.\n"We will win," he added'),
    ("he said.“We will", "he said.\n“We will"),
    # unchanged cases of the rule
    ("했다.김 위원장은", "했다.\n김 위원장은"),
    ("U.S.A and N.Korea", "U.S.A and N.Korea"),
])
def test_glued_sentences_keep_quotation_marks_with_their_sentence(text, expected):
    assert split_glued_sentences(text)[0] == expected


def test_real_yonhap_quote_is_not_broken(shared):
    arts = na.load_corpus(shared / "corpus" / "real" / "hephaex__Baram.jsonl")
    text = arts.set_index("article_id").loc["naver-001_0015819166", "text"]
    assert 'strategic decision." North Korea\'s "deepening military partnership' in text


# --- a declared language name becomes its ISO 639-1 code
@pytest.mark.parametrize("value,code", [
    ("German", "de"), ("Deutsch", "de"), ("deu", "de"), ("de-DE", "de"), ("en_US", "en"), ("English", "en"),
    ("Korean", "ko"), ("한국어", "ko"), ("Vietnamese", "vi"), ("Spanish", "es"), ("ru", "ru"), ("Klingon", None),
    ("", None), (None, None),
])
def test_normalise_language(value, code):
    assert normalise_language(value) == code


def test_csv_with_language_names_is_analysed(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("article_id,text,language\n"
                 'a1,"Putin hat Nordkorea besucht. Beide Seiten unterzeichneten einen Vertrag, sagte ein Sprecher.",German\n'
                 'a2,"President Putin visited North Korea. The two sides signed a treaty, a spokesman said.",Klingon\n',
                 encoding="utf-8")
    arts = na.load_corpus(p)
    assert list(arts["language"]) == ["de", "en"]  # "Klingon" is not a language we know: identified from the text
    notes = arts.attrs["load_report"]["notes"]
    assert any(n["article_id"] == "a2" and "Klingon" in n["note"] for n in notes)


def test_nothing_loaded_warns_and_says_why(tmp_path):
    p = tmp_path / "meta.csv"
    p.write_text("id,Inhalt\n1,Ein Text über Nordkorea und Russland.\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="no article loaded.*text column"):
        arts = na.load_corpus(tmp_path)
    assert len(arts) == 0


def test_report_with_nothing_loaded_is_a_clear_error(tmp_path, capsys):
    from newsanalysis.cli import main

    d = tmp_path / "in"
    d.mkdir()
    (d / "meta.csv").write_text("id,Inhalt\n1,Ein Text über Nordkorea und Russland.\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        code = main(["report", str(d), "--out", str(tmp_path / "out"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 1
    assert "no article loaded" in err and "text column" in err


# --- speaker turns are not sources in comparisons unless asked for
def test_reported_attributions_leave_out_speaker_turns():
    att = pd.DataFrame({"article_id": ["a", "a", "b"], "speaker_turn": [True, False, None]})
    assert list(reported_attributions(att)["speaker_turn"]) == [False, None]
    assert len(reported_attributions(att, speaker_turns=True)) == 3
    assert len(reported_attributions(att.drop(columns="speaker_turn"))) == 3


# --- a share that is zero in every article still has an honest interval
def test_zero_share_has_a_wilson_interval():
    # 0 anonymous sources among 32 attributions in 5 articles: the attributions are clustered, so the articles
    # are the units (effective n = 5): Wilson's upper bound for 0 of n is z²/(n + z²) = 3.8415/(5 + 3.8415)
    est, lo, hi, _ = ratio_share_ci([0, 0, 0, 0, 0], [10, 8, 6, 4, 4], confidence=0.95)
    assert est == 0 and lo == 0
    assert hi == pytest.approx(3.8414588 / (5 + 3.8414588), abs=1e-4)


def test_single_article_share_has_a_wilson_interval():
    # one article, 2 of 4: no interval at all (its attributions are not independent), never [0.5, 0.5]
    est, lo, hi, _ = ratio_share_ci([2], [4], confidence=0.95)
    assert est == 0.5 and np.isnan(lo) and np.isnan(hi)


def test_compare_counts_turns_only_when_asked(shared):
    arts = na.load_corpus(shared / "corpus" / "real" / "iandennismiller__valdai-transcripts.jsonl")
    # two news items and a Q&A transcript (kremlin-en-54499: 39 turns "Vladimir Putin: …", "Question: …")
    arts = arts[arts["article_id"].isin(["kremlin-en-37891", "kremlin-en-41779", "kremlin-en-54499"])]
    res = na.analyze(arts)
    turns = int(res.attributions["speaker_turn"].astype("boolean").fillna(False).sum())
    assert turns > 0  # Valdai transcripts are speaker turns ("Vladimir Putin: …")
    without = na.compare(res, by="outlet")
    with_turns = na.compare(res, by="outlet", speaker_turns=True)
    assert int(without["attributions"].sum()) + turns == int(with_turns["attributions"].sum())
    assert int(without["speaker_turns_left_out"].sum()) == turns
    assert int(with_turns["speaker_turns_left_out"].sum()) == 0


# --- keyness counts words, not apostrophes
def test_keyness_terms_ignore_apostrophe_style_and_english_possessive():
    from newsanalysis.keyness import term_counts

    arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "X"], "language": ["en", "en"],
                         "text": ["Korea’s navy and Korea's army.", "South Korea and the countries' envoys."]})
    c = term_counts(arts, by="outlet").set_index("term")["freq"]
    assert c["korea"] == 3  # Korea’s, Korea's, Korea
    assert "korea's" not in c.index and "korea’s" not in c.index
    assert c["countries"] == 1


# --- a date-only Korean value keeps its day
def test_midnight_local_date_keeps_its_day():
    from newsanalysis.dates import parse_date

    ts, note = parse_date("2026-01-01T00:00:00+09:00")
    assert str(ts.date()) == "2026-01-01" and "midnight local" in note  # not 2025-12-31 15:00 UTC
    ts, note = parse_date("2026-01-01T09:30:00+09:00")
    assert str(ts) == "2026-01-01 00:30:00+00:00" and note is None  # a real time is converted as before


def test_csv_without_text_column_names_its_columns(tmp_path):
    p = tmp_path / "m.csv"
    p.write_text("id,Inhalt\n1,Ein Text über Nordkorea.\n", encoding="utf-8")
    with pytest.raises(na.CorpusError, match=r"it has \['id', 'Inhalt'\].*columns="):
        na.load_corpus(p)


# --- German compound heads a new user found wrong
@pytest.mark.parametrize("sentence", [
    "Anschließend fuhren beide zu Unterredungen in den Kumsusan-Palast.",  # not "Last" (burden)
    "Nach Behördenangaben kamen sie.",                                       # not "Gaben" (gifts)
    "Fluggeräte und Militärgeräte wurden gezeigt.",                          # not "Räte" (councils)
])
def test_false_compound_heads_score_nothing(sentence):
    from newsanalysis.sentiment_de import german_scorer

    assert german_scorer().explain(sentence)[0]["compound"] == 0.0


def test_true_compound_heads_still_count():
    from newsanalysis.sentiment_de import german_scorer

    sc = german_scorer()
    assert sc.explain("Die Kriegsgefahr wächst.")[0]["compound"] < -0.3       # Gefahr
    assert sc.explain("Die Russland-Kriegsgefahr wächst.")[0]["compound"] < -0.3  # Gefahr after a hyphen part


# --- frame cues: words a pattern matches that are no cues
def test_builtin_german_not_cues():
    arts = pd.DataFrame({"article_id": ["x"], "language": ["de"], "text": [
        "Mithilfe des Militärorchesters wurde der Mann eingeliefert. Die Auslieferung wurde beantragt. "
        "Die Hilfe kam an, und das Militär marschierte."]})
    ev = na.frame_evidence(arts)
    matched = set(ev["matched"])
    assert {"Hilfe", "Militär"} <= matched  # real cues still count
    assert not matched & {"Mithilfe", "Militärorchesters", "eingeliefert", "Auslieferung"}


def test_user_codebook_not_cues(tmp_path):
    p = tmp_path / "cb.yaml"
    p.write_text("name: mine\nlanguage: en\nnot_cues: [warship*]\nframes:\n  War:\n    definition: war\n"
                 "    cues: [war*]\n", encoding="utf-8")
    arts = pd.DataFrame({"article_id": ["x"], "language": ["en"], "text": ["The warship sailed. The war went on."]})
    ev = na.frame_evidence(arts, codebook=p)
    assert list(ev["matched"]) == ["war"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: mine\nlanguage: en\nnot_cues: ['war?ship']\nframes:\n  War:\n    definition: war\n"
                   "    cues: [war*]\n", encoding="utf-8")
    with pytest.raises(na.CodebookError, match="not_cues"):
        na.frame_evidence(arts, codebook=bad)
