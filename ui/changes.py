"""What an operation changed, so the window re-reads only the views that show it.

In the spirit of Anki's ``OpChanges``: every action says which queues it may have moved
orders in or out of, and which other kinds of data it touched. The main window reloads
the named queue tabs (plus any queue whose count moved behind our back, e.g. the outbox
worker labelling parcels), recounts, and tells the areas listening, which refresh only
when a flag they show is set. When unsure, an action names the queue: a stale view is
a bug, an extra reload is only a little work.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.queries import QUEUES

ALL_QUEUES = frozenset(QUEUES)


@dataclass(frozen=True)
class Changes:
    """Queues whose rows may differ now, and flags for everything that is not a queue row."""

    queues: frozenset[str] = frozenset()
    jobs: bool = False  # outbox jobs: the sync panel, "n jobs pending"
    shops: bool = False  # marketplace accounts, their last sync
    carriers: bool = False  # carrier accounts, shipping methods, tracking-number pools
    printers: bool = False  # printer profiles
    print_jobs: bool = False  # print batches (the Print jobs tab)
    rules: bool = False  # shipping rules
    products: bool = False  # products and SKU pairings
    stock: bool = False  # stock levels and reservations

    def __post_init__(self) -> None:
        unknown = self.queues - ALL_QUEUES
        if unknown:
            raise ValueError(f"no such queue: {', '.join(sorted(unknown))}")

    @classmethod
    def of(
        cls,
        *queues: str,
        jobs: bool = False,
        shops: bool = False,
        carriers: bool = False,
        printers: bool = False,
        print_jobs: bool = False,
        rules: bool = False,
        products: bool = False,
        stock: bool = False,
    ) -> Changes:
        """``Changes.of("review", "waybill", stock=True)``: the queues by name, then the flags."""
        return cls(
            frozenset(queues),
            jobs=jobs,
            shops=shops,
            carriers=carriers,
            printers=printers,
            print_jobs=print_jobs,
            rules=rules,
            products=products,
            stock=stock,
        )

    @classmethod
    def everything(cls) -> Changes:
        """For the few actions that may touch anything: an import, a database switch."""
        return cls.of(
            *QUEUES,
            jobs=True,
            shops=True,
            carriers=True,
            printers=True,
            print_jobs=True,
            rules=True,
            products=True,
            stock=True,
        )

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.queues | other.queues,
            jobs=self.jobs or other.jobs,
            shops=self.shops or other.shops,
            carriers=self.carriers or other.carriers,
            printers=self.printers or other.printers,
            print_jobs=self.print_jobs or other.print_jobs,
            rules=self.rules or other.rules,
            products=self.products or other.products,
            stock=self.stock or other.stock,
        )

    def __bool__(self) -> bool:
        return self != NOTHING


NOTHING = Changes()
# A sync pulls every shop (new, changed, cancelled orders: any queue, stock released) and
# runs the outbox (labels, confirmations, carrier reachability).
SYNCED = Changes(ALL_QUEUES, jobs=True, shops=True, carriers=True, products=True, stock=True)
