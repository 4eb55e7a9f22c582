"""Write the media-literacy lesson: notebooks/lesson/lesson_student.ipynb, lesson_teacher.ipynb and worksheet.md.

One script builds them all (and worksheet.html, a printable page) from the same cells and the same question list, so
the student notebook, the teacher notebook (answers filled in) and the
printable worksheet never drift apart. Notebooks are written without outputs.

Run from the repository root: python tools/build_lesson.py
"""
import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _nbbuild import ROOT, Notebook  # noqa: E402

OUT = "notebooks/lesson"
MIN_FIGURES = 3  # exercise 1, 2 and 4 each draw one figure on the real corpus

# --------------------------------------------------------------------------- the questions
# (number, exercise title, question, expected answer for the teacher). The worksheet,
# both notebooks and tests/test_lesson.py read this list.
EXERCISES = {
    1: "Who is quoted? Who is not?",
    2: "Same summit, three framings",
    3: "Where does the number 11,000 come from?",
    4: "Anonymous sources: when are they acceptable?",
    5: "Exit ticket",
}
QUESTIONS = [
    (1, 1, "List the sources the article cites. Which of them are named (we know exactly who they are), "
           "which give only a role, and which are anonymous?",
     "Named: the Wall Street Journal (\"laut WSJ\": the whole article is a rewrite of a WSJ report), Kim "
     "(who \"praised\" the relationship) and \"Südkorea\" (a country, not a person). Role only: \"der "
     "südkoreanische Verteidigungsminister\" (we could look the person up, but the article does not name "
     "him). Anonymous: \"Amerikanische Beamte\", \"Südkoreanische Beamte\", \"Einige Experten\", \"Einige "
     "Menschen\": half of the 8 sources. One more sentence, with \"soll\" (\"Nordkorea soll unzufrieden "
     "sein\"), has no source at all: hearsay, which the computer counts apart from anonymous sources."),
    (1, 2, "Which countries get to speak in this article? Who is talked about but never heard?",
     "The USA (officials, via the WSJ) and South Korea (minister, officials, \"Südkorea\"); North Korea only "
     "through one word of Kim's (\"gelobt\"). Not heard: any Russian voice (although Putin is in the headline), "
     "Ukraine (whose war the weapons are for), China (a whole paragraph is about China's interests, but no "
     "Chinese source), and any named independent expert."),
    (1, 3, "Check the computer: pick one row of the table and find the sentence in the article. Did the "
           "computer find the right source? Is anything missing?",
     "Most rows are right. Good points to discuss: \"laut WSJ\" is in the standfirst (the lead under the headline), but it covers the whole "
     "article; \"Südkorea\" is counted as named although a country is not a person; the \"soll\" sentence "
     "has no source at all, so the computer lists it as hearsay, not as an anonymous source. The tool finds speech verbs (behaupten, "
     "schätzen, betonen); it can miss sources introduced in other ways. In tests with English news it found "
     "about half of the attributions trained people had marked; in German tests it did well on direct quotes "
     "(in quotation marks) and poorly on reported speech without them (\"er sagte, er sei …\"), so it is a "
     "helper, not a judge."),
    (2, 4, "Look at the frame chart. Which frame is strongest in each of the three articles? Which article "
           "stands out?",
     "On the shared corpus (the exact shares are in the chart and in the table under it): the Kremlin note on "
     "the 2019 talks is mostly Political (a little over half of its cue weight: president, leader, Putin, "
     "election): a protocol text about leaders; most of the rest is relations between states (about a third: "
     "Russia, talks, foreign) and one Morality cue (honour). The KCNA article (July 2024, Kim Jong Un receives a "
     "Russian military delegation) is the most about Security and defense (a little under half: military, "
     "defence, security, army, war; the sentence behind it speaks of \"a sacred war of justice\", but only "
     "\"war\" there is a cue word). The German tagesschau report on the treaty is mostly about relations "
     "between states (External regulation and reputation, about a third: Staaten, Russland, Zusammenarbeit, "
     "Partnerschaft, UN), with Security and defense next (about a quarter: Militär, Bündnis, Krieg, Waffe) and "
     "Political close behind (about a fifth, mostly \"Putin\", 8 times)."),
    (2, 5, "Pick one cue word from each article that, in your view, shows the outlet's point of view. Read "
           "the sentence behind it. Does the sentence support your view?",
     "Open answers. Good picks among the cue words shown: KCNA \"war\", \"army\", \"military\" (its "
     "sentence: Russia's army is \"waging a sacred war of justice\", a struggle against an enemy; \"sacred\" and "
     "\"justice\" are not cue words, which shows what the word list misses); Kremlin \"honour\", \"talks\" (a "
     "polite, diplomatic event); tagesschau \"aggress*\" (Aggression), \"*waffe*\" (Waffenlieferungen), "
     "\"*bündnis*\" (a worrying military pact). Students should notice that a cue word alone can mislead: "
     "\"Putin\" counts as Political and country names (Russland, Ukraine) as External regulation everywhere, "
     "and \"Krieg\" may be in a quote of someone else."),
    (2, 6, "The three articles are not from the same day, and one is about an earlier summit (see the table). "
           "Why does that matter? What would make the comparison fairer?",
     "Our corpus has no single summit covered by all three: the Kremlin pages end in 2019, the KCNA pages "
     "start in 2024, and no KCNA report from the day of the June 2024 summit is in the corpus (the notebook "
     "took one from a month later). Events, time and the kind of text (a short protocol note, a news "
     "report, a report on a military visit) all change the words used, so the difference is not only the "
     "outlet's point of view. Fairer: the same event, the same kind of article, several articles per "
     "outlet, and people reading them."),
    (3, 7, "Who, according to the seed article, says that North Korea sent \"etwa 11.000 Container\" to Russia? "
           "Could you check this source?",
     "\"Amerikanische Beamte\" (American officials), unnamed, and we only know it second-hand: NewsWorld "
     "rewrote a Wall Street Journal report. We cannot check anonymous officials; we could look for the WSJ "
     "original and for the official US statements it may be based on."),
    (3, 8, "The same article also gives \"über 9.000 Container\" (from South Korea) and \"bis zu 5 Millionen "
           "Artilleriegeschosse\". Do the numbers fit together? What would you want to check?",
     "Not clearly. The 11,000 containers go to Russia, but the 9,000 containers are said to go \"nach "
     "Nordkorea\": either a different flow (Russian goods to North Korea) or a mistake in the rewrite. All "
     "figures are estimates (\"etwa\", \"über\", \"bis zu\", \"schätzt\") by governments that are not neutral "
     "in this conflict. Check: the original report, the date of each estimate, who counted and how."),
    (3, 9, "Where else in the corpus do similar numbers appear? Are they about the same thing?",
     "On the shared corpus: no other article repeats the 11,000 containers. Similar numbers count something "
     "else: North Korean soldiers sent to Russia (\"über 10.000\" in the Frankfurter Rundschau, from South "
     "Korea's intelligence service; \"etwa 10.000\" in ZEIT ONLINE, from the USA and South Korea; \"an "
     "estimated 15,000\" in The Korea Herald, from South Korea's defence authorities; and \"khoảng 11.000 "
     "binh sĩ\", about 11,000 soldiers, in the Vietnamese Tuổi Trẻ, from Ukraine's military intelligence "
     "chief Budanov). The word container (Korean 컨테이너) appears in other stories: a sunken Russian cargo "
     "ship, a warship, ports, rail traffic. The same number, or the same word, does not mean the same fact."),
    (4, 10, "Which outlets use anonymous sources most often? How sure can we be? (Look at the interval and at "
            "the number of articles.)",
     "On the shared corpus (the counts are in the table: anonymous_sources of sourced_attributions): the seed "
     "article (NewsWorld) is highest, with half of its sources anonymous (4 of 8), but it is one article. "
     "ZEIT ONLINE, Mannheimer Morgen and The Korea Herald follow (roughly 15 to 20 %, from one to three "
     "articles each). In the two German articles these are mostly sources that give only a country "
     "(\"nach südkoreanischen Angaben\", \"russischen Angaben zufolge\"): whose figures exactly, the text does "
     "not say, so they count as unspecific (anonymous) sources. tagesschau.de (2 articles) is at about 10 %: "
     "\"ukrainischen Angaben zufolge\", \"den Berichten zufolge\" and \"Wie russische Nachrichtenagenturen "
     "melden\" (which agencies?), while \"russischen staatlichen Nachrichtenagenturen zufolge\" is not anonymous: "
     "a state's agencies are an institution one can name, like \"the North's state media\". The Frankfurter "
     "Rundschau (1 article) is at about 4 %. "
     "The Frankfurter Rundschau also has several \"soll\" sentences without any source "
     "(hearsay, its hearsay_share), which the chart does not count as anonymous sources. "
     "ZEIT ONLINE's \"eines verbündeten Geheimdienstes\" is not among its anonymous sources: it is the source of "
     "the South Korean intelligence service inside that service's own statement, so it is not the outlet's "
     "(attributions inside someone else's speech are not counted). The only outlets with many articles are "
     "state media: KCNA about 2 % (more than 80 articles) and the Kremlin 0 % (more than 30 articles; its "
     "transcripts' speaker turns are left out, since they are who speaks, not whom a reporter "
     "quotes, and so is what Putin himself attributes inside his answers: his \"allegedly\" is his, not the "
     "Kremlin website's). Their intervals overlap: no difference can be shown. Yonhap shows 0 % (none of 35 "
     "sources; its news digest cites \"the North's state media\", an institution) with an interval up to about "
     "43 %: a low share in a few articles does not mean \"rarely\". The small outlets get no interval in the table (fewer than 5 articles), and one "
     "or two articles say little about an outlet. A missing interval "
     "is not certainty: do not rank outlets on this. "
     "Korean and Vietnamese articles are not analysed, so their outlets have no figure (not zero)."),
    (4, 11, "Read the anonymous sentences (in the notebook: the table above; on the worksheet: sentences 1 "
            "to 5 above Q10). For each one, decide: is the anonymity acceptable? Use the four conditions in the box.",
     "Open answers; the point is to argue with the conditions. Anonymous officials reporting secret weapon "
     "deliveries can be acceptable (information not available on the record, source in a position to know), "
     "but the outlet should say why (condition 4; the seed article does not). Vague groups such as \"some experts\" or \"some people fear\" giving "
     "opinions are not acceptable under the conditions: opinion, not information. State media using "
     "\"it is said\" or unnamed \"experts\" to spread accusations is a warning sign."),
    (4, 12, "A low share of anonymous sources: is that always a sign of good journalism?",
     "No. KCNA and the Kremlin have few anonymous sources because they quote their own leaders and "
     "officials by name: named, but one-sided. Good journalism needs named sources and several sides. "
     "Anonymity is sometimes the only way to report what governments hide."),
    (5, 13, "Name one thing you will check the next time you read a news story with a big number in it.",
     "Any of: who gives the number (named?), how they could know, whether it is an estimate, whether the "
     "story is a rewrite of another outlet's report, whether other outlets with other sources confirm it."),
]

