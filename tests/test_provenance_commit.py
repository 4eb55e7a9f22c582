"""result.provenance records the git commit the package ran from and the lexicons used (session 15,
researcher trial F15: version and lexicon, but no commit). The .git layouts are built by hand."""
from pathlib import Path

import pandas as pd

import newsanalysis as na
from newsanalysis.pipeline import git_commit

SHA = "0123456789abcdef0123456789abcdef01234567"
OTHER = "fedcba9876543210fedcba9876543210fedcba98"


def _pkg(root: Path) -> Path:
    p = root / "newsanalysis"
    p.mkdir(parents=True)
    return p


def test_branch_ref_in_a_plain_checkout(tmp_path):
    pkg = _pkg(tmp_path)
    (tmp_path / ".git" / "refs" / "heads").mkdir(parents=True)
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / ".git" / "refs" / "heads" / "main").write_text(SHA + "\n")
    assert git_commit(pkg) == SHA


def test_detached_head_and_packed_refs(tmp_path):
    pkg = _pkg(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text(OTHER + "\n")
    assert git_commit(pkg) == OTHER
    # a branch only in packed-refs (after git gc)
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/topic\n")
    (tmp_path / ".git" / "packed-refs").write_text(f"# pack-refs with: peeled\n{OTHER} refs/heads/main\n"
                                                  f"{SHA} refs/heads/topic\n")
    assert git_commit(pkg) == SHA


def test_worktree_gitdir_file_and_commondir(tmp_path):
    # main repo at tmp/main/.git; worktree at tmp/wt with a .git file; the branch ref in the common dir
    common = tmp_path / "main" / ".git"
    wtdir = common / "worktrees" / "wt"
    wtdir.mkdir(parents=True)
    (common / "refs" / "heads").mkdir(parents=True)
    (common / "refs" / "heads" / "stats15").write_text(SHA + "\n")
    (wtdir / "HEAD").write_text("ref: refs/heads/stats15\n")
    (wtdir / "commondir").write_text("../..\n")
    wt = tmp_path / "wt"
    pkg = _pkg(wt)
    (wt / ".git").write_text(f"gitdir: {wtdir}\n")
    assert git_commit(pkg) == SHA


def test_no_checkout_or_unreadable_gives_none(tmp_path):
    pkg = _pkg(tmp_path / "site-packages")
    # (tmp_path has no .git above it unless the test runs inside a checkout's temp dir: pytest's is outside)
    assert git_commit(pkg) is None
    (tmp_path / "site-packages" / ".git").mkdir()
    (tmp_path / "site-packages" / ".git" / "HEAD").write_text("ref: refs/heads/gone\n")
    assert git_commit(pkg) is None  # a ref that does not exist
    (tmp_path / "site-packages" / ".git" / "HEAD").write_text("not a sha\n")
    assert git_commit(pkg) is None


def test_analyze_records_commit_and_lexicons():
    r = na.analyze(pd.DataFrame({"article_id": ["a", "b", "c"], "language": ["en", "de", "ko"],
                                 "text": ["The war is terrible.", "Der Krieg ist schrecklich.", "북한"]}))
    p = r.provenance
    assert p["commit"] == git_commit()
    here = Path(na.__file__).resolve().parent
    if any((d / ".git").exists() for d in (here, *here.parents)):  # the tests run from a checkout
        assert isinstance(p["commit"], str) and len(p["commit"]) == 40
    assert p["lexicons"] == {"de": "SentiWS 1.8c + newsanalysis-de-news 0.9", "en": "VADER 3.3.2"}
    assert p["lexicon"] is None  # no user lexicon: tone words stay traceable in sentence_trace
    assert r.sentiment.attrs["provenance"]["commit"] == p["commit"]
