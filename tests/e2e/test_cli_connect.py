"""`accounts connect` as a seller runs it on a station without the GUI (#15): eBay and
AliExpress agree on the consent page (the simulator's), the answer comes back to the
command's loopback server — or is pasted on its standard input — and the refresh token is
stored in the secrets file, never printed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from app.simulator.platforms import aliexpress as aliexpress_face

ROOT = Path(__file__).resolve().parents[2]
KEYS = {
    "ebay": "client_id=Shipbenc-demo-PRD-1a2b\nclient_secret=PRD-5ec7e7a1b2c3\n",
    "aliexpress": f"app_key={aliexpress_face.DEMO_APP_KEY}\napp_secret={aliexpress_face.DEMO_APP_SECRET}\n",
}


def _env(tmp_path: Path) -> dict[str, str]:
    # No OS keyring on a headless station: secrets go to the encrypted file, unlocked by the passphrase.
    return {
        **os.environ,
        "SHIPBENCH_SECRETS_PASSPHRASE": "station pass",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "BROWSER": "false",  # webbrowser.open finds no browser worth starting
    }


def cli(tmp_path: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", f"sqlite:///{tmp_path / 'shop.db'}", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(tmp_path),
        check=False,
    )


def _add(tmp_path: Path, platform: str, url: str, *settings: str) -> None:
    added = cli(
        tmp_path,
        "accounts",
        "add",
        f"My {platform}",
        "--marketplace",
        platform,
        "--url",
        url,
        *settings,
        stdin=KEYS[platform],
    )
    assert added.returncode == 0, added.stderr


def _started(tmp_path: Path, *args: str) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", f"sqlite:///{tmp_path / 'shop.db'}", *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(tmp_path),
    )
    assert proc.stdout is not None
    first = proc.stdout.readline() + proc.stdout.readline()
    found = re.search(r"(http://\S+)", first)
    assert found, first + (proc.stderr.read() if proc.stderr else "")
    return proc, found.group(1)


@pytest.mark.parametrize("platform", ["ebay", "aliexpress"])
def test_connect_stores_the_refresh_token_from_the_consent_page(tmp_path: Path, simulator: Any, platform: str) -> None:
    _add(tmp_path, platform, simulator.url)
    proc, url = _started(tmp_path, "accounts", "connect", "1", "--no-browser", "--wait", "30")
    assert "state=" in url and "127.0.0.1" in url
    urllib.request.urlopen(url, timeout=10).read()  # the seller's browser follows the redirect to the loopback
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "connected" in out and "sim-refresh" not in out + err
    tested = cli(tmp_path, "accounts", "test", "1")
    assert tested.returncode == 0 and "connected" in tested.stdout.lower(), tested.stdout + tested.stderr


def test_the_address_another_browser_landed_on_is_pasted(tmp_path: Path, simulator: Any) -> None:
    _add(tmp_path, "ebay", simulator.url, "--setting", "ru_name=https://shop.example/ebay-accepted")
    proc, url = _started(tmp_path, "accounts", "connect", "1", "--no-browser", "--wait", "30")
    assert "redirect_uri=https%3A%2F%2Fshop.example" in url

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: Any, **kwargs: Any) -> None:
            return None

    with pytest.raises(urllib.error.HTTPError) as landed:
        urllib.request.build_opener(NoRedirect).open(url, timeout=10)
    out, err = proc.communicate(landed.value.headers["Location"] + "\n", timeout=60)
    assert proc.returncode == 0, err
    assert cli(tmp_path, "accounts", "test", "1").returncode == 0


def test_a_shop_without_its_app_keys_or_a_platform_without_consent_is_one_clear_line(
    tmp_path: Path, simulator: Any
) -> None:
    added = cli(tmp_path, "accounts", "add", "Bare eBay", "--marketplace", "ebay", "--url", simulator.url, stdin="")
    assert added.returncode == 0, added.stderr
    refused = cli(tmp_path, "accounts", "connect", "1", "--no-browser")
    assert refused.returncode == 1 and "no client_id yet" in refused.stderr and "Traceback" not in refused.stderr
    shopify = cli(
        tmp_path,
        "accounts",
        "add",
        "Shop",
        "--marketplace",
        "shopify",
        "--url",
        simulator.url,
        stdin="access_token=shpat_1\n",
    )
    assert shopify.returncode == 0, shopify.stderr
    refused = cli(tmp_path, "accounts", "connect", "2", "--no-browser")
    assert refused.returncode == 1 and "not connected through a consent page" in refused.stderr
