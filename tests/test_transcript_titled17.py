"""Press statements after talks: two leaders introduced once each by title (session 17, a Russia-studies
researcher's trial: Kremlin.ru's Putin–Xi statements were read as the site's own voice, and an interpreter's
"(retranslated)" made one moderator two sources).

Expected rows worked out by reading the texts below.
"""
import pandas as pd

import newsanalysis as na


def _att(text):
    return na.attributions(pd.DataFrame({"article_id": ["k"], "text": [text], "language": ["en"], "outlet": ["x"]}))


STATEMENTS = ("Press statements following Russian-Chinese talks\n\n"
              "President of Russia Vladimir Putin: Mr Chairman, friends, our talks were productive. "
              "We discussed trade and security.\n\n"
              "Thank you for your attention.\n\n"
              "President of the People’s Republic\nof China Xi Jinping (retranslated) : Mr President, "
              "I thank you for the warm welcome. Our countries are good neighbours.\n")


def test_two_titled_speakers_make_a_transcript_even_if_wrapped_and_noted():
    a = _att(STATEMENTS)
    turns = a[a["speaker_turn"]].sort_values("start")
    # two turns: Putin's (two paragraphs) and Xi's; the interpreter's note is no part of Xi's name
    assert len(turns) == 2
    assert turns["source"].iloc[0] == "President of Russia Vladimir Putin"
    assert " ".join(turns["source"].iloc[1].split()) == "President of the People’s Republic of China Xi Jinping"
    assert STATEMENTS[int(turns["start"].iloc[0]):].startswith("Mr Chairman")
    assert "Thank you for your attention." in STATEMENTS[int(turns["start"].iloc[0]):int(turns["end"].iloc[0])]
    assert STATEMENTS[int(turns["start"].iloc[1]):].startswith("Mr President, I thank you")
    assert list(turns["source_country"]) == ["RU", "CN"]


def test_a_note_after_a_name_does_not_split_one_speaker():
    text = ("Sophie Shevardnadze: Welcome to the plenary session.\n\n"
            "Vladimir Putin: Thank you.\n\n"
            "Sophie Shevardnadze (retranslated) : Let us begin with the economy.\n")
    turns = _att(text)
    turns = turns[turns["speaker_turn"]]
    assert sorted(turns["source"]) == ["Sophie Shevardnadze", "Sophie Shevardnadze", "Vladimir Putin"]


def test_one_titled_label_alone_is_no_transcript():
    # a single "Title of X Name:" line in a report is no transcript (no second speaker)
    a = _att("President of Russia Vladimir Putin: the visit was a success, the Kremlin said on Friday.\n")
    assert len(a) >= 1 and not a["speaker_turn"].any()
