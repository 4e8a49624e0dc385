"""Which release of Shipbench this is, for Help → About and the logs.

The project runs from its source tree (``uv sync`` installs no ``shipbench`` package), so
the version comes from the installed package's metadata when there is one, else from
``pyproject.toml`` beside the code.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as installed_version
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"


def version() -> str:
    """``"0.1.0"``; empty when neither the package nor its pyproject.toml can be found."""
    try:
        return installed_version("shipbench")
    except PackageNotFoundError:
        pass
    try:
        with PYPROJECT.open("rb") as f:
            found = tomllib.load(f).get("project", {}).get("version", "")
    except (OSError, tomllib.TOMLDecodeError):
        return ""
    return found if isinstance(found, str) else ""
