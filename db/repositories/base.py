"""What every repository is: a small object over the unit of work's session."""

from __future__ import annotations

from sqlalchemy.orm import Session


class Repository:
    """One aggregate's reads and lookups; the unit of work owns the session and the commit."""

    def __init__(self, session: Session) -> None:
        self.session = session