# one line of context per exercise on the printed worksheet
SHEET_INTRO = {
    1: "Article: \"Wladimir Putins gefährliche Beziehung zu Kim Jong Un\" (NewsWorld, a German site's rewrite of a "
       "Wall Street Journal report). An *attribution* tells you who information comes from.",
    2: "Three articles on Russia–North Korea summits: North Korean state media (KCNA), the Russian presidency "
       "(Kremlin.ru) and a German outlet. A *frame* is the angle a story takes; *cue words* point to it.",
    3: "The same article says: \"Amerikanische Beamte behaupten, Nordkorea habe seit September etwa 11.000 "
       "Container mit Waffen nach Russland geschickt.\"",
    4: "The chart shows, for each outlet, the share of its sources that are anonymous (sentences with no source "
       "at all, such as \"soll\", are not counted).",
    5: "",
}
ANSWER_PROMPT = "✏️ *Your answer (double-click here to write):*"

# the conditions for an anonymous source: one list for the notebooks, the worksheet (md and html) and, by hand,
# TEACHER_GUIDE.md (tests/test_lesson.py checks the guide has the same four)
CONDITIONS_TITLE = "Four conditions"
CONDITIONS_SOURCE = "from the Associated Press's rules for its reporters"
CONDITIONS = [
    "the material is *information*, not opinion or speculation, and it is vital to the report;",
    "the information is not available any other way (no one would say it with their name);",
    "the source is reliable and in a position to know;",
    "the story tells the reader *why* the source is not named.",
]


def _conditions_quote(title: str, source: str, lead: str, conditions: list[str]) -> str:
    items = " ".join(f"({i}) {c}" for i, c in enumerate(conditions, 1))
    return f"> **{title}** ({source}): {lead} {items}"


def conditions_md() -> str:
    return _conditions_quote(CONDITIONS_TITLE, CONDITIONS_SOURCE, "a source may stay anonymous only if", CONDITIONS)


# a glossary for students (and the teacher guide): term, German, meaning
GLOSSARY = [
    ("attribution", "Quellenangabe, Zuschreibung", "a place where the text says who information comes from "
     "(\"officials said …\", \"laut WSJ\")"),
    ("source", "Quelle", "the person, group or outlet the information comes from"),
    ("named / role only / anonymous", "namentlich / nur Funktion / anonym", "we know the name; we know only the job "
     "(\"the defence minister\") or only where it comes from (\"nach südkoreanischen Angaben\", \"den Berichten "
     "zufolge\"); we cannot tell who it is (\"officials\", \"some experts\")"),
    ("no source (hearsay) / no source found", "keine Quelle (Hörensagen) / keine Quelle gefunden", "the sentence "
     "passes something on without any source (\"Nordkorea *soll* …\", \"reportedly\"); the computer found nobody "
     "who speaks, often in a passive (\"Pjöngjang wird vorgeworfen …\")"),
    ("kind of source (`source_type`)", "Art der Quelle", "government, military, media, expert, citizen, or "
     "unknown"),
    ("cue", "Stichwort, Signalwort", "the word that shows someone is being reported: *sagte*, *behaupten*, *laut* "
     "(according to), *soll* (is said to)"),
    ("according to (`according_to`)", "laut, nach Angaben von", "an attribution without a speech verb: "
     "\"according to the WSJ\", \"nach Angaben des Geheimdienstes\""),
    ("frame", "Deutungsrahmen, Blickwinkel", "the angle a story takes (security, politics, law, economy …); "
     "frame names are written with spaces or underscores (Security_and_defense)"),
    ("cue word (for a frame)", "Schlüsselwort", "a word that points to a frame (*army* → Security and defense); "
     "`*` stands for any letters: `*staaten` = Staaten, Mitgliedstaaten; `international*` = international, "
     "internationally"),
    ("hits (cue words counted)", "Treffer", "the cue words of a frame added up; names and very common words count "
     "half, so 4.5 is possible"),
    ("share", "Anteil", "part of the whole: 0.56 or 56 % means a little more than half"),
    ("95 % interval", "95-%-Intervall, Vertrauensbereich", "the range in which the true value probably lies; wide "
     "when there are few articles"),
    ("tone (`mean_compound`)", "Tonfall, Stimmung", "the average word-list score of the sentences, from −1 "
     "(negative) to +1 (positive); English and German use different word lists, so do not compare them"),
    ("claim", "Behauptung (mit Zahl)", "a number the article passes on from a source"),
    ("nested attribution", "verschachtelte Quellenangabe", "a source named inside someone else's words "
     "(\"the ministry said, according to an allied service, …\"): it is the speaker's source, not the outlet's"),
]


def glossary_md() -> str:
    rows = ["| term | auf Deutsch | meaning |", "|---|---|---|"]
    rows += [f"| {t} | {d} | {m} |" for t, d, m in GLOSSARY]
    return "\n".join(rows)


# the anonymous sentences printed on the worksheet for Q11 (classes without computers): from the seed article,
# which ships with the project; the notebook shows these and others from the real corpus
SHEET_ANONYMOUS = [
    "Amerikanische Beamte behaupten, Nordkorea habe seit September etwa 11.000 Container mit Waffen nach Russland "
    "geschickt.",
    "Südkoreanische Beamte betonen jedoch, dass Russland bisher keine sensiblen militärischen Technologien "
    "weitergegeben hat.",
    "Einige Experten behaupten, Russland drohe damit, Technologie weiterzugeben, um Südkoreas Unterstützung für die "
    "Ukraine zu verringern.",
    "Einige Menschen befürchten, dass diese Unterstützung Nordkorea dazu veranlassen könnte, aggressiv zu handeln.",
    "Nordkorea soll unzufrieden mit dem aktuellen Stand der militärischen Zusammenarbeit mit Russland sein.",
]


