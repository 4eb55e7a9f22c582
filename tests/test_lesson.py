"""The media-literacy lesson (notebooks/lesson/): degraded mode, worksheet, and the build script.

tests/test_notebooks.py runs both lesson notebooks on the real corpus; here
they run without it (the embedded seed article only), which is how a class
without the shared data sees them.
"""
import html
import os
import re
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

LESSON = ROOT / "notebooks" / "lesson"
sys.path.insert(0, str(ROOT / "tools"))
import build_lesson  # noqa: E402

QUESTION = re.compile(r"^\*\*Q(\d+)\.\*\* (.+)$", re.M)


def _read(name):
    return nbformat.read(LESSON / name, as_version=4)


def _questions_in_notebook(nb):
    return [(int(n), t.strip()) for c in nb.cells if c.cell_type == "markdown" for n, t in QUESTION.findall(c.source)]


# a pupil's folder for the optional second lesson: one article written for the test, an empty spreadsheet row
# and a Word file (which is not read)
MY_ARTICLE = """---
title: Testbericht
outlet: Schülerzeitung
language: de
---
Russland und Nordkorea haben einen Vertrag unterzeichnet. Präsident Wladimir Putin sagte, der Vertrag sei ein \
Durchbruch. Die Zusammenarbeit werde weiter wachsen.

Nordkorea soll Russland Munition geliefert haben. Pjöngjang wird vorgeworfen, Russland mit Waffen zu unterstützen.
"""


def _my_articles(folder):
    folder.mkdir()
    (folder / "bericht.txt").write_text(MY_ARTICLE, encoding="utf-8")
    (folder / "leer.csv").write_text("Zeitung;Datum;Text\nSchülerzeitung;20.06.2024;\n", encoding="utf-8")
    (folder / "referat.docx").write_bytes(b"PK\x03\x04 not a real Word file")
    return folder


def _run_degraded(name, tmp_path, monkeypatch, my_articles=None, params=""):
    monkeypatch.setenv("NEWSANALYSIS_CORPUS", str(tmp_path / "no-real-corpus-here"))
    if my_articles is not None:
        monkeypatch.setenv("NEWSANALYSIS_MY_ARTICLES", str(my_articles))
    monkeypatch.setenv("NEWSANALYSIS_EMBEDDED", str(ROOT / "corpus"))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    nb = _read(name)
    for cell in nb.cells:  # as papermill does: the given values after the parameters cell's own
        if "parameters" in cell.metadata.get("tags", []):
            cell.source += "\n" + params
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(LESSON)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    errors = [o.get("ename", "") + ": " + o.get("evalue", "") for o in outputs if o.get("output_type") == "error"]
    assert not errors, errors
    stderr = [o.get("text", "") for o in outputs if o.get("output_type") == "stream" and o.get("name") == "stderr"]
    assert not [t for t in stderr if "Warning" in t], stderr
    stdout = "".join(o.get("text", "") for o in outputs if o.get("output_type") == "stream" and o.get("name") == "stdout")
    shown = stdout + "".join(o.get("data", {}).get("text/plain", "") for o in outputs)
    return stdout, shown


def _check_degraded(stdout, shown):
    # the clear message, once for loading and once for each exercise part that needs the real corpus
    assert "no-real-corpus-here" in stdout
    for part in ("Exercise 2 (three outlets side by side) needs the real corpus",
                 "Searching the other articles for similar numbers needs the real corpus",
                 "Comparing anonymous sources across outlets needs the real corpus"):
        assert part in stdout, part
    # exercises 1 and 3 still work on the seed. Read in the seed article: "Amerikanische Beamte behaupten,
    # Nordkorea habe seit September etwa 11.000 Container ..." and "Der südkoreanische
    # Verteidigungsminister schätzt, dass diese Lieferungen bis zu 5 Millionen Artilleriegeschosse umfassen."
    assert "etwa 11.000 Container" in shown and "Amerikanische Beamte" in shown
    assert "bis zu 5 Millionen Artilleriegeschosse" in shown
    assert "role only" in shown  # the minister is given by his role, not his name


