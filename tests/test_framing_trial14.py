"""Story-frame decisions a framing researcher's first-use trial (session 14) found wrong, each with hand-written
sentences whose expected hits were worked out by reading them against the frame definitions, and real articles
from the shared corpus."""
import pandas as pd
import pytest

import newsanalysis as na
from newsanalysis.text import entry_starts, is_live_blog


def _ev(text, language="en", codebook="story", title=None):
    arts = pd.DataFrame({"article_id": ["a"], "language": [language], "text": [text]})
    if title is not None:
        arts["title"] = [title]
    ev = na.frame_evidence(arts, codebook=codebook)
    return [(f, m) for f, m in zip(ev["frame"], ev["matched"])]


def _present(text, frame, language="en", codebook="story", title=None):
    arts = pd.DataFrame({"article_id": ["a"], "language": [language], "text": [text]})
    if title is not None:
        arts["title"] = [title]
    fr = na.frames(arts, codebook=codebook).set_index("frame")
    return bool(fr.loc[frame, "present"])


# --------------------------------------------------------------------------- Sanctions_and_UN: the UN's council

@pytest.mark.parametrize("text", [
    "Kim Jong Un received Sergei Shoigu, secretary of the Security Council of the Russian Federation, in Pyongyang.",
    "Security Council Secretary Nikolai Patrushev met North Korea's foreign minister in Moscow.",
    "Kim Jong Un met Russia's Security Council Secretary Sergei Shoigu in Pyongyang.",
    "Deputy Chairman of the Security Council Dmitry Medvedev sent a New Year message to Kim Jong Un in Pyongyang.",
    "Vladimir Putin held a briefing meeting with permanent members of the Security Council. He told them about "
    "his talks with Kim Jong Un.",
])
def test_russias_own_security_council_is_no_un_cue(text):
    assert [m for f, m in _ev(text) if f == "Sanctions_and_UN"] == []
    assert not _present(text, "Sanctions_and_UN")


def test_the_un_security_council_is():
    text = "The UN Security Council failed to renew the sanctions panel on North Korea after Russia's veto."
    assert [m for f, m in _ev(text) if f == "Sanctions_and_UN"] == ["UN Security Council", "sanctions", "veto"]
    assert _present(text, "Sanctions_and_UN")
    # its other names weigh 2 each: one is enough
    for name in ("U.N. Security Council", "United Nations Security Council", "UNSC"):
        text = f"Russia blocked a statement on North Korea in the {name}."
        assert [m for f, m in _ev(text) if f == "Sanctions_and_UN"] == [name]
        assert _present(text, "Sanctions_and_UN")
    # bare, the council weighs 1 and needs a second cue
    assert not _present("Russia and North Korea were discussed in the Security Council.", "Sanctions_and_UN")
    assert _present("Russia vetoed the Security Council's resolution on North Korea.", "Sanctions_and_UN")


def test_the_german_security_councils():
    assert [m for f, m in _ev("Kim empfing Sergej Schoigu, den Sekretär des russischen Sicherheitsrats, in "
                              "Pjöngjang. Russlands Sicherheitsratssekretär Schoigu lobte Nordkorea.", "de")
            if f == "Sanctions_and_UN"] == []
    got = _ev("Nordkorea unterliegt Strafmaßnahmen des UN-Sicherheitsrats, Russland blockierte im "
              "Weltsicherheitsrat eine Resolution.", "de")
    assert [m for f, m in got if f == "Sanctions_and_UN"] == ["UN-Sicherheitsrats", "Weltsicherheitsrat",
                                                              "Resolution"]


# --------------------------------------------------------------------------- names are no frame by themselves

