"""Round-3 rule classes on hand-written sentences (expected values worked out by reading).

Quote pairing (unclosed quotes, texts that start inside a quotation, a quote continued in the next
sentence), sentence rejoining after abbreviations, content boundaries, block quotations, speech nouns,
German Konjunktiv I without a cue and infinitive cues that report nothing.
"""
import pandas as pd

import newsanalysis as na
from newsanalysis.attribution import attributions
from conftest import att, one


# ---------------------------------------------------------------- quotes
def test_unclosed_quote_ends_with_its_sentence():
    text = "Er rief: „Halt, stehen bleiben! Dann ging er weg. Später sagte sie: „Das war knapp.“"
    a = att(text, "de").sort_values("start")
    assert list(a["cue"]) == ["rief", "sagte"]
    first, second = a.iloc[0], a.iloc[1]
    # the first quote is never closed: it ends with "bleiben!", not at the next quote's closing mark
    assert first["content"].startswith("„Halt") and "Dann ging" not in first["content"]
    assert second["content"] == "„Das war knapp.“" and second["source"] == "sie"


def test_text_starting_inside_a_quotation():
    text = "die Lage sei ernst und wir handeln jetzt.“ Dann schwieg der Minister lange. Später sagte sie: „Gut so.“"
    a = att(text, "de").sort_values("start")
    first = a.iloc[0]
    assert first["kind"] == "direct" and first["start"] == 0
    assert first["content"] == "die Lage sei ernst und wir handeln jetzt.“"
    assert not a["content"].str.contains("schwieg").any()


def test_quote_continues_in_the_next_sentence_after_a_long_cue_clause():
    text = ('"These are strange days," said Peter Morgan, a lawyer for the Sierra Club, who has been '
            'challenging the coal industry over water pollution for many years. "I am skeptical he can pull it off."')
    r = one(text)
    assert r["cue"] == "said" and r["source"] == "Peter Morgan"
    assert r["content"].startswith('"These are strange days,"')
    assert r["content"].endswith('"I am skeptical he can pull it off."')


# ---------------------------------------------------------------- sentences and sources
def test_sentence_split_after_party_abbreviation_is_rejoined():
    text = "Rep. Stephen Lynch (D-Mass.) said the law does not require witnesses to appear."
    sents = na.sentences(pd.DataFrame({"article_id": ["a"], "text": [text], "language": ["en"]}))
    r = one(text)
    assert r["source"] == "Rep. Stephen Lynch (D-Mass.)"
    assert r["content"] == "the law does not require witnesses to appear"
    # sentence_id keeps the caller's numbering: the sentence that holds the cue
    row = sents[sents["sentence_id"] == r["sentence_id"]].iloc[0]
    assert row["start"] <= r["cue_start"] < row["end"]


def test_noun_in_ly_after_a_determiner_is_a_source():
    assert one("The family said that he was unarmed.")["source"] == "The family"
    assert one("His family has said that he was unarmed.")["source"] == "His family"
    # an adverb in -ly is still dropped from the source
    assert one("The police repeatedly said that he was unarmed.")["source"] == "The police"


# ---------------------------------------------------------------- content boundaries
def test_content_ends_before_a_participle_clause():
    r = one("Crutcher's family said the video showed that he had his hands in the air, contradicting the police account.")
    assert r["content"] == "the video showed that he had his hands in the air"


def test_block_quotation_after_a_colon_paragraph():
    text = "The governor added:\n\nIt is typical of her. She knows nothing about it.\n\nThe next day, he left."
    r = one(text)
    assert (r["kind"], r["cue"], r["source"]) == ("direct", "added", "The governor")
    assert r["content"] == "It is typical of her. She knows nothing about it"  # final stop trimmed, as for indirect content


def test_cue_word_after_a_preposition_is_a_noun():
    assert att("This plan reeks of fear and nothing else.").empty
    # the same form as a verb is still a cue
    r = one("Officials fear that the talks will fail.")
    assert (r["cue"], r["source"], r["content"]) == ("fear", "Officials", "that the talks will fail")


# ---------------------------------------------------------------- speech nouns
def test_speech_noun_with_that_clause():
    r = one("Trump's claim that the election was rigged drew scorn.")
    assert (r["cue"], r["source"], r["stance"]) == ("claim", "Trump", "distancing")
    assert r["content"].startswith("that the election was rigged")
    # a noun that is not about speech does not open content
    assert att("The fact that the election was close surprised nobody.").empty