# --------------------------------------------------------------------------- the German worksheet (Arbeitsblatt)
# arbeitsblatt.md / arbeitsblatt.html: the same 13 questions, numbered as in the notebooks, for a German class
# (pupils who read English only moderately), plus the tasks of the second 45 minutes of a double period on German
# articles of the corpus (the notebook's CHECK parameter). tests/test_lesson.py checks that the numbers match
# QUESTIONS and that every table label the notebook prints in English is explained in German.
EXERCISES_DE = {
    1: "Wer wird zitiert? Wer nicht?",
    2: "Ein Gipfel, drei Deutungsrahmen",
    3: "Woher kommt die Zahl 11.000?",
    4: "Anonyme Quellen: Wann sind sie vertretbar?",
    5: "Exit-Ticket",
}
QUESTIONS_DE = {
    1: "Welche Quellen nennt der Artikel? Welche sind namentlich genannt (wir wissen genau, wer es ist), bei "
       "welchen erfahren wir nur die Funktion, welche sind anonym?",
    2: "Welche Länder kommen in diesem Artikel zu Wort? Über wen wird gesprochen, ohne dass er selbst zu Wort "
       "kommt?",
    3: "Prüft den Computer: Wählt eine Zeile der Tabelle und sucht den Satz im Artikel. Hat der Computer die "
       "richtige Quelle gefunden? Fehlt etwas?",
    4: "Seht euch die Grafik der Deutungsrahmen an. Welcher Rahmen ist in jedem der drei Artikel am stärksten? "
       "Welcher Artikel fällt auf?",
    5: "Wählt aus jedem Artikel ein Schlüsselwort, das eurer Meinung nach den Blickwinkel des Mediums zeigt. Lest "
       "den Satz dazu. Stützt der Satz eure Vermutung?",
    6: "Die drei Artikel stammen nicht vom selben Tag, und einer handelt von einem früheren Gipfel (siehe "
       "Tabelle). Warum ist das wichtig? Was würde den Vergleich fairer machen?",
    7: "Wer sagt laut dem Artikel, dass Nordkorea „etwa 11.000 Container“ nach Russland geschickt hat? Könntet "
       "ihr diese Quelle überprüfen?",
    8: "Derselbe Artikel nennt auch „über 9.000 Container“ (aus Südkorea) und „bis zu 5 Millionen "
       "Artilleriegeschosse“. Passen die Zahlen zusammen? Was würdet ihr überprüfen wollen?",
    9: "Wo sonst im Korpus tauchen ähnliche Zahlen auf? Geht es dabei um dieselbe Sache?",
    10: "Welche Medien nutzen am häufigsten anonyme Quellen? Wie sicher können wir uns sein? (Achtet auf das "
        "Intervall und auf die Zahl der Artikel.)",
    11: "Lest die anonymen Sätze (im Notebook: die Tabelle oben; auf dem Arbeitsblatt: die Sätze 1 bis 5 über "
        "Q10). Entscheidet für jeden Satz: Ist die Anonymität vertretbar? Nutzt die vier Bedingungen im Kasten.",
    12: "Ein niedriger Anteil anonymer Quellen: Ist das immer ein Zeichen für guten Journalismus?",
    13: "Nenne eine Sache, die du prüfen wirst, wenn du das nächste Mal eine Nachricht mit einer großen Zahl "
        "liest.",
}
SHEET_INTRO_DE = {
    1: "Artikel: „Wladimir Putins gefährliche Beziehung zu Kim Jong Un“ (NewsWorld, eine deutsche Website, die "
       "einen Bericht des Wall Street Journal umgeschrieben hat). Eine *Quellenangabe* sagt, von wem eine "
       "Information stammt.",
    2: "Drei Artikel über Gipfeltreffen Russland–Nordkorea: nordkoreanische Staatsmedien (KCNA, englisch), das "
       "russische Präsidialamt (Kremlin.ru, englisch) und ein deutsches Medium (tagesschau.de). Ein "
       "*Deutungsrahmen* (Frame) ist der Blickwinkel einer Geschichte; *Schlüsselwörter* weisen auf ihn hin. "
       "Englische Artikel werden mit englischen, deutsche mit deutschen Schlüsselwörtern gelesen: Die beiden "
       "Listen sind keine Wort-für-Wort-Übersetzungen, kleine Unterschiede zwischen den Sprachen sagen also wenig.",
    3: "Derselbe Artikel schreibt: „Amerikanische Beamte behaupten, Nordkorea habe seit September etwa 11.000 "
       "Container mit Waffen nach Russland geschickt.“",
    4: "Die Grafik zeigt für jedes Medium den Anteil seiner Quellen, die anonym sind (Sätze ganz ohne Quelle, etwa "
       "mit „soll“, zählen nicht mit).",
    5: "",
}
CONDITIONS_TITLE_DE = "Vier Bedingungen"
CONDITIONS_SOURCE_DE = "nach den Regeln der Nachrichtenagentur Associated Press für ihre Reporter; Arbeitsübersetzung"
CONDITIONS_DE = [
    "es um *Information* geht, nicht um Meinung oder Vermutung, und sie für den Bericht unverzichtbar ist;",
    "die Information auf anderem Weg nicht zu bekommen ist (niemand würde sie mit seinem Namen sagen);",
    "die Quelle verlässlich ist und es wissen kann;",
    "der Bericht sagt, *warum* die Quelle nicht genannt wird.",
]


def conditions_de_md() -> str:
    return _conditions_quote(CONDITIONS_TITLE_DE, CONDITIONS_SOURCE_DE, "Eine Quelle darf nur anonym bleiben, wenn",
                             CONDITIONS_DE)


# the English labels the notebook prints, explained in German: (label as printed, German, meaning)
GLOSSARY_DE = [
    ("named", "namentlich", "Wir kennen den Namen („Putin“, „WSJ“). Achtung: Der Computer zählt auch Länder "
     "(„Südkorea“, „die USA“) als namentlich."),
    ("role only", "nur Funktion oder Herkunft", "Wir kennen nur das Amt (\"der südkoreanische "
     "Verteidigungsminister„) oder nur, woher die Angabe kommt (“nach südkoreanischen Angaben„, “den "
     "Berichten zufolge\")."),
    ("anonymous", "anonym", "Wir können nicht sagen, wer es ist („Amerikanische Beamte“, „Einige Experten“)."),
    ("no source (hearsay)", "keine Quelle (Hörensagen)", "Der Satz gibt etwas weiter, ohne jede Quelle (\"Nordkorea "
     "*soll* unzufrieden sein\")."),
    ("no source found", "keine Quelle gefunden", "Jemand behauptet etwas, aber der Satz sagt nicht, wer "
     "(„Pjöngjang wird vorgeworfen …“)."),
    ("continues the quote above", "setzt das Zitat fort", "Der Satz gibt weiter die Worte des Sprechers aus dem "
     "Satz davor wieder (oft im Konjunktiv: „Es leite eine neue Epoche ein.“)."),
    ("cue", "Signalwort", "Das Wort, das zeigt, dass jemand wiedergegeben wird: *sagte*, *behaupten*, *laut*, "
     "*zufolge*, *soll*."),
    ("kind of source: government, military, media, expert, citizen, unknown", "Art der Quelle", "Regierung, "
     "Militär, Medien, Fachleute, Bürgerinnen und Bürger, unbekannt."),
    ("frame", "Deutungsrahmen", "Der Blickwinkel einer Geschichte. Die 14 Rahmen: Economic (Wirtschaft), Capacity "
     "and resources (Mittel und Ressourcen), Morality (Moral), Fairness and equality (Gerechtigkeit und "
     "Gleichheit), Legality Constitutionality and jurisprudence (Recht und Verfassung), Policy prescription and "
     "evaluation (politische Maßnahmen und ihre Bewertung), Crime and punishment (Kriminalität und Strafe), "
     "Security and defense (Sicherheit und Verteidigung), Health and safety (Gesundheit und Sicherheit), Quality "
     "of life (Lebensqualität), Cultural identity (kulturelle Identität), Public opinion (öffentliche Meinung), "
     "Political (Politik), External regulation and reputation (Beziehungen zu anderen Staaten und Ansehen)."),
    ("cue words, hits", "Schlüsselwörter, Treffer", "Wörter, die auf einen Rahmen hinweisen; `*` steht für "
     "beliebige Buchstaben (`*staaten` = Staaten, Mitgliedstaaten). Namen und sehr häufige Wörter zählen halb, "
     "daher sind 4,5 Treffer möglich."),
    ("share", "Anteil", "0.56 oder 56 % heißt etwas mehr als die Hälfte (im Notebook steht ein Punkt statt eines "
     "Kommas)."),
    ("95 % interval", "95-%-Intervall", "Der Bereich, in dem der wahre Wert wahrscheinlich liegt; breit, wenn es "
     "wenige Artikel gibt. Bei weniger als 5 Artikeln zeichnet das Notebook keines."),
    ("tone", "Tonfall", "Wert einer Wortliste von −1 (nur negative Wörter) bis +1 (nur positive Wörter). "
     "Englische und deutsche Texte werden mit verschiedenen Wortlisten gemessen: Werte nicht zwischen den "
     "Sprachen vergleichen. Kriegswörter (Krieg, Soldaten) machen auch sachliche Sätze negativ."),
    ("claim", "Zahlenangabe", "Eine Zahl, die der Artikel von einer Quelle weitergibt."),
    ("nested", "verschachtelt", "Eine Quelle in den Worten eines anderen (\"der Geheimdienst teilte mit, nach "
     "Informationen eines verbündeten Geheimdienstes …\"): Sie ist die Quelle des Sprechers, nicht des Mediums."),
]

# the second 45 minutes of a double period, on German articles of the corpus (notebook: CHECK)
PART2_DE = [
    ("A1", "Eure Lehrkraft trägt im Notebook (Zelle *Settings*) einen deutschen Artikel ein, z. B. "
           "`CHECK = [\"Partnerschaftsabkommen\"]` (tagesschau.de) oder `CHECK = [\"Nordkoreanischer Soldat\"]` "
           "(ZEIT ONLINE). Lest die Tabelle Satz für Satz. Markiert jede Quelle: richtig, falsch oder fehlt."),
    ("A2", "Sucht einen Satz mit *soll* oder *laut*. Hat der Computer eine Quelle gefunden? Stimmt das, wenn ihr "
           "den ganzen Satz lest?"),
    ("A3", "Sucht den negativsten Satz (kleinster Wert bei *tone*). Welche Wörter machen ihn negativ? Ist der Satz "
           "eine Meinung der Zeitung oder ein sachlicher Bericht über den Krieg?"),
    ("A4", "Vergleicht mit dem NewsWorld-Artikel aus Aufgabe 1: Welcher Artikel nennt mehr Quellen mit Namen? "
           "Was sagt das über die beiden Medien, und was nicht (ein Artikel ist nicht ein ganzes Medium)?"),
]