def test_china_named_is_no_china_role():
    # KCNA: China as the target of US policy, and first in a list of countries sending greetings
    text = ("North Korea says the U.S. wants to exert pressure upon the Far East of Russia and lay siege to China. "
            "Greetings came from political, social, military and economic circles in China, Russia, Nepal, Japan "
            "and Norway to Kim Jong Un.")
    got = _ev(text)
    assert [m for f, m in got if f in ("China_role", "Regional_security")] == []
    # China's role: co-author of a road map, a trading partner, abstaining
    got = _ev("Russia and North Korea welcome the Russia-China roadmap for a settlement.")
    assert [m for f, m in got if f == "China_role"] == ["China", "roadmap", "settlement"]
    de = "Russland hatte sein Veto gegen die Resolution zu Nordkorea eingelegt. China enthielt sich damals."
    assert [m for f, m in _ev(de, "de") if f == "China_role"] == ["China", "enthielt sich"]
    assert _present(de, "China_role", "de")


def test_a_state_named_as_a_source_is_no_regional_security():
    # ZEIT, December 2024: five "südkoreanisch*", all sources, made Regional_security present (weight 11)
    text = ("Ein aufseiten Russlands kämpfender Soldat aus Nordkorea ist nach südkoreanischen Angaben in "
            "ukrainischer Kriegsgefangenschaft gestorben. Der südkoreanische Geheimdienst teilte mit, der Soldat "
            "sei gefangen genommen worden. Nach Angaben der USA und Südkoreas sind etwa 10.000 Soldaten aus "
            "Nordkorea in Russland stationiert.")
    assert [m for f, m in _ev(text, "de") if f == "Regional_security"] == []
    en = "North Korea has sent 10,000 troops to Russia, according to South Korean intelligence."
    assert [m for f, m in _ev(en) if f == "Regional_security"] == []
    # with a security word in the sentence the region counts
    got = _ev("After the Russia–North Korea treaty, South Korea and Japan held joint drills.")
    assert [m for f, m in got if f == "Regional_security"] == ["South Korea", "Japan", "drills"]
    de = ("Putin warf den USA Manöver vor, an denen Südkorea und Japan beteiligt sind, und lobte den Vertrag "
          "mit Nordkorea.")
    assert [m for f, m in _ev(de, "de") if f == "Regional_security"] == ["USA", "Manöver", "Südkorea", "Japan"]


def test_the_united_states_elsewhere_are_no_regional_security():
    # KCNA on Europe: the US is a regional power of this frame only next to a name of the region
    text = ("The DPRK backs Russia: the U.S. is the root cause of the instability of the situation in Europe and "
            "a threat to security.")
    assert [m for f, m in _ev(text) if f == "Regional_security"] == []


def test_a_dateline_is_no_cue_and_no_anchor():
    # "SEOUL -- " says where the report was filed: no Regional_security name next to "security"
    text = "SEOUL -- North Korea and Russia discussed security, state media reported."
    assert [m for f, m in _ev(text) if f == "Regional_security"] == []
    # "MOSCOW -- " names no side of the story: the talks are not anchored to Russia
    assert _ev("MOSCOW -- North Korea's foreign minister held talks.") == []
    assert _ev("North Korea's foreign minister held talks in Moscow.") == [("Treaty_and_diplomacy", "foreign minister"),
                                                                          ("Treaty_and_diplomacy", "talks")]


def test_weapons_deployed_are_no_troops():
    text = ("Russian help could speed up submarine deployment in North Korea. Seoul fears the deployment of "
            "missiles. North Korea's deployment of 15,000 troops to Russia goes on.")
    assert [m for f, m in _ev(text) if f == "Troop_deployment"] == ["deployment", "troops"]
    de = "Russland diskutiert mit Nordkorea die Stationierung von Langstreckenwaffen."
    assert [m for f, m in _ev(de, "de") if f == "Troop_deployment"] == []


# --------------------------------------------------------------------------- live blogs and news digests

BLOG = ("Alle Entwicklungen im Liveblog.\n\n"
        "Putin und Kim unterzeichneten in Pjöngjang einen Vertrag.\n\n"
        "Russland setzt bei Übungen in der Barentssee auch Atom-U-Boote ein.")


