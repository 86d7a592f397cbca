"""Calls a user writes: a uuid.UUID where the spec says `format: uuid`."""

import uuid

from uuid_params import UuidParamsClient

client = UuidParamsClient(base_url="https://api.test")
thing = uuid.uuid4()
client.things.update(thing, owner=uuid.uuid4(), id=str(thing), related=[uuid.uuid4(), "x"])
