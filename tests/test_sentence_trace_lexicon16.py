"""Session 16 (researcher trial): with the user's own lexicon the sentence trace lists the words behind each
score (it was empty for every sentence)."""
import pandas as pd

import newsanalysis as na


def test_sentence_trace_lists_words_of_the_users_lexicon(tmp_path):
    p = tmp_path / "lex.csv"
    p.write_text("term,weight\nbrutal,-4\nfine,2\n", encoding="utf-8")
    lex = na.load_lexicon(p, name="mine", language="en")
    arts = pd.DataFrame({"article_id": ["a"], "text": ["The brutal attack shocked everyone. The harvest was good."],
                         "language": ["en"], "outlet": ["X"]})
    t = na.sentence_trace(na.analyze(arts, lexicon=lex))
    # "brutal" is the only lexicon word of the first sentence (-4 on VADER's scale); "good" is not in this
    # lexicon (VADER's own would score it), so the second sentence has no words and compound 0
    assert t.loc[0, "tone_words"] == "brutal −4.0"
    assert t.loc[0, "compound"] < 0
    assert t.loc[1, "tone_words"] == "" and t.loc[1, "compound"] == 0


def test_semicolon_lexicon_with_decimal_commas(tmp_path):
    p = tmp_path / "lex.csv"
    p.write_text("term;weight\nBündnis;1\nKrieg;-0,5\n", encoding="utf-8")
    lex = na.load_lexicon(p, language="de")
    assert lex.terms == {"bündnis": 1.0, "krieg": -0.5}
    assert lex.scale == 4.0  # 4 / max |weight| = 4 / 1