def test_student_notebook_runs_without_real_corpus(tmp_path, monkeypatch):
    stdout, shown = _run_degraded("lesson_student.ipynb", tmp_path, monkeypatch, _my_articles(tmp_path / "mine"),
                                  params='CHECK = ["gefährliche Beziehung", "kein solcher Titel"]')
    _check_degraded(stdout, shown)
    # CHECK shows an article of the corpus sentence by sentence (here the seed, found by words of its title).
    # Read in the seed: "Einige Experten behaupten, …" (an unnamed group: anonymous) and "Der südkoreanische
    # Verteidigungsminister schätzt, …" (his office, not his name: role only); a title nobody has is said so
    assert "NewsWorld, no date: Wladimir Putins gefährliche Beziehung zu Kim Jong Un  (German)" in stdout
    assert "Einige Experten [anonymous; cue: behaupten]" in shown
    assert "Der südkoreanische Verteidigungsminister [role only; cue: schätzt]" in shown
    assert "No analysed article has the id or the title words 'kein solcher Titel'." in stdout
    # the second lesson's sentence table uses exercise 1's kinds of source. Read in MY_ARTICLE: Putin is named
    # ("sagte"); "Die Zusammenarbeit werde weiter wachsen." goes on with his words (Konjunktiv, no cue of its
    # own); "Nordkorea soll …" is hearsay with no source (not an anonymous source); "Pjöngjang wird
    # vorgeworfen" is a passive that says nobody who accuses
    assert "[named; cue: sagte]" in shown
    assert "[named; continues the quote above]" in shown
    assert "[no source (hearsay); cue: soll]" in shown
    assert "[no source found; cue: vorgeworfen]" in shown
    assert "cue: nan" not in shown and "[anonymous; cue: soll]" not in shown and "[role only; cue: vorgeworfen]" not in shown
    # one empty row and a Word file do not stop the cell: both are listed, the article is still analysed
    assert "Not read (the other files are used):" in stdout
    assert "leer.csv, line 2: Text: empty" in stdout
    assert "referat.docx: unsupported format '.docx': a Word document is not read; save it as plain text" in stdout
    assert "Testbericht  (German)" in stdout


@pytest.mark.slow
def test_teacher_notebook_runs_without_real_corpus(tmp_path, monkeypatch):
    stdout, shown = _run_degraded("lesson_teacher.ipynb", tmp_path, monkeypatch)
    _check_degraded(stdout, shown)
    # CHECK empty: the German articles to choose from are listed (without the real corpus, the seed alone)
    assert "CHECK is empty. The German article you can check (and 0 in English)" in stdout
    assert "  NewsWorld, no date: Wladimir Putins gefährliche Beziehung zu Kim Jong Un  (000_f582aa4241273fed)" in stdout


def test_teacher_and_student_run_the_same_code():
    student, teacher = _read("lesson_student.ipynb"), _read("lesson_teacher.ipynb")
    code = [[c.source for c in nb.cells if c.cell_type == "code"] for nb in (student, teacher)]
    assert code[0] == code[1]
    assert student.metadata["newsanalysis"]["min_figures"] >= 3


def test_worksheet_asks_the_questions_of_the_student_notebook():
    sheet = (LESSON / "worksheet.md").read_text(encoding="utf-8")
    in_sheet = [(int(n), t.strip()) for n, t in QUESTION.findall(sheet)]
    in_notebook = _questions_in_notebook(_read("lesson_student.ipynb"))
    assert len(in_sheet) >= 12
    assert in_sheet == in_notebook
    assert [n for n, _ in in_sheet] == list(range(1, len(in_sheet) + 1))
    assert "```" not in sheet and "import " not in sheet  # no code on the printed sheet
    for title in ("Who is quoted? Who is not?", "Same summit, three framings",
                  "Where does the number 11,000 come from?", "Anonymous sources: when are they acceptable?"):
        assert title in sheet
    # the printable HTML page asks the same questions
    page = (LESSON / "worksheet.html").read_text(encoding="utf-8")
    in_page = [(int(n), html.unescape(re.sub(r"</?em>", "*", t)).strip())
               for n, t in re.findall(r"<strong>Q(\d+)\.</strong> (.+?)</p>", page)]
    assert in_page == in_notebook


