"""Carriers and waybills: accounts, manual tracking, pools, voids, rates, tracking.

A mixin of `app.workstation.Workstation`: methods use `self.db`, `self.actor` and
`self.settings`, each in its own unit of work.
"""

from __future__ import annotations


class CarrierDesk:
    pass