def question_md(num: int, text: str) -> str:
    return f"**Q{num}.** {text}"


# --------------------------------------------------------------------------- the notebook cells
def build(teacher: bool) -> Notebook:
    nb = Notebook(min_figures=MIN_FIGURES)
    qs = {num: (text, answer) for _, num, text, answer in QUESTIONS}

    def ask(*nums):
        for n in nums:
            text, answer = qs[n]
            nb.md(question_md(n, text))
            nb.md(f"**Expected answer (Q{n}):** {answer}" if teacher else ANSWER_PROMPT)

    title = "teacher version, with answers" if teacher else "student version"
    nb.md(f"""
# Who speaks, how it is framed, where the numbers come from
## A media-literacy lesson on Russia and North Korea ({title})

In this lesson you look at real news articles about the relationship between Russia and North Korea
(summits, a treaty, weapons and soldiers sent to Russia) with a small text-analysis tool. You will:

1. find out **who is quoted** in an article and who is not;
2. compare how three outlets **frame** (present) summits between the two countries;
3. trace **where a number comes from** (11,000 containers of weapons);
4. judge when **anonymous sources** are acceptable.

**How to use this notebook:** run each grey code cell with *Shift + Enter*, from top to bottom. You do not
need to change or understand the code. Read the tables, then {'compare the expected answers given after each question' if teacher else 'write your answers in the cells marked ✏️'}.

> **What this can and cannot tell you.** The computer counts words and follows fixed rules: it finds
> sentences where someone *says* something (an *attribution*), cue words that point to a *frame*, and
> numbers with their *source*. It is fast and shows you exactly where it looked, but it does not
> understand the text. In tests with English news, it found about half of the attributions that trained
> people had marked, and about four out of five of its finds were right; in German news it finds direct
> quotes (in quotation marks) much better than reported speech without them. Its frames matched those of
> trained coders in about 6 of 10 cases. So: **the computer shows you where to look; you read and judge.** It reads
> English and German only. Korean and Vietnamese articles are loaded and counted, but not analysed:
> they are shown as *not analysed*, never as zero.
""")
    nb.md("## Words used in this lesson\n\n" + glossary_md())
    nb.md("""
## Settings
The articles come from two places: the **seed article** that ships with the tool (a German news site's
rewrite of a Wall Street Journal story) and, if your teacher has it, the **real corpus** of about
210 articles. You do not need to change anything here.
""")
    nb.parameters('''
import os
from pathlib import Path

# paths as seen from notebooks/lesson/
CORPUS = Path(os.environ.get("NEWSANALYSIS_CORPUS", "../../../shared/corpus/real"))  # the real corpus
EMBEDDED = Path(os.environ.get("NEWSANALYSIS_EMBEDDED", "../../corpus"))  # the seed article shipped in the repo
FIGURE = 11000          # exercise 3: the number we trace
SIMILAR = 2.0           # exercise 3: "similar" means within this factor (11,000 / 2 to 11,000 × 2)
EVENT_KINDS = ("summit", "treaty")  # exercise 2: kinds of events in newsanalysis/resources/events.csv
WINDOW_DAYS = 45        # exercise 2: an article counts as coverage if published up to this many days after
EVENT_WORDS = {         # exercise 2: words that show an article is about a Russia–North Korea summit or the treaty
    "en": r"Pyongyang summit|DPRK-Russia summit|Russian-North Korean talks|comprehensive strategic partnership",
    "de": r"Gipfel|Staatsbesuch|Partnerschaft|Abkommen|Vertrag",
}
SINCE = "2023-01-01"    # exercise 3: numbers from articles published since then (the arms deliveries began in 2023)
MY_ARTICLES = Path(os.environ.get("NEWSANALYSIS_MY_ARTICLES", "my_articles"))  # optional second lesson: your own files (.txt, .html, .csv)
CHECK = []              # optional second lesson: articles of the corpus to check sentence by sentence: words of the title or the article id, e.g. ["Partnerschaftsabkommen"]
''')
    nb.md("""
## Load the articles
*Setup: run this cell. It loads the articles and runs the analysis (this takes about a minute with the
real corpus).*
""")
    nb.code('''
import re
import warnings

import matplotlib.pyplot as plt
import pandas as pd

import newsanalysis as na
from newsanalysis.compare import PeriodWarning, load_outlets, reported_attributions, source_status
from newsanalysis.plot import frame_heatmap, interval_plot

pd.set_option("display.max_colwidth", 200)
pd.set_option("display.width", 200)
COUNTRIES = {"US": "USA", "KR": "South Korea", "KP": "North Korea", "RU": "Russia", "UA": "Ukraine",
             "CN": "China", "DE": "Germany", "GB": "United Kingdom", "JP": "Japan", "FR": "France"}
LANGUAGES = {"en": "English", "de": "German", "ko": "Korean", "vi": "Vietnamese"}
# the kinds of source, in the lesson's words, for the labels the tool counts with (compare() and the report use
# the same labels: newsanalysis.compare.source_status)
SOURCE_KIND = {"named": "named", "neither": "role only", "anonymous": "anonymous",
               "hearsay": "no source (hearsay)", "no_source": "no source found"}

# A copy of this notebook outside notebooks/lesson/ does not find the relative paths: unless the environment
# variables NEWSANALYSIS_EMBEDDED / NEWSANALYSIS_CORPUS say where, look next to the installed package.
REPO = Path(na.__file__).resolve().parent.parent
if not EMBEDDED.is_dir() and "NEWSANALYSIS_EMBEDDED" not in os.environ and (REPO / "corpus").is_dir():
    EMBEDDED = REPO / "corpus"
if not CORPUS.is_dir() and "NEWSANALYSIS_CORPUS" not in os.environ and (REPO.parent / "shared" / "corpus" / "real").is_dir():
    CORPUS = REPO.parent / "shared" / "corpus" / "real"
if not EMBEDDED.is_dir():
    raise FileNotFoundError(f"The seed article's folder was not found at {EMBEDDED}. Open the notebook in "
                            "notebooks/lesson/, or set NEWSANALYSIS_EMBEDDED to the corpus/ folder of the repository.")
HAVE_REAL = CORPUS.is_dir()


def needs_real_corpus(what):
    """The clear message shown instead of an exercise part that needs the real corpus."""
    print(f"NOTE: {what} needs the real corpus, which was not found at {CORPUS}.\\n"
          "This part is skipped; the rest of the lesson works with the seed article. Ask your teacher, or set\\n"
          "NEWSANALYSIS_CORPUS to the folder of the real corpus and run the notebook again.")


HANGUL = re.compile(r"[\\uac00-\\ud7a3]")


def outlet_name(name):
    """Short outlet name for tables and charts: "KCNA", and the English name of Korean outlets."""
    head, _, gloss = str(name).partition(" (")
    return gloss.rstrip(")") if HANGUL.search(head) and gloss else head


def sentence_at(article_id, offset):
    """The sentence of an article that holds a character offset."""
    s = sentence_table[sentence_table["article_id"] == article_id]
    s = s[(s["start"] <= offset) & (s["end"] > offset)]
    return s["text"].iloc[0] if len(s) else ""


def frame_name(frame):
    """A frame's name for people: "Security and defense", not "Security_and_defense"."""
    return str(frame).replace("_", " ")


def short(text, n=220):
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


seed = na.load_corpus(EMBEDDED)
if HAVE_REAL:
    articles = na.load_corpus([CORPUS, EMBEDDED])
else:
    articles = seed
    needs_real_corpus("Comparing outlets (parts of exercises 2, 3 and 4)")
SEED_ID = seed["article_id"].iloc[0]

result = na.analyze(articles)
sentence_table = result.sentences[["article_id", "sentence_id", "start", "end", "text"]]
sentence_text = sentence_table.set_index(["article_id", "sentence_id"])["text"]
n_outlets = articles["outlet"].nunique()
print(f"{len(articles)} article{'' if len(articles) == 1 else 's'} from {n_outlets} outlet{'' if n_outlets == 1 else 's'} loaded.")
''')
    nb.code('''
# What was loaded, by language: Korean and Vietnamese are counted but not analysed
by_language = result.summary.groupby("language").agg(articles=("article_id", "size"),
                                                     analysed=("analysed", "all"))
by_language.index = [LANGUAGES.get(code, code) for code in by_language.index]
by_language["analysed"] = by_language["analysed"].map({True: "yes", False: "no (not analysed, no score)"})
by_language
''')

    # ---------------------------------------------------------------- exercise 1
    nb.md(f"""
## Exercise 1: {EXERCISES[1]} (10 minutes)

Journalists rarely see events themselves: they report what **sources** say. A sentence like
*"Officials said that …"* is an **attribution**: it tells you who the information comes from.
A source can be **named** ("Foreign Minister Choe Son Hui"), given only by a **role** ("the South Korean
defence minister") or **anonymous** ("officials", "some experts"). Some sentences pass on information with
**no source** at all: "Nordkorea *soll* unzufrieden sein" ("is said to be") is **hearsay**; and sometimes the
computer finds no source, for example in a passive ("Pjöngjang wird vorgeworfen, …": someone accuses, but who?).

We look at the seed article: *"Wladimir Putins gefährliche Beziehung zu Kim Jong Un"* (NewsWorld, a
German news site that rewrote a report of the Wall Street Journal). Each row below is one attribution the
computer found: who the source is, what kind of source it is (government, media, expert, citizen, or
unknown), from which country, the **cue** (the word that shows someone is being reported: a verb like
*behaupten* or *schätzt*, or words like *laut* "according to" and *soll* "is said to"), and what they say.
The chart below counts them by country.
""")
    nb.code('''
who = result.attributions[result.attributions["article_id"] == SEED_ID].copy()
who["who"] = who["source"].fillna("(no source given)")
who["named or anonymous"] = source_status(who).map(SOURCE_KIND)
who["country"] = who["source_country"].map(lambda c: COUNTRIES.get(c, c) if isinstance(c, str) else "not given")
who["kind of source"] = who["source_type"]
who["what they say"] = who["content"].map(short)
who[["who", "named or anonymous", "kind of source", "country", "cue", "what they say"]].reset_index(drop=True)
''')
    nb.code('''
counts = pd.crosstab(who["country"], who["named or anonymous"])
ax = counts.plot.barh(stacked=True, figsize=(7, 3), color={"named": "#1b9e77", "role only": "#7570b3",
                                                          "anonymous": "#d95f02", "no source (hearsay)": "#999999",
                                                          "no source found": "#cccccc"})
ax.set_xlabel("number of attributions")
ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
ax.set_ylabel("country of the source")
ax.legend(title="the source is", bbox_to_anchor=(1.01, 1), loc="upper left")
ax.set_title("Who speaks in the seed article?")
plt.tight_layout()
plt.show()
''')
    ask(1, 2, 3)

    # ---------------------------------------------------------------- exercise 2
    nb.md(f"""
## Exercise 2: {EXERCISES[2]} (10 minutes)

The same event can be told in different ways. A **frame** is the angle a story takes: is a summit
about security and weapons, about politics and leaders, about law and treaties, about the economy?
The computer looks for **cue words** for 14 frames used in media research (for example *army, war,
security* for "Security and defense"; *treaty, law* for "Legality"). It counts them and shows which frame
is strongest.

We want three voices: **North Korean state media** (KCNA), the **Russian presidency** (Kremlin.ru), and
**German or South Korean media** (in English or German: the tool does not read Korean). The notebook picks the event from the list of
summits and treaties (`newsanalysis/resources/events.csv`) that most of these voices covered, and for each voice the
article published closest after it that mentions the summit or the treaty (the shortest one if there
are several). If a voice did not cover that event, it takes that voice's report on the nearest other
summit, and says so.
""")
    nb.code('''
def choose_articles():
    """One article per voice: (event chosen, table of picked articles)."""
    outlets = load_outlets()
    country = dict(zip(outlets["outlet"], outlets["country"]))
    voice_of = {"North Korea": "North Korean state media", "Russia": "Russian presidency",
                "Germany": "German or South Korean media", "South Korea": "German or South Korean media"}
    a = result.summary[result.summary["analysed"]].merge(
        articles[["article_id", "title", "text"]], on="article_id")
    a["voice"] = a["outlet"].map(country).map(voice_of)
    a = a[a["voice"].notna() & a["published"].notna()].copy()
    words = a["language"].map(EVENT_WORDS)
    a["mentions"] = [len(re.findall(w, f"{t} {x}", flags=re.IGNORECASE)) if isinstance(w, str) else 0
                     for w, t, x in zip(words, a["title"], a["text"])]
    a = a[a["mentions"] > 0]
    events = na.load_events()
    events = events[events["kind"].isin(EVENT_KINDS)]
    rows = []
    for ev in events.itertuples():
        days = (a["published"] - ev.date).dt.days
        near = a[(days >= 0) & (days <= WINDOW_DAYS)].assign(days_after=days, event=ev.event,
                                                            event_date=ev.date.date())
        rows.append(near)
    cover = pd.concat(rows) if rows else a.iloc[:0]
    if cover.empty:
        return None, cover
    cover["length"] = cover["text"].str.len()
    voices = cover.groupby("event_date")["voice"].nunique()
    best = voices[voices == voices.max()].index.max()  # most voices; the latest such event
    picked = []
    for voice in ["North Korean state media", "Russian presidency", "German or South Korean media"]:
        mine = cover[cover["voice"] == voice]
        same = mine[mine["event_date"] == best]
        if len(same):
            picked.append(same.sort_values(["days_after", "length"]).iloc[0].to_dict() | {"same event": "yes"})
        elif len(mine):
            other = mine.assign(gap=(pd.to_datetime(mine["event_date"]) - pd.Timestamp(best)).abs())
            picked.append(other.sort_values(["gap", "days_after", "length"]).iloc[0].to_dict()
                          | {"same event": "NO: another summit"})
    return best, pd.DataFrame(picked)


if HAVE_REAL:
    event_date, three = choose_articles()
if HAVE_REAL and three.empty:
    print("No analysed article of the corpus covers a summit or treaty of newsanalysis/resources/events.csv within "
          f"{WINDOW_DAYS} days: exercise 2 is skipped.")
elif HAVE_REAL:
    three["date"] = three["published"].dt.date
    print("Event chosen:", three.loc[three["same event"] == "yes", "event"].iloc[0], f"({event_date})")
    three["outlet"] = three["outlet"].map(outlet_name)
    display(three[["voice", "outlet", "date", "title", "event", "days_after", "same event"]])
else:
    three = pd.DataFrame()
    needs_real_corpus("Exercise 2 (three outlets side by side)")
''')
    nb.code('''
if len(three):
    fr = result.frames[result.frames["article_id"].isin(three["article_id"])]
    fr = fr.merge(three[["article_id", "voice", "outlet"]], on="article_id")
    fr["article"] = fr["voice"] + ": " + fr["outlet"]
    fr["share"] = fr["share"].astype(float)
    fr["frame"] = fr["frame"].map(frame_name)
    ax = frame_heatmap(fr, y="article", value="share")
    ax.set_title("Which frames do the cue words point to? (each row adds up to 1)")
    ax.figure.axes[-1].set_ylabel("share of the article's frame cue words")
    plt.show()
''')
    nb.md("""
The table shows, for each article, its three strongest frames (with their share, as in the chart) and the
cue words the computer found (with how often). Below it: for each article, the sentence with the most cue words of its strongest frame.

How to read the cue words: **`*` stands for any letters**, so `*staaten` matches every word that ends in
*staaten* (Staaten, Mitgliedstaaten) and `international*` every word that begins with *international*
(international, internationally). `×5` means the cue was found 5 times. **`hits`** adds up the cue words, but
some count only **half**: names of people and countries (*Putin*, *Russia*, *Ukraine*) and very common words
(*leader*, *minister*, *global*), because they say less about the angle of a story. That is why a total can
be 4.5.

**English and German cue words are two lists.** KCNA and the Kremlin are read with English cue words, the
German article with German ones; the lists are not word-for-word translations (German compounds such as
*Waffenlieferungen* match `*waffe*`), so a difference of a few points between a German and an English article
may come from the lists, not from the outlets.
""")
    nb.code('''
if len(three):
    top = fr[fr["hits"].astype(float) > 0].sort_values(["article", "hits"], ascending=[True, False])
    top = top.groupby("article").head(3)
    top = top.rename(columns={"hits": "cue words counted"})
    top["share (as in the chart)"] = top["share"].round(2)
    top["cue words found"] = top["evidence"].map(lambda e: short(e, 120))
    display(top[["article", "frame", "share (as in the chart)", "cue words counted", "cue words found"]]
            .reset_index(drop=True))
''')
    nb.code('''
if len(three):
    evidence = result.frame_evidence.assign(frame=result.frame_evidence["frame"].map(frame_name))
    hits = evidence.merge(top.groupby("article").head(1)[["article_id", "article", "frame"]],
                          on=["article_id", "frame"])
    best_sentence = hits.groupby(["article", "article_id", "sentence_id"]).agg(
        cues=("matched", lambda m: ", ".join(sorted(set(m)))), n=("matched", "size")).reset_index()
    best_sentence = best_sentence.sort_values(["article", "n"], ascending=[True, False]).groupby("article").head(1)
    best_sentence["sentence"] = [short(sentence_text[(a, s)], 300)
                                 for a, s in zip(best_sentence["article_id"], best_sentence["sentence_id"])]
    display(best_sentence[["article", "cues", "sentence"]].reset_index(drop=True))
''')
    ask(4, 5, 6)

    # ---------------------------------------------------------------- exercise 3
    nb.md(f"""
## Exercise 3: {EXERCISES[3]} (10 minutes)

Numbers make a story look precise. But every number has a source, and often it is an estimate. The
computer lists every number that the article passes on from a source (a **claim**), with who gives it.
""")
    nb.code('''
seed_claims = result.claims[result.claims["article_id"] == SEED_ID].copy()
seed_claims["number"] = seed_claims["number_text"]
seed_claims["who says so"] = seed_claims["source"].fillna("(no source)")
seed_claims["country"] = seed_claims["source_country"].map(lambda c: COUNTRIES.get(c, c) if isinstance(c, str) else "unknown")
seed_claims["sentence"] = [short(sentence_at(a, s), 250) for a, s in zip(seed_claims["article_id"], seed_claims["start"])]
seed_claims["kind of source"] = seed_claims["source_type"]
seed_claims[["number", "value", "who says so", "kind of source", "country", "sentence"]].reset_index(drop=True)
''')
    ask(7, 8)
    nb.md("""
Now we look through the whole corpus: which other numbers of a similar size are passed on from a
source, and where else does the exact figure, or the word *container*, appear (in any language: searching
works even where the analysis does not)?
""")
    nb.code('''
if HAVE_REAL:
    low, high = FIGURE / SIMILAR, FIGURE * SIMILAR
    others = result.claims[result.claims["value"].between(low, high) & (result.claims["article_id"] != SEED_ID)]
    others = others.merge(articles[["article_id", "outlet", "published"]], on="article_id")
    others = others[others["published"] >= pd.Timestamp(SINCE, tz="UTC")]
    others["outlet"] = others["outlet"].map(outlet_name)
    others["date"] = others["published"].dt.date
    others["sentence"] = [short(sentence_at(a, s), 250) for a, s in zip(others["article_id"], others["start"])]
    print(f"Numbers between {low:,.0f} and {high:,.0f} passed on from a source, in articles since {SINCE}:")
    display(others[["outlet", "date", "number_text", "source", "sentence"]].reset_index(drop=True))
else:
    needs_real_corpus("Searching the other articles for similar numbers")
''')
    nb.code('''
if HAVE_REAL:
    exact = [f"{FIGURE:,}", f"{FIGURE:,}".replace(",", "."), "container", "Container", "컨테이너"]
    lines = na.kwic(articles[articles["article_id"] != SEED_ID], exact)
    print(f"{len(lines)} matches in {lines['article_id'].nunique()} articles; the first match of each article:")
    lines = lines.drop_duplicates("article_id").sort_values(["language", "published"])
    lines["outlet"] = lines["outlet"].map(outlet_name)
    lines["language"] = lines["language"].map(lambda c: LANGUAGES.get(c, c))
    lines["date"] = lines["published"].dt.date
    lines["in context"] = [short(f"{l[-90:]} [{m}] {r[:90]}", 230) for l, m, r in zip(lines["left"], lines["match"], lines["right"])]
    display(lines[["outlet", "date", "language", "match", "in context"]].reset_index(drop=True))
''')
    nb.md("""
*Try it yourself (optional):* change `FIGURE = 11000` in the settings cell to `10000`, run the notebook
again, and see which claims appear.
""")
    ask(9)

    # ---------------------------------------------------------------- exercise 4
    nb.md(f"""
## Exercise 4: {EXERCISES[4]} (7 minutes)

Sometimes a source only talks if the journalist does not name them: a whistle-blower, an official who is
not allowed to speak. But anonymity also lets people say things without being responsible for them.

{conditions_md()}

The chart shows, for each outlet, the **share of its sources that are anonymous**, with a 95 %
interval (the range in which the true share probably lies; it is wide when there are few articles).
Sentences with no source at all ("Nordkorea *soll* …", "reportedly": hearsay) are not anonymous sources:
they are counted apart (`hearsay_share`).
""")
    nb.code('''
with warnings.catch_warnings():  # the outlets write in different years: compare() warns; here each outlet is read alone
    warnings.simplefilter("ignore", PeriodWarning)
    cmp = na.compare(result, by="outlet")
languages = articles.groupby("outlet")["language"].agg(lambda l: ", ".join(sorted(LANGUAGES.get(c, c) for c in set(l))))
cmp["languages"] = cmp["outlet"].map(languages)
cmp["outlet"] = cmp["outlet"].map(outlet_name)
shown = cmp[cmp["sourced_attributions"] > 0].sort_values("anonymous_share", ascending=False).copy()
# fewer than 5 articles: no interval is drawn (a dot at 0 % from 2 articles is not certainty)
few = shown["analysed_articles"] < 5
shown.loc[few, ["anonymous_low", "anonymous_high"]] = float("nan")
shown["label"] = [f"{o} ({n} article{'s' if n > 1 else ''}{': too few for an interval' if n < 5 else ''})"
                  for o, n in zip(shown["outlet"], shown["analysed_articles"])]
ax = interval_plot(shown, x="anonymous_share", y="label", low="anonymous_low", high="anonymous_high")
ax.set_xlabel("share of sources that are anonymous (95% interval)")
ax.set_title("Anonymous sources by outlet")
plt.tight_layout()
plt.show()
# (compare()'s `warning` column is about the tone interval, so it is not shown next to the anonymity share)
# the count behind the share (anonymous_share is anonymous sources / sources, summed over the outlet's articles)
shown["anonymous_sources"] = (shown["anonymous_share"] * shown["sourced_attributions"]).round().astype(int)
table = shown[["outlet", "analysed_articles", "sourced_attributions", "anonymous_sources", "anonymous_share",
               "anonymous_low", "anonymous_high", "hearsay_share"]].copy()
table["note"] = ["fewer than 5 articles: no interval" if f else "" for f in few]
for c in ("anonymous_share", "anonymous_low", "anonymous_high", "hearsay_share"):
    table[c] = table[c].map(lambda v: "-" if pd.isna(v) else f"{v:.0%}")
not_analysed = cmp[cmp["analysed_articles"] == 0]
if len(not_analysed):
    partly = int((cmp["articles"] - cmp["analysed_articles"]).sum()) - int(not_analysed["articles"].sum())
    print(f"Not analysed (no figure, which is not the same as zero): {len(not_analysed)} outlets with "
          f"{not_analysed['articles'].sum()} articles in "
          + ", ".join(sorted(set(", ".join(not_analysed["languages"]).split(", ")))) + "."
          + (f" Another {partly} articles in those languages come from outlets that also publish in English;"
             " only their English articles are counted above." if partly > 0 else ""))
if not HAVE_REAL:
    needs_real_corpus("Comparing anonymous sources across outlets")
table.reset_index(drop=True)
''')
    nb.md("""
Here are anonymous attributions with their sentences, up to two per outlet (the outlets with the
highest share first): the anonymous sources the chart counts, and hearsay sentences with no source at
all ("soll"), which it does not count. Not counted (for the chart or here) are the sources
that someone *inside* the article names in their own words ("the ministry said, according to an allied
intelligence service, …"): that is the speaker's source, not the outlet's. The line above the table says
how many there are.
""")
    nb.code('''
# the rows compare() counts: no transcript speaker turns, no attributions inside someone else's speech
# (nested), no articles marked as duplicates
arts = result.articles
dup = (arts["duplicate_of"].notna() & (arts["duplicate_of"].astype(str).str.strip() != "")
       if "duplicate_of" in arts.columns else pd.Series(False, index=arts.index))
counted = reported_attributions(result.attributions)
counted = counted[~counted["article_id"].isin(arts.loc[dup, "article_id"])]
nested = reported_attributions(result.attributions, nested=True)
nested = nested[nested["anonymous"] & ~nested.index.isin(counted.index)
                & ~nested["article_id"].isin(arts.loc[dup, "article_id"])]
print(f"Not counted: {len(nested)} anonymous source(s) named inside someone else's words (nested).")
anon = counted[counted["anonymous"]].merge(articles[["article_id", "outlet"]], on="article_id")
anon["outlet"] = anon["outlet"].map(outlet_name)
# left out: rows without cue and source (a quote that continues an earlier one) and sources that are
# numbers (a known slip of the rules: "an 8,700-ton submarine" read as a source)
anon = anon[(anon["cue"].fillna("").str.contains(r"\\w") | anon["source"].notna())
            & ~anon["source"].fillna("").str.contains(r"\\d")]
order = list(shown["outlet"])
anon["rank"] = anon["outlet"].map({o: i for i, o in enumerate(order)})
anon = anon.sort_values(["rank", "article_id", "start"]).groupby("outlet", sort=False).head(2)
anon["who"] = [s if isinstance(s, str) else f"(no source: hearsay, only '{c}')" for s, c in zip(anon["source"], anon["cue"])]
anon["sentence"] = [short(sentence_text[(a, s)], 260) for a, s in zip(anon["article_id"], anon["sentence_id"])]
anon[["outlet", "who", "sentence"]].reset_index(drop=True)
''')
    ask(10, 11, 12)

    # ---------------------------------------------------------------- wrap-up
    nb.md(f"""
## {EXERCISES[5]} (3 minutes)

**What we learned:** a news story is built from sources. Ask *who* speaks, *who does not*, *how* the story
is framed, and *where the numbers come from*. A computer can find these places quickly in hundreds of
articles, but it makes mistakes and does not understand: the judgement is yours.
""")
    ask(13)

    # ---------------------------------------------------------------- optional second lesson
    nb.md("""
## Optional second lesson (45 minutes): check the computer on your own article

Choose a news article (or write a short one yourself, as a journalist would), put it in a folder
`my_articles` next to this notebook, and run the cell below. The article must be in **English or German**.
These files work:

- a **web page** saved from the browser (*Save page as …*, `.html`): menus, cookie banners and adverts are
  removed;
- a **plain-text file** (`.txt`, e.g. from Notepad or TextEdit);
- a **spreadsheet** saved as CSV (`.csv`) or Excel (`.xlsx`), one article per row, with a column for the text
  (`Text`) and, if you like, `Zeitung` (outlet), `Datum` (date) and `Überschrift` (title).

A Word file (`.docx`) is **not** read: in Word, choose *Save as → Plain text (.txt)*. The cell says which
files it could not read, and why; the other files are still analysed. In a `.txt` file you can put a few
lines *before* the text to say what it is (this is called "front matter"; all lines are optional):

```
---
title: Nordkoreanische Soldaten an der Front bei Kursk
outlet: Schülerzeitung
date: 2024-11-20
language: de
---
Nordkorea hat nach Angaben des südkoreanischen Geheimdienstes rund 11.000 Soldaten nach Russland geschickt. …
```

The table shows every sentence with what the computer found in it: the **sources** (who; named, role only,
anonymous, no source (hearsay) or no source found, as in exercise 1; and the cue, or "continues the quote
above" when the sentence goes on with the words of the speaker before it), the **frame cue words** (with
their frame) and the **tone** (from −1, negative, to +1, positive; 0 = no scored word). Go through it sentence
by sentence and mark on paper: right, wrong, missing.
""")
    nb.code('''
def sentence_by_sentence(res, article_id):
    """One row per sentence of one article: what the computer found in it."""
    rows = res.sentences.loc[res.sentences["article_id"] == article_id, ["article_id", "sentence_id", "text"]]
    att = res.attributions.copy()
    kind = source_status(att).map(SOURCE_KIND)  # the labels of exercise 1 (the ones compare() counts)
    # a sentence without its own cue that goes on with the previous speaker's words (docs/attribution.md)
    continues = att["cue"].isna() & att["resolved_from"].eq("previous attribution")
    how = ["continues the quote above" if c else (f"cue: {q}" if isinstance(q, str) else "no cue word marked")
           for c, q in zip(continues, att["cue"])]
    att["found"] = [f"{s if isinstance(s, str) else '—'} [{k}; {h}]"
                    for s, k, h in zip(att["source"], kind, how)]
    sources = att.groupby(["article_id", "sentence_id"])["found"].agg("; ".join).rename("sources")
    ev = res.frame_evidence.assign(found=[f"{m} → {frame_name(f)}" for m, f in
                                          zip(res.frame_evidence["matched"], res.frame_evidence["frame"])])
    cues = ev.groupby(["article_id", "sentence_id"])["found"].agg("; ".join).rename("frame cue words")
    tone = res.sentiment.set_index(["article_id", "sentence_id"])["compound"].round(2).rename("tone")
    rows = rows.join(sources, on=["article_id", "sentence_id"]).join(cues, on=["article_id", "sentence_id"])
    rows = rows.join(tone, on=["article_id", "sentence_id"])
    rows["sentence"] = rows["text"].map(lambda t: short(t, 200))
    return rows[["sentence_id", "sentence", "sources", "frame cue words", "tone"]].fillna("").reset_index(drop=True)


def not_loaded(articles):
    """The files and records load_corpus could not use, with the reason (from its load report)."""
    skipped = na.load_report(articles, "skipped")
    rows = [(Path(str(p)).name + (f", line {int(l)}" if pd.notna(l) else ""), f"{f}: {r}" if isinstance(f, str) else r)
            for p, l, f, r in zip(skipped["source_path"], skipped["line"], skipped["field"], skipped["reason"])]
    excluded = na.load_report(articles, "excluded_files")
    # (a Word or PDF file's reason already says how to save it as .txt)
    rows += [(Path(str(p)).name, r) for p, r in zip(excluded["path"], excluded["reason"])]
    return rows


if MY_ARTICLES.exists() and any(MY_ARTICLES.iterdir() if MY_ARTICLES.is_dir() else [MY_ARTICLES]):
    # errors="skip": an empty row or file is listed below instead of stopping the cell for the whole class
    with warnings.catch_warnings():  # "no article loaded", files not read: said below, with the reasons
        warnings.filterwarnings("ignore", message="no article loaded")
        warnings.filterwarnings("ignore", message=r"\\d+ files? not read")
        mine = na.load_corpus(MY_ARTICLES, errors="skip")
    problems = not_loaded(mine)
    if problems:
        print("Not read (the other files are used):" if len(mine) else "No article could be read:")
        for what, why in problems:
            print(f"  {what}: {why}")
        print()
    my_result = na.analyze(mine) if len(mine) else None
    for (aid, title, lang) in mine[["article_id", "title", "language"]].itertuples(index=False):
        print(f"{title if isinstance(title, str) else aid}  ({LANGUAGES.get(lang, lang)})")
        if lang not in ("en", "de"):
            print("  not analysed: the tool reads English and German only")
            continue
        display(sentence_by_sentence(my_result, aid))
else:
    print(f"No own article yet: put a .txt, .html or .csv file into the folder {MY_ARTICLES.resolve()} and run this "
          "cell again.")
''')
    nb.md("""
### Check the computer on an article of the corpus

To check an article of the corpus instead of a file of your own, put words of its title (or its article id) into
`CHECK` in the settings cell, for example `CHECK = ["Partnerschaftsabkommen"]` (tagesschau.de, 19 June 2024),
and run the notebook again. The table is the same as above. While `CHECK` is empty, the cell lists the German
articles you can choose from.
""")
    nb.code('''
analysed = result.summary.loc[result.summary["analysed"], "article_id"]
choice = articles[articles["article_id"].isin(analysed)]
if not CHECK:
    german = choice[choice["language"] == "de"]
    print(f"CHECK is empty. The German article{'' if len(german) == 1 else 's'} you can check (and "
          f"{(choice['language'] == 'en').sum()} in English); put words of a title into CHECK:")
    for row in german.itertuples():
        when = row.published.date() if pd.notna(row.published) else "no date"
        print(f"  {row.outlet}, {when}: {row.title}  ({row.article_id})")
for wanted in CHECK:
    hit = choice[(choice["article_id"] == wanted)
                 | choice["title"].fillna("").str.contains(wanted, case=False, regex=False)]
    if hit.empty:
        print(f"No analysed article has the id or the title words {wanted!r}.")
    for row in hit.itertuples():
        when = row.published.date() if pd.notna(row.published) else "no date"
        print(f"{row.outlet}, {when}: {row.title}  ({LANGUAGES.get(row.language, row.language)})")
        display(sentence_by_sentence(result, row.article_id))
''')
    return nb