def test_student_answer_cells_are_empty_and_teacher_cells_answer_each_question():
    for name, teacher in (("lesson_student.ipynb", False), ("lesson_teacher.ipynb", True)):
        cells = _read(name).cells
        asked = [i for i, c in enumerate(cells) if c.cell_type == "markdown" and QUESTION.match(c.source)]
        assert asked
        for i in asked:
            n = QUESTION.match(cells[i].source).group(1)
            follow = cells[i + 1].source
            if teacher:
                assert follow.startswith(f"**Expected answer (Q{n}):**") and len(follow) > 60
            else:
                assert follow == build_lesson.ANSWER_PROMPT
    # no answer leaks into the student notebook
    student = "".join(c.source for c in _read("lesson_student.ipynb").cells)
    assert "Expected answer" not in student


def test_committed_files_are_what_the_build_script_writes():
    for name, teacher in (("lesson_student.ipynb", False), ("lesson_teacher.ipynb", True)):
        built = [(c.cell_type, c.source) for c in build_lesson.build(teacher=teacher).cells]
        committed = [(c.cell_type, c.source) for c in _read(name).cells]
        assert built == committed, f"{name} is out of date: run python tools/build_lesson.py"
    assert (LESSON / "worksheet.md").read_text(encoding="utf-8") == build_lesson.worksheet()
    assert (LESSON / "worksheet.html").read_text(encoding="utf-8") == build_lesson.worksheet_html()


