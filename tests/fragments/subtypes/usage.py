"""Calls a user writes against the subtypes client: each must type-check."""

from subtypes import SubtypesClient
from subtypes.types import AnyPet, Dog

client = SubtypesClient(api_key="k", base_url="https://api.test")
created: AnyPet = client.pets.create(body={"petType": "dog", "name": "Rex", "bark": "woof"})
if isinstance(created, Dog):
    loud: str = created.bark
for resident in client.kennels.retrieve("k1").residents:
    print(resident.name, resident.pet_type)