# --------------------------------------------------------------------------- the worksheet
def worksheet() -> str:
    lines = [
        "# Worksheet: who speaks, how it is framed, where the numbers come from",
        "",
        "*A media-literacy lesson on Russia and North Korea. Name: ______________________  Date: __________*",
        "",
        "Work with the notebook `lesson_student.ipynb` (or the screen your teacher shows). Write short answers:",
        "a few words or one or two sentences are enough.",
        "",
    ]
    current = None
    for ex, num, text, _ in QUESTIONS:
        if ex != current:
            current = ex
            lines += [f"## Exercise {ex}: {EXERCISES[ex]}" if ex < 5 else f"## {EXERCISES[ex]}", ""]
            if SHEET_INTRO[ex]:
                lines += [SHEET_INTRO[ex], ""]
            if ex == 4:
                lines += [conditions_md(), "",
                          "Anonymous sentences from the article of exercise 1 (the notebook shows more, from "
                          "other outlets):", ""]
                lines += [f"{i}. {t}" for i, t in enumerate(SHEET_ANONYMOUS, 1)] + [""]
        lines += [question_md(num, text), ""]
        lines += ["&nbsp;", "", "_" * 78, "", "_" * 78, "", "_" * 78, ""]
    lines += ["## Words used in this lesson", "", glossary_md(), ""]
    return "\n".join(lines).rstrip() + "\n"