def test_parameters_cell_has_relative_paths_only():
    cells = _read("lesson_student.ipynb").cells
    params = [c for c in cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1
    src = params[0].source
    assert "NEWSANALYSIS_CORPUS" in src and "NEWSANALYSIS_EMBEDDED" in src
    assert not re.search(r"[\"'](/|[A-Za-z]:\\)", src), "absolute path in the parameters cell"
    # from notebooks/lesson/ the defaults reach the repository's corpus/ folder and ../shared
    assert (LESSON / "../../corpus").resolve() == (ROOT / "corpus").resolve()
    assert '"../../corpus"' in src and '"../../../shared/corpus/real"' in src


def test_guide_and_docs_use_one_list_of_conditions_and_the_readme_figures():
    guide = (LESSON / "TEACHER_GUIDE.md").read_text(encoding="utf-8")
    docs = (ROOT / "docs" / "lesson.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    # the worksheet's four conditions, word for word, in the guide (it repeats them by hand)
    flat = " ".join(guide.split())
    for condition in build_lesson.CONDITIONS:
        assert condition.rstrip(";.") in flat, condition
    assert "three conditions" not in flat.lower()
    # one set of accuracy figures (session 11: the guide, docs and README had three different ones)
    for figure in ("P 0.787, R 0.511, **F1 0.620**", "direct **0.699**, indirect **0.419**"):
        assert figure in readme, f"README changed: update the lesson's figures ({figure})"
    for text in (guide, docs):
        for figure in ("0.787", "0.511", "0.620", "0.699", "0.419"):
            assert figure in text, figure
    # the glossary of the worksheet is in the guide too
    assert build_lesson.glossary_md() in guide


@pytest.mark.slow
def test_teacher_answer_q10_holds_on_the_real_corpus(shared):
    """The Q10 answer (teacher notebook and guide) reads the exercise-4 table in words ("about 2 %", "roughly
    15 to 20 %", "up to about 47 %") instead of copying figures that move with every rule change; this checks
    that each of its statements is still what compare() gives on the shared corpus. When it fails, rewrite
    the answer in tools/build_lesson.py and TEACHER_GUIDE.md from the notebook's table."""
    import warnings

    import newsanalysis as na
    from newsanalysis.compare import PeriodWarning

    articles = na.load_corpus([shared / "corpus" / "real", ROOT / "corpus"])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PeriodWarning)
        cmp = na.compare(na.analyze(articles), by="outlet")
    cmp["outlet"] = cmp["outlet"].str.replace(r" \(.*", "", regex=True).replace({"코리아헤럴드": "The Korea Herald",
                                                                                "연합뉴스": "Yonhap"})
    row = cmp[cmp["sourced_attributions"] > 0].set_index("outlet")
    anonymous = (row["anonymous_share"] * row["sourced_attributions"]).round()
    percent = (row["anonymous_share"] * 100).round()
    # "the seed article (NewsWorld) is highest, with half of its sources anonymous (4 of 8), but it is one article"
    assert (anonymous["NewsWorld"], row.loc["NewsWorld", "sourced_attributions"]) == (4, 8)
    assert row["anonymous_share"].idxmax() == "NewsWorld" and row.loc["NewsWorld", "analysed_articles"] == 1
    # "ZEIT ONLINE, Mannheimer Morgen and The Korea Herald follow (roughly 15 to 20 %, from one to three articles
    # each)" (session 17e: origin-only sources such as "nach südkoreanischen Angaben" are anonymous)
    follow = ["ZEIT ONLINE", "Mannheimer Morgen", "The Korea Herald"]
    assert set(row["anonymous_share"].sort_values(ascending=False).index[1:4]) == set(follow)
    for outlet in follow:
        assert 15 <= percent[outlet] <= 20 and 1 <= row.loc[outlet, "analysed_articles"] <= 3, outlet
    # "tagesschau.de (2 articles) is at about 10 %" (session 18: "Wie russische Nachrichtenagenturen melden" is
    # anonymous, "russischen staatlichen Nachrichtenagenturen zufolge" not); "the Frankfurter Rundschau (1
    # article) is at about 4 %"; the Rundschau's "several 'soll' sentences" are hearsay, not in the share
    assert 9 <= percent["tagesschau.de"] <= 12 and row.loc["tagesschau.de", "analysed_articles"] == 2
    assert 3 <= percent["Frankfurter Rundschau"] <= 5 and row.loc["Frankfurter Rundschau", "analysed_articles"] == 1
    fr = row.loc["Frankfurter Rundschau"]
    assert round(fr["hearsay_share"] * fr["attributions"]) >= 3
    # "KCNA about 2 % (more than 80 articles) and the Kremlin 0 % (more than 30 articles) … Their intervals overlap"
    kcna, kremlin = row.loc["KCNA"], row.loc["Kremlin.ru"]
    assert percent["KCNA"] == 2 and kcna["analysed_articles"] > 80
    assert anonymous["Kremlin.ru"] == 0 and kremlin["analysed_articles"] > 30
    assert kcna["anonymous_low"] <= kremlin["anonymous_high"]
    # "Yonhap shows 0 % (none of 35 sources …) with an interval up to about 43 %"
    assert anonymous["Yonhap"] == 0 and row.loc["Yonhap", "sourced_attributions"] == 35
    assert 0.40 <= row.loc["Yonhap", "anonymous_high"] <= 0.46


def test_german_worksheet_asks_the_notebook_questions_and_explains_its_labels():
    """arbeitsblatt.md/.html: the German worksheet of a German class (session 17, trial T: the lesson was English
    only, and the notebook's tables keep their English labels)."""
    sheet = (LESSON / "arbeitsblatt.md").read_text(encoding="utf-8")
    assert sheet == build_lesson.arbeitsblatt(), "run python tools/build_lesson.py"
    assert (LESSON / "arbeitsblatt.html").read_text(encoding="utf-8") == build_lesson.arbeitsblatt_html()
    # the same numbers as the notebook's questions, in the same order, each asked in German
    in_sheet = [(int(n), t.strip()) for n, t in QUESTION.findall(sheet)]
    assert [n for n, _ in in_sheet] == [n for n, _ in _questions_in_notebook(_read("lesson_student.ipynb"))]
    assert [t for _, t in in_sheet] == [build_lesson.QUESTIONS_DE[n] for n, _ in in_sheet]
    page = (LESSON / "arbeitsblatt.html").read_text(encoding="utf-8")
    in_page = [(int(n), html.unescape(re.sub(r"</?em>", "*", t)).strip())
               for n, t in re.findall(r"<strong>Q(\d+)\.</strong> (.+?)</p>", page)]
    assert in_page == in_sheet
    assert "```" not in sheet and "import " not in sheet
    # every label the notebook prints for a source (SOURCE_KIND in its setup cell, and the second lesson's
    # "continues the quote above") is explained in German
    code = "".join(c.source for c in _read("lesson_student.ipynb").cells if c.cell_type == "code")
    kinds = re.search(r"SOURCE_KIND = \{(.+?)\}", code, re.S).group(1)
    labels = set(re.findall(r'": "([^"]+)"', kinds)) | {"continues the quote above"}
    assert labels == {"named", "role only", "anonymous", "no source (hearsay)", "no source found",
                      "continues the quote above"}
    explained = {t for t, _, _ in build_lesson.GLOSSARY_DE}
    assert labels <= explained, labels - explained
    # every frame the chart can name (frame_name: underscores as spaces) has its German name on the sheet
    from newsanalysis.framing import GENERIC_FRAMES
    frames = next(m for t, _, m in build_lesson.GLOSSARY_DE if t == "frame")
    for frame in GENERIC_FRAMES:
        assert f"{frame.replace('_', ' ')} (" in frames, frame
    # exercise 2 sets an English and a German article side by side: the notebook and both sheets say the cue
    # lists differ (trial T: a class read tagesschau's 38 % against KCNA's 18 % as the outlets' difference)
    student = "".join(c.source for c in _read("lesson_student.ipynb").cells if c.cell_type == "markdown")
    assert "English and German cue words are two lists" in student
    assert "keine Wort-für-Wort-Übersetzungen" in sheet
    # the anonymous sentences are the seed article's own words
    seed = (ROOT / "corpus" / "articles" / "000_f582aa4241273fed.txt").read_text(encoding="utf-8")
    for sentence in build_lesson.SHEET_ANONYMOUS:
        assert sentence in sheet and sentence in seed, sentence
    # the guide repeats the German conditions word for word
    flat = " ".join((LESSON / "TEACHER_GUIDE.md").read_text(encoding="utf-8").split())
    for condition in build_lesson.CONDITIONS_DE:
        assert condition.rstrip(";.") in flat, condition


def test_german_worksheet_check_examples_name_one_german_article_each(shared):
    """Part 2 of the German worksheet tells the teacher to set CHECK to words of a title: each example must pick
    exactly one German article of the shared corpus (read in its SOURCES.md: tagesschau.de's report of 19 June
    2024 on the treaty and ZEIT ONLINE's of 27 December 2024 on a North Korean prisoner of war)."""
    import json

    rows = [json.loads(line) for line in (shared / "corpus" / "real" / "nguyenvulebinh__trends.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]
    german = [(r["outlet"], r["title"]) for r in rows if r["language"] == "de"]
    examples = re.findall(r'CHECK = \[\"([^"]+)\"\]', " ".join(t for _, t in build_lesson.PART2_DE))
    assert examples == ["Partnerschaftsabkommen", "Nordkoreanischer Soldat"]
    picked = [[o for o, t in german if e.lower() in t.lower()] for e in examples]
    assert picked == [["tagesschau.de"], ["ZEIT ONLINE"]]
