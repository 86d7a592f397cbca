"""Hand-written runtime shared by every generated client: HTTP, retries, errors, pages."""
