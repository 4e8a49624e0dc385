"""The one error the simulated services raise: it becomes a JSON error response."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    def __init__(self, status: int, error: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.extra = extra

    def payload(self) -> dict[str, Any]:
        return {"error": self.error, "message": self.message, **self.extra}
