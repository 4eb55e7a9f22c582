"""``python -m newsanalysis …``: the same command line as the ``newsanalysis`` script (for environments where
the script's folder is not on PATH, e.g. a notebook kernel's venv)."""
import sys

from .cli import main

sys.exit(main())
