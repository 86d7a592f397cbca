"""Calls a user writes: a form body that is a union of forms, a map, or has no fields."""

from form_unions import FormUnionsClient

client = FormUnionsClient(base_url="https://api.test")
client.clones.create(body={"file": b"RIFF", "provider": "fast"})
client.clones.create(body={"file": b"RIFF", "provider": "fine", "label": "mine"})
client.notes.create(body={"title": "t", "text": "x"})
client.session.create()
