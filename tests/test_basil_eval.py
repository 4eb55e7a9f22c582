"""BASIL as a second check of quoted sources and of tone toward people (newsanalysis.evaluate.basil).

The tiny BASIL folders below are written by hand in BASIL's own layout (sentence-relative span
offsets), so every expected value is worked out by reading them.
"""
import json
import types

import pandas as pd
import pytest

from newsanalysis.evaluate import REGISTRY, basil


def _write(root, uuid, n, title, paras, spans, feelings=None, source="nyt"):
    (root / "validation" / "basil" / "articles" / "2016").mkdir(parents=True, exist_ok=True)
    (root / "validation" / "basil" / "annotations" / "2016").mkdir(parents=True, exist_ok=True)
    art = {"source": source, "title": title, "uuid": "empty", "triplet-uuid": uuid, "date": "2016-09-28",
           "main-entities": [], "body-paragraphs": paras}
    ann = {"phrase-level-annotations": spans, "article-level-annotations": feelings or {}}
    (root / "validation" / "basil" / "articles" / "2016" / f"{uuid}_{n}.json").write_text(json.dumps(art))
    (root / "validation" / "basil" / "annotations" / "2016" / f"{uuid}_{n}_ann.json").write_text(json.dumps(ann))


def _span(i, start, txt, quote="yes", speaker=""):
    return {"id": f"p{i}", "start": start, "end": start + len(txt), "txt": txt, "bias": "inf", "polarity": "neg",
            "target": "Jane_Doe", "quote": quote, "speaker": speaker, "aim": "dir"}


@pytest.fixture
def tiny(tmp_path):
    s1 = "\u201cWe will not back down,\u201d Senator Jane Doe said on Tuesday."
    s2 = "Her rival John Roe called the plan \u201ca reckless gamble that will cost the state dearly.\u201d"
    s3 = "The vote is set for Friday."
    _write(tmp_path, "t1", 1, "Doe Digs In", [[s1], [s2, s3]],
           [_span(1, 0, "\u201cWe will not back down,\u201d", speaker="Jane_Doe"),
            _span(2, s2.index("\u201ca reckless"), "\u201ca reckless gamble that will cost the state dearly.\u201d",
                  speaker="John_Roe"),
            _span(3, 0, "Doe Digs In", quote="no")],
           feelings={"author_feeling_Jane_Doe": "neg", "author_feeling_main_event": "neu",
                     "you_feeling_Jane_Doe": "pos"})
    return tmp_path, s1, s2, s3


def test_speaker_person_names_one_person_only():
    assert basil.speaker_person("Donald_Trump") == "Trump"
    assert basil.speaker_person("Donald_Trump_Jr.") == "Trump"
    assert basil.speaker_person("Alexandria_Ocasio-Cortez") == "Ocasio-Cortez"
    for group in ("House_Democrats", "Obama_campaign", "Tea_Party", "other_anti", "Trump", "NAACP",
                  "State_Department_officials"):
        assert basil.speaker_person(group) is None, group


def test_load_basil_puts_sentence_relative_spans_into_the_article_text(tiny):
    root, s1, s2, s3 = tiny
    arts, spans, feel = basil.load_basil(root)
    assert arts["text"].tolist() == [f"Doe Digs In\n\n{s1}\n\n{s2} {s3}"]
    assert arts["article_id"].tolist() == ["t1_1"]  # the file name: the uuid field reads "empty"
    assert arts["outlet"].tolist() == ["nyt"]
    text = arts["text"].iloc[0]
    assert [text[a:b] for a, b in zip(spans["start"], spans["end"])] == spans["txt"].tolist()
    assert spans["start"].tolist() == [13, 13 + len(s1) + 2 + s2.index("\u201ca reckless"), 0]
    assert spans["quote"].tolist() == [True, True, False]
    # only the author's feeling toward an entity is gold; the annotator's own and the event's are not
    assert feel[["entity", "gold", "gold_value"]].values.tolist() == [["Jane_Doe", "neg", -1]]


