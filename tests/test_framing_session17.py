"""Session 17: names with "People's" are no public opinion, and KCNA's full state name anchors the story frames.

Expected values worked out by reading the sentences: the generic frames count "people" as a Public_opinion cue
(weight 0.5) and "army" as a Security_and_defense cue; the story codebook counts a cue only where both Russia and
North Korea are named within two sentences.
"""
import pandas as pd

import newsanalysis as na


def _articles(text, language="en"):
    return pd.DataFrame({"article_id": ["a"], "text": [text], "language": [language], "outlet": ["x"]})


def _cues(frames_table, frame):
    ev = frames_table.loc[frames_table["frame"] == frame, "evidence"].iloc[0]
    return [e["cue"] for e in ev] if isinstance(ev, list) else []


def test_peoples_names_are_no_public_opinion_but_the_army_is_military():
    text = ("The Korean People's Army held a parade. The Supreme People's Assembly met in Pyongyang. "
            "The People's Republic of China abstained.")
    f = na.frames(_articles(text)).set_index("frame")
    # three "People" inside names: none is the public
    assert f.loc["Public_opinion", "hits"] == 0
    # the army of the first name is still a military cue
    assert f.loc["Security_and_defense", "hits"] > 0


def test_the_people_still_count_as_public():
    f = na.frames(_articles("The people want bread, and the people of Seoul are hungry.")).set_index("frame")
    assert f.loc["Public_opinion", "hits"] == 1.0  # "people" twice at weight 0.5


def test_full_state_name_anchors_story_frames_english():
    text = ("The Democratic People's Republic of Korea and Russia called the sanctions of the UN Security Council "
            "illegal.")
    f = na.frames(_articles(text), codebook="story").set_index("frame")
    assert f.loc["Sanctions_and_UN", "hits"] > 0
    # the same sentence without a North Korea name has no anchor: no story hit
    g = na.frames(_articles(text.replace("The Democratic People's Republic of Korea", "Belarus")),
                  codebook="story").set_index("frame")
    assert g.loc["Sanctions_and_UN", "hits"] == 0


def test_full_state_name_anchors_story_frames_german():
    text = "Die Demokratische Volksrepublik Korea und Russland verurteilten die Sanktionen des UN-Sicherheitsrats."
    f = na.frames(_articles(text, "de"), codebook="story").set_index("frame")
    assert f.loc["Sanctions_and_UN", "hits"] > 0
    g = na.frames(_articles(text.replace("Die Demokratische Volksrepublik Korea", "Belarus"), "de"),
                  codebook="story").set_index("frame")
    assert g.loc["Sanctions_and_UN", "hits"] == 0


def _morality_cues(text):
    ev = na.frame_evidence(_articles(text))
    return sorted(ev.loc[ev["frame"] == "Morality", "matched"].str.lower())


def test_lie_of_place_and_protocol_honour_are_no_morality():
    # Kremlin.ru (kremlin-en-60370, kremlin-en-60363, kremlin-en-55882) and KCNA sentences: "lie(s)" is where
    # something is, "in honour of" a guest is protocol, "honourable" an address: no Morality cue
    text = ("But these guarantees also lie in the sphere of international law. The gravity and danger of the "
            "situation lie in the fact that Freedom Edge is a product. What lies at the foundation of everything "
            "he said? An official reception was held in honour of Chairman Kim Jong-un. Your Excellency, the "
            "honourable President of Russia.")
    assert _morality_cues(text) == []


def test_untruths_and_honour_as_a_value_stay_morality():
    # nouns "lies", a liar, honour defended: three Morality cues, and "lies with" is left to count
    text = ("He told lies to the public. We have to help our athletes defend their honour and dignity. "
            "The fault lies with the government.")
    assert _morality_cues(text) == ["honour", "lies", "lies"]
