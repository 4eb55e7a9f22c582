"""German round 16: a cue clause set between commas inside the reported clause (docs/history/attribution.md, "German
round 16"). The content runs on both sides of ", sagte er, " and the cue clause is its ``content_gaps``, as the
English ", Mr. Obama said, " and a quotation split by its cue.

The sentences are hand-written; their spans were worked out by reading them. The last tests read one real
article of the German general news in the shared corpus (skipped without the shared folder).
"""
import pandas as pd
import pytest

from conftest import att
from newsanalysis.attribution import PART_JOINER, content_spans


def _rows(text, kind=None):
    a = att(text, "de")
    return a if kind is None else a[a["kind"] == kind]


def _one(text, kind="indirect"):
    r = _rows(text, kind)
    assert len(r) == 1, _rows(text)[["kind", "cue", "source", "content"]].to_string()
    return r.iloc[0]


def _parts(text, row):
    return [text[a:b] for a, b in content_spans(row)]


def _gap(text, row):
    assert len(row["content_gaps"]) == 1
    a, b = row["content_gaps"][0]
    return text[a:b]


# --- the three shapes of the brief


def test_verb_cue_between_the_subject_and_its_konjunktiv_verb():
    t = "Die Lage, sagte er, sei ernst."
    r = _one(t)
    assert _parts(t, r) == ["Die Lage", "sei ernst"]
    assert _gap(t, r) == ", sagte er, "
    assert r["content"] == "Die Lage" + PART_JOINER + "sei ernst"
    assert (r["cue"], r["source"]) == ("sagte", "er")
    assert (r["start"], r["end"]) == (0, t.index("."))


def test_so_cue_between_the_subject_and_its_verb():
    t = "Russland, so der Minister, werde nicht nachgeben."
    r = _one(t)
    assert _parts(t, r) == ["Russland", "werde nicht nachgeben"]
    assert _gap(t, r) == ", so der Minister, "
    assert (r["cue"], r["source"]) == ("so", "der Minister")


def test_impersonal_cue_after_the_konjunktiv_verb():
    t = "Die Truppen seien, hieß es, abgezogen worden."
    r = _one(t)
    assert _parts(t, r) == ["Die Truppen seien", "abgezogen worden"]
    assert _gap(t, r) == ", hieß es, "
    assert r["cue"] == "hieß es"
    assert pd.isna(r["source"])  # "hieß es" names nobody


def test_so_sagte_er_is_one_cue_clause():
    t = "Die Fähre, so sagte der Kapitän, fahre ab Montag wieder."
    r = _one(t)
    assert _parts(t, r) == ["Die Fähre", "fahre ab Montag wieder"]
    assert (r["cue"], r["source"]) == ("sagte", "der Kapitän")
    assert _gap(t, r) == ", so sagte der Kapitän, "


def test_speaker_with_time_and_place_and_a_so_cue_with_weiter():
    t = "Die Schule, sagte die Direktorin am Montag in Halle, bleibe bis Ostern geschlossen."
    r = _one(t)
    assert _parts(t, r) == ["Die Schule", "bleibe bis Ostern geschlossen"]
    assert r["source"] == "die Direktorin"
    t = "Die Fähre, so die Reederei weiter, fahre ab Montag wieder nach Plan."
    r = _one(t)
    assert _parts(t, r) == ["Die Fähre", "fahre ab Montag wieder nach Plan"]
    assert r["source"] == "die Reederei"


def test_two_konjunktiv_clauses_around_the_cue_clause():
    t = "Die Lage sei ernst, sagte er, die Regierung müsse handeln."
    r = _one(t)
    assert _parts(t, r) == ["Die Lage sei ernst", "die Regierung müsse handeln"]


def test_object_clause_after_the_cue_clause():
    t = "Nur könne sie noch nicht sagen, meinte die Ärztin, ob die Behandlung anschlage."
    r = _one(t)
    assert _parts(t, r) == ["Nur könne sie noch nicht sagen", "ob die Behandlung anschlage"]
    assert r["source"] == "die Ärztin"


def test_wie_clause_with_a_speaker():
    t = "Der Pilot soll, wie Zeugen berichten, zu tief geflogen sein."
    r = _one(t, "according_to")
    assert _parts(t, r) == ["Der Pilot soll", "zu tief geflogen sein"]
    assert (r["cue"], r["source"]) == ("berichten", "Zeugen")
    assert _gap(t, r) == ", wie Zeugen berichten, "


def test_semicolon_ends_the_object_of_an_earlier_cue():
    # the object of "erklärte" ends at the semicolon; before, the cue looked on to the next comma and took
    # "sagte sie, alle Kraft dem Amt widmen" as its content, which hid the cue clause
    t = "Die Bürgermeisterin erklärte ihre Zustimmung; sie werde, sagte sie, alle Kraft dem Amt widmen."
    a = _rows(t)
    r = a[a["cue"] == "sagte"].iloc[0]
    assert _parts(t, r) == ["sie werde", "alle Kraft dem Amt widmen"]
    assert not a["content"].str.contains("sagte sie").any()


def test_fronted_conditional_opens_the_reported_clause():
    t = "Wenn es weiter regne, sagte der Bürgermeister, werde die Brücke gesperrt."
    r = _one(t)
    assert _parts(t, r) == ["Wenn es weiter regne", "werde die Brücke gesperrt"]


# --- not interposed: the comma clause closes or opens the content, or the writer goes on


def test_closing_cue_keeps_the_clause_before_it():
    t = "Die Lage ist ernst, sagte er."
    r = _one(t)
    assert r["content"] == "Die Lage ist ernst"
    assert r["content_gaps"] == ()