def glossary_de_md() -> str:
    rows = ["| im Notebook | auf Deutsch | Bedeutung |", "|---|---|---|"]
    rows += [f"| {t} | {d} | {m} |" for t, d, m in GLOSSARY_DE]
    return "\n".join(rows)


ARBEITSBLATT_TITLE = "Arbeitsblatt: Wer kommt zu Wort? Quellen und Framing in der Berichterstattung über Russland und Nordkorea"
ARBEITSBLATT_HEAD = ("Arbeitet mit dem Notebook `lesson_student.ipynb` (oder mit dem Bildschirm eurer Lehrkraft). Die "
                     "Tabellen im Notebook sind englisch beschriftet: Die Übersicht am Ende dieses Blatts sagt, was "
                     "jede Beschriftung bedeutet. Die Fragen haben dieselben Nummern wie im Notebook. Kurze Antworten "
                     "genügen: ein paar Wörter oder ein, zwei Sätze.")
ARBEITSBLATT_ANON = "Anonyme Sätze aus dem Artikel von Aufgabe 1 (das Notebook zeigt weitere, auch aus anderen Medien):"
ARBEITSBLATT_PART2 = ("Teil 2 der Doppelstunde: Prüft den Computer an einem deutschen Artikel", "Der Computer zählt "
                      "Wörter und folgt festen Regeln; er versteht den Text nicht. Bei deutscher indirekter Rede "
                      "(„er sagte, die Lage sei ernst“) übersieht er oft etwas. Ihr seid die Prüferinnen und Prüfer.")
