"""Position of a page within a paginated list, and the totals."""

from __future__ import annotations

from telnyx_missions._runtime.models import BaseModel

__all__ = ["Meta"]


class Meta(BaseModel):
    """Position of a page within a paginated list, and the totals."""

    page_number: int
    """Number of this page (1-based)."""

    page_size: int
    """Maximum number of items on a page."""

    total_pages: int
    """Number of pages available."""

    total_results: int
    """Number of items across all pages."""
