"""Rules (with their dry run) and the search box.

A mixin of `app.workstation.Workstation`: methods use `self.db`, `self.actor` and
`self.settings`, each in its own unit of work.
"""

from __future__ import annotations


class RulesDesk:
    pass
