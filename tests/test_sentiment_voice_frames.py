"""The authorial voice leaves out the words that only frame a report (session 10 trial: Kremlin.ru's authorial
tone rested on its transcripts' speaker labels, each a neutral 'sentence' of the outlet's own)."""
import numpy as np
import pandas as pd

import newsanalysis as na


def _voice(text):
    arts = pd.DataFrame({"article_id": ["a"], "text": [text], "language": ["en"]})
    s = na.sentiment(arts, attributions=na.attributions(arts))
    return {text[r.start:r.end]: (r.authorial_compound, r.quoted_compound) for r in s.itertuples()}


def test_speaker_labels_and_said_frames_have_no_authorial_voice():
    v = _voice("Question: What about the missile defence?\n\nVladimir Putin: It has deployed terrible systems "
               "in Romania.")
    # "Question:" and "Vladimir Putin:" are the turns' source and cue; everything else is the turns' speech
    assert all(np.isnan(a) for a, _ in v.values())
    assert v["Vladimir Putin: It has deployed terrible systems in Romania."][1] < 0  # "terrible", quoted
    v = _voice('The summit ended in Pyongyang. "We are friends," he said. Officials said the talks were good.')
    assert v["The summit ended in Pyongyang."] == (0.0, v["The summit ended in Pyongyang."][1])  # the outlet's
    assert np.isnan(v['"We are friends," he said.'][0]) and v['"We are friends," he said.'][1] > 0
    assert np.isnan(v["Officials said the talks were good."][0])


def test_an_own_word_beside_the_frame_keeps_the_authorial_voice():
    # "Sadly" is the journalist's own word outside the report: the authorial voice stays, and is negative
    v = _voice('Sadly, officials said the talks failed.')
    a, q = v["Sadly, officials said the talks failed."]
    assert a < 0 and q < 0  # "Sadly" (authorial), "failed" (quoted)