def test_evaluate_attribution_on_a_hand_made_folder(tiny):
    root, *_ = tiny
    r = basil.evaluate_attribution(root, items=True)
    # both quotes are attributed content; the unquoted title is not
    assert r["quote_spans"] == 2 and r["quote_recall"] == 1.0
    assert r["unquoted_spans"] == 1 and r["unquoted_attributed"] == 0.0
    t = r["items_table"].set_index("span_id")
    assert t.loc["p1", "speaker_check"] == "name"  # "Senator Jane Doe said"
    assert t.loc["p2", "speaker_check"] == "name"  # "John Roe called the plan “…”"
    assert r["person_spans"] == 2 and r["speaker_match"] == 1.0
    assert set(r["by_outlet"]["outlet"]) == {"nyt"}


def test_speaker_check_tells_wrong_person_from_description_and_pronoun():
    row = dict(quote=True, found=True, person="Perry", source_name=None)
    check = lambda **kw: basil._speaker_check(types.SimpleNamespace(**{**row, **kw}))  # noqa: E731
    assert check(source="Gov. Perry") == "name"
    assert check(source="the Texas governor") == "description"
    assert check(source="she") == "pronoun"
    assert check(source=None) == "none"
    assert check(source="Mr. Romney") == "other"
    # BASIL cut some labels short (Felipe_Calder for Calderón): a word starting with a long name counts
    assert check(source="Mr. Calderón", person="Calder") == "name"
    # a short name must be the whole word: "Rice" is not "Riceville"
    assert check(source="the mayor of Riceville", person="Rice") == "description"
    assert check(source="Riceville officials", person="Rice") == "other"
    assert check(source="Perry", quote=False) is None


def test_missing_folder_names_the_path(tmp_path):
    with pytest.raises(FileNotFoundError, match="basil"):
        basil.load_basil(tmp_path)


def test_registered_for_the_cli():
    assert REGISTRY[("attribution", "basil")].endswith("basil:evaluate_attribution")
    assert REGISTRY[("sentiment", "basil")].endswith("basil:evaluate_tone")


def test_real_basil_counts_and_one_article_read_by_hand(shared):
    if not (shared / "validation" / "basil" / "articles").is_dir():
        pytest.skip("BASIL not in the shared folder")
    from newsanalysis import attributions

    arts, spans, feel = basil.load_basil(shared)
    # the dataset README: 300 articles (100 events x Fox, NYT, HuffPost), 1,726 spans
    assert len(arts) == 300 and arts["event"].nunique() == 100
    assert arts["outlet"].value_counts().to_dict() == {"fox": 100, "hpo": 100, "nyt": 100}
    assert len(spans) == 1726 and len(spans.attrs["unlocated"]) == 0
    # Fox, on Ted Cruz: '“I don’t make a habit out of supporting people who attack my wife and attack
    # my family,” Cruz said at a press conference after a Wisconsin rally, according to The Hill.
    # He added, “Donald Trump is not going to be the Republican nominee.”'
    art = arts[arts["article_id"] == "59f2f47c-5da0-4fbc-be6e-4f15d45d82e2_3"]
    rows = attributions(art[["article_id", "text", "language"]])
    text = art["text"].iloc[0]
    habit = rows[rows["content"].str.contains("make a habit", regex=False)]
    # the quote is Cruz's; "according to The Hill" attributes the report of it to the paper
    assert dict(zip(habit["kind"], habit["source"])) == {"direct": "Cruz", "according_to": "The Hill"}
    # "He added" is Cruz again: a paper is nobody's "he"
    added = rows[rows["content"].str.contains("not going to be the Republican nominee", regex=False)]
    assert len(added) == 1 and added["source_name"].iloc[0] in {"Cruz", "Ted Cruz"}
    assert text[int(added["start"].iloc[0]):int(added["end"].iloc[0])] == added["content"].iloc[0]


@pytest.mark.slow
def test_real_basil_tone_ranks_negative_articles_lower(shared):
    if not (shared / "validation" / "basil" / "articles").is_dir():
        pytest.skip("BASIL not in the shared folder")
    r = basil.evaluate_tone(shared)
    assert r["pairs"] == 612  # author_feeling_<entity> fields with neg/neu/pos, counted in the files
    by = r["by_class"].set_index("gold")
    # a known-groups check: articles whose author is negative toward a person read more negative there
    assert by.loc["neg", "mean_tone"] < by.loc["neu", "mean_tone"]
    assert r["spearman_rho"] > 0 and r["spearman_p"] < 0.05
    assert isinstance(r["by_class"], pd.DataFrame)
