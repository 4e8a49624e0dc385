"""Screenshots of the scan station while PostgreSQL is away, in English and Chinese (issue #16).

    QT_QPA_PLATFORM=offscreen uv run python tools/reconnect_screenshots.py [FOLDER] [ADMIN_URL]

A throwaway database on the PostgreSQL at ADMIN_URL (default: the tests' server); the
server's restart is played by ``ALLOW_CONNECTIONS false`` and ``pg_terminate_backend``:
the status bar and the station say "Database connection lost — reconnecting…", a scan
meanwhile is red "Not recorded — scan again". The database is dropped afterwards.
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SIZE = (1280, 800)


def main(folder: Path, admin_url: str) -> None:
    from sqlalchemy import create_engine, text

    from app.bootstrap import build
    from app.cli.demo import seed
    from app.settings import Settings
    from app.simulator import Simulator
    from ui.i18n import install_translator, remove_translator
    from ui.launcher import create_application, create_main_window

    folder.mkdir(parents=True, exist_ok=True)
    app = create_application(language="en")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"shipbench_shots_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def spin(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    try:
        with tempfile.TemporaryDirectory(prefix="shipbench-reconnect-") as tmp, Simulator(order_count=6) as sim:
            ws = build(Settings(db_url=admin_url.rsplit("/", 1)[0] + f"/{name}", data_dir=Path(tmp), station="bench-1"))
            try:
                seed(ws, sim.url)
                ws.sync.pull()
                ws.orders.approve(None)
                ws.carriers.request_waybills(None)
                ws.outbox.run_until_idle()
                ws.printing.confirm_print_job(
                    ws.printing.run_print_job(
                        ws.printing.create_print_job(ws.printing.printable_parcels(None), f"folder://{tmp}/labels")
                    ).job_id
                )
                code = next(p["tracking_number"] for p in ws.queues.parcels_summary() if p["state"] == "printed")
                for language in ("en", "zh_CN"):
                    remove_translator(app)
                    install_translator(app, language)
                    window = create_main_window(ws, wedge=False)
                    window.resize(*SIZE)
                    window.show()
                    window.show_scan_station()
                    spin(0.3)
                    with admin.connect() as conn:
                        conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false'))
                        conn.execute(
                            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :db"),
                            {"db": name},
                        )
                    try:
                        window.refresh_status()
                        window.scan_station.scan(code)
                        spin(0.5)
                        path = folder / f"database-reconnecting-{language}.png"
                        window.grab().save(str(path))
                        print(f"{path}: {window.db_link.label.text()}")
                    finally:
                        with admin.connect() as conn:
                            conn.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true'))
                    spin(2.0)  # reconnected
                    window.shutdown()
                    window.deleteLater()
            finally:
                ws.close()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"),
        sys.argv[2] if len(sys.argv) > 2 else ADMIN_URL,
    )