ARBEITSBLATT_GLOSSARY = "Was die englischen Beschriftungen im Notebook bedeuten"
ARBEITSBLATT_CAUTION = ("**Vorsicht beim Vergleichen:** Die meisten deutschen Medien sind im Korpus mit einem oder zwei "
                        "Artikeln vertreten. Ein Artikel ist nicht ein ganzes Medium: Rangfolgen von Medien lassen sich "
                        "daraus nicht ableiten.")


def arbeitsblatt() -> str:
    """The German worksheet (arbeitsblatt.md): QUESTIONS_DE numbered as QUESTIONS, the part-2 tasks, the glossary."""
    lines = [f"# {ARBEITSBLATT_TITLE}", "",
             "*Medienbildung, Politik/Wirtschaft und Deutsch. Name: ______________________  Datum: __________*", "",
             ARBEITSBLATT_HEAD, ""]
    current = None
    for ex, num, _, _ in QUESTIONS:
        if ex != current:
            current = ex
            lines += [f"## Aufgabe {ex}: {EXERCISES_DE[ex]}" if ex < 5 else f"## {EXERCISES_DE[ex]}", ""]
            if SHEET_INTRO_DE[ex]:
                lines += [SHEET_INTRO_DE[ex], ""]
            if ex == 4:
                lines += [ARBEITSBLATT_CAUTION, "", conditions_de_md(), "", ARBEITSBLATT_ANON, ""]
                lines += [f"{i}. {t}" for i, t in enumerate(SHEET_ANONYMOUS, 1)] + [""]
        lines += [question_md(num, QUESTIONS_DE[num]), ""]
        lines += ["&nbsp;", "", "_" * 78, "", "_" * 78, "", "_" * 78, ""]
    lines += [f"## {ARBEITSBLATT_PART2[0]}", "", ARBEITSBLATT_PART2[1], ""]
    for label, text in PART2_DE:
        lines += [f"**{label}.** {text}", "", "&nbsp;", "", "_" * 78, "", "_" * 78, ""]
    lines += [f"## {ARBEITSBLATT_GLOSSARY}", "", glossary_de_md(), ""]
    return "\n".join(lines).rstrip() + "\n"


