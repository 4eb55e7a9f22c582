"""The committed research notebooks 04-06 are exactly what their build scripts write.

The notebooks are edited through ``tools/build_notebook_NN.py``; a notebook changed by hand
(or a script changed without rebuilding) would drift apart from its script.
"""
import runpy

import nbformat
import pytest

from conftest import ROOT

BUILDS = {
    "build_notebook_01.py": "notebooks/01_quick_start.ipynb",
    "build_notebook_02.py": "notebooks/02_corpus.ipynb",
    "build_notebook_03.py": "notebooks/03_framing.ipynb",
    "build_notebook_04.py": "notebooks/04_tone.ipynb",
    "build_notebook_05.py": "notebooks/05_sources.ipynb",
    "build_notebook_06.py": "notebooks/06_comparing_outlets.ipynb",
    "build_notebook_07.py": "notebooks/07_validation.ipynb",
}


def _cells(nb):
    return [(c.cell_type, c.source, c.get("metadata", {}).get("tags", [])) for c in nb.cells]


@pytest.mark.parametrize("script", sorted(BUILDS))
def test_committed_notebook_matches_its_build_script(script, tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "tools"))
    import _nbbuild

    monkeypatch.setattr(_nbbuild, "ROOT", tmp_path)
    runpy.run_path(str(ROOT / "tools" / script), run_name="__main__")
    built = nbformat.read(tmp_path / BUILDS[script], as_version=4)
    committed = nbformat.read(ROOT / BUILDS[script], as_version=4)
    assert _cells(built) == _cells(committed), f"rebuild {BUILDS[script]} with python tools/{script}"
    assert built.metadata["newsanalysis"] == committed.metadata["newsanalysis"]


def test_research_notebooks_start_with_parameters_and_a_limits_box():
    for path in BUILDS.values():
        nb = nbformat.read(ROOT / path, as_version=4)
        first_code = next(c for c in nb.cells if c.cell_type == "code")
        assert "parameters" in first_code.metadata.get("tags", []), path
        assert 'os.environ.get("NEWSANALYSIS_CORPUS", "../../shared/corpus/real")' in first_code.source, path
        assert "What this can and cannot tell you" in nb.cells[0].source, path
        # no absolute paths in any cell
        assert not any("/work/" in c.source or "/tmp/" in c.source for c in nb.cells), path


def test_rebuild_keeps_cell_ids(tmp_path, monkeypatch):
    """A rebuild gives unchanged cells the ids they have in the committed notebook, so a diff shows only the
    cells that changed (nbformat's random ids used to rewrite all of them); a changed cell gets a new id and two
    identical cells (the student notebook's answer prompts) keep distinct ids."""
    monkeypatch.syspath_prepend(str(ROOT / "tools"))
    import _nbbuild

    monkeypatch.setattr(_nbbuild, "ROOT", tmp_path)

    def build(second):
        nb = _nbbuild.Notebook()
        nb.md("# Title")
        nb.code("x = 1")
        nb.md("✏️ answer")
        nb.md("✏️ answer")
        nb.code(second)
        nb.save("nb.ipynb")
        return [c.id for c in nbformat.read(tmp_path / "nb.ipynb", as_version=4).cells]

    first = build("y = 2")
    assert len(set(first)) == 5
    assert build("y = 2") == first
    again = build("y = 3")
    assert again[:4] == first[:4] and again[4] != first[4]
