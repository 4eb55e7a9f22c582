"""", citing Z" after a clause: a second source only when Z speaks; otherwise the clause's speaker cites Z.

PolNeAR annotates "McConnell said …, citing the release of political prisoners" as two relations of
McConnell ("said" and "citing"), and "The court blocked …, citing a threat" as the court citing a reason.
The sentences below are made up; the expected rows were worked out by reading them.
"""

from conftest import att as _att


def test_a_reason_cited_after_the_report_is_the_speakers_own():
    a = _att("Gen. Xavier Brunson said North Korea is rapidly improving its forces, "
             "citing lessons from the war in Ukraine.")
    assert a["source"].tolist() == ["Gen. Xavier Brunson", "Gen. Xavier Brunson"]
    assert a["cue"].tolist() == ["said", "citing"]
    # the report ends before ", citing"; what is cited is the second relation's content
    assert a["content"].tolist() == ["North Korea is rapidly improving its forces", "lessons from the war in Ukraine"]
    assert a["chain"].isna().all()


def test_a_document_cited_between_cue_and_content():
    a = _att("The US commander said, citing intelligence reports, that troops had been sent.")
    rows = a.set_index("cue")
    assert rows.loc["said", "content"] == "troops had been sent"
    assert rows.loc["citing", "content"] == "intelligence reports"
    assert rows.loc["citing", "source"] == "The US commander"


def test_no_report_verb_the_subject_cites():
    a = _att("In 1986, the Supreme Court blocked a New Jersey company from abandoning its plants, "
             "citing a threat to public health and safety.")
    assert len(a) == 1
    r = a.iloc[0]
    assert (r["source"], r["cue"], r["content"]) == ("the Supreme Court", "citing",
                                                     "a threat to public health and safety")
    # before: "a threat" was the source of the whole sentence


def test_a_medium_or_body_cited_is_a_chain_before_or_after():
    a = _att("Reuters, citing Yonhap, reported that a missile was fired.")
    assert a["source"].tolist() == ["Reuters"] and a["chain"].tolist() == ["Reuters > Yonhap"]
    a = _att("Yonhap reported that a missile was fired, citing the Joint Chiefs of Staff.")
    assert a["source"].tolist() == ["Yonhap"]
    assert a["chain"].tolist() == ["Yonhap > the Joint Chiefs of Staff"]
    assert a["content"].str.contains("citing").sum() == 0      # the content ends at the missile
    a = _att("North Korea sent more troops, South Korean officials said, citing unnamed sources in Pyongyang.")
    assert a["source"].tolist() == ["South Korean officials"]
    # the closing cue's report is the clause before the speaker, not the citing phrase
    assert a["content"].tolist() == ["North Korea sent more troops"]
    assert a["chain"].tolist() == ["South Korean officials > unnamed sources"]