def test_german_speech_noun_with_dass_clause():
    r = one("Es gab die Behauptung, dass Nordkorea Truppen schicke.", "de")
    assert r["cue"] == "Behauptung" and r["stance"] == "distancing"
    assert r["content"] == "dass Nordkorea Truppen schicke"


# ---------------------------------------------------------------- German Konjunktiv I and infinitives
def test_konjunktiv_main_clause_without_cue_is_indirect_speech():
    r = one("Die Regierung habe keine Kenntnis von den Lieferungen.", "de")
    assert r["kind"] == "indirect" and r["source"] is None and r["cue"] is None
    assert r["content"] == "Die Regierung habe keine Kenntnis von den Lieferungen"
    # first person indicative "ich habe" is not Konjunktiv I
    assert att("Ich habe keine Kenntnis davon und weiß nichts.", "de").empty


def test_infinitive_cue_after_modal_or_zu_is_no_report():
    assert att("Wer kann sagen, dass die Lage besser wird?", "de").empty
    assert att("Das ist nur schwer zu erklären, dass er so schnell kam.", "de").empty
    assert att("Ich möchte meinen Dank aussprechen, dass ihr gekommen seid.", "de").empty
    # a plural present with its subject still reports
    r = one("Die Experten sagen, die Lage sei ernst.", "de")
    assert (r["cue"], r["source"], r["content"]) == ("sagen", "Die Experten", "die Lage sei ernst")


def test_reading_and_celebrating_are_not_speech():
    assert att("Die Kinder lesen, dass die Ferien bald beginnen.", "de").empty
    assert att("Die Stadt feierte, dass der Krieg vorbei war.", "de").empty


def test_quote_nested_in_the_same_marks_is_one_quote():
    # 19th-century and some online German prints nest „…“ inside „…“ instead of ‚…‘
    r = one("„Er nannte sich den „Landgrafen von Bayreuth“ und lachte dabei laut“, sagte die Schauspielerin.", "de")
    assert (r["kind"], r["cue"], r["source"]) == ("direct", "sagte", "die Schauspielerin")
    assert r["content"] == "„Er nannte sich den „Landgrafen von Bayreuth“ und lachte dabei laut“"


def test_standalone_quote_after_a_dash_continues_the_speaker():
    text = ("„Du, Siegfried?“ sprach der Onkel. — „Ah so, ich kann es mir denken, Dein Vater machte "
            "Bankerott.“ Dann schwieg er.")
    r = one(text, "de")
    # a dash before the opening mark does not make the quote part of a narrative sentence: the second quote
    # continues the first (one quotation in two parts, as for '"A," X said. "B."')
    assert (r["cue"], r["source"]) == ("sprach", "der Onkel")
    assert r["content"].startswith("„Du, Siegfried?“") and r["content"].endswith("Bankerott.“")
    assert "Dann schwieg" not in r["content"]


def test_split_quote_joined_by_a_conjunction_is_one_quote():
    r = one('"You know, I love Larry," he said, but "when it comes to energy, Larry has a history with coal."')
    assert (r["kind"], r["cue"], r["source"]) == ("direct", "said", "he")
    assert r["content"].startswith('"You know') and r["content"].endswith('history with coal."')


def test_pronoun_us_is_not_the_united_states():
    # found in Kremlin transcripts: "Let us …" gave source_country US
    t = "Let us hope, he added, that the talks work. The US said the deal was illegal."
    att = attributions(pd.DataFrame({"article_id": ["x"], "text": [t], "language": ["en"]}))
    us = att[att["source"].fillna("").str.startswith("The US")]
    assert us["source_country"].tolist() == ["US"]                   # the country, capitalised
    assert "US" not in att.loc[~att.index.isin(us.index), "source_country"].dropna().tolist()


def test_a_general_staff_is_not_south_korean_unless_said():
    t = ("Der Generalstab des ukrainischen Militärs teilte mit, die Lage sei ernst. "
         "Der südkoreanische Generalstab teilte mit, die Grenze sei ruhig.")
    att = attributions(pd.DataFrame({"article_id": ["x"], "text": [t], "language": ["de"]}))
    by_start = att.sort_values("start")
    assert by_start["source_country"].tolist() == ["UA", "KR"]     # "ukrainischen" / "südkoreanische"
    assert by_start["actor_id"].tolist()[1] == "jcs" and by_start["actor_id"].tolist()[0] != "jcs"
