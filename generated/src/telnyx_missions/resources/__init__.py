"""The API's operations, grouped as they are on the client."""
