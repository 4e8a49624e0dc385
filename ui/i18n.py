"""The GUI's language: English in the code, Chinese from resources/translations/.

English plurals read right before any translation exists (``plural``). The Chinese
catalogue is compiled from the code by ``tools/translations.py``; ``install_translator``
loads it (and Qt's own catalogue, for standard buttons such as OK/Cancel) before the
first widget is built.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("en", "zh_CN")
ENV_VAR = "SHIPBENCH_LANG"


def plural(context: str, one: str, many: str, n: int) -> str:
    """``%n`` becomes ``n``; both forms are extracted (tools/translations.py), a translator may merge them."""
    return QCoreApplication.translate(context, one if n == 1 else many, "", n)


# Strings chosen at run time from a table, so lupdate cannot see them where they are
# translated: listed here once so they reach the catalogue.
# ui/main_window.py QUEUE_TABS
QT_TRANSLATE_NOOP("Queues", "Review")
QT_TRANSLATE_NOOP("Queues", "Waybill")
QT_TRANSLATE_NOOP("Queues", "Print")
QT_TRANSLATE_NOOP("Queues", "Scan")
QT_TRANSLATE_NOOP("Queues", "Shipped")
QT_TRANSLATE_NOOP("Queues", "On hold")
QT_TRANSLATE_NOOP("Queues", "Exceptions")
QT_TRANSLATE_NOOP("Queues", "Cancelled")
# ui/models.py COLUMNS, and the order's status in the reasons column
QT_TRANSLATE_NOOP("QueueModel", "Order")
QT_TRANSLATE_NOOP("QueueModel", "Shop")
QT_TRANSLATE_NOOP("QueueModel", "Recipient")
QT_TRANSLATE_NOOP("QueueModel", "Country")
QT_TRANSLATE_NOOP("QueueModel", "Total")
QT_TRANSLATE_NOOP("QueueModel", "Ordered")
QT_TRANSLATE_NOOP("QueueModel", "Reasons / Status")
QT_TRANSLATE_NOOP("QueueModel", "Parcels")
QT_TRANSLATE_NOOP("QueueModel", "Tracking")
QT_TRANSLATE_NOOP("QueueModel", "Method")
QT_TRANSLATE_NOOP("QueueModel", "Ship by")
QT_TRANSLATE_NOOP("QueueModel", "Service")
QT_TRANSLATE_NOOP("QueueModel", "review")
QT_TRANSLATE_NOOP("QueueModel", "on hold")
QT_TRANSLATE_NOOP("QueueModel", "approved")
QT_TRANSLATE_NOOP("QueueModel", "shipped")
QT_TRANSLATE_NOOP("QueueModel", "cancelled")
# Qt's own file dialog (QFileDialog, used when there is no native one): Qt 6 labels two of
# its fields with an accelerator its Chinese catalogue (qtbase_zh_CN) does not have yet.
# Our catalogue is asked after Qt's, so these only fill what Qt's lacks.
QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")
QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")
# db.models.Parcel.status, shown in the order detail
PARCEL_STATES = {
    "waybill": QT_TRANSLATE_NOOP("ParcelStates", "waybill"),
    "requested": QT_TRANSLATE_NOOP("ParcelStates", "requested"),
    "failed": QT_TRANSLATE_NOOP("ParcelStates", "failed"),
    "labelled": QT_TRANSLATE_NOOP("ParcelStates", "labelled"),
    "printed": QT_TRANSLATE_NOOP("ParcelStates", "printed"),
    "shipped": QT_TRANSLATE_NOOP("ParcelStates", "shipped"),
    "intercepted": QT_TRANSLATE_NOOP("ParcelStates", "intercepted"),
    "voided": QT_TRANSLATE_NOOP("ParcelStates", "voided"),
}


def parcel_state(state: str) -> str:
    return QCoreApplication.translate("ParcelStates", state) if state in PARCEL_STATES else state


# --- choosing and loading the language ----------------------------------------------


def _ui_ini() -> QSettings:
    from app.settings import data_dir

    return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)


def saved_language() -> str:
    """The language chosen in the setup assistant on this PC ("" when none was chosen)."""
    value = _ui_ini().value("language", "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def save_language(language: str) -> None:
    settings = _ui_ini()
    settings.setValue("language", language)
    settings.sync()


def choose_language(option: str | None = None) -> str:
    """``--lang``, else ``SHIPBENCH_LANG``, else the one chosen on this PC, else the system locale (zh* → Chinese)."""
    wanted = option or os.environ.get(ENV_VAR, "").strip() or saved_language() or QLocale.system().name()
    return "zh_CN" if wanted.lower().replace("-", "_").startswith("zh") else "en"


_installed: list[QTranslator] = []
_default_locale: list[QLocale] = []  # the default before Chinese was installed


def install_translator(app: QCoreApplication, language: str | None = None) -> str:
    """Load the catalogues for ``language`` (chosen as in ``choose_language``); returns it.

    English needs nothing: the code's strings are English. A missing .qm is logged and
    the GUI stays English rather than failing to start.
    """
    remove_translator(app)
    language = choose_language(language)
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(f"shipbench_{language}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no catalogue for %s in %s: the GUI stays English", language, TRANSLATIONS)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    if not _default_locale:
        _default_locale.append(QLocale())
    QLocale.setDefault(QLocale(language))
    log.info("GUI language: %s", language)
    return language


def remove_translator(app: QCoreApplication) -> None:
    """Back to English (tests; switching language)."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    if _default_locale:
        QLocale.setDefault(_default_locale.pop())