def test_writers_next_clause_after_the_cue_clause():
    t = "Die Lage sei ernst, sagte er, und verließ den Saal."
    r = _one(t)
    assert r["content"] == "Die Lage sei ernst"
    assert r["content_gaps"] == ()


def test_indicative_main_clause_is_not_joined_with_the_clause_after_the_cue():
    t = "Die Brücke ist gesperrt, sagte die Sprecherin, der Verkehr werde umgeleitet."
    a = _rows(t)
    assert (a["content_gaps"].map(len) == 0).all()


def test_fronted_subordinate_clause_belongs_to_the_cue():
    # "sagte" is the main verb after the temporal clause: only what follows the speaker was said
    t = "Als der Zug hielt, sagte die Schaffnerin, die Strecke sei gesperrt."
    r = _one(t)
    assert r["content"] == "die Strecke sei gesperrt"
    assert r["content_gaps"] == ()
    assert r["source"] == "die Schaffnerin"


def test_speaker_apposition_is_no_second_part():
    t = "Der Sänger sei am Freitag gestorben, sagte Anna Weber, Leiterin seiner Stiftung, der Agentur."
    a = _rows(t)
    assert (a["content_gaps"].map(len) == 0).all()
    assert not a["content"].str.contains("Leiterin").any()


def test_wie_clause_without_speaker_or_with_an_adjective_is_no_cue_clause():
    for t in ("Der Zug soll, wie festgestellt wurde, zu schnell gefahren sein.",
              "Sie hielt den Brief in der Hand, wie sehr sie auch mit sich rang, Tränen traten ihr in die Augen."):
        a = _rows(t)
        assert (a["content_gaps"].map(len) == 0).all(), t


def test_quotation_split_by_its_cue_is_still_direct():
    t = "„Das“, sagte er, „ist ernst.“"
    r = _one(t, "direct")
    assert _parts(t, r) == ["„Das“", "„ist ernst.“"]


# --- a real article


@pytest.fixture(scope="module")
def trends_general(shared):
    import newsanalysis as na
    return na.load_corpus(shared / "corpus" / "real" / "nguyenvulebinh__trends_general.jsonl")


def test_real_tagesschau_so_cue_inside_the_clause(trends_general):
    # trends-2024-06-07-schweigeminute-mannheim (tagesschau.de): "Man habe, so Steinmeier, in den vergangenen
    # Wochen mit Angriffen auf … weitere "abscheuliche Akte politisch motivierter Gewalt erlebt"." Before: a
    # row without cue or source whose content held ", so Steinmeier,"
    import newsanalysis as na
    arts = trends_general[trends_general["article_id"] == "trends-2024-06-07-schweigeminute-mannheim"]
    assert len(arts) == 1
    text = arts["text"].iloc[0]
    a = na.attributions(arts)
    start = text.index("Man habe, so Steinmeier")
    r = a[a["start"] == start].iloc[0]
    assert (r["kind"], r["cue"], r["source"]) == ("indirect", "so", "Steinmeier")
    gap_s, gap_e = start + len("Man habe"), text.index("in den vergangenen Wochen mit Angriffen")
    assert text[gap_s:gap_e] == ", so Steinmeier, "
    assert r["content_gaps"] == ((gap_s, gap_e),)
    assert text[r["end"] - len("Gewalt erlebt\""):r["end"]] == "Gewalt erlebt\""


def test_real_tagesschau_verb_cue_before_an_object_clause(trends_general):
    # trends-2024-07-30-southport-news: "Sie wisse überhaupt nicht, schrieb sie weiter, wie sie den betroffenen
    # Familien gegenüber jemals ihr Mitgefühl angemessen ausdrücken könne."
    import newsanalysis as na
    arts = trends_general[trends_general["article_id"] == "trends-2024-07-30-southport-news"]
    text = arts["text"].iloc[0]
    a = na.attributions(arts)
    start = text.index("Sie wisse überhaupt nicht")
    r = a[a["start"] == start].iloc[0]
    assert r["cue"] == "schrieb"
    assert _parts(text, r) == ["Sie wisse überhaupt nicht", "wie sie den betroffenen Familien gegenüber jemals ihr "
                               "Mitgefühl angemessen ausdrücken könne"]
    assert _gap(text, r) == ", schrieb sie weiter, "


# --- session 15: the impersonal cue closing the clause


@pytest.mark.parametrize("text, content", [
    ("Die Lage sei ernst, hieß es.", "Die Lage sei ernst"),
    ("Die Lage an der Grenze sei angespannt, hieß es am Montag.", "Die Lage an der Grenze sei angespannt"),
    ("Nordkorea habe Tausende Soldaten nach Russland geschickt, heißt es.",
     "Nordkorea habe Tausende Soldaten nach Russland geschickt"),
])
def test_impersonal_cue_closing_a_konjunktiv_clause(text, content):
    r = _one(text)
    assert r["cue"] in ("hieß es", "heißt es")
    assert r["content"] == content  # the cue is no longer part of what was said
    assert pd.isna(r["source"])  # it names nobody
    assert r["content_gaps"] == ()


def test_impersonal_cue_closing_an_indicative_clause():
    # the writer reports what was said in the indicative too; the clause before the cue is the content
    r = _one("Das Treffen in Pjöngjang war ein Erfolg, hieß es.")
    assert (r["cue"], r["content"]) == ("hieß es", "Das Treffen in Pjöngjang war ein Erfolg")
    assert pd.isna(r["source"])


def test_impersonal_cue_needs_a_clause_before_it():
    assert _rows("Gut, hieß es.").empty  # one word is no reported clause
