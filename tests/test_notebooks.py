"""Execute every notebook headless (nbclient) on the real corpus; outputs are not saved.

Each notebook states in its metadata (``newsanalysis.min_figures``, written by
tools/_nbbuild.py) how many figures it must draw; older notebooks without it
must draw three. Run times are printed (``pytest -s``) for the closing notes.
"""
import os
import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").rglob("*.ipynb"))
NOTEBOOKS = [p for p in NOTEBOOKS if ".ipynb_checkpoints" not in p.parts]


def _outputs(nb):
    return [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[str(p.relative_to(ROOT / "notebooks")) for p in NOTEBOOKS])
def test_notebook_runs(path: Path, shared, monkeypatch):
    monkeypatch.setenv("NEWSANALYSIS_CORPUS", str(shared / "corpus" / "real"))
    monkeypatch.setenv("NEWSANALYSIS_EMBEDDED", str(ROOT / "corpus"))
    monkeypatch.setenv("NEWSANALYSIS_SHARED", str(shared))
    # the kernel imports this checkout's package even where it is not pip-installed
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    nb = nbformat.read(path, as_version=4)
    # committed notebooks carry no outputs (they would contain article text)
    assert not _outputs(nb), f"{path.name} was committed with outputs"
    start = time.perf_counter()
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
    print(f"\n{path.relative_to(ROOT)}: {time.perf_counter() - start:.1f} s")
    outputs = _outputs(nb)
    errors = [o for o in outputs if o.get("output_type") == "error"]
    assert not errors, [e.get("ename") + ": " + e.get("evalue", "") for e in errors]
    # warnings printed to stderr must be explained in the notebook or fixed
    stray = [o.get("text", "") for o in outputs if o.get("output_type") == "stream" and o.get("name") == "stderr"
             and "Warning" in o.get("text", "")]
    assert not stray, stray
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    wanted = nb.metadata.get("newsanalysis", {}).get("min_figures", 3)
    assert len(images) >= wanted
