"""A researcher's own material: lexicons in English and German, and the shipped YAML data read as words.

Found by a new user (session 7): every English user lexicon crashed, because the English rules file
listed the negator ``no`` unquoted and YAML read it as ``False``.
"""
from pathlib import Path

import pandas as pd
import pytest
import yaml

from newsanalysis.sentiment import load_lexicon, sentiment, sentiment_terms

RESOURCES = Path(__file__).resolve().parents[1] / "newsanalysis" / "resources"


def _arts(*rows):
    return pd.DataFrame(rows, columns=["article_id", "text", "language"])


def _booleans(node, path=()):
    """Paths of YAML values that are booleans or nulls inside lists, and of such keys."""
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(k, bool) or k is None:
                yield path + (repr(k),)
            yield from _booleans(v, path + (str(k),))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            if isinstance(v, bool) or v is None:
                yield path + (i,)
            yield from _booleans(v, path + (i,))


def test_no_shipped_yaml_word_list_holds_a_boolean():
    files = sorted(RESOURCES.rglob("*.y*ml"))
    assert len(files) > 5
    bad = {str(f.relative_to(RESOURCES)): list(_booleans(yaml.safe_load(f.read_text(encoding="utf-8"))))
           for f in files}
    assert {k: v for k, v in bad.items() if v} == {}


