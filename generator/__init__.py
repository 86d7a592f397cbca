"""An OpenAPI 3 to typed Python client generator."""

__version__ = "0.1.0"
