"""Calls a user writes: the pasted schema's definitions are types of their own."""

from pasted_defs import PastedDefsClient
from pasted_defs.types import Role, Tokens

result = PastedDefsClient(base_url="https://api.test").speech.create()
tokens: Tokens = result.input
count: int = tokens.count
role: Role | None = tokens.role
if result.output is not None:
    same: Tokens = result.output