def test_the_anchor_does_not_reach_into_the_next_live_blog_entry():
    # tagesschau, June 2024: a Barents Sea drill counted as Nuclear_missile_space because the entry before it
    # named Putin and Kim
    got = _ev(BLOG, "de")
    assert ("Treaty_and_diplomacy", "Vertrag") in got
    assert [m for f, m in got if f == "Nuclear_missile_space"] == []
    # the same sentences as one article: the previous sentence anchors the submarines
    article = BLOG.replace("Alle Entwicklungen im Liveblog.\n\n", "").replace("\n\n", " ")
    assert [m for f, m in _ev(article, "de") if f == "Nuclear_missile_space"] == ["Atom", "U-Boote"]
    # told by the title as well
    titled = BLOG.replace("Alle Entwicklungen im Liveblog.\n\n", "")
    assert [m for f, m in _ev(titled, "de") if f == "Nuclear_missile_space"] == ["Atom", "U-Boote"]
    assert [m for f, m in _ev(titled, "de", title="Ukraine-Liveblog: ++ Drohnenangriff ++")
            if f == "Nuclear_missile_space"] == []


def test_entry_headers_without_blank_lines_cut_the_entries():
    text = ("Update vom 17. November, 21.55 Uhr: Putin und Kim unterzeichneten einen Vertrag.\n"
            "Update vom 17. November, 19.33 Uhr: Russland setzt Atom-U-Boote ein.")
    assert is_live_blog(text, "de")
    assert entry_starts(text, "de") == [0, text.index("Update vom 17. November, 19")]
    assert [m for f, m in _ev(text, "de") if f == "Nuclear_missile_space"] == []


def test_a_news_digest_is_cut_at_its_items():
    # Yonhap's weekly summary: one dated item after another
    text = ("N. Korea's Kim meets Russian envoy\n\n"
            "SEOUL -- North Korean leader Kim Jong-un met the Russian ambassador, state media said.\n\n"
            "N. Korea launches satellite\n\n"
            "SEOUL -- North Korea launched a satellite on Tuesday, state media said.")
    assert is_live_blog(text, "en")
    assert [m for f, m in _ev(text) if f == "Nuclear_missile_space"] == []
    # an article with one dateline is no digest
    one = text.replace("\n\nN. Korea launches satellite\n\nSEOUL -- ", " ")
    assert not is_live_blog(one, "en")
    assert [m for f, m in _ev(one) if f == "Nuclear_missile_space"] == ["launched", "satellite"]


def test_ordinary_articles_have_no_entries():
    assert entry_starts("Putin met Kim.\n\nThey signed a treaty.", "en") == []
    assert not is_live_blog("The stock ticker fell.", "en")
    assert is_live_blog("x", "en", title="Russia-Ukraine war live: Kyiv hit by drones")


# --------------------------------------------------------------------------- a user's codebook: anchors, examples

CODEBOOK = """
name: mine
min_hits: 2
anchor:
  window: 1
  groups:
    en: [[russia*, moscow], [north korea*, pyongyang]]
    de: [[russland*, moskau], [nordkorea*, pjöngjang]]
frames:
  Alliance:
    definition: The two states as allies.
    cues:
      en: [ally, allies, alliance*: 2]
      de: [verbündete*, bündnis*: 2]
    examples:
      - "Russia and North Korea are allies in an alliance."
      - "Russland und Nordkorea schmieden ein Bündnis als Verbündete."
  China:
    definition: China's role.
    cues:
      en: [china: 1, mediator: 2]
      de: [china: 1, vermittler: 2]
    anchor:
      window: 0
      groups: [[china], [mediator, vermittler]]
    examples:
      en: ["China offered to be a mediator between Russia and North Korea."]
      de: ["China bot sich Russland und Nordkorea als Vermittler an."]
"""


