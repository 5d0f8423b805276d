"""The Naver Shopping client's exception tree."""

from __future__ import annotations


class NaverError(Exception):
    """Base of every error the client raises; `code` and `message` come from the API when it sent them."""

    def __init__(self, message: str, code: str = "", status: int = 0) -> None:
        super().__init__(f"{code}: {message}" if code else message)
        self.code = code
        self.message = message
        self.status = status


class NaverConnectionError(NaverError):
    """The API could not be reached, timed out, or kept failing with 5xx after the retries."""


class NaverRequestError(NaverError):
    """The API rejected the request (400 SE01–SE04/SE06, 404 SE05) or it was invalid before sending."""


class NaverAuthError(NaverError):
    """401/403: wrong credentials, or the Search API is not enabled for the application."""


class NaverQuotaError(NaverError):
    """429 from the API, or the local daily quota (25,000 calls per client id) is used up."""


class NaverServerError(NaverConnectionError):
    """500 SE99 or another 5xx that persisted through the retries."""
