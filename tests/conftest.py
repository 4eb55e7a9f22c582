"""Shared fixtures: the seed article and the ../shared data (skipped with a reason when absent)."""
from pathlib import Path

import pytest

from newsanalysis._tables import shared_dir

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "articles" / "000_f582aa4241273fed.txt"


@pytest.fixture(scope="session")
def shared() -> Path:
    d = shared_dir()
    if not (d / "corpus" / "real").is_dir():
        pytest.skip(f"shared data not found at {d} (set NEWSANALYSIS_SHARED)")
    return d


@pytest.fixture(scope="session")
def seed_articles():
    import newsanalysis as na
    return na.load_corpus(SEED)


@pytest.fixture(scope="session")
def real_articles(shared):
    import newsanalysis as na
    return na.load_corpus(shared / "corpus" / "real")


def hand_articles():
    """Five hand-made articles in three languages: sentence counts 2, 1, 2 (Korean, not analysed), 1, 1."""
    import pandas as pd

    return pd.DataFrame({
        "article_id": ["e1", "e2", "k1", "e3", "d1"],
        "outlet": ["A", "A", "B", "A", "C"],
        "language": ["en", "en", "ko", "en", "de"],
        "text": [
            "The talks went well. Both sides praised the treaty.",   # 2 sentences
            "Troops were killed in a terrible attack.",               # 1, negative words
            "북한과 러시아가 조약을 맺었다. 회담은 평양에서 열렸다.",        # 2, not analysed
            "Kim met Putin.",                                          # 1
            "Der Vertrag wurde am 19. Juni unterzeichnet.",            # 1
        ],
    })


def assert_same_tables(expected, got) -> None:
    """Every table of two AnalysisResults equal, to the last bit and dtype."""
    import pandas.testing as pt

    for name, table in expected.tables().items():
        pt.assert_frame_equal(got.tables()[name], table, check_exact=True, obj=name)


def att(text, lang="en"):
    """The attribution table of one hand-written text (article id ``a``)."""
    import pandas as pd

    from newsanalysis.attribution import attributions

    return attributions(pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]}))


def att_with_sentences(text, cuts, lang="de"):
    """Attributions of one hand-written text with the caller's own sentence table (as Redewiedergabe gives one),
    each sentence ending right after a string in ``cuts``."""
    import pandas as pd

    from newsanalysis.attribution import attributions
    bounds, pos = [], 0
    for c in cuts:
        e = text.index(c, pos) + len(c)
        bounds.append((pos, e))
        pos = e + 1
    bounds.append((pos, len(text)))
    sents = pd.DataFrame([("a", i, s, e, text[s:e], lang) for i, (s, e) in enumerate(bounds)],
                         columns=["article_id", "sentence_id", "start", "end", "text", "language"])
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": [lang]})
    return attributions(arts, sentences=sents)


def cue_rows(text, lang="en"):
    """(cue, source, content) of every attribution of one hand-written text, in table order."""
    a = att(text, lang)
    return list(zip(a["cue"], a["source"], a["content"]))


def parsed_cue_rows(text):
    """(cue, source, content) of every attribution of one hand-written English text with the parser (rules +
    parser); skips when spaCy or its English model (the ``parser`` extra) is not installed."""
    import pandas as pd

    from newsanalysis import models
    from newsanalysis.attribution import attributions
    pytest.importorskip("spacy")
    if not models.parser_available("en"):
        pytest.skip("the English spaCy model (newsanalysis[parser]) is not installed")
    a = attributions(pd.DataFrame({"article_id": ["a"], "text": [text], "language": ["en"]}), parser=True)
    return list(zip(a["cue"], a["source"], a["content"]))


def one(text, lang="en"):
    """The single attribution of a hand-written text (fails, showing the rows, if there is not exactly one)."""
    a = att(text, lang)
    assert len(a) == 1, a[["kind", "cue", "source", "content"]].to_string()
    return a.iloc[0]


def toy_war_money():
    """Twelve one-sentence texts, six about war and six about money, with their frame labels."""
    import pandas as pd

    war = ["Tanks and troops attacked the town at dawn.", "Artillery shelled the front as soldiers advanced.",
           "The army fired missiles at the border.", "Soldiers and tanks moved to the front line.",
           "Troops came under artillery fire.", "Missiles struck the army base."]
    money = ["Prices and inflation rose as the market fell.", "The budget deficit and taxes worry investors.",
             "Exports and trade grew, lifting the market.", "Inflation pushed prices and wages up.",
             "Investors sold shares as the market slumped.", "Taxes and the budget dominate trade talks."]
    X = pd.DataFrame({"article_id": [f"t{i}" for i in range(12)], "text": war + money, "language": "en"})
    return X, [["Security_and_defense"]] * 6 + [["Economic"]] * 6
