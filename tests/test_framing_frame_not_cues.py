"""Frame-level ``not_cues`` (session 12): words and phrases that are no cues of one frame only.

Expected hits are worked out by reading each hand-written sentence against the tiny codebooks below.
"""
import pandas as pd
import pytest

import newsanalysis as na

CODEBOOK = """\
name: mine
language: en
not_cues: [warship*]
frames:
  Capacity:
    definition: resources
    cues: [weapons, supply, party]
    not_cues: [chemical weapons, "[party] to the"]
  Security:
    definition: threats
    cues: [weapons, war, chemical]
  Political:
    definition: politics
    cues: [party, leaders]
    not_cues: {en: ["[party] to the", business leaders], de: [parteien]}
"""


def _ev(text, codebook, language="en"):
    ev = na.frame_evidence(pd.DataFrame({"article_id": ["a"], "language": [language], "text": [text]}),
                           codebook=codebook)
    return list(zip(ev["frame"], ev["matched"]))


@pytest.fixture
def codebook(tmp_path):
    p = tmp_path / "cb.yaml"
    p.write_text(CODEBOOK, encoding="utf-8")
    return p


def test_a_frame_not_cue_blocks_its_frame_and_not_another(codebook):
    got = _ev("They used chemical weapons. Other weapons came in a warship.", codebook)
    # "chemical weapons" is no Capacity cue (its own not_cues) but still Security's "chemical" and "weapons";
    # the second "weapons" counts for both; "warship" is a top-level not-cue (and no cue anyway)
    assert got == [("Security", "chemical"), ("Security", "weapons"), ("Capacity", "weapons"),
                   ("Security", "weapons")]


def test_brackets_and_a_mapping_by_language(codebook):
    got = _ev("Each party to the deal gained. The party met business leaders and party leaders.", codebook)
    # "[party] to the": neither Capacity's nor Political's "party" there; the two later "party" count for both;
    # "business leaders" is no Political cue, "party leaders" is
    assert got == [("Capacity", "party"), ("Political", "party"), ("Capacity", "party"), ("Political", "party"),
                   ("Political", "leaders")]


def test_the_frame_not_cues_are_per_language(tmp_path):
    p = tmp_path / "cb.yaml"
    p.write_text("name: mine\nframes:\n  Political:\n    definition: p\n"
                 "    cues: {en: [parties], de: [parteien]}\n    not_cues: {de: [parteien]}\n", encoding="utf-8")
    assert _ev("Die Parteien stimmen ab.", p, "de") == []
    assert _ev("The parties vote.", p, "en") == [("Political", "parties")]


def test_load_codebook_reads_frame_not_cues_of_the_shipped_codebooks():
    from newsanalysis.framing import _resolve

    rows = _resolve("generic").frame_not_cues
    assert ("Capacity_and_resources", "en", "chemical [weapons]") in rows
    assert all(f in na.framing.GENERIC_FRAMES for f, _, _ in rows)


@pytest.mark.parametrize("bad, message", [
    ("['war?ship']", r"frame 'Capacity', field 'not_cues': 'war\?ship' is not a word"),
    ("['[chemical weapons]']", r"frame 'Capacity', field 'not_cues': '\[chemical weapons\]'"),
    ("5", r"frame 'Capacity', field 'not_cues': must be a list"),
    ("{en: war}", r"frame 'Capacity', field 'not_cues': must be a list .*language 'en'"),
    ("[[war]]", r"frame 'Capacity', field 'not_cues': \['war'\] is not a word"),
])
def test_bad_frame_not_cues_name_the_file_frame_and_field(tmp_path, bad, message):
    p = tmp_path / "bad.yaml"
    p.write_text(f"name: mine\nlanguage: en\nframes:\n  Capacity:\n    definition: c\n    cues: [weapons]\n"
                 f"    not_cues: {bad}\n", encoding="utf-8")
    with pytest.raises(na.CodebookError, match=message) as e:
        na.load_codebook(p)
    assert str(p) in str(e.value)
