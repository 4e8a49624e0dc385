"""Sync: marketplace accounts, credentials, the sync panel's figures, confirmation files.

A mixin of `app.workstation.Workstation`: methods use `self.db`, `self.actor` and
`self.settings`, each in its own unit of work.
"""

from __future__ import annotations


class SyncDesk:
    pass
