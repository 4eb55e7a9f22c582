"""A speaker label the page wrapped after its first name (Kremlin.ru pages are wrapped at about 80
characters: "Vladimir\\nPutin: This shows …") is one label (session 13). Before, the label was "Putin" and
the turn before it ended with the orphaned "Vladimir"; a wrapped source name also kept its line break
("John\\nFraher")."""
import pandas as pd

from newsanalysis.attribution import attributions

# hard-wrapped: paragraphs separated by blank lines, lines broken inside sentences
TEXT = ("John Fraher: Good afternoon. Let me ask about the\n"
        "pipeline and the plans for next year.\n\n"
        "Vladimir Putin: We will build it, and the work\n"
        "goes on as planned.\n\n"
        "John Fraher: And the prices? Will they go\n"
        "up next year?\n\n"
        "Vladimir\n"
        "Putin: Prices depend on the market and\n"
        "on demand.\n\n"
        "John\n"
        "Fraher: Thank you.\n")


def _turns():
    arts = pd.DataFrame({"article_id": ["t1"], "text": [TEXT], "language": ["en"]})
    out = attributions(arts)
    return out[out["speaker_turn"].astype(bool)].sort_values("start").reset_index(drop=True)


def test_wrapped_label_is_one_label_and_the_turn_before_does_not_end_with_its_first_name():
    t = _turns()
    assert t["source"].tolist() == ["John Fraher", "Vladimir Putin", "John Fraher", "Vladimir Putin",
                                    "John Fraher"]
    # the third turn ends with its own question, not with "Vladimir"
    assert t.loc[2, "content"].endswith("up next year?")
    assert t.loc[3, "content"].startswith("Prices depend on the market")
    assert t.loc[3, "actor_id"] == "putin"


def test_a_line_break_is_no_label_join_in_text_with_one_paragraph_a_line():
    # not hard-wrapped (every line ends a sentence): a short heading line above a label stays apart
    text = ("Plenary session.\n"
            "Moderator: Welcome to the session.\n"
            "Vladimir Putin: Thank you.\n"
            "Moderator: The first question.\n")
    arts = pd.DataFrame({"article_id": ["t2"], "text": [text], "language": ["en"]})
    out = attributions(arts)
    t = out[out["speaker_turn"].astype(bool)].sort_values("start")
    assert t["source"].tolist() == ["Moderator", "Vladimir Putin", "Moderator"]
