"""The order desk: pairing, stock policy, customs, addresses, split and merge, notes and tags.

A mixin of `app.workstation.Workstation`: methods use `self.db`, `self.actor` and
`self.settings`, each in its own unit of work.
"""

from __future__ import annotations


class OrderDesk:
    pass
