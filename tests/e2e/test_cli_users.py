"""Users from the command line: the first is the admin, the others are added by an admin, never implicitly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.e2e.test_cli import ROOT


def run(tmp_path: Path, *args: str, user: str | None = None, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHIPBENCH_DATA_DIR": str(tmp_path)}
    env.pop("SHIPBENCH_USER", None)
    if user is not None:
        env["SHIPBENCH_USER"] = user
    db = f"sqlite:///{tmp_path / 'shop.db'}"
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", db, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )


def test_only_an_admin_adds_users_and_an_unknown_user_is_refused_in_one_line(tmp_path: Path) -> None:
    first = run(tmp_path, "user", "pat", "--role", "packer", stdin="1357\n")  # as "admin", the first user
    assert first.returncode == 0 and first.stdout.splitlines()[0] == "pat is a packer", first.stderr

    stranger = run(tmp_path, "scan", "P00000001", user="mallory")
    assert stranger.returncode == 1
    assert stranger.stderr == "error: no user mallory: an admin adds users with `main.py user mallory --role packer`\n"

    packer = run(tmp_path, "user", "eve", "--role", "admin", user="pat", stdin="9999\n")
    assert packer.returncode == 1
    assert packer.stderr == "error: adding or changing users needs an admin: pat is a packer\n"

    assert run(tmp_path, "users", user="pat").returncode == 1  # a badge signs in: admins only
    listed = json.loads(run(tmp_path, "users", "--json").stdout)
    assert [(u["name"], u["role"]) for u in listed] == [("admin", "admin"), ("pat", "packer")]
    assert listed[1]["badge"] == first.stdout.splitlines()[1].removeprefix("badge: ")

    scanned = run(tmp_path, "scan", "P00000001", user="pat")  # a packer scans (the quick path)
    assert scanned.returncode == 3 and scanned.stdout.startswith("RED Unknown parcel")
