"""A small helper the notebook build scripts share: cells in order, written without outputs.

Usage in tools/build_notebook_NN.py::

    from _nbbuild import Notebook
    nb = Notebook(min_figures=2)       # tests/test_notebooks.py checks this many PNG outputs
    nb.md("# Title ...")
    nb.parameters('CORPUS = Path(os.environ.get("NEWSANALYSIS_CORPUS", "../../shared/corpus/real"))')
    nb.code("import newsanalysis as na ...")
    nb.save("notebooks/NN_name.ipynb")
"""
import hashlib
from pathlib import Path

import nbformat as nbf

ROOT = Path(__file__).resolve().parents[1]


class Notebook:
    def __init__(self, *, min_figures: int = 0):
        self.cells = []
        self.min_figures = min_figures

    def md(self, text: str) -> None:
        self.cells.append(nbf.v4.new_markdown_cell(text.strip()))

    def code(self, text: str, **kw) -> None:
        self.cells.append(nbf.v4.new_code_cell(text.strip(), **kw))

    def parameters(self, text: str) -> None:
        """The papermill-style parameters cell (tagged ``parameters``)."""
        self.code(text, metadata={"tags": ["parameters"]})

    def save(self, relpath: str) -> Path:
        nb = nbf.v4.new_notebook()
        nb.cells = self.cells
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb.metadata["language_info"] = {"name": "python"}
        nb.metadata["newsanalysis"] = {"min_figures": self.min_figures}
        path = ROOT / relpath
        path.parent.mkdir(parents=True, exist_ok=True)
        _stable_ids(nb.cells, path)
        nbf.write(nb, path)
        print(f"wrote {path.relative_to(ROOT)} ({len(self.cells)} cells)")
        return path


def _stable_ids(cells, path: Path) -> None:
    """Give each cell the id it has in the committed notebook at ``path`` (same type and source), else an id
    made from its type and source: a rebuild then changes only the cells that changed (nbformat's random ids
    made every rebuild rewrite every cell id, and a diff of the notebook showed nothing but ids)."""
    old = {}
    if path.exists():
        for c in nbf.read(path, as_version=4).cells:
            if c.get("id"):
                old.setdefault((c.cell_type, c.source), []).append(c.id)
    used = set()
    for c in cells:
        reuse = [i for i in old.get((c.cell_type, c.source), []) if i not in used]
        if reuse:
            cid = reuse[0]
        else:
            digest = hashlib.sha1(f"{c.cell_type}\n{c.source}".encode("utf-8")).hexdigest()
            cid, n = digest[:8], 8
            while cid in used:
                n += 1
                cid = digest[:n]
        c.id = cid
        used.add(cid)
