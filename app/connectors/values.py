"""Reading marketplace values: times to aware UTC, refusing what cannot be read."""

from __future__ import annotations

import datetime as dt

from app.errors import RemoteRejected
from app.messages import Message


def utc_time(value: object, who: str) -> dt.datetime | None:
    """An ISO-8601 time in UTC (a time without a zone is taken as UTC); None when empty."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise RemoteRejected(Message("sent_unreadable_time", {"who": who, "value": value})) from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)).astimezone(dt.UTC)