SHEET_STYLE = ("body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.4}"
               ".q{break-inside:avoid;margin-bottom:1.2em}.line{border-bottom:1px solid #999;height:2em}"
               "blockquote{border-left:3px solid #999;margin-left:0;padding-left:1em}"
               "table{border-collapse:collapse;font-size:90%}td,th{border:1px solid #999;padding:.2em .4em;"
               "vertical-align:top;text-align:left}"
               "@media print{body{margin:0}h2{break-after:avoid}}")

def _inline_html(text: str) -> str:
    """Escape text and turn the worksheet's **bold** and *italic* into HTML."""
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    return re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)


def _cell_html(text: str) -> str:
    """_inline_html plus `code` (whose * are not italics)."""
    parts = text.split("`")
    return "".join(f"<code>{html.escape(p, quote=False)}</code>" if i % 2 else _inline_html(p)
                   for i, p in enumerate(parts))


def worksheet_html() -> str:
    """The worksheet as a printable HTML page (same questions as worksheet.md; ruled lines to write on)."""
    body = ["<h1>Worksheet: who speaks, how it is framed, where the numbers come from</h1>",
            "<p><em>A media-literacy lesson on Russia and North Korea.</em> Name: ______________________ "
            "Date: __________</p>",
            "<p>Work with the notebook <code>lesson_student.ipynb</code> (or the screen your teacher shows). "
            "Write short answers: a few words or one or two sentences are enough.</p>"]
    current = None
    for ex, num, text, _ in QUESTIONS:
        if ex != current:
            current = ex
            body.append(f"<h2>{html.escape(f'Exercise {ex}: {EXERCISES[ex]}' if ex < 5 else EXERCISES[ex])}</h2>")
            if SHEET_INTRO[ex]:
                body.append(f"<p>{_inline_html(SHEET_INTRO[ex])}</p>")
            if ex == 4:
                body.append(f"<blockquote>{_inline_html(conditions_md().removeprefix('> '))}</blockquote>")
                body.append("<p>Anonymous sentences from the article of exercise 1 (the notebook shows more, from "
                            "other outlets):</p>")
                body.append("<ol>" + "".join(f"<li>{html.escape(t)}</li>" for t in SHEET_ANONYMOUS) + "</ol>")
        body.append(f'<div class="q"><p>{_inline_html(question_md(num, text))}</p>'
                    + '<div class="line"></div>' * 4 + "</div>")
    body.append("<h2>Words used in this lesson</h2>")
    body.append("<table><tr><th>term</th><th>auf Deutsch</th><th>meaning</th></tr>"
                + "".join(f"<tr><td>{_cell_html(t)}</td><td>{_cell_html(d)}</td><td>{_cell_html(m)}</td></tr>"
                          for t, d, m in GLOSSARY) + "</table>")
    style = SHEET_STYLE
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Worksheet</title>"
            f"<style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def arbeitsblatt_html() -> str:
    """The German worksheet as a printable HTML page (same text as arbeitsblatt.md; ruled lines to write on)."""
    body = [f"<h1>{html.escape(ARBEITSBLATT_TITLE)}</h1>",
            "<p><em>Medienbildung, Politik/Wirtschaft und Deutsch.</em> Name: ______________________ "
            "Datum: __________</p>",
            f"<p>{_cell_html(ARBEITSBLATT_HEAD)}</p>"]
    lines4 = '<div class="line"></div>' * 4
    current = None
    for ex, num, _, _ in QUESTIONS:
        if ex != current:
            current = ex
            body.append(f"<h2>{html.escape(f'Aufgabe {ex}: {EXERCISES_DE[ex]}' if ex < 5 else EXERCISES_DE[ex])}</h2>")
            if SHEET_INTRO_DE[ex]:
                body.append(f"<p>{_inline_html(SHEET_INTRO_DE[ex])}</p>")
            if ex == 4:
                body.append(f"<p>{_inline_html(ARBEITSBLATT_CAUTION)}</p>")
                body.append(f"<blockquote>{_inline_html(conditions_de_md().removeprefix('> '))}</blockquote>")
                body.append(f"<p>{html.escape(ARBEITSBLATT_ANON)}</p>")
                body.append("<ol>" + "".join(f"<li>{html.escape(t)}</li>" for t in SHEET_ANONYMOUS) + "</ol>")
        body.append(f'<div class="q"><p>{_inline_html(question_md(num, QUESTIONS_DE[num]))}</p>{lines4}</div>')
    body.append(f"<h2>{html.escape(ARBEITSBLATT_PART2[0])}</h2><p>{_inline_html(ARBEITSBLATT_PART2[1])}</p>")
    for label, text in PART2_DE:
        body.append(f'<div class="q"><p><strong>{label}.</strong> {_cell_html(text)}</p>'
                    + '<div class="line"></div>' * 3 + "</div>")
    body.append(f"<h2>{html.escape(ARBEITSBLATT_GLOSSARY)}</h2>")
    body.append("<table><tr><th>im Notebook</th><th>auf Deutsch</th><th>Bedeutung</th></tr>"
                + "".join(f"<tr><td>{_cell_html(t)}</td><td>{_cell_html(d)}</td><td>{_cell_html(m)}</td></tr>"
                          for t, d, m in GLOSSARY_DE) + "</table>")
    return ("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>Arbeitsblatt</title>"
            f"<style>{SHEET_STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")


def main():
    build(teacher=False).save(f"{OUT}/lesson_student.ipynb")
    build(teacher=True).save(f"{OUT}/lesson_teacher.ipynb")
    path = ROOT / OUT / "worksheet.md"
    path.write_text(worksheet(), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)}")
    path = ROOT / OUT / "worksheet.html"
    path.write_text(worksheet_html(), encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)} (print it from a browser)")
    for name, text in (("arbeitsblatt.md", arbeitsblatt()), ("arbeitsblatt.html", arbeitsblatt_html())):
        path = ROOT / OUT / name
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)} (German worksheet)")


if __name__ == "__main__":
    main()