def test_a_two_language_codebook_gives_its_examples_a_language(tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text(CODEBOOK, encoding="utf-8")
    ex = na.codebook_examples(p)
    # the plain list is identified per sentence, the mapping names its languages
    assert ex.set_index("example")["language"].to_dict() == {
        "Russia and North Korea are allies in an alliance.": "en",
        "Russland und Nordkorea schmieden ein Bündnis als Verbündete.": "de",
        "China offered to be a mediator between Russia and North Korea.": "en",
        "China bot sich Russland und Nordkorea als Vermittler an.": "de",
    }
    arts = ex.assign(article_id=[f"x{i}" for i in range(len(ex))], text=ex["example"])
    fr = na.frames(arts, codebook=p)
    assert fr["analysed"].all()
    shown = fr.merge(arts[["article_id", "frame"]], on=["article_id", "frame"])
    assert shown["present"].astype(bool).all()


def test_a_frames_own_anchor_in_a_users_codebook(tmp_path):
    p = tmp_path / "mine.yaml"
    p.write_text(CODEBOOK, encoding="utf-8")
    # China alone, or a mediator without China: no hit; both in one sentence: both count (every sentence is
    # within the codebook's anchor window of a sentence naming both states)
    text = ("Russia and North Korea met. China watched. A mediator came to Russia and North Korea. China sent a "
            "mediator to Russia and North Korea.")
    arts = pd.DataFrame({"article_id": ["a"], "language": ["en"], "text": [text]})
    ev = na.frame_evidence(arts, codebook=p)
    assert list(zip(ev["frame"], ev["matched"], ev["sentence_id"])) == [("China", "China", 3), ("China", "mediator", 3)]


def test_a_malformed_frame_anchor_names_the_frame(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text("name: bad\nlanguage: en\nframes:\n  F:\n    definition: f\n    cues: [x]\n"
                 "    anchor: {window: 0, groups: [x]}\n", encoding="utf-8")
    with pytest.raises(na.CodebookError, match=r"frame 'F', field 'anchor', group 1"):
        na.load_codebook(p)


# --------------------------------------------------------------------------- real articles

def _real(real_articles, *ids):
    return real_articles[real_articles["article_id"].isin(ids)].reset_index(drop=True)


def test_real_tagesschau_live_blog(real_articles):
    """tagesschau.de, 19 June 2024: the Barents Sea entry ("Russland setzt bei Militärübungen in der Barentssee
    nach eigenen Angaben auch Atom-U-Boote ein") follows an entry on Putin and Kim; it is no story hit."""
    a = _real(real_articles, "trends-2024-06-19-russland-ukraine")
    assert len(a) == 1
    text = a["text"].iloc[0]
    s = text.index("Russland setzt bei Militärübungen in der Barentssee")
    e = text.index("\n\n", s)
    ev = na.frame_evidence(a, codebook="story")
    assert ev[(ev["start"] >= s) & (ev["start"] < e)].empty
    fr = na.frames(a, codebook="story").set_index("frame")
    assert not bool(fr.loc["Regional_security", "present"])
    assert not bool(fr.loc["Nuclear_missile_space", "present"])
    assert bool(fr.loc["Treaty_and_diplomacy", "present"])        # the entries on the treaty still count


def test_real_story_decisions_the_trial_read(real_articles):
    a = _real(real_articles, "kcna-aa653c70cb78d7c7", "trends-2024-12-27-nordkoreanischer-soldat",
              "trends-2024-06-19-nordkorea", "kcna-d0fccb91168cd352")
    fr = na.frames(a, codebook="story").set_index(["article_id", "frame"])["present"].astype(bool)
    # KCNA: Shoigu, "secretary of the Security Council of the Russian Federation", received by Kim
    assert not fr[("kcna-aa653c70cb78d7c7", "Sanctions_and_UN")]
    assert fr[("kcna-aa653c70cb78d7c7", "Treaty_and_diplomacy")]
    # ZEIT: South Korea only as a source
    assert not fr[("trends-2024-12-27-nordkoreanischer-soldat", "Regional_security")]
    assert fr[("trends-2024-12-27-nordkoreanischer-soldat", "Troop_deployment")]
    # Mannheimer Morgen: sanctions of the UN Security Council, manoeuvres with South Korea and Japan, China abstained
    for frame in ("Sanctions_and_UN", "Regional_security", "China_role"):
        assert fr[("trends-2024-06-19-nordkorea", frame)], frame
    # KCNA: "lay siege to China" is no China_role; the U.S.-Japan-ROK exercises are Regional_security
    assert not fr[("kcna-d0fccb91168cd352", "China_role")]
    assert fr[("kcna-d0fccb91168cd352", "Regional_security")]


# --------------------------------------------------------------------------- wildcards that caught other words

def test_courteously_is_no_court():
    # KCNA: "Choe Son Hui courteously conveyed warm comradely greetings" made Legality present in three articles
    text = "Choe Son Hui courteously conveyed warm greetings in the courtyard."
    assert [m for f, m in _ev(text, codebook="generic") if f.startswith("Legality")] == []
    assert not _present(text, "Legality_Constitutionality_and_jurisprudence", codebook="generic")
    got = _ev("The court's ruling was read in two courts and a courtroom.", codebook="generic")
    assert [m for f, m in got if f.startswith("Legality")] == ["court", "ruling", "courts", "courtroom"]


def test_other_english_wildcard_catches():
    got = _ev("Crimean officials demonstrated urgent interest in a familiar, equally exceptional plan.",
              codebook="generic")
    assert [f for f, _ in got if f in ("Crime_and_punishment", "Public_opinion", "Quality_of_life",
                                       "Fairness_and_equality")] == []
    got = _ev("Police fought crime; demonstrators held a demonstration.", codebook="generic")
    assert [m for f, m in got if f == "Crime_and_punishment"] == ["Police", "crime"]
    assert [m for f, m in got if f == "Public_opinion"] == ["demonstrators", "demonstration"]


def test_german_wildcard_catches():
    # "*gender*" caught "folgender", "*lüge*" "Flüge", "christ*" "Christian", "*gefahr*" "angefahren"
    got = _ev("Christian Lindner sagte folgender Satz: Die Flüge wurden angefahren und beurteilt.", "de",
              codebook="generic")
    assert [f for f, _ in got if f in ("Cultural_identity", "Morality", "Security_and_defense",
                                       "Legality_Constitutionality_and_jurisprudence")] == []
    got = _ev("Die Christen beteten; die Lüge vom Gender-Streit kam vor Gericht, nicht die Nudelgerichte.", "de",
              codebook="generic")
    assert [m for f, m in got if f == "Morality"] == ["Christen", "Lüge"]
    assert [m for f, m in got if f == "Cultural_identity"] == ["Gender"]
    assert [m for f, m in got if f.startswith("Legality")] == ["Gericht"]


def test_arms_deliveries_are_security_not_resources():
    # tagesschau: "Pjöngjang wird vorgeworfen, Russland … mit Waffenlieferungen zu unterstützen": Capacity present
    # from this one word
    text = "Pjöngjang wird vorgeworfen, Russland mit Waffenlieferungen zu unterstützen. Die Lieferung von Getreide stockt."
    got = _ev(text, "de", codebook="generic")
    assert [m for f, m in got if f == "Capacity_and_resources"] == ["Lieferung", "Getreide"]
    assert ("Security_and_defense", "Waffenlieferungen") in got


def test_n_korea_in_a_headline_anchors_the_story():
    got = _ev("N. Korea's Kim hails troops in Russia for cementing 'invincible alliance' with Moscow")
    assert ("Treaty_and_diplomacy", "alliance") in got


def test_the_documented_two_language_codebook(tmp_path):
    """docs/framing.md, "One codebook for several languages": the YAML shown there loads, and every example
    shows its frame in its language."""
    from conftest import ROOT

    doc = (ROOT / "docs" / "framing.md").read_text(encoding="utf-8")
    at = doc.index("**One codebook for several languages.**")
    start = doc.index("```yaml", at) + len("```yaml")
    p = tmp_path / "doc.yaml"
    p.write_text(doc[start:doc.index("```", start)], encoding="utf-8")
    ex = na.codebook_examples(p)
    assert sorted(ex["language"]) == ["de", "de", "en", "en"]
    arts = ex.assign(article_id=[f"x{i}" for i in range(len(ex))], text=ex["example"])
    shown = na.frames(arts, codebook=p).merge(arts[["article_id", "frame"]], on=["article_id", "frame"])
    assert shown["present"].astype(bool).all()