def test_english_user_lexicon_scores_with_english_rules(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text("term,weight\nfriendship,1\nthreat*,-1\n", encoding="utf-8")
    lex = load_lexicon(p, name="Mine", version="1", language="en")
    arts = _arts(("a", "The friendship is not threatening.", "en"), ("b", "No threat remains.", "en"))
    terms = sentiment_terms(arts, lexicon=lex)
    by = {(a, t): w for a, t, w in zip(terms["article_id"], terms["term"], terms["weight"])}
    # max |weight| 1 -> scale 4; "not" and "no" negate with VADER's factor -0.74
    assert by[("a", "friendship")] == 4.0
    assert by[("a", "threatening")] == pytest.approx(-4.0 * -0.74)
    assert by[("b", "threat")] == pytest.approx(-4.0 * -0.74)
    assert set(sentiment(arts, lexicon=lex)["lexicon"]) == {"Mine 1"}


def test_one_lexicon_per_language_in_one_call(tmp_path):
    en = tmp_path / "en.csv"
    en.write_text("term,weight\nwelcome,1\n", encoding="utf-8")
    de = tmp_path / "de.csv"
    de.write_text("term,weight\nbegrüß*,1\n", encoding="utf-8")
    lex_en = load_lexicon(en, name="EN", language="en")
    lex_de = load_lexicon(de, name="DE", language="de")
    arts = _arts(("e", "They welcome the talks.", "en"), ("d", "Sie begrüßen die Gespräche.", "de"),
                 ("k", "회담을 환영한다.", "ko"))
    s = sentiment(arts, lexicon=[lex_en, lex_de]).set_index("article_id")
    assert s.loc["e", "lexicon"] == "EN" and s.loc["d", "lexicon"] == "DE"
    assert s.loc["e", "compound"] > 0 and s.loc["d", "compound"] > 0
    # Korean has no lexicon here: not scored, never 0
    assert not s.loc["k", "scored"] and pd.isna(s.loc["k", "compound"])
    with pytest.raises(ValueError, match="two lexicons for language 'en'"):
        sentiment(arts, lexicon=[lex_en, load_lexicon(en, name="EN2", language="en")])
    with pytest.raises(TypeError, match="Lexicon"):
        sentiment(arts, lexicon=[lex_en, "de.csv"])


def test_unquoted_no_in_a_yaml_dictionary_is_an_error(tmp_path):
    p = tmp_path / "dict.yml"
    p.write_text("negative: [threat, no]\npositive: [deal]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="quote words such as 'no'"):
        load_lexicon(p)
    p.write_text("negative: [threat, 'no']\npositive: [deal]\n", encoding="utf-8")
    assert load_lexicon(p).get("no") == -1.0


def _own_codebook_and_lexicon(tmp_path):
    """A user's one-frame codebook file (YAML) and two-term lexicon, written to ``tmp_path``."""
    book = tmp_path / "mine.yml"
    book.write_text("name: mine\nlanguage: en\nframes:\n  Alliance:\n    definition: The US-ROK alliance.\n"
                    "    cues: [alliance, deterrence]\n", encoding="utf-8")
    lexp = tmp_path / "lex.csv"
    lexp.write_text("term,weight\nstrong,1\nthreat*,-1\n", encoding="utf-8")
    return book, load_lexicon(lexp, name="Mine", version="1", language="en")


def test_analyze_takes_own_codebook_lexicon_and_actors(tmp_path):
    import newsanalysis as na
    from newsanalysis.actors import load_actors

    book, lex = _own_codebook_and_lexicon(tmp_path)
    brunson = dict(actor_id="brunson", name="Xavier Brunson", kind="person", country="US",
                   role="commander of US Forces Korea", source_type="military",
                   aliases_en="Xavier Brunson|Brunson", aliases_de="Xavier Brunson|Brunson", aliases_ko="", gender="m")
    actors = pd.concat([load_actors(), pd.DataFrame([brunson])], ignore_index=True)
    arts = _arts(("x", "Gen. Xavier Brunson said on Monday that the alliance must adapt. "
                       "He added that deterrence against the threat remains strong.", "en"))
    res = na.analyze(arts, codebook=book, lexicon=lex, actors=actors)
    # the user's frame, with the two cues "alliance" and "deterrence"
    fr = res.frames.set_index("frame")
    assert list(fr.index) == ["Alliance"] and fr.loc["Alliance", "hits"] == 2
    # the user's lexicon: "threat" -4 and "strong" +4 in the second sentence
    assert set(res.sentiment["lexicon"].dropna()) == {"Mine 1"}
    # the user's actor: Brunson is a US military source, and "He" is Brunson again
    att = res.attributions
    assert att["source_type"].tolist() == ["military", "military"] and set(att["source_country"]) == {"US"}
    assert att["resolved_from"].tolist()[1] == "He"
    assert set(res.actor_tone["actor_id"]) >= {"brunson"}
    assert res.provenance["codebook"] == str(book) and res.provenance["lexicon"] == ["Mine 1"]
    assert res.provenance["actors"] == f"user table ({len(actors)} actors)"
    # without them: the shipped material, and Brunson is nobody the actor table knows
    plain = na.analyze(arts)
    assert "Alliance" not in set(plain.frames["frame"]) and plain.attributions["actor_id"].isna().all()


def test_term_drivers_names_the_words_behind_each_outlets_tone():
    from newsanalysis import term_drivers

    arts = pd.DataFrame({"article_id": ["a1", "a2", "b1"], "language": ["en"] * 3, "outlet": ["A", "A", "B"],
                         "text": ["The Workers' Party met.", "The Party met again. A threat remains.",
                                  "War goes on."]})
    terms = sentiment_terms(arts)
    t = term_drivers(terms, arts, by="outlet")
    a = t[t["outlet"] == "A"].set_index("term")
    # VADER 3.3.2: party +1.7 (twice, in two articles), threat -2.4: |3.4| + |2.4| = 5.8
    assert list(a.index) == ["party", "threat"]
    assert a.loc["party", "hits"] == 2 and a.loc["party", "articles"] == 2
    assert a.loc["party", "total_weight"] == pytest.approx(3.4)
    assert a.loc["party", "share"] == pytest.approx(round(3.4 / 5.8, 4))
    assert a.loc["threat", "mean_weight"] == pytest.approx(-2.4)
    b = t[t["outlet"] == "B"]
    assert b["term"].tolist() == ["war"] and b["share"].tolist() == [1.0]
    assert len(term_drivers(terms, arts, n=1)) == 2
    with pytest.raises(ValueError, match="voice"):
        term_drivers(terms, arts, voice="mixed")
    with pytest.raises(ValueError, match="outlet"):
        term_drivers(terms, arts.drop(columns="outlet"))


def test_codebook_cues_with_their_own_punctuation_match():
    from newsanalysis.framing import frame_evidence

    cb = pd.DataFrame({"frame": ["X"] * 3, "language": ["en"] * 3, "cue": ["U.S.", "people's", "9/11"]})
    text = "The people\u2019s army of the U.S. recalls 9/11, not 9-11, the people s or the U S."
    ev = frame_evidence(_arts(("a", text, "en")), codebook=cb)
    assert sorted(ev["matched"]) == sorted(["people\u2019s", "U.S", "9/11"])
    assert ev.set_index("matched").loc["9/11", "start"] == text.index("9/11")


def test_compare_uses_the_frames_of_the_users_codebook(tmp_path):
    import newsanalysis as na

    book = tmp_path / "mine.yml"
    book.write_text("name: mine\nlanguage: en\nframes:\n  Alliance:\n    definition: The US-ROK alliance.\n"
                    "    cues: [alliance]\n  Trade:\n    definition: Trade.\n    cues: [trade]\n", encoding="utf-8")
    arts = pd.DataFrame({"article_id": ["a", "b", "c"], "language": ["en"] * 3, "outlet": ["X", "X", "Y"],
                         "text": ["The alliance holds. The alliance is old.", "Trade grew. Trade fell.",
                                  "Nothing here."]})
    res = na.analyze(arts, codebook=book)
    cmp = na.compare(res, by="outlet").set_index("outlet")
    # X: "Alliance" present in a (2 hits), "Trade" in b; Y: neither. No generic frame columns.
    assert [c for c in cmp.columns if c.startswith("frame_")] == ["frame_Alliance", "frame_Trade"]
    assert cmp.loc["X", "frame_Alliance"] == 0.5 and cmp.loc["Y", "frame_Trade"] == 0.0
    tests = na.compare_tests(res, by="outlet", min_articles=1)
    # one test per frame of the user's codebook, on all 3 articles (X: 1 of 2 with Alliance, Y: 0 of 1)
    fr = tests[tests["family"] == "frame"]
    assert fr["measure"].tolist() == ["Alliance", "Trade"] and fr["n"].tolist() == [3, 3]


def test_parallel_analyze_in_a_script_without_main_guard_says_why(tmp_path):
    """A new user's script called analyze(n_jobs=2) at top level: each worker re-runs the script and dies; the
    error must say what to do, not only 'BrokenProcessPool'."""
    import os
    import subprocess
    import sys

    script = tmp_path / "noguard.py"
    script.write_text("import pandas as pd, newsanalysis as na\n"
                      "arts = pd.DataFrame({'article_id': ['1', '2'], 'language': ['en', 'en'],\n"
                      "                     'text': ['Putin met Kim. They signed a treaty.'] * 2})\n"
                      "na.analyze(arts, n_jobs=2, chunk_size=1)\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, env=env,
                         cwd=tmp_path)
    assert run.returncode != 0
    assert "if __name__ == \"__main__\":" in run.stderr and "n_jobs=1" in run.stderr


def test_parquet_writers_take_own_codebook_and_lexicon(tmp_path):
    """analyze_to_parquet (and analyze_parquet, the same options sent to Dask workers) use the user's
    material as analyze() does, and record it in _provenance.json."""
    import json

    import newsanalysis as na
    from newsanalysis.distributed import analyze_to_parquet, read_results

    book, lex = _own_codebook_and_lexicon(tmp_path)
    arts = _arts(("x", "The alliance must adapt. Deterrence against the threat remains strong.", "en"),
                 ("y", "Das Bündnis muss sich anpassen.", "de"))
    analyze_to_parquet(arts, tmp_path / "out", codebook=book, lexicon=lex)
    back = read_results(tmp_path / "out")
    fr = back.frames[back.frames["article_id"] == "x"].set_index("frame")
    assert list(fr.index) == ["Alliance"] and fr.loc["Alliance", "hits"] == 2   # "alliance", "Deterrence"
    assert set(back.sentiment.loc[back.sentiment["article_id"] == "x", "lexicon"]) == {"Mine 1"}
    prov = json.loads((tmp_path / "out" / "_provenance.json").read_text(encoding="utf-8"))
    assert prov["codebook"] == str(book) and prov["lexicon"] == ["Mine 1"] and prov["actors"] == "shipped"
    assert prov["parser"] is False
